// Several processes on one profile: they wait for one another's writes instead of failing with
// "database is locked", also while a fresh profile's schema is being created, and every job is
// charged exactly once; the same holds for the studio's core and commands run beside it.
#include "bootstrap/AppContext.h"
#include "service/GenerationService.h"
#include "support/FakeKeyStore.h"
#include "support/FakeServerFixture.h"
#include "support/FakeVideosApiServer.h"

#include <QSignalSpy>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace rc::test;

class TestFaultConcurrency : public QObject
{
    Q_OBJECT

    // A catalogue.json naming the fake server, made by `provider add` in a scratch profile so the
    // profile under test starts without a database.
    static QByteArray catalogueFor(FakeVideosApiServer &server)
    {
        CliRunner scratch;
        const auto r = scratch.run({QStringLiteral("provider"), QStringLiteral("add"), QStringLiteral("srv"), QStringLiteral("--type"),
                                    QStringLiteral("videos-api"), QStringLiteral("--base-url"), server.baseUrl(),
                                    QStringLiteral("--option"), QStringLiteral("pollMinMs=20"), QStringLiteral("--option"),
                                    QStringLiteral("pollMaxMs=50"), QStringLiteral("--option"), QStringLiteral("retryBaseMs=10"),
                                    QStringLiteral("--option"), QStringLiteral("retryMaxMs=40")});
        if (r.exitCode != 0)
            qWarning() << r.err;
        QFile f(scratch.profile.filePath(QStringLiteral("catalogue.json")));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!sampleMp4().isEmpty(), "ffmpeg could not make the sample video");
    }

    void aFreshProfileOpenedByFourAtOnceIsMigratedOnce()
    {
        for (int round = 0; round < 3; ++round) {
            CliRunner cli;
            std::vector<std::unique_ptr<QProcess>> processes;
            for (int i = 0; i < 4; ++i)
                processes.push_back(cli.start({QStringLiteral("list"), QStringLiteral("--json")}));
            for (auto &p : processes) {
                const auto r = cli.finish(*p, 60000);
                QVERIFY2(r.exitCode == 0, qPrintable(r.err));
                QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 0);
            }
        }
    }

    void fourGenerateProcessesOnOneProfileAllSucceed()
    {
        FakeVideosApiServer server;
        server.setPollsUntilDone(2);
        QVERIFY(server.listen());
        const QByteArray catalogue = catalogueFor(server);
        QVERIFY(!catalogue.isEmpty());
        CliRunner cli;
        QFile f(cli.profile.filePath(QStringLiteral("catalogue.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(catalogue);
        f.close();
        QVERIFY(!QFile::exists(cli.profile.filePath(QStringLiteral("reelcraft.db"))));

        constexpr int kProcesses = 4;
        constexpr int kJobsEach = 6;
        std::vector<std::unique_ptr<QProcess>> processes;
        for (int i = 0; i < kProcesses; ++i)
            processes.push_back(cli.start({QStringLiteral("generate"), QStringLiteral("process %1 harbour at dawn").arg(i),
                                           QStringLiteral("--provider"), QStringLiteral("srv"), QStringLiteral("--model"),
                                           QStringLiteral("sora-2"), QStringLiteral("--seconds"), QStringLiteral("4"),
                                           QStringLiteral("--size"), QStringLiteral("1280x720"), QStringLiteral("--tier"),
                                           QStringLiteral("standard"), QStringLiteral("--count"), QString::number(kJobsEach)}));
        for (auto &p : processes) {
            const auto r = cli.finish(*p, 180000);
            QVERIFY2(r.exitCode == 0, qPrintable(QString(r.out + r.err).right(3000).replace(QLatin1Char('\n'), QLatin1String(" / "))));
            QVERIFY(!r.err.contains(QLatin1String("locked")));
        }
        const QJsonArray jobs = cli.jobs();
        QCOMPARE(jobs.size(), kProcesses * kJobsEach);
        for (const auto &v : jobs) {
            const QJsonObject job = v.toObject();
            QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("completed"));
            QVERIFY(QFileInfo::exists(job.value(QStringLiteral("video")).toString()));
        }
        QCOMPARE(server.createCount(), kProcesses * kJobsEach);

        // One estimate and one final line per job, and an intact database.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(cli.profile.filePath(QStringLiteral("reelcraft.db")));
        QVERIFY(db.open());
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
            QVERIFY(q.exec(QStringLiteral("SELECT job_id, SUM(kind = 'estimate'), SUM(kind = 'final'), SUM(kind = 'release') "
                                          "FROM ledger GROUP BY job_id")));
            int rows = 0;
            while (q.next()) {
                ++rows;
                QCOMPARE(q.value(1).toInt(), 1);
                QCOMPARE(q.value(2).toInt(), 1);
                QCOMPARE(q.value(3).toInt(), 0);
            }
            QCOMPARE(rows, kProcesses * kJobsEach);
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
    }

    // The studio keeps its profile open (its own connections, its service writing each job's
    // transitions) while the user runs commands on the same profile from a terminal.
    void commandsRunWhileTheStudioWorksOnTheSameProfile()
    {
        FakeVideosApiServer server;
        server.setPollsUntilDone(3);
        QVERIFY(server.listen());
        const QByteArray catalogue = catalogueFor(server);
        QVERIFY(!catalogue.isEmpty());
        CliRunner cli;
        QFile f(cli.profile.filePath(QStringLiteral("catalogue.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(catalogue);
        f.close();

        rc::AppContext::Options options;
        options.profileDir = cli.profile.path();
        options.keyStore = std::make_unique<FakeKeyStore>();
        options.logToFile = false;
        rc::AppContext studio(std::move(options));
        QString error;
        QVERIFY2(studio.open(&error), qPrintable(error));

        constexpr int kStudioJobs = 6;
        QSignalSpy finished(&studio.service(), &rc::GenerationService::jobFinished);
        for (int i = 0; i < kStudioJobs; ++i) {
            rc::GenerationRequest r;
            r.prompt = QStringLiteral("studio clip %1").arg(i);
            r.provider = QStringLiteral("srv");
            r.model = QStringLiteral("sora-2");
            r.tier = QStringLiteral("standard");
            const auto submitted = studio.service().submit(r);
            QVERIFY2(submitted.ok(), qPrintable(submitted.error));
        }
        std::vector<std::unique_ptr<QProcess>> commands;
        for (int i = 0; i < 2; ++i)
            commands.push_back(cli.start({QStringLiteral("generate"), QStringLiteral("terminal clip %1").arg(i),
                                          QStringLiteral("--provider"), QStringLiteral("srv"), QStringLiteral("--model"),
                                          QStringLiteral("sora-2"), QStringLiteral("--seconds"), QStringLiteral("4"),
                                          QStringLiteral("--size"), QStringLiteral("1280x720"), QStringLiteral("--tier"),
                                          QStringLiteral("standard"), QStringLiteral("--count"), QStringLiteral("3")}));
        commands.push_back(cli.start({QStringLiteral("list"), QStringLiteral("--json")}));
        commands.push_back(cli.start({QStringLiteral("spend"), QStringLiteral("--json")}));
        // The studio's event loop keeps turning while the commands run, as the window's would.
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), kStudioJobs, 180000);
        for (auto &p : commands) {
            const auto r = cli.finish(*p, 180000);
            QVERIFY2(r.exitCode == 0, qPrintable(QString(r.out + r.err).right(2000)));
            QVERIFY(!r.err.contains(QLatin1String("locked")));
        }
        for (const QList<QVariant> &args : finished) {
            const rc::Job job = args.at(0).value<rc::Job>();
            QVERIFY2(job.state() == rc::JobState::Completed, qPrintable(job.errorMessage()));
        }
        const QJsonArray jobs = cli.jobs();
        QCOMPARE(jobs.size(), kStudioJobs + 6);
        for (const auto &v : jobs)
            QCOMPARE(v.toObject().value(QStringLiteral("state")).toString(), QStringLiteral("completed"));
        QCOMPARE(server.createCount(), kStudioJobs + 6);
    }
};

QTEST_GUILESS_MAIN(TestFaultConcurrency)
#include "tst_fault_concurrency.moc"
