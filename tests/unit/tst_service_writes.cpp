// The generation service and its store writer: submit answers before its write, caps count holds
// still on their way, ids stay unique, a refused write fails loudly, and a paid create leaves only
// once its "create sent" marker is on disk, without the UI thread waiting for it.
#include "support/ServiceFixture.h"

#include "support/HeldWriter.h"

#include "providers/ProviderRegistry.h"
#include "providers/remote/RemoteJobProvider.h"
#include "service/BudgetGuard.h"
#include "support/FakeServerFixture.h"
#include "support/FakeVideosApiServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QImage>
#include <QSqlError>
#include <QSemaphore>
#include <QSet>
#include <QSqlQuery>
#include <QtTest>

using namespace rc;
using namespace rc::test;

namespace {

// Runs `sql` on the writer's own connection, in its thread (PRAGMA query_only stands in for a
// database file the disk will not let this process write).
void onWritersConnection(ServiceFixture &f, const QString &sql)
{
    const StoreWriter::Result r = f.service->storeWriter().call(QStringLiteral("test set-up"), [&f, sql](QString *) {
        return QSqlQuery(f.db->connection()).exec(sql);
    });
    QVERIFY(r.ok);
}

// A paid provider that is the real Videos API client, talking to a fake server on 127.0.0.1.
const QString kVideos = QStringLiteral("videos");

QByteArray videosCatalogue(const QString &baseUrl)
{
    const QJsonObject provider{{QStringLiteral("id"), kVideos},
                               {QStringLiteral("kind"), QStringLiteral("videos-api")},
                               {QStringLiteral("baseUrl"), baseUrl},
                               {QStringLiteral("models"), QJsonArray{QStringLiteral("sora-2")}},
                               {QStringLiteral("maxConcurrent"), 2},
                               {QStringLiteral("options"), fastRemoteOptions()}};
    return QJsonDocument(QJsonObject{{QStringLiteral("providers"), QJsonArray{provider}}}).toJson();
}

// A service whose paid jobs go to a fake Videos API server, and whose store writer a test holds
// from the moment a job is at its provider (its create being built, its marker not yet asked):
// so the marker waits behind the held write.
struct HeldMarkerFixture
{
    HeldMarkerFixture()
    {
        if (!server.listen())
            qFatal("the fake Videos API server cannot listen");
        f = std::make_unique<ServiceFixture>(QList<QByteArray>{videosCatalogue(server.baseUrl())}, QStringList{kVideos});
        QObject::connect(f->service, &GenerationService::jobChanged, f->service, [this](const Job &job) {
            if (job.state() == JobState::Submitting && !held) {
                held = std::make_unique<HeldWriter>(f->service->storeWriter());
                if (onHeld)
                    onHeld();
            }
        });
    }
    ~HeldMarkerFixture()
    {
        if (held)
            held->release();
    }
    GenerationRequest request() const
    {
        GenerationRequest r = f->paidRequest(QStringLiteral("a lighthouse in a storm"));
        r.provider = kVideos;
        return r;
    }
    net::RemoteJobProvider *provider() const
    {
        return qobject_cast<net::RemoteJobProvider *>(f->app->providers().find(kVideos));
    }
    // The held write and, behind it, `behind` more: the job's marker (and what a test queued).
    bool markerWaits(int behind = 1) const { return held && f->service->storeWriter().backlog() >= 1 + behind; }

    FakeVideosApiServer server;
    std::unique_ptr<ServiceFixture> f;
    std::unique_ptr<HeldWriter> held;
    std::function<void()> onHeld; // runs right after the writer is held
};

// Counts turns of the test thread's event loop: a thread blocked on the writer makes none.
struct LoopTurns
{
    LoopTurns()
    {
        QObject::connect(&timer, &QTimer::timeout, &timer, [this] { ++ticks; });
        timer.start(5);
    }
    QTimer timer;
    int ticks = 0;
};

} // namespace

class TestServiceWrites : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_f = std::make_unique<ServiceFixture>(); }
    void cleanup() { m_f.reset(); }

    // submit() answers while its write is still waiting for the disk: the job has an id, is
    // announced (the queue shows it) and is active as queued, but is not started before its row
    // and estimate are committed.
    void submitAnswersBeforeItsWriteCommits()
    {
        m_f->service->flush(); // the ids reserved at start-up are in memory
        QSignalSpy added(m_f->service, &GenerationService::jobAdded);
        QSignalSpy stored(m_f->service, &GenerationService::jobStored);
        HeldWriter held(m_f->service->storeWriter());
        const auto s = m_f->service->submit(m_f->paidRequest());
        QVERIFY2(s.ok(), qPrintable(s.error));
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.first().at(0).value<Job>().id(), s.id);
        QCOMPARE(m_f->service->activeJob(s.id)->state(), JobState::Queued);
        QVERIFY(!m_f->jobs->load(s.id)); // not on disk yet
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents();
        QCOMPARE(m_f->paidProvider->started().size(), 0); // nothing leaves before the job is stored
        QCOMPARE(stored.size(), 0);
        held.release();
        QTRY_COMPARE(stored.size(), 1);
        QTRY_COMPARE(m_f->paidProvider->started().size(), 1);
        QCOMPARE(m_f->paidProvider->started().first().jobId, s.id);
        m_f->service->flush();
        QVERIFY(m_f->jobs->load(s.id));
        QCOMPARE(m_f->ledger->openEstimate(s.id), Money::fromCents(80));
    }

    // The cap counts this process's holds that are not in the ledger yet.
    void aCapCountsHoldsStillBeingWritten()
    {
        QVERIFY(m_f->budgets->set(BudgetPeriod::Day, QString(), Money::fromCents(160)));
        m_f->service->flush();
        HeldWriter held(m_f->service->storeWriter());
        QVERIFY(m_f->service->submit(m_f->paidRequest()).ok());
        QVERIFY(m_f->service->submit(m_f->paidRequest()).ok());
        QVERIFY(m_f->ledger->allLines().isEmpty()); // neither hold is written yet
        const auto third = m_f->service->submit(m_f->paidRequest());
        QVERIFY(!third.ok());
        QVERIFY2(third.error.contains(QStringLiteral("$1.60")), qPrintable(third.error));
        QCOMPARE(m_f->service->budgetLeft(QStringLiteral("fake-paid"))->left, Money());
        held.release();
        m_f->service->flush();
        QCOMPARE(m_f->jobs->count(JobQuery()), 2);
        QCOMPARE(m_f->ledger->committed(QDateTime::currentDateTime().addDays(-1), QDateTime::currentDateTime().addDays(1)),
                 Money::fromCents(160));
    }

    // Two services on one profile (the studio and a command): ids are never given twice.
    void idsAreUniqueAcrossTwoServicesOnOneProfile()
    {
        Database db(m_f->db->path());
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        JobRepository jobs(db);
        Ledger ledger(db);
        Budgets budgets(db);
        BudgetGuard guard(budgets, ledger);
        GenerationService::Dependencies deps;
        deps.catalogue = m_f->catalogue;
        deps.jobs = &jobs;
        deps.ledger = &ledger;
        deps.budget = &guard;
        deps.providers = &m_f->app->providers();
        deps.paths = &m_f->paths;
        QSet<JobId> ids;
        {
            GenerationService other(deps);
            for (int i = 0; i < 12; ++i) {
                GenerationService &service = i % 2 ? other : *m_f->service;
                const auto s = service.submit(m_f->freeRequest(QStringLiteral("take %1").arg(i)));
                QVERIFY2(s.ok(), qPrintable(s.error));
                QVERIFY2(!ids.contains(s.id), qPrintable(QStringLiteral("id %1 given twice").arg(s.id)));
                ids.insert(s.id);
            }
            other.flush();
            m_f->service->flush();
            for (JobId id : std::as_const(ids))
                QVERIFY(m_f->service->activeJob(id) || other.activeJob(id));
        }
        QCOMPARE(m_f->jobs->count(JobQuery()), 12);
        for (JobId id : std::as_const(ids))
            QCOMPARE(m_f->jobs->load(id)->request().provider, QStringLiteral("fake-free"));
    }

    // The store refuses a new job's row: the job, already shown as queued, fails with SQLite's
    // words, the listeners hear of the failed write, and nothing reaches the provider.
    void aJobWhoseInsertFailsFailsLoudly()
    {
        m_f->service->flush();
        onWritersConnection(*m_f, QStringLiteral("PRAGMA query_only = 1"));
        QSignalSpy failedWrites(m_f->service, &GenerationService::storeWriteFailed);
        QSignalSpy finished(m_f->service, &GenerationService::jobFinished);
        const auto s = m_f->service->submit(m_f->paidRequest());
        QVERIFY2(s.ok(), qPrintable(s.error));
        QTRY_COMPARE(finished.size(), 1);
        const Job job = finished.first().at(0).value<Job>();
        QCOMPARE(job.id(), s.id);
        QCOMPARE(job.state(), JobState::Failed);
        QVERIFY2(job.errorMessage().contains(QLatin1String("attempt to write a readonly database")), qPrintable(job.errorMessage()));
        QVERIFY(failedWrites.size() >= 1);
        QCOMPARE(failedWrites.first().at(0).value<JobId>(), s.id);
        QVERIFY2(failedWrites.first().at(1).toString().contains(QLatin1String("readonly database")),
                 qPrintable(failedWrites.first().at(1).toString()));
        QCOMPARE(m_f->paidProvider->started().size(), 0);
        QVERIFY(!m_f->service->hasActiveJobs());
        QVERIFY(!m_f->jobs->load(s.id));
        QVERIFY(m_f->ledger->allLines().isEmpty());
    }

    // A running job's transition refused by the disk: its message carries SQLite's words.
    void aRefusedTransitionSaysWhatSQLiteSaid()
    {
        QSignalSpy failedWrites(m_f->service, &GenerationService::storeWriteFailed);
        QSignalSpy finished(m_f->service, &GenerationService::jobFinished);
        const auto s = m_f->service->submit(m_f->paidRequest());
        QTRY_COMPARE(m_f->paidProvider->runningCount(), 1);
        m_f->service->flush();
        onWritersConnection(*m_f, QStringLiteral("PRAGMA query_only = 1"));
        m_f->paidProvider->accept(s.id, QStringLiteral("r2"));
        QTRY_COMPARE(finished.size(), 1);
        const Job job = finished.first().at(0).value<Job>();
        QCOMPARE(job.state(), JobState::Failed);
        QVERIFY2(job.errorMessage().contains(QLatin1String("attempt to write a readonly database")), qPrintable(job.errorMessage()));
        QVERIFY2(failedWrites.first().at(1).toString().contains(QLatin1String("attempt to write a readonly database")),
                 qPrintable(failedWrites.first().at(1).toString()));
        QVERIFY(m_f->paidProvider->cancelRequests().contains(s.id));
    }


    // The create of a paid job leaves only once its "create sent" marker is on disk, and waits
    // for it without holding up the thread the service (the window) runs on.
    void aPaidCreateWaitsForItsMarkerWithoutBlockingTheLoop()
    {
        HeldMarkerFixture h;
        QSignalSpy finished(h.f->service, &GenerationService::jobFinished);
        const auto s = h.f->service->submit(h.request());
        QVERIFY2(s.ok(), qPrintable(s.error));
        QTRY_VERIFY(h.markerWaits());
        LoopTurns turns;
        QTRY_VERIFY(turns.ticks >= 5);
        QCOMPARE(h.server.createCount(), 0);
        QCOMPARE(h.f->service->activeJob(s.id)->state(), JobState::Submitting);

        h.held->release();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        const Job job = finished.first().at(0).value<Job>();
        QVERIFY2(job.state() == JobState::Completed, qPrintable(job.errorMessage()));
        QCOMPARE(h.server.createCount(), 1);
        bool marked = false;
        for (const JobEvent &e : h.f->jobs->events(s.id))
            marked = marked || e.detail == GenerationService::createSentMarker();
        QVERIFY(marked);
    }

    // A marker the store refuses: nothing is sent, and the job fails with SQLite's words.
    void aMarkerThatCannotBeWrittenSendsNothing()
    {
        HeldMarkerFixture h;
        h.onHeld = [&h] {
            // Behind the held write, before the marker: the disk stops taking writes.
            h.f->service->storeWriter().post(QStringLiteral("test: read-only"), [&h](QString *) {
                return QSqlQuery(h.f->db->connection()).exec(QStringLiteral("PRAGMA query_only = 1"));
            }, nullptr, {});
        };
        QSignalSpy finished(h.f->service, &GenerationService::jobFinished);
        const auto s = h.f->service->submit(h.request());
        QVERIFY2(s.ok(), qPrintable(s.error));
        QTRY_VERIFY(h.markerWaits(2));
        LoopTurns turns;
        QTRY_VERIFY(turns.ticks >= 5);
        h.held->release();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        const Job job = finished.first().at(0).value<Job>();
        QCOMPARE(job.state(), JobState::Failed);
        QVERIFY2(job.errorMessage().contains(QLatin1String("attempt to write a readonly database")), qPrintable(job.errorMessage()));
        QTRY_COMPARE(h.provider()->activeJobCount(), 0); // cancelled at the provider, before its create
        QCOMPARE(h.server.createCount(), 0);
    }

    // Cancelled while its marker is on the way: the create never leaves.
    void aCancelWhileTheMarkerWaitsSendsNothing()
    {
        HeldMarkerFixture h;
        QSignalSpy finished(h.f->service, &GenerationService::jobFinished);
        const auto s = h.f->service->submit(h.request());
        QVERIFY2(s.ok(), qPrintable(s.error));
        QTRY_VERIFY(h.markerWaits());
        QVERIFY(h.f->service->cancel(s.id));
        QTRY_COMPARE(h.provider()->activeJobCount(), 0);
        h.held->release();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(finished.first().at(0).value<Job>().state(), JobState::Cancelled);
        QCOMPARE(h.server.createCount(), 0);
        h.f->service->flush();
        QVERIFY(!h.f->ledger->hasOpenEstimate(s.id)); // released: it never left
    }

    // The app stops while the marker is on its way: nothing is sent (then or after), and the
    // job, marked as sent, is one only the user can settle.
    void aShutdownWhileTheMarkerWaitsSendsNothing()
    {
        HeldMarkerFixture h;
        const auto s = h.f->service->submit(h.request());
        QVERIFY2(s.ok(), qPrintable(s.error));
        QTRY_VERIFY(h.markerWaits());
        h.held->release();
        h.f->restartService(); // the marker commits while the core goes; nobody hears it
        QList<GenerationService::ResumeNote> notes;
        QCOMPARE(h.f->service->resumeUnfinished(&notes), 0);
        QCOMPARE(notes.size(), 1);
        QVERIFY(notes.first().needsUser);
        QCOMPARE(h.f->jobs->load(s.id)->errorKind(), ErrorKind::Unknown);
        LoopTurns turns;
        QTRY_VERIFY(turns.ticks >= 5);
        QCOMPARE(h.server.createCount(), 0);
    }

private:
    std::unique_ptr<ServiceFixture> m_f;
};

QTEST_GUILESS_MAIN(TestServiceWrites)
#include "tst_service_writes.moc"
