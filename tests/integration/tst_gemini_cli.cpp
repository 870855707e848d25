// Veo through the real program: a gemini profile pointed at a fake Gemini API on 127.0.0.1,
// `generate`, a safety block, and `resume` of a killed job by its operation name.
#include "support/FakeGeminiServer.h"
#include "support/FakeServerFixture.h"
#include "support/Mp4Bytes.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace rc::test;

class TestGeminiCli : public QObject
{
    Q_OBJECT

    static void addProfile(CliRunner &cli, FakeGeminiServer &server)
    {
        cli.env.insert(QStringLiteral("RC_TEST_GEMINI_KEY"), QStringLiteral("test-gemini-key"));
        const auto r = cli.run({QStringLiteral("provider"), QStringLiteral("add"), QStringLiteral("veo"),
                                QStringLiteral("--type"), QStringLiteral("gemini"), QStringLiteral("--base-url"), server.baseUrl(),
                                QStringLiteral("--key-env"), QStringLiteral("RC_TEST_GEMINI_KEY"),
                                QStringLiteral("--model"), QStringLiteral("veo-3.1-fast-generate-preview"),
                                QStringLiteral("--option"), QStringLiteral("pollMinMs=20"),
                                QStringLiteral("--option"), QStringLiteral("pollMaxMs=50")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    static QStringList generateArgs()
    {
        return {QStringLiteral("generate"), QStringLiteral("a paper boat in a gutter river"), QStringLiteral("--provider"),
                QStringLiteral("veo"), QStringLiteral("--seconds"), QStringLiteral("4"), QStringLiteral("--size"),
                QStringLiteral("1280x720"), QStringLiteral("--tier"), QStringLiteral("standard")};
    }

    static QByteArray fileBytes(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!sampleMp4().isEmpty(), "ffmpeg could not make the sample video");
    }

    void generateDownloadsTheSample()
    {
        FakeGeminiServer server;
        server.setCutDownloadOnce(3000);
        QVERIFY(server.listen());
        CliRunner cli;
        addProfile(cli, server);
        const auto tested = cli.run({QStringLiteral("provider"), QStringLiteral("test"), QStringLiteral("veo")});
        QVERIFY2(tested.exitCode == 0, qPrintable(tested.err));
        QVERIFY(tested.out.contains(QLatin1String("veo-3.1-generate-preview")));
        const auto r = cli.run(generateArgs());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        const QJsonObject job = cli.jobs().first().toObject();
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("completed"));
        QVERIFY(job.value(QStringLiteral("remoteId")).toString().contains(QLatin1String("/operations/")));
        QCOMPARE(mediaDataOf(fileBytes(job.value(QStringLiteral("video")).toString())), mediaDataOf(server.video()));
        QVERIFY(QFileInfo(job.value(QStringLiteral("thumbnail")).toString()).size() > 0);
        QCOMPARE(server.createCount(), 1);
        QCOMPARE(cli.spend().value(QStringLiteral("totalUsd")).toString(), QStringLiteral("0.600000")); // 4 s x $0.15
        QVERIFY(!fileBytes(cli.profile.filePath(QStringLiteral("logs/reelcraft.log"))).contains("test-gemini-key"));
    }

    void safetyBlockFailsWithReasons()
    {
        FakeGeminiServer server;
        server.setResult(FakeGeminiServer::Result::SafetyBlock);
        server.setSafetyReasons({QStringLiteral("Video contains a public figure.")});
        QVERIFY(server.listen());
        CliRunner cli;
        addProfile(cli, server);
        const auto r = cli.run(generateArgs());
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QLatin1String("safety filter: Video contains a public figure.")), qPrintable(r.err));
        const QJsonObject job = cli.jobs().first().toObject();
        QCOMPARE(job.value(QStringLiteral("error")).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("moderation"));
        QCOMPARE(cli.spend().value(QStringLiteral("totalUsd")).toString(), QStringLiteral("0.000000"));
    }

    void killedJobIsResumedByOperationName()
    {
        FakeGeminiServer server;
        server.setPollsUntilDone(1000000);
        QVERIFY(server.listen());
        CliRunner cli;
        addProfile(cli, server);
        auto generate = cli.start(generateArgs());
        QTRY_VERIFY_WITH_TIMEOUT(server.pollCount() >= 2, 60000);
        generate->kill();
        QVERIFY(generate->waitForFinished(10000));
        QCOMPARE(cli.jobs().first().toObject().value(QStringLiteral("state")).toString(), QStringLiteral("running"));
        server.setPollsUntilDone(0);
        const auto resumed = cli.run({QStringLiteral("resume")});
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err + resumed.out));
        const QJsonObject job = cli.jobs().first().toObject();
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("completed"));
        QCOMPARE(mediaDataOf(fileBytes(job.value(QStringLiteral("video")).toString())), mediaDataOf(server.video()));
        QCOMPARE(server.createCount(), 1);
        QCOMPARE(cli.spend().value(QStringLiteral("totalUsd")).toString(), QStringLiteral("0.600000"));
    }
};

QTEST_GUILESS_MAIN(TestGeminiCli)
#include "tst_gemini_cli.moc"
