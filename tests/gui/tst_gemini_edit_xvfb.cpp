// Google's live path as a new user tries it, against a strict fake of the Interactions API: pick
// the Google provider in the studio, make a clip, press Edit (Ctrl+E), type a change, and find
// both clips in the gallery, the second an edit of the first that plays. The fake serves two real
// clips from the built-in engine, so the screen shows pictures. Needs a display (video playback):
//   xvfb-run -a -s "-screen 0 1280x800x24" build/tests/test_gui_gemini_edit_xvfb
// With REELCRAFT_SCREENSHOT_DIR set, it also saves the screen after each step there.
#include "MainWindow.h"
#include "StudioContext.h"
#include "ClipActions.h"
#include "bootstrap/AppContext.h"
#include "compose/ComposePanel.h"
#include "compose/GenerateButton.h"
#include "compose/PickerBar.h"
#include "compose/PromptEditor.h"
#include "gallery/ClipDetails.h"
#include "gallery/GalleryModel.h"
#include "gallery/GalleryPanel.h"
#include "player/PlayerController.h"
#include "player/PlayerPanel.h"
#include "service/GenerationService.h"
#include "store/JobRepository.h"
#include "support/FakeGeminiServer.h"
#include "support/FakeKeyStore.h"
#include "support/FakeServerFixture.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLabel>
#include <QMediaPlayer>
#include <QPlainTextEdit>
#include <QScreen>
#include <QTimer>
#include <QtTest>

using namespace rc;
using namespace rc::ui;
using namespace rc::test;

namespace {

constexpr const char *kKeyVariable = "RC_TEST_GEMINI_STUDIO_KEY";
constexpr const char *kKey = "test-gemini-studio-key";

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A real clip from the built-in engine, made on a scratch profile so it stays out of the gallery.
QByteArray engineClip(const QString &prompt, QString *error)
{
    CliRunner cli;
    const QString out = cli.profile.filePath(QStringLiteral("sample.mp4"));
    const auto r = cli.run({QStringLiteral("generate"), prompt, QStringLiteral("--seconds"), QStringLiteral("4"),
                            QStringLiteral("--size"), QStringLiteral("640x360"), QStringLiteral("-o"), out},
                           240000);
    if (r.exitCode != 0)
        *error = r.err;
    return fileBytes(out);
}

void saveScreen(const QString &name)
{
    const QString dir = qEnvironmentVariable("REELCRAFT_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QGuiApplication::primaryScreen()->grabWindow(0).save(dir + QLatin1Char('/') + name);
}

} // namespace

class TestGeminiEdit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pickGoogleMakeAClipEditItAndSeeBoth()
    {
        if (QGuiApplication::platformName() == QLatin1String("offscreen"))
            QSKIP("Video playback needs a display: run under xvfb-run with QT_QPA_PLATFORM=xcb.");
        QString error;
        const QByteArray garden = engineClip(QStringLiteral("An orange cat playing in a sunlit garden"), &error);
        QVERIFY2(!garden.isEmpty(), qPrintable(error));
        const QByteArray snowy = engineClip(QStringLiteral("An orange cat playing in a snowy garden, snow falling"), &error);
        QVERIFY2(!snowy.isEmpty(), qPrintable(error));

        FakeGeminiServer server;
        QVERIFY(server.listen());
        server.setKey(QLatin1String(kKey));
        server.setVideo(garden);
        server.setEditVideo(snowy);
        server.setPollsUntilDone(3);

        // The provider is added as the README says, on the command line, with its key in the environment.
        CliRunner cli;
        qputenv(kKeyVariable, kKey);
        cli.env.insert(QLatin1String(kKeyVariable), QLatin1String(kKey));
        const auto added = cli.run({QStringLiteral("provider"), QStringLiteral("add"), QStringLiteral("google"),
                                    QStringLiteral("--type"), QStringLiteral("gemini"), QStringLiteral("--base-url"),
                                    server.baseUrl(), QStringLiteral("--key-env"), QLatin1String(kKeyVariable),
                                    QStringLiteral("--option"), QStringLiteral("pollMinMs=100"),
                                    QStringLiteral("--option"), QStringLiteral("pollMaxMs=200")});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));

        AppContext::Options options;
        options.profileDir = cli.profile.path();
        options.workerExecutable = QStringLiteral(REELCRAFT_BINARY);
        options.keyStore = std::make_unique<FakeKeyStore>(); // falls back to the environment, like the keychain
        options.logToFile = false;
        AppContext app(std::move(options));
        QVERIFY2(app.open(&error), qPrintable(error));

        MainWindow window(StudioContext::from(app));
        window.setConfirmQuit(false);
        window.resize(1200, 760); // fits the 1280x800 screen with its frame
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // Pick Google: its default model is Omni, and the pickers offer only what Omni takes.
        PickerBar *pickers = window.compose()->pickers();
        QComboBox *providerBox = pickers->providerBox();
        const int google = providerBox->findData(QStringLiteral("google"));
        QVERIFY(google >= 0);
        providerBox->setCurrentIndex(google);
        QCOMPARE(pickers->currentProvider(), QStringLiteral("google"));
        QCOMPARE(pickers->modelBox()->currentData().toString(), QStringLiteral("gemini-omni-1.1-flash"));
        for (int i = 0; i < pickers->modelBox()->count(); ++i)
            QVERIFY2(!pickers->modelBox()->itemData(i).toString().startsWith(QLatin1String("veo")),
                     qPrintable(pickers->modelBox()->itemText(i)));
        QVERIFY(pickers->durationBox()->findData(2) < 0); // Omni's shortest clip is 3 s
        pickers->durationBox()->setCurrentIndex(pickers->durationBox()->findData(4));
        pickers->sizeBox()->setCurrentIndex(pickers->sizeBox()->findData(QStringLiteral("640x360")));
        QTest::keyClicks(window.compose()->promptEditor()->editor(), QStringLiteral("An orange cat playing in a sunlit garden"));
        GenerateButton *generate = window.compose()->generateButton();
        QVERIFY2(generate->isEnabled(), qPrintable(generate->toolTip()));
        QVERIFY2(generate->text().contains(QLatin1String("$0.40")), qPrintable(generate->text())); // 4 s at $0.10/s
        saveScreen(QStringLiteral("gemini-compose.png"));

        QSignalSpy finished(&app.service(), &GenerationService::jobFinished);
        QTest::mouseClick(generate, Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        const Job first = finished.at(0).at(0).value<Job>();
        QVERIFY2(first.state() == JobState::Completed, qPrintable(first.errorMessage()));
        // The served clip, signed with the clip's content credentials on arrival (so a little larger).
        QVERIFY(QFileInfo(first.output().videoPath).size() >= garden.size());
        QCOMPARE(server.createCount(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(window.gallery()->currentId(), first.id(), 5000);

        // Edit: Ctrl+E asks what should change; the answer goes to the service with the first
        // interaction's id, and nothing else of the scene.
        QTRY_VERIFY(window.clipActions()->edit()->isEnabled()); // once the clip is read
        window.activateWindow(); // shortcuts go to the active window (there is no window manager under xvfb)
        QVERIFY(QTest::qWaitForWindowActive(&window));
        bool dialogSeen = false;
        QTimer::singleShot(0, this, [&] {
            QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<QInputDialog *>(QApplication::activeModalWidget()), 5000);
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            dialogSeen = true;
            dialog->setTextValue(QStringLiteral("Now it snows. Keep everything else the same."));
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            saveScreen(QStringLiteral("gemini-edit-dialog.png"));
            dialog->accept();
        });
        QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier);
        QVERIFY(dialogSeen);
        QVERIFY(finished.count() == 2 || finished.wait(60000));
        const Job edit = finished.at(1).at(0).value<Job>();
        QVERIFY2(edit.state() == JobState::Completed, qPrintable(edit.errorMessage()));
        QCOMPARE(edit.parentId(), first.id());
        QCOMPARE(server.createCount(), 2);
        const QJsonObject editBody = server.lastCreateBody();
        QCOMPARE(editBody.value(QStringLiteral("previous_interaction_id")).toString(), first.remoteId());
        QVERIFY(QFileInfo(edit.output().videoPath).size() >= snowy.size());
        QVERIFY(fileBytes(edit.output().videoPath) != fileBytes(first.output().videoPath));
        QCOMPARE(app.jobs().children(first.id()), QList<JobId>{edit.id()});

        // Both clips in the gallery; the edit selected, named as an edit of the first, and playing.
        QTRY_COMPARE(window.galleryModel()->rowCount(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(window.gallery()->currentId(), edit.id(), 5000);
        bool chainShown = false;
        for (QLabel *label : window.details()->findChildren<QLabel *>())
            chainShown = chainShown
                || (label->isVisible() && label->text().contains(QStringLiteral("#%1").arg(first.id())));
        QVERIFY(chainShown);
        for (QLabel *label : window.details()->findChildren<QLabel *>())
            QVERIFY2(!label->text().contains(QChar(0x00C2)), qPrintable(label->text())); // no UTF-8 read as Latin-1
        QMediaPlayer *player = window.player()->controller()->player();
        QCOMPARE(player->source(), QUrl::fromLocalFile(edit.output().videoPath));
        QTRY_COMPARE_WITH_TIMEOUT(player->playbackState(), QMediaPlayer::PlayingState, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(player->position() > 1000, 15000);
        saveScreen(QStringLiteral("gemini-edit-playing.png"));

        // No Veo call, and the key never left for anything but the fake's own address.
        QCOMPARE(server.veoCallCount(), 0);
        QVERIFY(server.refusals().isEmpty());
    }
};

QTEST_MAIN(TestGeminiEdit)
#include "tst_gemini_edit_xvfb.moc"
