// Paid remote jobs against a fake Videos API server that goes silent, goes down, or whose client
// is killed (kill -9) at create, poll and download, or runs out of disk: every job ends with one
// create, at most one charge, a playable clip (or a job kept for later) and an intact database.
#include "media/Probe.h"
#include "support/FakeServerFixture.h"
#include "support/FakeVideosApiServer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace rc::test;

class TestFaultRemote : public QObject
{
    Q_OBJECT

    static constexpr const char *kKey = "sk-fault-test-0123456789abcdef";

    static void addProfile(CliRunner &cli, FakeVideosApiServer &server)
    {
        cli.env.insert(QStringLiteral("RC_TEST_FAULT_KEY"), QLatin1String(kKey));
        QStringList args{QStringLiteral("provider"), QStringLiteral("add"), QStringLiteral("srv"), QStringLiteral("--type"),
                         QStringLiteral("videos-api"), QStringLiteral("--base-url"), server.baseUrl(),
                         QStringLiteral("--key-env"), QStringLiteral("RC_TEST_FAULT_KEY")};
        for (const char *option : {"pollMinMs=20", "pollMaxMs=50", "retryBaseMs=10", "retryMaxMs=40", "retryAttempts=2",
                                   "requestTimeoutMs=800", "silenceLimitSec=3", "maxPollFailures=3"})
            args << QStringLiteral("--option") << QLatin1String(option);
        const auto r = cli.run(args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    static QStringList generateArgs(const QString &prompt = QStringLiteral("a lighthouse in a storm"))
    {
        return {QStringLiteral("generate"), prompt, QStringLiteral("--provider"), QStringLiteral("srv"),
                QStringLiteral("--model"), QStringLiteral("sora-2"), QStringLiteral("--seconds"), QStringLiteral("4"),
                QStringLiteral("--size"), QStringLiteral("1280x720"), QStringLiteral("--tier"), QStringLiteral("standard")};
    }

    static QJsonObject show(CliRunner &cli, int id)
    {
        return QJsonDocument::fromJson(cli.run({QStringLiteral("show"), QString::number(id), QStringLiteral("--json")}).out.toUtf8()).object();
    }

    static int ledgerLines(const QJsonObject &job, const QString &kind)
    {
        int n = 0;
        for (const auto &v : job.value(QStringLiteral("ledger")).toArray())
            n += v.toObject().value(QStringLiteral("kind")).toString() == kind;
        return n;
    }

    static void expectIntactDatabase(CliRunner &cli)
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("integrity"));
            db.setDatabaseName(cli.profile.filePath(QStringLiteral("reelcraft.db")));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("integrity"));
    }

    // One create, one estimate, one final, a clip that decodes, an intact database.
    static void expectFinishedOnce(CliRunner &cli, FakeVideosApiServer &server)
    {
        QCOMPARE(server.createCount(), 1);
        const QJsonObject job = show(cli, 1);
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("completed"));
        QCOMPARE(ledgerLines(job, QStringLiteral("estimate")), 1);
        QCOMPARE(ledgerLines(job, QStringLiteral("final")), 1);
        QCOMPARE(ledgerLines(job, QStringLiteral("release")), 0);
        QString error;
        const auto media = rc::media::probe(job.value(QStringLiteral("video")).toString(), &error);
        QVERIFY2(media && media->size.width() > 0, qPrintable(error));
        expectIntactDatabase(cli);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!sampleMp4().isEmpty(), "ffmpeg could not make the sample video");
    }

    void aSilentServerIsGivenUpOnAndTheJobFinishesLater()
    {
        FakeVideosApiServer server;
        server.setPollsUntilDone(1);
        QVERIFY(server.listen());
        CliRunner cli;
        addProfile(cli, server);
        FakeResponse silent;
        silent.misbehaviour = FakeResponse::Hang;
        server.http().injectNext("GET", QStringLiteral("/v1/videos/video_"), silent, 100000);
        QElapsedTimer timer;
        timer.start();
        const auto generated = cli.run(generateArgs(), 120000);
        QVERIFY2(generated.finished, "generate kept waiting for a silent server");
        QCOMPARE(generated.exitCode, 1);
        QVERIFY2(generated.err.contains(QLatin1String("resume")), qPrintable(generated.err));
        QVERIFY2(timer.elapsed() < 60000, "given up on after the configured silence, not the old 24 minutes");
        QJsonObject job = show(cli, 1);
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("running"));
        QCOMPARE(ledgerLines(job, QStringLiteral("release")), 0);

        server.http().clearInjections(); // the server answers again
        const auto resumed = cli.run({QStringLiteral("resume")});
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err + resumed.out));
        QVERIFY(resumed.out.contains(QLatin1String("completed")));
        expectFinishedOnce(cli, server);
    }

    void aServerDownDuringResumeKeepsTheJob()
    {
        FakeVideosApiServer server;
        server.setPollsUntilDone(1000000);
        QVERIFY(server.listen());
        CliRunner cli;
        addProfile(cli, server);
        auto generate = cli.start(generateArgs());
        QTRY_VERIFY_WITH_TIMEOUT(server.pollCount() >= 2, 60000);
        generate->kill();
        QVERIFY(generate->waitForFinished(10000));

        FakeResponse down;
        down.misbehaviour = FakeResponse::Drop;
        server.http().injectNext("GET", QStringLiteral("/v1/videos/video_"), down, 100000);
        const auto first = cli.run({QStringLiteral("resume")}, 120000);
        QVERIFY(first.finished);
        QCOMPARE(first.exitCode, 1);
        QVERIFY2(first.err.contains(QLatin1String("waiting for the server")), qPrintable(first.err));
        QJsonObject job = show(cli, 1);
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("running"));
        QCOMPARE(ledgerLines(job, QStringLiteral("release")), 0);

        server.http().clearInjections();
        server.setPollsUntilDone(0);
        const auto second = cli.run({QStringLiteral("resume")});
        QVERIFY2(second.exitCode == 0, qPrintable(second.err + second.out));
        expectFinishedOnce(cli, server);
    }

    void killedAtCreateIsUnknownAndNeverSentTwice()
    {
        FakeVideosApiServer server;
        QVERIFY(server.listen());
        CliRunner cli;
        addProfile(cli, server);
        FakeResponse slow;
        slow.misbehaviour = FakeResponse::Hang; // the create arrives; its answer never does
        server.http().injectNext("POST", QStringLiteral("/v1/videos"), slow);
        auto generate = cli.start(generateArgs());
        QTRY_VERIFY_WITH_TIMEOUT(server.http().count("POST", QStringLiteral("/v1/videos")) == 1, 60000);
        generate->kill();
        QVERIFY(generate->waitForFinished(10000));

        const auto resumed = cli.run({QStringLiteral("resume")});
        QCOMPARE(resumed.exitCode, 1); // the user must settle it
        QVERIFY2(resumed.err.contains(QLatin1String("reelcraft remote srv")), qPrintable(resumed.err));
        QVERIFY(!resumed.out.contains(QLatin1String("Nothing to resume")));
        QCOMPARE(server.http().count("POST", QStringLiteral("/v1/videos")), 1);
        QJsonObject job = show(cli, 1);
        QCOMPARE(job.value(QStringLiteral("error")).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("unknown"));
        QCOMPARE(ledgerLines(job, QStringLiteral("release")), 0); // the server may yet charge

        // The user found nothing on the server and releases it by hand.
        const auto released = cli.run({QStringLiteral("resume"), QStringLiteral("--release"), QStringLiteral("1")});
        QVERIFY2(released.exitCode == 0, qPrintable(released.err));
        job = show(cli, 1);
        QCOMPARE(ledgerLines(job, QStringLiteral("release")), 1);
        QCOMPARE(cli.run({QStringLiteral("resume")}).exitCode, 0); // nothing left that needs the user
        expectIntactDatabase(cli);
    }

    void killedAtCreateCanBeAttachedToTheServersJob()
    {
        FakeVideosApiServer server;
        server.setPollsUntilDone(1);
        QVERIFY(server.listen());
        CliRunner cli;
        addProfile(cli, server);
        // The server made the job, but the answer was lost with the process.
        auto generate = cli.start(generateArgs());
        QTRY_VERIFY_WITH_TIMEOUT(server.createCount() == 1, 60000);
        generate->kill();
        QVERIFY(generate->waitForFinished(10000));
        const QString remoteId = server.jobIds().value(0);
        QVERIFY(!remoteId.isEmpty());
        QJsonObject job = show(cli, 1);
        if (job.value(QStringLiteral("remoteId")).toString().isEmpty()) {
            QCOMPARE(cli.run({QStringLiteral("resume")}).exitCode, 1);
            const auto attached = cli.run({QStringLiteral("resume"), QStringLiteral("--attach"), QStringLiteral("1"), remoteId});
            QVERIFY2(attached.exitCode == 0, qPrintable(attached.err + attached.out));
        } else {
            // The id was stored before the kill: a plain resume finishes it.
            QCOMPARE(cli.run({QStringLiteral("resume")}).exitCode, 0);
        }
        expectFinishedOnce(cli, server);
    }

    void killedDuringTheDownloadFinishesOnResume()
    {
        FakeVideosApiServer server;
        server.setPollsUntilDone(1);
        QVERIFY(server.listen());
        CliRunner cli;
        addProfile(cli, server);
        FakeResponse stalled;
        stalled.misbehaviour = FakeResponse::Hang;
        server.http().injectNext("GET", QStringLiteral("/content"), stalled, 100);
        auto generate = cli.start(generateArgs());
        QTRY_VERIFY_WITH_TIMEOUT(server.contentCount() >= 1, 60000);
        generate->kill();
        QVERIFY(generate->waitForFinished(10000));
        server.http().clearInjections();
        const auto resumed = cli.run({QStringLiteral("resume")});
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err + resumed.out));
        expectFinishedOnce(cli, server);
    }

    void aFullDiskPausesTheDownloadAndItFinishesLater()
    {
        FakeVideosApiServer server;
        server.setPollsUntilDone(1);
        QVERIFY(server.listen());
        CliRunner cli;
        addProfile(cli, server);
        const QString media = cli.profile.filePath(QStringLiteral("media"));
        QVERIFY(QDir().mkpath(media));
        // A 4 KiB file system over the media folder; the clip is larger.
        QProcess mount;
        mount.start(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                              QStringLiteral("size=4k"), QStringLiteral("tmpfs"), media});
        if (!mount.waitForFinished(10000) || mount.exitCode() != 0)
            QSKIP("this machine does not let the test mount a small tmpfs");
        QVERIFY(server.video().size() > 8192);
        const auto generated = cli.run(generateArgs());
        QProcess::execute(QStringLiteral("umount"), {media});
        QCOMPARE(generated.exitCode, 1);
        QVERIFY2(generated.err.contains(QLatin1String("disk full")), qPrintable(generated.err));
        QJsonObject job = show(cli, 1);
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("downloading"));
        QCOMPARE(ledgerLines(job, QStringLiteral("release")), 0);

        const auto resumed = cli.run({QStringLiteral("resume")}); // space again
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err + resumed.out));
        expectFinishedOnce(cli, server);
    }
};

QTEST_GUILESS_MAIN(TestFaultRemote)
#include "tst_fault_remote.moc"
