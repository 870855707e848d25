// The store's writer thread: writes land in the order given, each whole or not at all, results
// come back on the caller's thread, a busy database never holds the caller up, and nothing
// handed over is lost when the writer goes.
#include "store/Database.h"
#include "store/JobRepository.h"
#include "store/Ledger.h"
#include "store/StoreWriter.h"

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

private:
    QTemporaryDir m_dir;
    int m_run = 0;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<JobRepository> m_jobs;
    std::unique_ptr<Ledger> m_ledger;
};

QTEST_GUILESS_MAIN(TestStoreWriter)
#include "tst_store_writer.moc"
