// The Videos API through the real program: `reelcraft provider add`, `generate --provider`,
// `list --json`, `spend`, and `resume` after the process was killed mid-job. The fake server
// runs in this test process on 127.0.0.1.
#include "support/FakeServerFixture.h"
#include "support/Mp4Bytes.h"
#include "support/FakeVideosApiServer.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace rc::test;

class TestVideosApiCli : public QObject
{
    Q_OBJECT

    static constexpr const char *kKey = "sk-cli-test-0123456789abcdef";

    // A profile named "srv" pointing at `server`, with fast polling.
    static void addProfile(CliRunner &cli, FakeVideosApiServer &server, const QStringList &extra = {})
    {
        cli.env.insert(QStringLiteral("RC_TEST_VIDEOS_KEY"), QLatin1String(kKey));
        const auto r = cli.run(QStringList{QStringLiteral("provider"), QStringLiteral("add"), QStringLiteral("srv"),
                                           QStringLiteral("--type"), QStringLiteral("videos-api"),
                                           QStringLiteral("--base-url"), server.baseUrl(),
                                           QStringLiteral("--key-env"), QStringLiteral("RC_TEST_VIDEOS_KEY"),
                                           QStringLiteral("--option"), QStringLiteral("pollMinMs=20"),
                                           QStringLiteral("--option"), QStringLiteral("pollMaxMs=50"),
                                           QStringLiteral("--option"), QStringLiteral("retryBaseMs=10"),
                                           QStringLiteral("--option"), QStringLiteral("retryMaxMs=40")}
                               + extra);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    static QStringList generateArgs(const QString &prompt = QStringLiteral("a lighthouse in a storm"))
    {
        return {QStringLiteral("generate"), prompt, QStringLiteral("--provider"), QStringLiteral("srv"),
                QStringLiteral("--model"), QStringLiteral("sora-2"), QStringLiteral("--seconds"), QStringLiteral("4"),
                QStringLiteral("--size"), QStringLiteral("1280x720"), QStringLiteral("--tier"), QStringLiteral("standard")};
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

    void providerAddListTestRemove()
    {
        FakeVideosApiServer server(FakeVideosApiServer::Flavor::SGLang);
        server.setModels({QStringLiteral("Wan-AI/Wan2.2-TI2V-5B"), QStringLiteral("hunyuan")});
        QVERIFY(server.listen());
        CliRunner cli;
        // No --model: the server's own list is used; unknown ids are priced at $0.
        auto added = cli.run({QStringLiteral("provider"), QStringLiteral("add"), QStringLiteral("gpu"), QStringLiteral("--type"),
                              QStringLiteral("videos-api"), QStringLiteral("--base-url"), server.baseUrl()});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        QVERIFY(added.out.contains(QLatin1String("Wan-AI/Wan2.2-TI2V-5B")));
        const auto listed = cli.run({QStringLiteral("provider"), QStringLiteral("list"), QStringLiteral("--json")});
        bool found = false;
        for (const auto &v : QJsonDocument::fromJson(listed.out.toUtf8()).array()) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("id")).toString() == QLatin1String("gpu")) {
                found = o.value(QStringLiteral("userDefined")).toBool();
                QCOMPARE(o.value(QStringLiteral("models")).toArray().size(), 2);
            }
        }
        QVERIFY(found);
        const auto tested = cli.run({QStringLiteral("provider"), QStringLiteral("test"), QStringLiteral("gpu")});
        QVERIFY2(tested.exitCode == 0, qPrintable(tested.err));
        QVERIFY(tested.out.contains(QLatin1String("hunyuan  (in this profile)")));
        QCOMPARE(cli.run({QStringLiteral("provider"), QStringLiteral("remove"), QStringLiteral("openai")}).exitCode, 2);
        QCOMPARE(cli.run({QStringLiteral("provider"), QStringLiteral("remove"), QStringLiteral("gpu")}).exitCode, 0);
        QCOMPARE(cli.run({QStringLiteral("provider"), QStringLiteral("test"), QStringLiteral("gpu")}).exitCode, 2);
        // Adding a server that is not there says why.
        server.http().dropConnections();
        const auto bad = cli.run({QStringLiteral("provider"), QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--type"),
                                  QStringLiteral("videos-api"), QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:9/v1")});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(bad.err.contains(QLatin1String("Could not reach")));
    }

    // A model OpenAI shut down is refused before anything is sent, saying when and what instead;
    // `providers` says the same, and nothing is queued or charged.
    void retiredModelIsRefusedWithDateAndReplacement()
    {
        CliRunner cli;
        const auto r = cli.run({QStringLiteral("generate"), QStringLiteral("a lighthouse"), QStringLiteral("--provider"),
                                QStringLiteral("openai"), QStringLiteral("--model"), QStringLiteral("sora-2-pro")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("Sora 2 Pro was shut down on api.openai.com on 2026-09-24; use ")),
                 qPrintable(r.err));
        const auto listed = cli.run({QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY2(QJsonDocument::fromJson(listed.out.toUtf8()).array().isEmpty(), qPrintable(listed.out));
        const auto providers = cli.run({QStringLiteral("providers")});
        QVERIFY2(providers.out.contains(QLatin1String("sora-2: shut down on api.openai.com on 2026-09-24")),
                 qPrintable(providers.out));
    }

    void generateRecordsTheClipAndOneCharge()
    {
        FakeVideosApiServer server;
        server.setRequiredKey(QLatin1String(kKey));
        server.setPollsUntilDone(3);
        QVERIFY(server.listen());
        // A 429 and a cut download on the way: both absorbed.
        FakeResponse limited = FakeResponse::json(429, R"({"error":{"message":"Rate limit reached","type":"requests"}})");
        limited.setHeader("retry-after-ms", "100");
        server.http().injectNext("POST", QStringLiteral("/v1/videos"), limited);
        server.setCutDownloadOnce(4000);
        CliRunner cli;
        addProfile(cli, server);
        const auto r = cli.run(generateArgs());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QCOMPARE(server.createCount(), 2);
        const QJsonArray jobs = cli.jobs();
        QCOMPARE(jobs.size(), 1);
        const QJsonObject job = jobs.first().toObject();
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("completed"));
        QVERIFY(job.value(QStringLiteral("remoteId")).toString().startsWith(QLatin1String("video_")));
        QCOMPARE(mediaDataOf(fileBytes(job.value(QStringLiteral("video")).toString())), mediaDataOf(server.video()));
        QVERIFY(QFileInfo(job.value(QStringLiteral("thumbnail")).toString()).size() > 0);
        QCOMPARE(cli.spend().value(QStringLiteral("totalUsd")).toString(), QStringLiteral("0.400000")); // 4 s x $0.10
        // The key went to the server, and nowhere into the profile's files.
        QVERIFY(!fileBytes(cli.profile.filePath(QStringLiteral("catalogue.json"))).contains(kKey));
        QVERIFY(!fileBytes(cli.profile.filePath(QStringLiteral("logs/reelcraft.log"))).contains(kKey));
    }

    void moderationFailureIsShownAndNotCharged()
    {
        FakeVideosApiServer server(FakeVideosApiServer::Flavor::VllmOmni);
        server.setModels({QStringLiteral("sora-2")});
        server.setFailJobsWith(QJsonObject{{QStringLiteral("code"), 400},
                                           {QStringLiteral("message"), QStringLiteral("Prompt rejected by the safety system")}});
        QVERIFY(server.listen());
        CliRunner cli;
        addProfile(cli, server);
        const auto r = cli.run(generateArgs());
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QLatin1String("refused the prompt or photo")), qPrintable(r.err));
        const QJsonObject job = cli.jobs().first().toObject();
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
        QCOMPARE(job.value(QStringLiteral("error")).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("moderation"));
        QCOMPARE(cli.spend().value(QStringLiteral("totalUsd")).toString(), QStringLiteral("0.000000"));
        QCOMPARE(server.createCount(), 1);
    }

    void lostJobReleasesTheCost()
    {
        FakeVideosApiServer server(FakeVideosApiServer::Flavor::SGLang);
        server.setPollsUntilDone(1000000);
        QVERIFY(server.listen());
        CliRunner cli;
        addProfile(cli, server);
        auto generate = cli.start(generateArgs());
        QTRY_VERIFY_WITH_TIMEOUT(server.pollCount() >= 2, 60000);
        server.loseAllJobs();
        const auto r = cli.finish(*generate);
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QLatin1String("lost this job")), qPrintable(r.err));
        QCOMPARE(cli.spend().value(QStringLiteral("totalUsd")).toString(), QStringLiteral("0.000000"));
        QCOMPARE(server.createCount(), 1);
    }

    void killedDuringTheJobIsResumedWithOneCreateAndOneCharge()
    {
        FakeVideosApiServer server;
        server.setRequiredKey(QLatin1String(kKey));
        server.setPollsUntilDone(1000000);
        QVERIFY(server.listen());
        CliRunner cli;
        addProfile(cli, server);
        auto generate = cli.start(generateArgs(QStringLiteral("a slow job")));
        QTRY_VERIFY_WITH_TIMEOUT(server.pollCount() >= 2, 60000); // accepted, its id stored, polling
        generate->kill();
        QVERIFY(generate->waitForFinished(10000));
        QJsonObject job = cli.jobs().first().toObject();
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("running"));
        const QString remoteId = job.value(QStringLiteral("remoteId")).toString();
        QVERIFY(!remoteId.isEmpty());

        server.setPollsUntilDone(0); // it finished while Reelcraft was away
        const auto resumed = cli.run({QStringLiteral("resume")});
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err + resumed.out));
        job = cli.jobs().first().toObject();
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("completed"));
        QCOMPARE(job.value(QStringLiteral("remoteId")).toString(), remoteId);
        QCOMPARE(mediaDataOf(fileBytes(job.value(QStringLiteral("video")).toString())), mediaDataOf(server.video()));
        QCOMPARE(server.createCount(), 1);
        const QJsonObject spend = cli.spend();
        QCOMPARE(spend.value(QStringLiteral("totalUsd")).toString(), QStringLiteral("0.400000"));
        QCOMPARE(spend.value(QStringLiteral("rows")).toArray().first().toObject().value(QStringLiteral("jobs")).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestVideosApiCli)
#include "tst_videosapi_cli.moc"
