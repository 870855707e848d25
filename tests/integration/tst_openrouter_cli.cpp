// OpenRouter through the real program against a strict fake on 127.0.0.1: `provider add --type
// openrouter` reads and keeps the live model list, `providers --json` shows each model's own
// durations and sizes (with no network), `providers --refresh` reads it again, and `generate`
// makes the clip with one create, the video fetched from the signed URL without the key, and the
// ledger charged what the service reported (usage.cost), not the estimate. Then the faults: 429,
// 500s, a cut download, failed / blocked / expired jobs, a wrong key, and kill -9 then `resume`.
#include "support/FakeOpenRouterServer.h"
#include "support/FakeServerFixture.h"
#include "support/Mp4Bytes.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace rc::test;

class TestOpenRouterCli : public QObject
{
    Q_OBJECT

    static constexpr const char *kKey = "sk-or-v1-test";

    // A profile named "or" at `server`, polling fast (the real cadence is 10-30 s).
    static CliRunner::Result addProfile(CliRunner &cli, FakeOpenRouterServer &server, const QStringList &extra = {})
    {
        cli.env.insert(QStringLiteral("RC_TEST_OR_KEY"), QLatin1String(kKey));
        return cli.run(QStringList{QStringLiteral("provider"), QStringLiteral("add"), QStringLiteral("or"),
                                   QStringLiteral("--type"), QStringLiteral("openrouter"),
                                   QStringLiteral("--base-url"), server.baseUrl(),
                                   QStringLiteral("--key-env"), QStringLiteral("RC_TEST_OR_KEY"),
                                   QStringLiteral("--option"), QStringLiteral("pollMinMs=20"),
                                   QStringLiteral("--option"), QStringLiteral("pollMaxMs=50"),
                                   QStringLiteral("--option"), QStringLiteral("retryBaseMs=10"),
                                   QStringLiteral("--option"), QStringLiteral("retryMaxMs=40")}
                       + extra);
    }

    static QStringList generateArgs(const QString &prompt = QStringLiteral("a lighthouse in a storm"),
                                    const QString &model = QStringLiteral("google/veo-3.1"), int seconds = 4,
                                    const QString &size = QStringLiteral("1280x720"))
    {
        return {QStringLiteral("generate"), prompt, QStringLiteral("--provider"), QStringLiteral("or"),
                QStringLiteral("--model"), model, QStringLiteral("--seconds"), QString::number(seconds),
                QStringLiteral("--size"), size};
    }

    static QByteArray fileBytes(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static QJsonObject providerJson(CliRunner &cli, const QString &id)
    {
        const auto r = cli.run({QStringLiteral("providers"), QStringLiteral("--json")});
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array())
            if (v.toObject().value(QStringLiteral("id")).toString() == id)
                return v.toObject();
        return {};
    }

    // The ledger's charge for the profile, as `spend --by provider --json` shows it.
    static QString charged(CliRunner &cli)
    {
        for (const QJsonValue &row : cli.spend().value(QStringLiteral("rows")).toArray())
            if (row.toObject().value(QStringLiteral("key")).toString() == QLatin1String("or"))
                return row.toObject().value(QStringLiteral("usd")).toString();
        return QStringLiteral("none");
    }

    static QList<int> ints(const QJsonValue &array)
    {
        QList<int> out;
        for (const QJsonValue &v : array.toArray())
            out.append(v.toInt(-1));
        return out;
    }

    static QString usd(double amount) { return QString::number(amount, 'f', 6); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!sampleMp4().isEmpty(), "ffmpeg could not make the sample video");
    }

    void addKeepsTheLiveModelList()
    {
        FakeOpenRouterServer server;
        QVERIFY(server.listen());
        CliRunner cli;
        const auto added = addProfile(cli, server);
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        QVERIFY2(added.out.contains(QLatin1String("google/veo-3.1")), qPrintable(added.out));
        QCOMPARE(server.http().count("GET", QStringLiteral("/videos/models")), 1);

        server.http().clearRequests();
        const QJsonObject p = providerJson(cli, QStringLiteral("or"));
        QCOMPARE(p.value(QStringLiteral("kind")).toString(), QStringLiteral("openrouter"));
        const QJsonObject models = p.value(QStringLiteral("models")).toObject();
        QCOMPARE(models.keys(), (QStringList{QStringLiteral("alibaba/wan-2.6"), QStringLiteral("google/veo-3.1")}));
        const QJsonObject veo = models.value(QStringLiteral("google/veo-3.1")).toObject();
        QCOMPARE(ints(veo.value(QStringLiteral("durations"))), (QList<int>{4, 6, 8}));
        QVERIFY(veo.value(QStringLiteral("sizes")).toArray().contains(QStringLiteral("1080x1920")));
        QCOMPARE(veo.value(QStringLiteral("imageInput")).toBool(), true);
        const QJsonObject wan = models.value(QStringLiteral("alibaba/wan-2.6")).toObject();
        QCOMPARE(ints(wan.value(QStringLiteral("durations"))), (QList<int>{5, 10}));
        QVERIFY(wan.value(QStringLiteral("sizes")).toArray().contains(QStringLiteral("1080x1080")));
        QVERIFY(!wan.value(QStringLiteral("sizes")).toArray().contains(QStringLiteral("720x960"))); // no 3:4 listed
        // Start-up and listing read the profile, not the network.
        QCOMPARE(server.http().requests().size(), 0);

        // The service adds a model: --refresh reads the list again and keeps it.
        QJsonArray more = FakeOpenRouterServer::defaultModels();
        QJsonObject kling = more.at(1).toObject();
        kling.insert(QStringLiteral("id"), QStringLiteral("kwaivgi/kling-3"));
        kling.insert(QStringLiteral("supported_durations"), QJsonArray{5, 10});
        more.append(kling);
        server.setModels(more);
        const auto refreshed = cli.run({QStringLiteral("providers"), QStringLiteral("--refresh")});
        QVERIFY2(refreshed.exitCode == 0, qPrintable(refreshed.err));
        QVERIFY2(refreshed.out.contains(QLatin1String("kwaivgi/kling-3")), qPrintable(refreshed.out));
        QVERIFY(providerJson(cli, QStringLiteral("or")).value(QStringLiteral("models")).toObject().contains(QStringLiteral("kwaivgi/kling-3")));

        // A refresh that fails keeps what the profile had, and says why.
        server.setKey(QStringLiteral("sk-or-v1-rotated"));
        const auto failed = cli.run({QStringLiteral("providers"), QStringLiteral("--refresh")});
        QVERIFY(failed.exitCode != 0);
        QVERIFY2(failed.err.contains(QLatin1String("or: ")) && failed.err.contains(QLatin1String("earlier list")), qPrintable(failed.err));
        QVERIFY(providerJson(cli, QStringLiteral("or")).value(QStringLiteral("models")).toObject().contains(QStringLiteral("kwaivgi/kling-3")));
    }

    void wrongKeyIsRefusedAtAdd()
    {
        FakeOpenRouterServer server;
        server.setKey(QStringLiteral("sk-or-v1-other"));
        QVERIFY(server.listen());
        CliRunner cli;
        const auto added = addProfile(cli, server);
        QVERIFY(added.exitCode != 0);
        QVERIFY2(added.err.contains(QLatin1String("key"), Qt::CaseInsensitive), qPrintable(added.err));
        QVERIFY(!added.err.contains(QLatin1String(kKey)));
        QVERIFY(providerJson(cli, QStringLiteral("or")).isEmpty());
    }

    void generateChargesTheReportedCost()
    {
        FakeOpenRouterServer server;
        QVERIFY(server.listen());
        CliRunner cli;
        QVERIFY(addProfile(cli, server).exitCode == 0);
        QImage photo(640, 360, QImage::Format_RGB32);
        photo.fill(Qt::darkCyan);
        const QString photoPath = cli.profile.filePath(QStringLiteral("photo.png"));
        QVERIFY(photo.save(photoPath));

        const auto r = cli.run(generateArgs() << QStringLiteral("--image") << photoPath);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QCOMPARE(server.createCount(), 1);
        QVERIFY2(server.lastCreateError().isEmpty(), qPrintable(server.lastCreateError()));
        const QJsonObject sent = server.lastCreateBody();
        QCOMPARE(sent.value(QStringLiteral("model")).toString(), QStringLiteral("google/veo-3.1"));
        QCOMPARE(sent.value(QStringLiteral("size")).toString(), QStringLiteral("1280x720"));
        QCOMPARE(sent.value(QStringLiteral("frame_images")).toArray().first().toObject().value(QStringLiteral("frame_type")).toString(),
                 QStringLiteral("first_frame"));

        const QJsonObject job = cli.jobs().first().toObject();
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("completed"));
        QCOMPARE(mediaDataOf(fileBytes(job.value(QStringLiteral("video")).toString())), mediaDataOf(server.video()));
        QVERIFY(QFile::exists(job.value(QStringLiteral("thumbnail")).toString()));
        // The video came from the signed URL, which never saw the key.
        QCOMPARE(server.media().count("GET"), 1);
        QCOMPARE(server.keyedMediaRequests(), 0);
        // Charged what the service billed (4 s x $0.40 + $0.0731), not the $1.60 estimate.
        const QString reported = usd(server.costFor(QStringLiteral("google/veo-3.1"), 4));
        QCOMPARE(job.value(QStringLiteral("estimateUsd")).toString(), QStringLiteral("1.600000"));
        QCOMPARE(job.value(QStringLiteral("costUsd")).toString(), reported);
        QCOMPARE(charged(cli), reported);
    }

    void resolutionModelsAndFaultsStillMakeOneClip()
    {
        FakeOpenRouterServer server;
        server.setRateLimitFirstCreate(true);
        server.setFailEveryThirdPoll(true);
        server.setCutFirstDownload(true);
        server.setPollsUntilDone(4);
        QVERIFY(server.listen());
        CliRunner cli;
        QVERIFY(addProfile(cli, server).exitCode == 0);
        const auto r = cli.run(generateArgs(QStringLiteral("waves on a pier"), QStringLiteral("alibaba/wan-2.6"), 5,
                                            QStringLiteral("1080x1080")));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QCOMPARE(server.createCount(), 2); // the 429, then the one the service took
        QCOMPARE(server.acceptedCreates(), 1);
        const QJsonObject sent = server.lastCreateBody();
        QCOMPARE(sent.value(QStringLiteral("resolution")).toString(), QStringLiteral("1080p"));
        QCOMPARE(sent.value(QStringLiteral("aspect_ratio")).toString(), QStringLiteral("1:1"));
        QVERIFY(!sent.contains(QStringLiteral("seed"))); // the model has no seed capability
        const QJsonObject job = cli.jobs().first().toObject();
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("completed"));
        QCOMPARE(mediaDataOf(fileBytes(job.value(QStringLiteral("video")).toString())), mediaDataOf(server.video()));
        QCOMPARE(server.keyedMediaRequests(), 0);
        QCOMPARE(charged(cli), usd(server.costFor(QStringLiteral("alibaba/wan-2.6"), 5)));
    }

    void whatTheModelLacksIsRefusedBeforeAnyRequest()
    {
        FakeOpenRouterServer server;
        QVERIFY(server.listen());
        CliRunner cli;
        QVERIFY(addProfile(cli, server).exitCode == 0);
        server.http().clearRequests();
        auto r = cli.run(generateArgs(QStringLiteral("a fox"), QStringLiteral("google/veo-3.1"), 5));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("4, 6, 8")), qPrintable(r.err));
        r = cli.run(generateArgs(QStringLiteral("a fox"), QStringLiteral("alibaba/wan-2.6"), 5, QStringLiteral("720x960")));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("720x960")), qPrintable(r.err));
        QCOMPARE(server.http().requests().size(), 0);
        QVERIFY(cli.jobs().isEmpty());
        QCOMPARE(charged(cli), QStringLiteral("none"));
    }

    void failedBlockedAndExpiredJobsCostNothing_data()
    {
        QTest::addColumn<QString>("prompt");
        QTest::addColumn<QString>("endAs");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("expectedKind");
        QTest::addColumn<QString>("expectedText");
        QTest::newRow("content policy") << "BLOCKME a crowd" << "" << "" << "moderation" << "content policy";
        QTest::newRow("failed") << "a fox" << "failed" << "Upstream provider error: out of capacity" << "server"
                                << "Upstream provider error: out of capacity";
        QTest::newRow("expired") << "a fox" << "expired" << "" << "server" << "expired";
        QTest::newRow("cancelled") << "a fox" << "cancelled" << "" << "server" << "cancelled";
    }
    void failedBlockedAndExpiredJobsCostNothing()
    {
        QFETCH(QString, prompt);
        QFETCH(QString, endAs);
        QFETCH(QString, error);
        QFETCH(QString, expectedKind);
        QFETCH(QString, expectedText);
        FakeOpenRouterServer server;
        if (endAs == QLatin1String("failed"))
            server.setFailJobsWith(error);
        else if (!endAs.isEmpty())
            server.setEndJobsAs(endAs);
        QVERIFY(server.listen());
        CliRunner cli;
        QVERIFY(addProfile(cli, server).exitCode == 0);
        const auto r = cli.run(generateArgs(prompt));
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(expectedText), qPrintable(r.err));
        const QJsonObject job = cli.jobs().first().toObject();
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
        QCOMPARE(job.value(QStringLiteral("error")).toObject().value(QStringLiteral("kind")).toString(), expectedKind);
        QCOMPARE(server.createCount(), 1);
        QCOMPARE(cli.spend().value(QStringLiteral("totalUsd")).toString(), QStringLiteral("0.000000"));
    }

    void killedDuringTheJobIsResumedWithOneCreateAndOneCharge()
    {
        FakeOpenRouterServer server;
        server.setPollsUntilDone(1000000);
        QVERIFY(server.listen());
        CliRunner cli;
        QVERIFY(addProfile(cli, server).exitCode == 0);
        auto generate = cli.start(generateArgs(QStringLiteral("a slow job")));
        QTRY_VERIFY_WITH_TIMEOUT(server.pollCount() >= 2, 60000); // accepted, its id stored, polling
        generate->kill();
        QVERIFY(generate->waitForFinished(10000));
        QJsonObject job = cli.jobs().first().toObject();
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("running"));
        const QString remoteId = job.value(QStringLiteral("remoteId")).toString();
        QVERIFY(remoteId.startsWith(QLatin1String("gen-vid-")));

        server.setPollsUntilDone(0); // it finished while Reelcraft was away
        const auto resumed = cli.run({QStringLiteral("resume")});
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err + resumed.out));
        job = cli.jobs().first().toObject();
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("completed"));
        QCOMPARE(job.value(QStringLiteral("remoteId")).toString(), remoteId);
        QCOMPARE(mediaDataOf(fileBytes(job.value(QStringLiteral("video")).toString())), mediaDataOf(server.video()));
        QCOMPARE(server.createCount(), 1);
        const QJsonObject spend = cli.spend();
        QCOMPARE(spend.value(QStringLiteral("totalUsd")).toString(), usd(server.costFor(QStringLiteral("google/veo-3.1"), 4)));
        QCOMPARE(spend.value(QStringLiteral("rows")).toArray().first().toObject().value(QStringLiteral("jobs")).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestOpenRouterCli)
#include "tst_openrouter_cli.moc"
