// The studio as a desktop application: files opened with it (an MP4 into the gallery, a photo
// into the slot), clips dragged out as files, window geometry per screen, the window fitting a
// 1280x720 screen, the first-run hint, the About box, and job progress outside the window.
#include "GuiFixture.h"

#include "MainWindow.h"
#include "StudioSettings.h"
#include "StudioStatusBar.h"
#include "WindowPlacement.h"
#include "compose/ComposePanel.h"
#include "compose/ImageDropZone.h"
#include "gallery/GalleryModel.h"
#include "gallery/GalleryPanel.h"
#include "help/AboutBox.h"
#include "help/FirstRunHint.h"
#include "integration/JobProgressIndicator.h"
#include "media/Mp4Writer.h"

#include <QImage>
#include <QListView>
#include <QMimeData>
#include <QPushButton>
#include <QScreen>
#include <QSystemTrayIcon>
#include <QtTest>

using namespace rc;
using namespace rc::ui;

class TestStudioDesktop : public QObject
{
    Q_OBJECT

private:
    QString writeClip(const QString &name)
    {
        media::VideoSettings video;
        video.width = 64;
        video.height = 48;
        video.fps = 12;
        video.preset = QStringLiteral("ultrafast");
        video.threads = 1;
        media::AudioSettings audio;
        audio.enabled = false;
        media::Mp4Writer writer;
        QString error;
        const QString file = m_fx->dir.filePath(name);
        if (!writer.open(file, video, audio, {}, &error))
            return QString();
        QImage frame(64, 48, QImage::Format_RGB32);
        for (int i = 0; i < 12; ++i) {
            frame.fill(QColor(i * 20, 80, 160));
            if (!writer.writeVideo(frame, &error))
                return QString();
        }
        return writer.finish(&error) ? file : QString();
    }

    QString writePhoto(const QString &name)
    {
        QImage image(320, 240, QImage::Format_RGB32);
        image.fill(QColor(200, 120, 40));
        const QString file = m_fx->dir.filePath(name);
        return image.save(file) ? file : QString();
    }

    void reopen()
    {
        m_window->setConfirmQuit(false);
        QVERIFY(m_window->close());
        m_window = std::make_unique<MainWindow>(m_fx->context());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

private Q_SLOTS:
    void init()
    {
        m_fx = std::make_unique<test::GuiFixture>();
        m_window = std::make_unique<MainWindow>(m_fx->context());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void cleanup()
    {
        if (m_window)
            m_window->setConfirmQuit(false);
        m_window.reset();
        m_fx.reset();
    }

    void openingAClipAndAPhoto()
    {
        const QString clip = writeClip(QStringLiteral("holiday.mp4"));
        const QString photo = writePhoto(QStringLiteral("start.png"));
        QVERIFY(!clip.isEmpty() && !photo.isEmpty());
        QCOMPARE(m_window->galleryModel()->rowCount(), 0);

        m_window->openFiles({clip, photo});
        // The clip is in the gallery and selected; the photo waits in the slot.
        QCOMPARE(m_window->galleryModel()->rowCount(), 1);
        const JobId imported = m_window->gallery()->currentId();
        QVERIFY(imported != 0);
        const QString copy = m_window->galleryModel()->data(m_window->galleryModel()->index(0), GalleryModel::VideoPathRole).toString();
        QVERIFY2(copy.startsWith(m_fx->paths.profileDir()), qPrintable(copy));
        QCOMPARE(m_window->compose()->dropZone()->imagePath(), photo);
        QVERIFY2(m_window->studioStatusBar()->currentMessage().contains(QStringLiteral("imported")),
                 qPrintable(m_window->studioStatusBar()->currentMessage()));
    }

    // The same file twice, or a copy of it under another name: one clip, and the studio says so
    // and shows the clip that was already there.
    void openingTheSameClipAgainSkipsIt()
    {
        const QString clip = writeClip(QStringLiteral("beach.mp4"));
        QVERIFY(!clip.isEmpty());
        const QString copy = m_fx->dir.filePath(QStringLiteral("beach copy.mp4"));
        QVERIFY(QFile::copy(clip, copy));
        m_window->openFiles({clip});
        QCOMPARE(m_window->galleryModel()->rowCount(), 1);
        const JobId first = m_window->gallery()->currentId();
        QVERIFY(first != 0);

        for (const QString &again : {clip, copy}) {
            m_window->openFiles({again});
            const QString said = m_window->studioStatusBar()->currentMessage();
            QVERIFY2(said.contains(QFileInfo(again).fileName()) && said.contains(QStringLiteral("already in the gallery as clip %1").arg(first)),
                     qPrintable(said));
            QCOMPARE(m_window->galleryModel()->rowCount(), 1);
            QCOMPARE(m_fx->jobs->count(JobQuery()), 1);
            QCOMPARE(m_window->gallery()->currentId(), first);
        }
    }

    void openingAFileItCannotUseSaysWhy()
    {
        const QString missing = m_fx->dir.filePath(QStringLiteral("nowhere.mp4"));
        m_window->openFiles({missing});
        QCOMPARE(m_window->galleryModel()->rowCount(), 0);
        QVERIFY(!m_window->compose()->dropZone()->hasImage());
        QVERIFY2(m_window->studioStatusBar()->currentMessage().contains(QStringLiteral("nowhere.mp4")),
                 qPrintable(m_window->studioStatusBar()->currentMessage()));
    }

    void clipsDragOutAsFiles()
    {
        const JobId id = m_fx->makeShownClip(*m_window->galleryModel(), QStringLiteral("a kite over dunes"));
        QVERIFY(id);
        GalleryModel *model = m_window->galleryModel();
        QCOMPARE(model->rowCount(), 1);
        const QModelIndex index = model->index(0);
        QVERIFY(model->flags(index).testFlag(Qt::ItemIsDragEnabled));
        QVERIFY(m_window->gallery()->view()->dragEnabled());
        std::unique_ptr<QMimeData> mime(model->mimeData({index}));
        QVERIFY(mime);
        QCOMPARE(mime->urls().size(), 1);
        QVERIFY(mime->urls().first().isLocalFile());
        QCOMPARE(mime->urls().first().toLocalFile(), model->data(index, GalleryModel::VideoPathRole).toString());
        QVERIFY(QFileInfo::exists(mime->urls().first().toLocalFile()));
    }

    // A packaging check ran the studio on a 1280x720 screen and it was cut off on the right.
    void fitsA1280x720Screen()
    {
        const QSize minimum = m_window->minimumSizeHint().expandedTo(m_window->minimumSize());
        // 720 less a panel and a title bar: what a window gets on such a screen.
        QVERIFY2(minimum.width() <= 1280 && minimum.height() <= 720 - 70,
                 qPrintable(QStringLiteral("%1x%2").arg(minimum.width()).arg(minimum.height())));
    }

    void geometryIsKeptPerScreen()
    {
        const QRect available = m_window->screen()->availableGeometry();
        const QSize wanted(std::min(available.width(), m_window->minimumSizeHint().width() + 30),
                           std::min(available.height(), m_window->minimumSizeHint().height() + 20));
        m_window->resize(wanted);
        const QSize saved = m_window->size();
        reopen();
        QCOMPARE(m_window->size(), saved);
        StudioSettings settings(m_fx->paths.settingsFile());
        QVERIFY(!settings.windowGeometryByScreen.get(placement::screenKey(m_window->screen())).isEmpty());
        // Another screen's entry is not this one's.
        QVERIFY(settings.windowGeometryByScreen.get(QStringLiteral("HDMI-9 3840x2160")).isEmpty());
        QVERIFY(placement::screenKey(m_window->screen()).contains(
            QStringLiteral("%1x%2").arg(m_window->screen()->size().width()).arg(m_window->screen()->size().height())));
    }

    void firstRunHintShowsOnce()
    {
        FirstRunHint *hint = m_window->firstRunHint();
        QVERIFY(hint->isVisible());
        QTest::mouseClick(hint->dismissButton(), Qt::LeftButton);
        QVERIFY(!hint->isVisible());
        reopen();
        QVERIFY(!m_window->firstRunHint()->isVisible());
        QVERIFY(!m_window->firstRunHint()->isWanted());
    }

    void aboutSaysVersionLicencesAndWhereDataLives()
    {
        const QString text = AboutBox::text(m_fx->paths);
        for (const char *expected : {REELCRAFT_VERSION, "GPL-3.0-or-later", "FFmpeg", "libcurl", "nlohmann/json",
                                     "QtKeychain", "SQLite", "public domain", "LGPL-3.0", "BSD-3-Clause"})
            QVERIFY2(text.contains(QLatin1String(expected)), expected);
        QVERIFY(text.contains(m_fx->paths.profileDir().toHtmlEscaped()));
    }

    void progressOutsideTheWindowCountsJobs()
    {
        JobProgressIndicator *progress = m_window->progressIndicator();
        QCOMPARE(progress->activeCount(), 0);
        const GenerationService::Submission s = m_fx->service->submit(m_fx->freeRequest(QStringLiteral("rain on a tin roof")));
        QVERIFY(s.ok());
        QTRY_COMPARE(progress->activeCount(), 1);
        QTRY_VERIFY(m_fx->freeProvider->runningJobs().contains(s.id));
        QTRY_VERIFY2(progress->summary().contains(QStringLiteral("1 job")), qPrintable(progress->summary()));
        QSignalSpy finished(m_fx->service, &GenerationService::jobFinished);
        m_fx->freeProvider->succeed(s.id);
        QVERIFY(finished.count() == 1 || finished.wait(5000));
        QCOMPARE(progress->activeCount(), 0);
        // Without a system tray (offscreen) there is no icon, but the count is still kept.
        QCOMPARE(progress->tray() != nullptr, QSystemTrayIcon::isSystemTrayAvailable());
    }

private:
    std::unique_ptr<test::GuiFixture> m_fx;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestStudioDesktop)
#include "tst_studio_desktop.moc"
