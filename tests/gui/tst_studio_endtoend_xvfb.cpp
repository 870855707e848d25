// The "done means", on the real built-in engine: the window opens, a prompt is typed and
// Generate pressed through QTest, the clip appears in the gallery and plays (the player reaches
// PlayingState and its position advances). Video needs a real display: under the offscreen
// platform this test skips; run it with
//   xvfb-run -a -s "-screen 0 1600x1000x24" build-ui/tests/test_gui_studio_endtoend_xvfb
#include "MainWindow.h"
#include "StudioContext.h"
#include "bootstrap/AppContext.h"
#include "compose/ComposePanel.h"
#include "compose/GenerateButton.h"
#include "compose/PickerBar.h"
#include "compose/PromptEditor.h"
#include "gallery/GalleryModel.h"
#include "gallery/GalleryPanel.h"
#include "player/PlayerController.h"
#include "player/PlayerPanel.h"
#include "service/GenerationService.h"
#include "support/FakeKeyStore.h"

#include <QComboBox>
#include <QGuiApplication>
#include <QMediaPlayer>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QVideoFrame>
#include <QVideoSink>
#include <QVideoWidget>
#include <QtTest>

using namespace rc;
using namespace rc::ui;

namespace {

// Mean luma (0-255) over a grid of samples: a black or blank frame reads near 0.
double meanLuma(const QImage &image)
{
    if (image.isNull())
        return 0.0;
    double sum = 0.0;
    int n = 0;
    for (int y = 0; y < image.height(); y += 8)
        for (int x = 0; x < image.width(); x += 8, ++n)
            sum += qGray(image.pixel(x, y));
    return n ? sum / n : 0.0;
}

} // namespace

class TestStudioEndToEnd : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void promptToPlayingClip()
    {
        if (QGuiApplication::platformName() == QLatin1String("offscreen"))
            QSKIP("Video playback needs a display: run under xvfb-run with QT_QPA_PLATFORM=xcb.");
        QTemporaryDir profile;
        QVERIFY(profile.isValid());
        AppContext::Options options;
        options.profileDir = profile.path();
        options.workerExecutable = QStringLiteral(REELCRAFT_BINARY);
        options.keyStore = std::make_unique<test::FakeKeyStore>();
        options.logToFile = false;
        AppContext app(std::move(options));
        QString error;
        QVERIFY2(app.open(&error), qPrintable(error));

        MainWindow window(StudioContext::from(app));
        window.setConfirmQuit(false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        PickerBar *pickers = window.compose()->pickers();
        QCOMPARE(pickers->currentProvider(), QStringLiteral("builtin"));
        // The shortest, smallest clip the engine makes, so the test stays quick on two cores.
        pickers->sizeBox()->setCurrentIndex(pickers->sizeBox()->findData(QStringLiteral("640x360")));
        pickers->durationBox()->setCurrentIndex(pickers->durationBox()->findData(2));
        QTest::keyClicks(window.compose()->promptEditor()->editor(), QStringLiteral("a cat on a beach at sunset"));
        GenerateButton *generate = window.compose()->generateButton();
        QVERIFY2(generate->isEnabled(), qPrintable(generate->toolTip()));
        QCOMPARE(generate->text(), QStringLiteral("Generate · free"));

        QSignalSpy finished(&app.service(), &GenerationService::jobFinished);
        QTest::mouseClick(generate, Qt::LeftButton);
        QVERIFY(finished.wait(180'000));
        const Job job = finished.at(0).at(0).value<Job>();
        QVERIFY2(job.state() == JobState::Completed, qPrintable(job.errorMessage()));

        // In the gallery as soon as its re-read lands, selected (nothing else was), and playing.
        QTRY_COMPARE(window.galleryModel()->rowCount(), 1);
        QCOMPARE(window.galleryModel()->index(0).data(GalleryModel::JobIdRole).toLongLong(), job.id());
        QTRY_COMPARE(window.gallery()->currentId(), job.id());
        QMediaPlayer *player = window.player()->controller()->player();
        QCOMPARE(player->source(), QUrl::fromLocalFile(job.output().videoPath));

        // Right after generation, as a user sees it: the picture must show and the position keep
        // advancing well past the first second (it used to stall there on a black picture).
        QVideoSink *sink = window.player()->video()->videoSink();
        QVERIFY(sink);
        qint64 furthestMs = 0;
        QImage latest;
        connect(player, &QMediaPlayer::positionChanged, this,
                [&furthestMs](qint64 ms) { furthestMs = std::max(furthestMs, ms); });
        connect(sink, &QVideoSink::videoFrameChanged, this, [&](const QVideoFrame &frame) {
            if (player->position() > 1000 && frame.isValid())
                latest = frame.toImage();
        });
        QTRY_COMPARE_WITH_TIMEOUT(player->playbackState(), QMediaPlayer::PlayingState, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(player->duration() > 1500, 5000);
        QTRY_VERIFY2_WITH_TIMEOUT(furthestMs > 1500, qPrintable(QStringLiteral("stalled at %1 ms").arg(player->position())),
                                  15000);
        QCOMPARE(player->playbackState(), QMediaPlayer::PlayingState);
        QTRY_VERIFY_WITH_TIMEOUT(!latest.isNull(), 5000);
        QVERIFY2(meanLuma(latest) > 12.0, qPrintable(QStringLiteral("black frame: mean luma %1").arg(meanLuma(latest))));

        // Selecting the playing clip again (a gallery refresh does) must not stop it.
        window.player()->playClip(job.output().videoPath);
        window.player()->playClip(job.output().videoPath);
        furthestMs = 0;
        QTRY_VERIFY_WITH_TIMEOUT(furthestMs > 1500, 15000);
        QCOMPARE(player->playbackState(), QMediaPlayer::PlayingState);
    }
};

QTEST_MAIN(TestStudioEndToEnd)
#include "tst_studio_endtoend_xvfb.moc"
