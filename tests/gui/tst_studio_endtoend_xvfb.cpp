// The "done means", on the real built-in engine: the window opens, a prompt is typed and
// Generate pressed through QTest, the clip appears in the gallery and plays (the player reaches
// PlayingState and its position advances). Video needs a real display: under the offscreen
// platform this test skips; CI runs it with
//   xvfb-run -a -s "-screen 0 1600x1000x24" env QT_QPA_PLATFORM=xcb build/tests/test_gui_studio_endtoend
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
#include <QtTest>

using namespace rc;
using namespace rc::ui;

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

        // In the gallery at once, selected (nothing else was), and playing.
        QCOMPARE(window.galleryModel()->rowCount(), 1);
        QCOMPARE(window.galleryModel()->index(0).data(GalleryModel::JobIdRole).toLongLong(), job.id());
        QCOMPARE(window.gallery()->currentId(), job.id());
        QMediaPlayer *player = window.player()->controller()->player();
        QTRY_COMPARE_WITH_TIMEOUT(player->playbackState(), QMediaPlayer::PlayingState, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(player->position() > 300, 15000);
        const qint64 first = player->position();
        QTRY_VERIFY_WITH_TIMEOUT(player->position() != first, 15000); // moving on (or looping round)
        QVERIFY(player->duration() > 1500);
    }
};

QTEST_MAIN(TestStudioEndToEnd)
#include "tst_studio_endtoend_xvfb.moc"
