// Remix and the server's own job list through the command line: a remix is a job of its own,
// followed, downloaded and billed like any other; servers without remix say so and charge nothing.
#include "support/FakeServerFixture.h"
#include "support/FakeVideosApiServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace rc::test;

class TestVideosApiRemix : public QObject
{
    Q_OBJECT

    static void addProfile(CliRunner &cli, FakeVideosApiServer &server, bool remix)
    {
        QStringList args{QStringLiteral("provider"), QStringLiteral("add"), QStringLiteral("srv"), QStringLiteral("--type"),
                         QStringLiteral("videos-api"), QStringLiteral("--base-url"), server.baseUrl(),
                         QStringLiteral("--model"), QStringLiteral("sora-2"),
                         QStringLiteral("--option"), QStringLiteral("pollMinMs=20"),
                         QStringLiteral("--option"), QStringLiteral("pollMaxMs=50")};
        if (remix)
            args << QStringLiteral("--option") << QStringLiteral("remix=true");
        const auto r = cli.run(args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    static QStringList generateArgs()
    {
        return {QStringLiteral("generate"), QStringLiteral("a paper boat on a pond"), QStringLiteral("--provider"),
                QStringLiteral("srv"), QStringLiteral("--seconds"), QStringLiteral("4"), QStringLiteral("--size"),
                QStringLiteral("1280x720")};
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(!sampleMp4().isEmpty(), "ffmpeg could not make the sample video"); }

    void remixIsAJobOfItsOwn()
    {
        FakeVideosApiServer server(FakeVideosApiServer::Flavor::OpenAi);
        QVERIFY(server.listen());
        CliRunner cli;
        addProfile(cli, server, true);
        const auto made = cli.run(generateArgs());
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        const QString sourceRemote = cli.jobs().first().toObject().value(QStringLiteral("remoteId")).toString();
        QVERIFY(!sourceRemote.isEmpty());

        const auto remixed = cli.run({QStringLiteral("remix"), QStringLiteral("1"), QStringLiteral("now it rains")});
        QVERIFY2(remixed.exitCode == 0, qPrintable(remixed.err));
        QCOMPARE(server.http().count("POST", QStringLiteral("/remix")), 1);
        QCOMPARE(server.http().count("POST"), 2); // one create, one remix: nothing sent twice
        for (const auto &req : server.http().requests()) {
            if (req.method == "POST" && req.path.endsWith(QLatin1String("/remix"))) {
                QVERIFY(req.path.contains(sourceRemote));
                QVERIFY(req.part("prompt"));
                QCOMPARE(req.part("prompt")->data, QByteArray("now it rains"));
            }
        }
        const QJsonArray jobs = cli.jobs();
        QCOMPARE(jobs.size(), 2);
        const QJsonObject remix = jobs.first().toObject(); // newest first
        QCOMPARE(remix.value(QStringLiteral("state")).toString(), QStringLiteral("completed"));
        QCOMPARE(remix.value(QStringLiteral("prompt")).toString(), QStringLiteral("now it rains"));
        QVERIFY(remix.value(QStringLiteral("remoteId")).toString() != sourceRemote);
        QVERIFY(QFileInfo(remix.value(QStringLiteral("video")).toString()).size() > 0);
        QCOMPARE(remix.value(QStringLiteral("costUsd")).toString(), QStringLiteral("0.400000"));

        const auto listed = cli.run({QStringLiteral("remote"), QStringLiteral("srv"), QStringLiteral("--json")});
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        QCOMPARE(QJsonDocument::fromJson(listed.out.toUtf8()).array().size(), 2);
        const auto deleted = cli.run({QStringLiteral("remote"), QStringLiteral("srv"), QStringLiteral("--delete"), sourceRemote});
        QVERIFY2(deleted.exitCode == 0, qPrintable(deleted.err));
        QCOMPARE(server.http().count("DELETE"), 1);
    }

    void serversWithoutRemixSaySoAndChargeNothing()
    {
        FakeVideosApiServer server(FakeVideosApiServer::Flavor::OpenAi);
        QVERIFY(server.listen());
        CliRunner cli;
        addProfile(cli, server, false);
        QCOMPARE(cli.run(generateArgs()).exitCode, 0);
        const auto remixed = cli.run({QStringLiteral("remix"), QStringLiteral("1"), QStringLiteral("now it snows")});
        QCOMPARE(remixed.exitCode, 1);
        QVERIFY2(remixed.err.contains(QStringLiteral("does not support remix")), qPrintable(remixed.err));
        QCOMPARE(server.http().count("POST", QStringLiteral("/remix")), 0);
        const QJsonObject failed = cli.jobs().first().toObject();
        QCOMPARE(failed.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
        QCOMPARE(failed.value(QStringLiteral("costUsd")).toString(), QStringLiteral("0.000000"));
    }

    void onlyRemoteClipsCanBeRemixed()
    {
        CliRunner cli;
        const auto r = cli.run({QStringLiteral("remix"), QStringLiteral("5"), QStringLiteral("x")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("no job 5")));
        QCOMPARE(cli.run({QStringLiteral("remix"), QStringLiteral("abc"), QStringLiteral("x")}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestVideosApiRemix)
#include "tst_videosapi_remix.moc"
