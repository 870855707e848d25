// The store's writer thread: writes land in the order given, each whole or not at all, results
// come back on the caller's thread, a busy database never holds the caller up, and nothing
// handed over is lost when the writer goes.
#include "service/JobIdPool.h"
#include "store/Database.h"
#include "store/JobRepository.h"
#include "store/Ledger.h"
#include "store/StoreWriter.h"

#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace rc;

namespace {

GenerationRequest request(const QString &prompt)
{
    GenerationRequest r;
    r.prompt = prompt;
    r.provider = QStringLiteral("builtin");
    r.model = QStringLiteral("reelcraft-procedural");
    r.seed = 7;
    return r;
}

} // namespace

class TestStoreWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("history-%1.db").arg(++m_run)));
        QString error;
        QVERIFY2(m_db->open(&error), qPrintable(error));
        m_jobs = std::make_unique<JobRepository>(*m_db);
        m_ledger = std::make_unique<Ledger>(*m_db);
    }
    void cleanup()
    {
        m_ledger.reset();
        m_jobs.reset();
        m_db.reset();
    }

    void writesLandInOrderAndAnswerOnTheCallersThread()
    {
        QList<int> answered;
        QList<QThread *> threads;
        {
            StoreWriter writer(*m_db);
            for (int i = 0; i < 20; ++i) {
                writer.post(QStringLiteral("job %1").arg(i),
                            [this, i](QString *error) {
                                return m_jobs->insert(request(QStringLiteral("clip %1").arg(i)), Money(), QDateTime::currentDateTime(), error).id() != 0;
                            },
                            this, [&, i](const StoreWriter::Result &r) {
                                QVERIFY(r.ok);
                                answered << i;
                                threads << QThread::currentThread();
                            });
            }
            QTRY_COMPARE(answered.size(), 20);
        }
        for (int i = 0; i < 20; ++i) {
            QCOMPARE(answered.at(i), i);
            QCOMPARE(threads.at(i), QThread::currentThread());
        }
        JobQuery oldestFirst;
        oldestFirst.sort = JobQuery::Sort::OldestFirst;
        const QList<Job> stored = m_jobs->list(oldestFirst);
        QCOMPARE(stored.size(), 20);
        for (int i = 0; i < 20; ++i)
            QCOMPARE(stored.at(i).request().prompt, QStringLiteral("clip %1").arg(i));
    }

    // A job and its ledger line in one write: when the ledger part fails, the job is not there
    // either, and the caller hears why.
    void aFailedPartRollsTheWholeWriteBack()
    {
        StoreWriter writer(*m_db);
        JobId inserted = 0;
        const StoreWriter::Result r = writer.call(QStringLiteral("a job and its estimate"), [&](QString *error) {
            const Job job = m_jobs->insert(request(QStringLiteral("half written")), Money::fromCents(5), QDateTime::currentDateTime(), error);
            inserted = job.id();
            *error = QStringLiteral("the ledger refused");
            return false;
        });
        QVERIFY(!r.ok);
        QCOMPARE(r.error, QStringLiteral("the ledger refused"));
        QVERIFY(inserted != 0);
        QVERIFY(!m_jobs->load(inserted));
        QVERIFY(!m_ledger->hasOpenEstimate(inserted));
        QCOMPARE(m_jobs->count(JobQuery()), 0);
    }

    // Another connection (another process, in life) holds the write lock: handing a write over
    // returns at once, and its result comes once the lock is let go.
    void aBusyDatabaseNeverHoldsTheCallerUp()
    {
        QSqlDatabase other = m_db->connection();
        QString error;
        QVERIFY2(beginImmediate(other, &error), qPrintable(error));
        StoreWriter writer(*m_db);
        bool answered = false;
        bool ok = false;
        writer.post(QStringLiteral("a job"),
                    [this](QString *error) {
                        return m_jobs->insert(request(QStringLiteral("waited for")), Money(), QDateTime::currentDateTime(), error).id() != 0;
                    },
                    this, [&](const StoreWriter::Result &r) {
                        answered = true;
                        ok = r.ok;
                    });
        QCoreApplication::processEvents();
        QVERIFY(!answered); // still waiting for the lock, and this thread is free
        QVERIFY(QSqlQuery(other).exec(QStringLiteral("COMMIT")));
        QTRY_VERIFY(answered);
        QVERIFY(ok);
        QCOMPARE(m_jobs->count(JobQuery()), 1);
    }

    // A write posted just before the writer goes (a command line exiting) is on disk after it.
    void destroyingTheWriterDrainsIt()
    {
        {
            StoreWriter writer(*m_db);
            for (int i = 0; i < 10; ++i)
                writer.post(QStringLiteral("job %1").arg(i),
                            [this, i](QString *error) {
                                return m_jobs->insert(request(QStringLiteral("late %1").arg(i)), Money(), QDateTime::currentDateTime(), error).id() != 0;
                            },
                            nullptr, {});
        }
        QCOMPARE(m_jobs->count(JobQuery()), 10);
    }

    // drain() is the read-after-write fence: what was handed over is visible on this thread's
    // own connection once it returns.
    void drainMakesEveryWriteVisible()
    {
        StoreWriter writer(*m_db);
        for (int i = 0; i < 5; ++i)
            writer.post(QStringLiteral("job %1").arg(i),
                        [this, i](QString *error) {
                            return m_jobs->insert(request(QStringLiteral("fenced %1").arg(i)), Money(), QDateTime::currentDateTime(), error).id() != 0;
                        },
                        this, {});
        writer.drain();
        QCOMPARE(m_jobs->count(JobQuery()), 5);
    }

    // Two processes on one profile (each its own Database, writer and pool, as each process has)
    // and an import that takes the next id the ordinary way: no id is ever given twice, and
    // every job lands under the id its process handed out.
    void reservedIdsAreUniqueAcrossProcesses()
    {
        Database otherDb(m_db->path());
        QString error;
        QVERIFY2(otherDb.open(&error), qPrintable(error));
        JobRepository otherJobs(otherDb);
        QSet<JobId> ids;
        int stored = 0;
        {
            StoreWriter writer(*m_db), otherWriter(otherDb);
            JobIdPool pool(writer, *m_jobs, 4), otherPool(otherWriter, otherJobs, 4);
            const auto add = [&](StoreWriter &w, JobIdPool &p, JobRepository &repo, const QString &prompt) {
                QString why;
                const JobId id = p.take(&why);
                QVERIFY2(id > 0, qPrintable(why));
                QVERIFY2(!ids.contains(id), qPrintable(QStringLiteral("id %1 given twice").arg(id)));
                ids.insert(id);
                w.post(prompt, [&repo, id, prompt](QString *e) {
                    return repo.insertReserved(id, request(prompt), Money(), QDateTime::currentDateTime(), e).id() == id;
                }, nullptr, {});
                ++stored;
            };
            for (int i = 0; i < 10; ++i) {
                add(writer, pool, *m_jobs, QStringLiteral("studio %1").arg(i));
                add(otherWriter, otherPool, otherJobs, QStringLiteral("command %1").arg(i));
                if (i == 4) { // an import in the middle, on yet another connection
                    const Job imported = m_jobs->insert(request(QStringLiteral("imported")), Money(), QDateTime::currentDateTime(), &error);
                    QVERIFY2(imported.id() > 0, qPrintable(error));
                    QVERIFY(!ids.contains(imported.id()));
                    ids.insert(imported.id());
                    ++stored;
                }
            }
        }
        QCOMPARE(ids.size(), 21);
        QCOMPARE(m_jobs->count(JobQuery()), stored);
        for (JobId id : std::as_const(ids))
            QVERIFY(m_jobs->load(id));
    }

    // The unused tail of a block goes back when nobody reserved after it: the next run goes on
    // from the last id used, not after a hole.
    void unusedIdsAreGivenBack()
    {
        JobId first = 0;
        {
            StoreWriter writer(*m_db);
            JobIdPool pool(writer, *m_jobs, 8);
            QString why;
            first = pool.take(&why);
            QVERIFY2(first > 0, qPrintable(why));
            writer.post(QStringLiteral("one job"), [this, first](QString *e) {
                return m_jobs->insertReserved(first, request(QStringLiteral("one")), Money(), QDateTime::currentDateTime(), e).id() == first;
            }, nullptr, {});
            pool.giveBack();
        }
        QString error;
        const Job next = m_jobs->insert(request(QStringLiteral("next")), Money(), QDateTime::currentDateTime(), &error);
        QCOMPARE(next.id(), first + 1);
    }

    // A write the disk refuses says what SQLite said, not only that a part failed.
    void aFailedWriteCarriesSQLitesOwnWords()
    {
        StoreWriter writer(*m_db);
        const StoreWriter::Result r = writer.call(QStringLiteral("a job on a read-only database"), [this](QString *) {
            QSqlQuery(m_db->connection()).exec(QStringLiteral("PRAGMA query_only = 1")); // the writer's connection
            return m_jobs->insert(request(QStringLiteral("refused")), Money(), QDateTime::currentDateTime(), nullptr).id() != 0;
        });
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QLatin1String("attempt to write a readonly database")), qPrintable(r.error));
        QCOMPARE(m_jobs->count(JobQuery()), 0);
    }

private:
    QTemporaryDir m_dir;
    int m_run = 0;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<JobRepository> m_jobs;
    std::unique_ptr<Ledger> m_ledger;
};

QTEST_GUILESS_MAIN(TestStoreWriter)
#include "tst_store_writer.moc"
