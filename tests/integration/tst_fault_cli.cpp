// The audit's bad inputs through the real program: debug logging at exit, a key the server
// repeats in its error, ANSI escapes in a prompt, a catalogue.json that does not parse, and files
// that are not videos. Each case failed before its fix.
#include "support/FakeServerFixture.h"
#include "support/FakeVideosApiServer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace rc::test;

class TestFaultCli : public QObject
{
    Q_OBJECT

    // Looks like no key format any pattern knows, so only its registered value can mask it.
    static constexpr const char *kKey = "relay-key-9d8c7b6a5f4e3d2c";

    static QByteArray fileBytes(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static void addProfile(CliRunner &cli, FakeVideosApiServer &server)
    {
        cli.env.insert(QStringLiteral("RC_TEST_RELAY_KEY"), QLatin1String(kKey));
        const auto r = cli.run({QStringLiteral("provider"), QStringLiteral("add"), QStringLiteral("srv"), QStringLiteral("--type"),
                                QStringLiteral("videos-api"), QStringLiteral("--base-url"), server.baseUrl(),
                                QStringLiteral("--key-env"), QStringLiteral("RC_TEST_RELAY_KEY"), QStringLiteral("--option"),
                                QStringLiteral("pollMinMs=20"), QStringLiteral("--option"), QStringLiteral("pollMaxMs=50"),
                                QStringLiteral("--option"), QStringLiteral("retryBaseMs=10"), QStringLiteral("--option"),
                                QStringLiteral("retryMaxMs=40")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!sampleMp4().isEmpty(), "ffmpeg could not make the sample video");
    }

    void debugLoggingAtExitNeitherCrashesNorHangs()
    {
        CliRunner cli;
        cli.env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
        for (int i = 0; i < 3; ++i) {
            const auto r = cli.run({QStringLiteral("list")}, 60000);
            QVERIFY2(r.finished, "hung at exit");
            QVERIFY2(r.exitCode == 0, qPrintable(r.err.right(2000)));
            QVERIFY2(!r.err.contains(QLatin1String("free()")) && !r.err.contains(QLatin1String("double free")), qPrintable(r.err.right(2000)));
        }
        // Only the log and its rotations, no files with garbage names.
        const QStringList files = QDir(cli.profile.filePath(QStringLiteral("logs"))).entryList(QDir::Files);
        QVERIFY(!files.isEmpty());
        for (const QString &name : files)
            QVERIFY2(name.startsWith(QLatin1String("reelcraft.log")), qPrintable(name));
    }

    void aKeyTheServerRepeatsIsNeverStoredOrShown()
    {
        FakeVideosApiServer server;
        QVERIFY(server.listen());
        server.setFailJobsWith(QJsonObject{{QStringLiteral("code"), QStringLiteral("invalid_api_key")},
                                           {QStringLiteral("message"), QStringLiteral("Incorrect API key provided: %1.").arg(QLatin1String(kKey))}});
        CliRunner cli;
        addProfile(cli, server);
        // ANSI escapes and controls in the prompt, to be shown escaped by list and show.
        const QString prompt = QStringLiteral("harbour \x1b[2J\x1b[31mRED\x1b[0m\x07 at dawn");
        const auto generated = cli.run({QStringLiteral("generate"), prompt, QStringLiteral("--provider"), QStringLiteral("srv"),
                                        QStringLiteral("--model"), QStringLiteral("sora-2"), QStringLiteral("--seconds"), QStringLiteral("4"),
                                        QStringLiteral("--size"), QStringLiteral("1280x720"), QStringLiteral("--tier"), QStringLiteral("standard")});
        QCOMPARE(generated.exitCode, 1);
        QVERIFY2(generated.err.contains(QLatin1String("[redacted]")), qPrintable(generated.err));
        QVERIFY2(!generated.err.contains(QLatin1String(kKey)), qPrintable(generated.err));

        const auto shownJson = cli.run({QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--json")});
        QCOMPARE(shownJson.exitCode, 0);
        QVERIFY2(!shownJson.out.contains(QLatin1String(kKey)), qPrintable(shownJson.out));
        const QJsonObject job = QJsonDocument::fromJson(shownJson.out.toUtf8()).object();
        QCOMPARE(job.value(QStringLiteral("prompt")).toString(), prompt); // JSON keeps the text exact
        const auto shown = cli.run({QStringLiteral("show"), QStringLiteral("1")});
        QCOMPARE(shown.exitCode, 0);
        QVERIFY(!shown.out.contains(QLatin1String(kKey)));
        const auto listed = cli.run({QStringLiteral("list")});
        QCOMPARE(listed.exitCode, 0);
        for (const QString &text : {shown.out, listed.out}) {
            QVERIFY2(!text.contains(QChar(0x1b)) && !text.contains(QChar(0x07)), qPrintable(text));
            QVERIFY2(text.contains(QLatin1String("\\x1b[31mRED")), qPrintable(text));
        }
        // Nothing in the database (and its WAL) or the log either.
        QVERIFY(QFile::exists(cli.profile.filePath(QStringLiteral("reelcraft.db"))));
        for (const QString &dir : {cli.profile.path(), cli.profile.filePath(QStringLiteral("logs"))})
            for (const QString &name : QDir(dir).entryList(QDir::Files))
                QVERIFY2(!fileBytes(dir + QLatin1Char('/') + name).contains(kKey), qPrintable(name));
    }

    void anUnreadableCatalogueIsNeverWrittenOver()
    {
        CliRunner cli;
        const QString file = cli.profile.filePath(QStringLiteral("catalogue.json"));
        const QByteArray broken = "{\n  \"providers\": [\n    { \"id\": \"mine\", \"kind\": \"videos-api\", \"baseUrl\": \"http://127.0.0.1:9\" },\n"
                                  "    { \"id\": \"other\", \"kind\": \"videos-api\" \"baseUrl\": \"http://127.0.0.1:8\" }\n  ]\n}\n";
        QDir().mkpath(cli.profile.path());
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(broken);
        f.close();
        const auto r = cli.run({QStringLiteral("provider"), QStringLiteral("add"), QStringLiteral("gpu"), QStringLiteral("--type"),
                                QStringLiteral("videos-api"), QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:7/v1"),
                                QStringLiteral("--model"), QStringLiteral("wan")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("line 4")), qPrintable(r.err));
        QCOMPARE(fileBytes(file), broken);
        QCOMPARE(fileBytes(file + QStringLiteral(".bak")), broken);
        const auto removed = cli.run({QStringLiteral("provider"), QStringLiteral("remove"), QStringLiteral("mine")});
        QVERIFY(removed.exitCode != 0);
        QCOMPARE(fileBytes(file), broken);
    }

    void onlyFilesThatDecodeAreImported()
    {
        CliRunner cli;
        const QString text = cli.profile.filePath(QStringLiteral("notes.mp4"));
        QFile t(text);
        QVERIFY(t.open(QIODevice::WriteOnly));
        t.write("This is a shopping list, not a video.\nEggs\nMilk\n");
        t.close();
        const QString zeros = cli.profile.filePath(QStringLiteral("zeros.mp4"));
        QFile z(zeros);
        QVERIFY(z.open(QIODevice::WriteOnly));
        QVERIFY(z.resize(200ll * 1024 * 1024)); // a sparse file of zeros
        z.close();
        for (const QString &file : {text, zeros}) {
            const auto r = cli.run({QStringLiteral("import"), file});
            QVERIFY2(r.exitCode == 1, qPrintable(file + QLatin1Char(' ') + r.out + r.err));
            QVERIFY2(r.err.contains(QLatin1String("not a playable video")), qPrintable(r.err));
        }
        QCOMPARE(cli.jobs().size(), 0);
        // A real video still comes in.
        const QString clip = cli.profile.filePath(QStringLiteral("real.mp4"));
        QFile c(clip);
        QVERIFY(c.open(QIODevice::WriteOnly));
        c.write(sampleMp4());
        c.close();
        const auto ok = cli.run({QStringLiteral("import"), clip});
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
        QCOMPARE(cli.jobs().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestFaultCli)
#include "tst_fault_cli.moc"
