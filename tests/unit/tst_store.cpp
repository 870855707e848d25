// The history store: migrations carry old data forward, and a process killed in the middle of
// writing leaves a database that opens consistent, with every committed job intact.
#include "core/Paths.h"
#include "store/Database.h"
#include "store/ClipHashes.h"
#include "store/JobRepository.h"
#include "store/Ledger.h"

#include <QProcess>
#include <QSqlQuery>
#include <QtTest>

using namespace rc;

namespace {

GenerationRequest sampleRequest(int i)
{
    GenerationRequest r;
    r.prompt = QStringLiteral("clip number %1 of an orange cat in a garden").arg(i);
    r.provider = QStringLiteral("builtin");
    r.model = QStringLiteral("reelcraft-procedural");
    r.seed = quint64(1000 + i);
    return r;
}

// The child's work: jobs inserted and moved through their states forever, until killed.
int runWriter(const QString &dbPath)
{
    Database db(dbPath);
    QString error;
    if (!db.open(&error))
        return 3;
    JobRepository jobs(db);
    Ledger ledger(db);
    for (int i = 0;; ++i) {
        const QDateTime now = QDateTime::currentDateTime();
        Job job = jobs.insert(sampleRequest(i), Money::fromCents(10), now, &error);
        (void)(ledger.recordEstimate(job.id(), QStringLiteral("builtin"), QStringLiteral("m"), Money::fromCents(10), QStringLiteral("e"), now));
        job.markSubmitting(now);
        (void)(jobs.save(job, true));
        job.markRunning(now);
        (void)(jobs.save(job, true));
        job.complete(JobOutput{QStringLiteral("/v/%1.mp4").arg(job.id()), {}, 10}, Money::fromCents(10), now);
        (void)(jobs.save(job, true));
        (void)(ledger.recordFinal(job.id(), Money::fromCents(10), QStringLiteral("f"), now));
    }
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void freshDatabaseHasLatestSchema()
    {
        QTemporaryDir dir;
        Database db(dir.filePath(QStringLiteral("a.db")));
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), latestSchemaVersion());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    }

    void migratesFromTheFirstSchemaKeepingJobs()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.db"));
        {
            // A database as the first release wrote it: schema 1 with one job.
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QString error;
            QVERIFY2(migrate(raw, 1, &error), qPrintable(error));
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO jobs (created_at, updated_at, state, provider, model, tier, prompt, request, seed, "
                "duration_sec, width, height, has_image) VALUES (1, 1, 'completed', 'builtin', 'm', 'draft', "
                "'A lighthouse in a storm', '{\"prompt\":\"A lighthouse in a storm\"}', '7', 4, 1280, 720, 0)")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
        Database db(path);
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), latestSchemaVersion());
        JobRepository jobs(db);
        JobQuery query;
        query.search = QStringLiteral("lighthouse");
        const QList<Job> found = jobs.list(query);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().request().prompt, QStringLiteral("A lighthouse in a storm"));
        QCOMPARE(found.first().state(), JobState::Completed);
        QVERIFY(jobs.addToProject(found.first().id(), QStringLiteral("Lesson 4"))); // schema 3 works on old rows
        ClipHashes hashes(db); // schema 6 too
        QVERIFY(hashes.store(found.first().id(), QStringLiteral("ab12")));
        QCOMPARE(hashes.find(QStringLiteral("ab12"), 0), found.first().id());
        QCOMPARE(hashes.find(QStringLiteral("cd34"), 0), JobId(0));
    }

    void editsRememberTheirParent()
    {
        QTemporaryDir dir;
        Database db(dir.filePath(QStringLiteral("p.db")));
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        JobRepository jobs(db);
        const QDateTime now = QDateTime::currentDateTime();
        const Job first = jobs.insert(sampleRequest(1), Money(), now, &error);
        GenerationRequest edit = sampleRequest(2);
        edit.parentJobId = first.id();
        const Job second = jobs.insert(edit, Money(), now, &error);
        edit.parentJobId = second.id();
        const Job third = jobs.insert(edit, Money(), now, &error);
        QVERIFY(first.id() && second.id() && third.id());
        QCOMPARE(jobs.load(first.id())->parentId(), JobId(0));
        QCOMPARE(jobs.load(second.id())->parentId(), first.id());
        QCOMPARE(jobs.load(third.id())->parentId(), second.id());
        QCOMPARE(jobs.children(first.id()), QList<JobId>{second.id()});
        QCOMPARE(jobs.children(second.id()), QList<JobId>{third.id()});
        QVERIFY(jobs.children(third.id()).isEmpty());
        // A parent removed for good leaves its edits standing, without a parent.
        QVERIFY(jobs.purge(first.id()));
        QCOMPARE(jobs.load(second.id())->parentId(), JobId(0));
        QVERIFY(jobs.setDeleted(third.id(), true));
        QVERIFY(jobs.children(second.id()).isEmpty()); // a deleted edit is not listed
    }

    void refusesANewerSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.db"));
        {
            Database db(path);
            QString error;
            QVERIFY(db.open(&error));
            QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA user_version = 99"));
        }
        Database db(path);
        QString error;
        QVERIFY(!db.open(&error));
        QVERIFY2(error.contains(QStringLiteral("newer")), qPrintable(error));
    }

    void searchFiltersAndPaging()
    {
        QTemporaryDir dir;
        Database db(dir.filePath(QStringLiteral("s.db")));
        QString error;
        QVERIFY(db.open(&error));
        JobRepository jobs(db);
        const QDateTime t0 = QDateTime::currentDateTime();
        for (int i = 0; i < 30; ++i) {
            GenerationRequest r = sampleRequest(i);
            if (i % 3 == 0)
                r.prompt = QStringLiteral("Waves lapping the shore at sunset %1").arg(i);
            r.provider = i % 2 ? QStringLiteral("builtin") : QStringLiteral("gemini");
            Job job = jobs.insert(r, Money(), t0.addSecs(i), &error);
            if (i % 5 == 0)
                QVERIFY(jobs.setFavourite(job.id(), true));
        }
        JobQuery q;
        q.search = QStringLiteral("shore");
        QCOMPARE(jobs.count(q), 10);
        q.search = QStringLiteral("sun*");
        QCOMPARE(jobs.count(q), 10);
        q.search = QStringLiteral("\"unbalanced quote AND OR (");
        QCOMPARE(jobs.count(q), 0); // user text is never query syntax
        q = JobQuery();
        q.provider = QStringLiteral("gemini");
        q.favouritesOnly = true;
        QCOMPARE(jobs.count(q), 3); // 0, 10, 20
        q = JobQuery();
        q.limit = 7;
        q.offset = 0;
        const QList<Job> first = jobs.list(q);
        q.offset = 7;
        const QList<Job> second = jobs.list(q);
        QCOMPARE(first.size(), 7);
        QVERIFY(first.first().createdAt() > first.last().createdAt()); // newest first
        QVERIFY(first.last().createdAt() > second.first().createdAt());
        QVERIFY(jobs.setDeleted(first.first().id(), true));
        QCOMPARE(jobs.count(JobQuery()), 29);
    }

    void ledgerRefusesEdits()
    {
        QTemporaryDir dir;
        Database db(dir.filePath(QStringLiteral("l.db")));
        QString error;
        QVERIFY(db.open(&error));
        Ledger ledger(db);
        QVERIFY(ledger.recordEstimate(1, QStringLiteral("p"), QStringLiteral("m"), Money::fromCents(5), QStringLiteral("e"), QDateTime::currentDateTime()));
        QSqlQuery q(db.connection());
        QVERIFY(!q.exec(QStringLiteral("UPDATE ledger SET amount_micros = 0")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM ledger")));
        QCOMPARE(ledger.lines(1).size(), 1);
    }

    void killedMidWriteReopensConsistent()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crash.db"));
        {
            Database db(path);
            QString error;
            QVERIFY(db.open(&error));
        }
        QProcess child;
        child.setProgram(QCoreApplication::applicationFilePath());
        child.setArguments({QStringLiteral("--writer"), path});
        child.start();
        QVERIFY(child.waitForStarted());
        {
            Database watcher(path);
            QString error;
            QVERIFY(watcher.open(&error));
            QTRY_VERIFY_WITH_TIMEOUT(JobRepository(watcher).count(JobQuery()) >= 150, 60000);
        }
        child.kill(); // SIGKILL, somewhere inside a write
        QVERIFY(child.waitForFinished());

        Database db(path);
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        JobRepository jobs(db);
        JobQuery all;
        all.limit = 1 << 20;
        const QList<Job> list = jobs.list(all);
        QVERIFY(list.size() >= 150);
        Ledger ledger(db);
        for (const Job &job : list) {
            // Each save wrote the state and its event in one transaction: they always agree.
            const QList<JobEvent> events = jobs.events(job.id());
            QVERIFY(!events.isEmpty());
            QCOMPARE(events.last().state, job.state());
            QCOMPARE(job.request().prompt, sampleRequest(int(job.request().seed) - 1000).prompt);
            if (job.state() == JobState::Completed)
                QCOMPARE(job.output().videoPath, QStringLiteral("/v/%1.mp4").arg(job.id()));
        }
        // At most the job being written when the kill came is unfinished.
        QVERIFY(jobs.unfinished().size() <= 1);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && QByteArray(argv[1]) == "--writer")
        return runWriter(QString::fromLocal8Bit(argv[2]));
    TestStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_store.moc"
