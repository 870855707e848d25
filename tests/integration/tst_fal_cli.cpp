// fal.ai through the real program against a strict fake queue on 127.0.0.1: `provider add --type
// fal` takes the catalogue's endpoints, `provider test` checks the key, and `generate` submits the
// endpoint's own input (Kling's "5" as a string, the photo as a data URI to the image endpoint),
// follows the queue to the result and fetches the video from a second origin without the key;
// the charge is the catalogue's price. Then a 422 naming the setting, a content-policy block,
// 429 / 500s / a cut download, Ctrl+C (PUT cancel), kill -9 then `resume`, and a wrong key.
#include "support/FakeFalServer.h"
#include "support/FakeServerFixture.h"
#include "support/Mp4Bytes.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <csignal>

using namespace rc::test;

namespace {
const QString kText = QStringLiteral("fal-ai/kling-video/v2.5-turbo/pro/text-to-video");
const QString kImage = QStringLiteral("fal-ai/kling-video/v2.5-turbo/pro/image-to-video");
} // namespace

class TestFalCli : public QObject
{
    Q_OBJECT

    static constexpr const char *kKey = "fal-key-id:fal-key-secret";

    // A profile named "myfal" at `server`, polling fast.
    static CliRunner::Result addProfile(CliRunner &cli, FakeFalServer &server, const QString &key = QLatin1String(kKey))
    {
        cli.env.insert(QStringLiteral("RC_TEST_FAL_KEY"), key);
        return cli.run({QStringLiteral("provider"), QStringLiteral("add"), QStringLiteral("myfal"), QStringLiteral("--type"),
                        QStringLiteral("fal"), QStringLiteral("--base-url"), server.baseUrl(), QStringLiteral("--key-env"),
                        QStringLiteral("RC_TEST_FAL_KEY"), QStringLiteral("--option"), QStringLiteral("pollMinMs=20"),
                        QStringLiteral("--option"), QStringLiteral("pollMaxMs=50"), QStringLiteral("--option"),
                        QStringLiteral("retryBaseMs=10"), QStringLiteral("--option"), QStringLiteral("retryMaxMs=40")});
    }

    static QStringList generateArgs(const QString &prompt = QStringLiteral("A red kite rising over dunes at dawn"),
                                    const QString &model = kText, int seconds = 5,
                                    const QString &size = QStringLiteral("1920x1080"))
    {
        return {QStringLiteral("generate"), prompt, QStringLiteral("--provider"), QStringLiteral("myfal"),
                QStringLiteral("--model"), model, QStringLiteral("--seconds"), QString::number(seconds),
                QStringLiteral("--size"), size};
    }

    static QByteArray fileBytes(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static QString photo(CliRunner &cli)
    {
        QImage image(640, 360, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        const QString path = cli.profile.filePath(QStringLiteral("photo.png"));
        return image.save(path) ? path : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!sampleMp4().isEmpty(), "ffmpeg could not make the sample video");
    }

    void addTakesTheCatalogueEndpointsAndTestChecksTheKey()
    {
        FakeFalServer server;
        QVERIFY(server.listen());
        CliRunner cli;
        const auto added = addProfile(cli, server);
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        QVERIFY2(added.out.contains(kText) && added.out.contains(kImage), qPrintable(added.out));
        QCOMPARE(server.http().requests().size(), 0); // nothing to ask at add

        const auto tested = cli.run({QStringLiteral("provider"), QStringLiteral("test"), QStringLiteral("myfal")});
        QVERIFY2(tested.exitCode == 0, qPrintable(tested.err + tested.out));
        QVERIFY2(tested.out.contains(kText), qPrintable(tested.out));
        // The key check asked the status of a request that does not exist, with fal's header.
        QCOMPARE(server.http().requests().size(), 1);
        QCOMPARE(server.http().requests().first().header("authorization"), QByteArray("Key ") + kKey);
    }

    void wrongKeyIsSaidAndCostsNothing()
    {
        FakeFalServer server;
        server.setKey(QStringLiteral("other-id:other-secret"));
        QVERIFY(server.listen());
        CliRunner cli;
        QVERIFY(addProfile(cli, server).exitCode == 0);
        const auto tested = cli.run({QStringLiteral("provider"), QStringLiteral("test"), QStringLiteral("myfal")});
        QVERIFY(tested.exitCode != 0);
        QVERIFY2(tested.err.contains(QLatin1String("key"), Qt::CaseInsensitive), qPrintable(tested.err));
        QVERIFY(!tested.err.contains(QLatin1String(kKey)));
        const auto r = cli.run(generateArgs());
        QVERIFY(r.exitCode != 0);
        QCOMPARE(cli.jobs().first().toObject().value(QStringLiteral("error")).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("auth"));
        QCOMPARE(server.acceptedSubmits(), 0);
        QCOMPARE(cli.spend().value(QStringLiteral("totalUsd")).toString(), QStringLiteral("0.000000"));
    }

    void textToVideoFollowsTheQueueAndKeepsTheKeyOffTheCdn()
    {
        FakeFalServer server;
        server.setPolls(3, 2);
        QVERIFY(server.listen());
        CliRunner cli;
        QVERIFY(addProfile(cli, server).exitCode == 0);
        const auto r = cli.run(generateArgs());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QCOMPARE(server.submitCount(), 1);
        QCOMPARE(server.lastEndpoint(), kText);
        QCOMPARE(server.lastInput(), (QJsonObject{{QStringLiteral("prompt"), QStringLiteral("A red kite rising over dunes at dawn")},
                                                  {QStringLiteral("duration"), QStringLiteral("5")},
                                                  {QStringLiteral("aspect_ratio"), QStringLiteral("16:9")}}));
        QVERIFY(server.statusPolls() >= 6); // queued, running, completed
        const QJsonObject job = cli.jobs().first().toObject();
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("completed"));
        QCOMPARE(mediaDataOf(fileBytes(job.value(QStringLiteral("video")).toString())), mediaDataOf(server.video()));
        QCOMPARE(server.media().count("GET"), 1);
        QCOMPARE(server.keyedMediaRequests(), 0);
        for (const RecordedRequest &req : server.media().requests())
            QVERIFY(req.header("authorization").isEmpty());
        // fal reports no cost: the catalogue's $0.07/s x 5 s.
        QCOMPARE(job.value(QStringLiteral("costUsd")).toString(), QStringLiteral("0.350000"));
        QCOMPARE(cli.spend().value(QStringLiteral("totalUsd")).toString(), QStringLiteral("0.350000"));
    }

    void photoGoesToTheImageEndpointAsADataUri()
    {
        FakeFalServer server;
        QVERIFY(server.listen());
        CliRunner cli;
        QVERIFY(addProfile(cli, server).exitCode == 0);
        const QString path = photo(cli);
        QVERIFY(!path.isEmpty());
        const auto r = cli.run(generateArgs(QStringLiteral("the kite lands"), kText, 10) << QStringLiteral("--image") << path);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QCOMPARE(server.lastEndpoint(), kImage);
        QVERIFY2(server.lastRefusal().isEmpty(), qPrintable(server.lastRefusal()));
        const QJsonObject sent = server.lastInput();
        QVERIFY(sent.value(QStringLiteral("image_url")).toString().startsWith(QLatin1String("data:image/jpeg;base64,")));
        QCOMPARE(sent.value(QStringLiteral("duration")).toString(), QStringLiteral("10"));
        QVERIFY(!sent.contains(QStringLiteral("aspect_ratio"))); // the clip follows the photo
        QCOMPARE(server.keyedMediaRequests(), 0);
        QCOMPARE(cli.jobs().first().toObject().value(QStringLiteral("state")).toString(), QStringLiteral("completed"));
        QCOMPARE(cli.spend().value(QStringLiteral("totalUsd")).toString(), QStringLiteral("0.700000"));
    }

    void validationErrorNamesTheSetting()
    {
        FakeFalServer server;
        QVERIFY(server.listen());
        CliRunner cli;
        QVERIFY(addProfile(cli, server).exitCode == 0);
        // The endpoint changed its rules since the catalogue was written.
        server.http().injectNext("POST", kText,
                                 FakeResponse::json(422, R"({"detail":[{"loc":["body","duration"],"msg":"Input should be '5'",)"
                                                         R"("type":"literal_error","input":"10","ctx":{"expected":"'5'"}}]})"));
        const auto r = cli.run(generateArgs(QStringLiteral("a fox"), kText, 10));
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QLatin1String("refused the duration")) && r.err.contains(kText)
                     && r.err.contains(QLatin1String("Input should be '5'")),
                 qPrintable(r.err));
        QCOMPARE(cli.jobs().first().toObject().value(QStringLiteral("error")).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("invalid-input"));
        QCOMPARE(cli.spend().value(QStringLiteral("totalUsd")).toString(), QStringLiteral("0.000000"));
    }

    void contentPolicyBlockIsModerationAndFree()
    {
        FakeFalServer server;
        QVERIFY(server.listen());
        CliRunner cli;
        QVERIFY(addProfile(cli, server).exitCode == 0);
        const auto r = cli.run(generateArgs(QStringLiteral("BLOCKME a crowd")));
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QLatin1String("content policy")), qPrintable(r.err));
        QCOMPARE(cli.jobs().first().toObject().value(QStringLiteral("error")).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("moderation"));
        QCOMPARE(server.media().requests().size(), 0);
        QCOMPARE(cli.spend().value(QStringLiteral("totalUsd")).toString(), QStringLiteral("0.000000"));
    }

    void faultsStillMakeOneClip()
    {
        FakeFalServer server;
        server.setRateLimitFirstSubmit(true);
        server.setFailEveryThirdPoll(true);
        server.setCutFirstDownload(true);
        server.setPolls(2, 2);
        QVERIFY(server.listen());
        CliRunner cli;
        QVERIFY(addProfile(cli, server).exitCode == 0);
        const auto r = cli.run(generateArgs(QStringLiteral("waves on a pier"), kText, 5, QStringLiteral("1080x1080")));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QCOMPARE(server.submitCount(), 2); // the 429, then the one the queue took
        QCOMPARE(server.acceptedSubmits(), 1);
        QCOMPARE(server.lastInput().value(QStringLiteral("aspect_ratio")).toString(), QStringLiteral("1:1"));
        const QJsonObject job = cli.jobs().first().toObject();
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("completed"));
        QCOMPARE(mediaDataOf(fileBytes(job.value(QStringLiteral("video")).toString())), mediaDataOf(server.video()));
        QCOMPARE(server.keyedMediaRequests(), 0);
        QCOMPARE(cli.spend().value(QStringLiteral("totalUsd")).toString(), QStringLiteral("0.350000"));
    }

    void ctrlCCancelsTheQueuedRequest()
    {
        FakeFalServer server;
        server.setHold(true);
        QVERIFY(server.listen());
        CliRunner cli;
        QVERIFY(addProfile(cli, server).exitCode == 0);
        auto generate = cli.start(generateArgs(QStringLiteral("a slow job")));
        QTRY_VERIFY_WITH_TIMEOUT(server.statusPolls() >= 2, 60000); // accepted and queued
        ::kill(pid_t(generate->processId()), SIGINT);
        const auto r = cli.finish(*generate);
        QVERIFY(r.exitCode != 0);
        QTRY_COMPARE_WITH_TIMEOUT(server.cancelled().size(), 1, 10000);
        QCOMPARE(server.http().count("PUT", QStringLiteral("/cancel")), 1);
        QCOMPARE(cli.jobs().first().toObject().value(QStringLiteral("state")).toString(), QStringLiteral("cancelled"));
        QCOMPARE(cli.spend().value(QStringLiteral("totalUsd")).toString(), QStringLiteral("0.000000"));
    }

    void killedDuringTheJobIsResumedWithOneSubmitAndOneCharge()
    {
        FakeFalServer server;
        server.setHold(true);
        QVERIFY(server.listen());
        CliRunner cli;
        QVERIFY(addProfile(cli, server).exitCode == 0);
        auto generate = cli.start(generateArgs(QStringLiteral("a night train")));
        QTRY_VERIFY_WITH_TIMEOUT(server.statusPolls() >= 2, 60000); // accepted, its id stored, polling
        generate->kill();
        QVERIFY(generate->waitForFinished(10000));
        QJsonObject job = cli.jobs().first().toObject();
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("running"));
        const QString remoteId = job.value(QStringLiteral("remoteId")).toString();
        QVERIFY2(remoteId.startsWith(kText + QStringLiteral("/requests/")), qPrintable(remoteId));

        server.setHold(false); // it ran while Reelcraft was away
        server.setPolls(0, 0);
        const auto resumed = cli.run({QStringLiteral("resume")});
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err + resumed.out));
        job = cli.jobs().first().toObject();
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("completed"));
        QCOMPARE(job.value(QStringLiteral("remoteId")).toString(), remoteId);
        QCOMPARE(mediaDataOf(fileBytes(job.value(QStringLiteral("video")).toString())), mediaDataOf(server.video()));
        QCOMPARE(server.submitCount(), 1);
        QCOMPARE(server.keyedMediaRequests(), 0);
        const QJsonObject spend = cli.spend();
        QCOMPARE(spend.value(QStringLiteral("totalUsd")).toString(), QStringLiteral("0.350000"));
        QCOMPARE(spend.value(QStringLiteral("rows")).toArray().first().toObject().value(QStringLiteral("jobs")).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestFalCli)
#include "tst_fal_cli.moc"
