// The start-up report of what the history and the media folder disagree on: a clean profile
// shows nothing; an orphan video and a clip whose file is gone both appear in the status bar
// note, its tooltip and its details, and nothing is deleted.
#include "GuiFixture.h"

#include "ConsistencyNote.h"
#include "MainWindow.h"
#include "core/Paths.h"
#include "i18n/StudioTranslations.h"
#include "store/JobRepository.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QStatusBar>
#include <QToolButton>
#include <QtTest>

using namespace rc;
using namespace rc::ui;

class TestConsistencyNote : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // English plural forms ("1 clip ... has") come from the English translation, as in the app.
    void initTestCase() { QVERIFY(m_translations.install(QStringLiteral("en"))); }

    void cleanProfileShowsNoNote()
    {
        test::GuiFixture fx;
        QVERIFY(fx.makeClip(QStringLiteral("a lighthouse")) != 0);
        MainWindow window(fx.context());
        window.setConfirmQuit(false);
        window.show();
        auto *note = window.statusBar()->findChild<ConsistencyNote *>();
        QVERIFY(note);
        QTRY_VERIFY(!note->isChecking());
        QVERIFY(!note->isVisible());
    }

    // The check reads every record and looks at every file: with the library's reader busy (a
    // slow disk) the window opens and runs at once, saying it is checking, and the report comes
    // when the reader answers.
    void theCheckRunsOffTheWindowsThread()
    {
        test::GuiFixture fx;
        const JobId lost = fx.makeClip(QStringLiteral("a harbour"));
        QVERIFY(lost);
        QVERIFY(QFile::remove(fx.jobs->load(lost)->output().videoPath));
        test::UiWatch ui;
        test::LibraryReaderHold hold(*fx.library);
        MainWindow window(fx.context());
        window.setConfirmQuit(false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *note = window.statusBar()->findChild<ConsistencyNote *>();
        QVERIFY(note);
        const int turns = ui.turns;
        QTRY_VERIFY(ui.turns > turns + 3);
        QVERIFY(note->isChecking());
        QVERIFY(note->isVisible());
        QVERIFY2(note->findChild<QLabel *>()->text().startsWith(QStringLiteral("Checking")),
                 qPrintable(note->findChild<QLabel *>()->text()));
        const QString shots = qEnvironmentVariable("REELCRAFT_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            QVERIFY(window.statusBar()->grab().save(QDir(shots).filePath(QStringLiteral("consistency-checking.png"))));

        hold.release();
        QTRY_VERIFY(!note->isChecking());
        QVERIFY(note->isVisible());
        QVERIFY2(note->summary().contains(QStringLiteral("1 clip in the history has lost its video")), qPrintable(note->summary()));
        QVERIFY(note->toolTip().contains(QStringLiteral("clip %1").arg(lost)));
        if (!shots.isEmpty())
            QVERIFY(window.statusBar()->grab().save(QDir(shots).filePath(QStringLiteral("consistency-checked.png"))));
    }

    void disagreementsAreReportedNotRepaired()
    {
        test::GuiFixture fx;
        const JobId kept = fx.makeClip(QStringLiteral("a lighthouse"));
        const JobId lost = fx.makeClip(QStringLiteral("a harbour"));
        QVERIFY(kept && lost);
        QVERIFY(QFile::remove(fx.jobs->load(lost)->output().videoPath));
        const QString orphan = QDir(fx.paths.mediaDir()).filePath(QStringLiteral("stray.mp4"));
        QFile stray(orphan);
        QVERIFY(stray.open(QIODevice::WriteOnly));
        stray.write("not really a video");
        stray.close();

        MainWindow window(fx.context());
        window.setConfirmQuit(false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *note = window.statusBar()->findChild<ConsistencyNote *>();
        QVERIFY(note);
        QTRY_VERIFY(!note->isChecking());
        QVERIFY(note->isVisible());
        QVERIFY2(note->summary().contains(QStringLiteral("1 clip in the history has lost its video")), qPrintable(note->summary()));
        QVERIFY2(note->summary().contains(QStringLiteral("1 video in the media folder is not in the history")),
                 qPrintable(note->summary()));
        QVERIFY(note->toolTip().contains(QDir::toNativeSeparators(orphan)));
        QVERIFY(note->toolTip().contains(QStringLiteral("clip %1").arg(lost)));
        QVERIFY(!note->toolTip().contains(QStringLiteral("clip %1\n").arg(kept)));

        // Details open without blocking the window, and the check changed nothing.
        QTest::mouseClick(note->detailsButton(), Qt::LeftButton);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox *>()) != nullptr);
        QVERIFY(box->detailedText().contains(QDir::toNativeSeparators(orphan)));
        QVERIFY(!box->isModal() || box->windowModality() != Qt::ApplicationModal);
        box->close();
        QVERIFY(QFile::exists(orphan));
        QVERIFY(fx.jobs->load(lost).has_value());
    }

private:
    StudioTranslations m_translations;
};

QTEST_MAIN(TestConsistencyNote)
#include "tst_consistency_note.moc"
