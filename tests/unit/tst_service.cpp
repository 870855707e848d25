// The generation service over fake providers: order, limits, cancel, retry, failure, spend.
// How it writes to the store (submit before its write, the create marker) is tst_service_writes.
#include "support/ServiceFixture.h"

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

class TestService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_f = std::make_unique<ServiceFixture>(); }
    void cleanup() { m_f.reset(); }

    void storedAsQueuedBeforeTheProviderHearsOfIt()
    {
        const auto s = m_f->service->submit(m_f->paidRequest());
        QVERIFY(s.ok());
        QCOMPARE(m_f->paidProvider->started().size(), 0);
        m_f->service->flush();
        const auto stored = m_f->jobs->load(s.id);
        QVERIFY(stored);
        QCOMPARE(stored->state(), JobState::Queued);
        QCOMPARE(m_f->ledger->openEstimate(s.id), Money::fromCents(80));
        QTRY_COMPARE(m_f->paidProvider->started().size(), 1);
        m_f->service->flush(); // the transition is written off this thread: wait for it before reading
        QCOMPARE(m_f->jobs->load(s.id)->state(), JobState::Submitting);
        QVERIFY(m_f->paidProvider->started().first().request.seed != 0); // the service picks and records a seed
    }

    void queueOrderAndConcurrencyLimit()
    {
        QList<JobId> ids;
        for (int i = 0; i < 4; ++i)
            ids << m_f->service->submit(m_f->paidRequest(QStringLiteral("clip %1").arg(i))).id;
        QTRY_COMPARE(m_f->paidProvider->runningCount(), 2);
        for (int i = 0; i < 3; ++i)
            QCoreApplication::processEvents(); // give a wrongly scheduled third job its chance to start
        QCOMPARE(m_f->paidProvider->started().size(), 2);
        QCOMPARE(m_f->paidProvider->started().at(0).jobId, ids[0]);
        QCOMPARE(m_f->paidProvider->started().at(1).jobId, ids[1]);
        m_f->paidProvider->accept(ids[1], QStringLiteral("r1"));
        m_f->paidProvider->succeed(ids[1]);
        QTRY_COMPARE(m_f->paidProvider->started().size(), 3);
        QCOMPARE(m_f->paidProvider->started().at(2).jobId, ids[2]);
        QCOMPARE(m_f->paidProvider->runningCount(), 2);
    }

    void providersDoNotBlockEachOther()
    {
        m_f->service->submit(m_f->freeRequest(QStringLiteral("a")));
        m_f->service->submit(m_f->freeRequest(QStringLiteral("b")));
        const JobId paid = m_f->service->submit(m_f->paidRequest()).id;
        QTRY_COMPARE(m_f->paidProvider->started().size(), 1);
        QCOMPARE(m_f->paidProvider->started().first().jobId, paid);
        QCOMPARE(m_f->freeProvider->runningCount(), 1); // the free provider's limit is one
    }

    // Reports closer together than the signal interval are held back, never lost: the last one
    // of a burst reaches listeners (the queue row) although the provider then stays quiet.
    void theLastProgressOfABurstIsShown()
    {
        const JobId id = m_f->service->submit(m_f->paidRequest()).id;
        QTRY_COMPARE(m_f->paidProvider->runningCount(), 1);
        m_f->paidProvider->accept(id, QStringLiteral("video_9"));
        QSignalSpy changed(m_f->service, &GenerationService::jobChanged);
        const auto lastShown = [&] {
            return changed.isEmpty() ? -1 : changed.last().at(0).value<Job>().progress();
        };
        m_f->paidProvider->progress(id, 10, 90);
        m_f->paidProvider->progress(id, 20, 80);
        m_f->paidProvider->progress(id, 40, 60);
        QCOMPARE(lastShown(), 10); // the first goes out at once, the rest wait for the interval
        QTRY_COMPARE(lastShown(), 40);
    }

    void successRecordsFileCostAndHistory()
    {
        QSignalSpy finished(m_f->service, &GenerationService::jobFinished);
        const JobId id = m_f->service->submit(m_f->paidRequest()).id;
        QTRY_COMPARE(m_f->paidProvider->runningCount(), 1);
        m_f->paidProvider->accept(id, QStringLiteral("video_123"));
        m_f->paidProvider->progress(id, 50, 30);
        m_f->paidProvider->succeed(id, Money::fromCents(75));
        QTRY_COMPARE(finished.size(), 1);
        const Job job = m_f->jobs->load(id).value();
        QCOMPARE(job.state(), JobState::Completed);
        QCOMPARE(job.remoteId(), QStringLiteral("video_123"));
        QCOMPARE(job.cost(), Money::fromCents(75));
        QVERIFY(job.output().fileBytes > 0);
        QList<JobState> states;
        bool sentMarked = false;
        for (const JobEvent &e : m_f->jobs->events(id)) {
            // The "request sent" marker is a note within Submitting, not a transition.
            if (e.detail == GenerationService::createSentMarker()) {
                sentMarked = true;
                continue;
            }
            states << e.state;
        }
        QVERIFY(sentMarked);
        QCOMPARE(states, (QList<JobState>{JobState::Queued, JobState::Submitting, JobState::Running, JobState::Completed}));
        const QList<LedgerLine> lines = m_f->ledger->lines(id);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[1].kind, LedgerKind::Final);
        QCOMPARE(lines[1].amount, Money::fromCents(75));
        QCOMPARE(m_f->ledger->committed(QDateTime::currentDateTime().addDays(-1), QDateTime::currentDateTime().addDays(1)),
                 Money::fromCents(75));
    }

    void liveDetailIsShownUntilTheJobMovesOn()
    {
        QSignalSpy changed(m_f->service, &GenerationService::jobChanged);
        const JobId id = m_f->service->submit(m_f->paidRequest()).id;
        QTRY_COMPARE(m_f->paidProvider->runningCount(), 1);
        changed.clear();
        m_f->paidProvider->detail(id, QStringLiteral("in queue, position 3"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<Job>().liveDetail(), QStringLiteral("in queue, position 3"));
        QCOMPARE(m_f->service->activeJob(id)->liveDetail(), QStringLiteral("in queue, position 3"));
        // The same line again is no news.
        m_f->paidProvider->detail(id, QStringLiteral("in queue, position 3"));
        QCOMPARE(changed.size(), 1);
        // Moving on (Submitting -> Running) clears it.
        m_f->paidProvider->accept(id, QStringLiteral("req-1"));
        QVERIFY(m_f->service->activeJob(id)->liveDetail().isEmpty());
        QCOMPARE(changed.last().at(0).value<Job>().liveDetail(), QString());
        // So does an empty detail from the provider.
        m_f->paidProvider->detail(id, QStringLiteral("in queue, position 0"));
        QCOMPARE(m_f->service->activeJob(id)->liveDetail(), QStringLiteral("in queue, position 0"));
        m_f->paidProvider->detail(id, QString());
        QVERIFY(m_f->service->activeJob(id)->liveDetail().isEmpty());
        // Never stored: the history holds transitions, not status lines.
        for (const JobEvent &e : m_f->jobs->events(id))
            QVERIFY(!e.detail.contains(QStringLiteral("position")));
        // A detail for a job the service no longer runs is ignored.
        m_f->paidProvider->succeed(id);
        QTRY_VERIFY(!m_f->service->activeJob(id));
        changed.clear();
        m_f->paidProvider->detail(id, QStringLiteral("late"));
        QCOMPARE(changed.size(), 0);
    }

    // The disk refuses a job's transition (here: a trigger that refuses "running"): the job
    // stops and says why, the listeners hear of the failed write, and the provider is told to
    // stop, never a job that runs on while its history silently stays behind.
    void aTransitionThatCannotBeWrittenFailsTheJobLoudly()
    {
        QSqlQuery refuse(m_f->db->connection());
        QVERIFY2(refuse.exec(QStringLiteral("CREATE TRIGGER refuse_running BEFORE UPDATE OF state ON jobs "
                                            "WHEN NEW.state = 'running' BEGIN SELECT RAISE(ABORT, 'disk refused'); END")),
                 qPrintable(refuse.lastError().text()));
        QSignalSpy failedWrites(m_f->service, &GenerationService::storeWriteFailed);
        QSignalSpy finished(m_f->service, &GenerationService::jobFinished);
        const auto s = m_f->service->submit(m_f->paidRequest());
        QVERIFY(s.ok());
        QTRY_COMPARE(m_f->paidProvider->runningCount(), 1);
        m_f->paidProvider->accept(s.id, QStringLiteral("r1"));
        m_f->paidProvider->progress(s.id, 10);

        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(failedWrites.count() >= 1);
        QCOMPARE(failedWrites.first().at(0).value<JobId>(), s.id);
        // SQLite's own words (here the trigger's), in the signal and in the job's message.
        QVERIFY2(failedWrites.first().at(1).toString().contains(QLatin1String("disk refused")),
                 qPrintable(failedWrites.first().at(1).toString()));
        const Job job = finished.first().at(0).value<Job>();
        QCOMPARE(job.state(), JobState::Failed);
        QVERIFY2(job.errorMessage().contains(QLatin1String("could not be written"))
                     && job.errorMessage().contains(QLatin1String("disk refused")), qPrintable(job.errorMessage()));
        QVERIFY(m_f->paidProvider->cancelRequests().contains(s.id));
        QVERIFY(!m_f->service->hasActiveJobs());
        // Nothing is released on a write that failed: the provider may have charged, and the
        // hold is what `resume --release` settles by hand.
        m_f->service->flush();
        QVERIFY(m_f->ledger->hasOpenEstimate(s.id));
    }

    // What the service has handed to its writer is on disk for any reader once it flushes, and
    // a finished job is on disk by the time jobFinished is heard.
    void aFinishedJobIsOnDiskWhenItsEndIsAnnounced()
    {
        QSignalSpy finished(m_f->service, &GenerationService::jobFinished);
        const auto s = m_f->service->submit(m_f->paidRequest());
        QTRY_COMPARE(m_f->paidProvider->runningCount(), 1);
        m_f->paidProvider->accept(s.id, QStringLiteral("r9"));
        m_f->service->flush();
        QCOMPARE(m_f->jobs->load(s.id)->remoteId(), QStringLiteral("r9"));
        m_f->paidProvider->succeed(s.id);
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(m_f->jobs->load(s.id)->state(), JobState::Completed);
        QVERIFY(!m_f->ledger->hasOpenEstimate(s.id));
    }

    void successWithoutAFileIsAFailure()
    {
        QSignalSpy finished(m_f->service, &GenerationService::jobFinished);
        const JobId first = m_f->service->submit(m_f->freeRequest(QStringLiteral("first"))).id;
        const JobId second = m_f->service->submit(m_f->freeRequest(QStringLiteral("second"))).id;
        QTRY_COMPARE(m_f->freeProvider->runningCount(), 1);
        m_f->freeProvider->succeedWithoutFile(first);
        QTRY_COMPARE(finished.size(), 1);
        const Job job = m_f->jobs->load(first).value();
        QCOMPARE(job.state(), JobState::Failed);
        QCOMPARE(job.errorKind(), ErrorKind::Internal);
        // Its slot was given back exactly once: the next job starts, and only one runs.
        QTRY_COMPARE(m_f->freeProvider->started().size(), 2);
        QCOMPARE(m_f->freeProvider->started().at(1).jobId, second);
        QCOMPARE(m_f->freeProvider->runningCount(), 1);
    }

    void cancelQueuedAndRunning()
    {
        const JobId first = m_f->service->submit(m_f->freeRequest(QStringLiteral("first"))).id;
        const JobId second = m_f->service->submit(m_f->freeRequest(QStringLiteral("second"))).id;
        QTRY_COMPARE(m_f->freeProvider->runningCount(), 1);
        QVERIFY(m_f->service->cancel(second)); // still queued: never reaches the provider
        QTRY_COMPARE(m_f->jobs->load(second)->state(), JobState::Cancelled); // once the writer has it
        QVERIFY(m_f->service->cancel(first));
        QCOMPARE(m_f->freeProvider->cancelRequests(), QList<JobId>{first});
        QTRY_COMPARE(m_f->jobs->load(first)->state(), JobState::Cancelled);
        QTRY_VERIFY(!m_f->service->hasActiveJobs()); // once the writer's answer is back
        for (const LedgerLine &l : m_f->ledger->allLines())
            QVERIFY(l.amount.isZero());
        QCOMPARE(m_f->freeProvider->started().size(), 1);
    }

    void networkFailureBeforeAcceptIsRetried()
    {
        m_f->paidProvider->failEveryStartWith(ErrorKind::Network);
        QSignalSpy finished(m_f->service, &GenerationService::jobFinished);
        const JobId id = m_f->service->submit(m_f->paidRequest()).id;
        QVERIFY(finished.wait(5000));
        QCOMPARE(m_f->paidProvider->started().size(), 3); // three attempts in all
        const Job job = m_f->jobs->load(id).value();
        QCOMPARE(job.state(), JobState::Failed);
        QCOMPARE(job.errorKind(), ErrorKind::Network);
        QCOMPARE(job.attempts(), 3);
        QVERIFY(!m_f->ledger->hasOpenEstimate(id)); // the hold was given back once, at the end
        QCOMPARE(m_f->ledger->lines(id).size(), 2);
    }

    void authFailureIsNotRetriedAndReleasesTheEstimate()
    {
        m_f->paidProvider->failEveryStartWith(ErrorKind::Auth);
        QSignalSpy finished(m_f->service, &GenerationService::jobFinished);
        const JobId id = m_f->service->submit(m_f->paidRequest()).id;
        QVERIFY(finished.wait(5000));
        QCOMPARE(m_f->paidProvider->started().size(), 1);
        QCOMPARE(m_f->jobs->load(id)->errorKind(), ErrorKind::Auth);
        QCOMPARE(m_f->ledger->lines(id).last().kind, LedgerKind::Release);
    }

    void failureAfterAcceptIsNotResent()
    {
        QSignalSpy finished(m_f->service, &GenerationService::jobFinished);
        const JobId id = m_f->service->submit(m_f->paidRequest()).id;
        QTRY_COMPARE(m_f->paidProvider->runningCount(), 1);
        m_f->paidProvider->accept(id, QStringLiteral("video_9"));
        m_f->paidProvider->failJob(id, ErrorKind::Server, QStringLiteral("the server failed the job"));
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(m_f->paidProvider->started().size(), 1);
        QCOMPARE(m_f->jobs->load(id)->errorMessage(), QStringLiteral("the server failed the job"));
    }

    void userRetryRunsTheSameRequestAgain()
    {
        QSignalSpy finished(m_f->service, &GenerationService::jobFinished);
        const JobId id = m_f->service->submit(m_f->paidRequest()).id;
        QTRY_COMPARE(m_f->paidProvider->runningCount(), 1);
        m_f->paidProvider->failJob(id, ErrorKind::Moderation, QStringLiteral("refused"));
        QTRY_COMPARE(finished.size(), 1);
        const auto again = m_f->service->retry(id);
        QVERIFY2(again.ok(), qPrintable(again.error));
        QTRY_COMPARE(m_f->paidProvider->started().size(), 2);
        QCOMPARE(m_f->paidProvider->started().at(1).request, m_f->paidProvider->started().at(0).request);
        QCOMPARE(m_f->ledger->openEstimate(id), Money::fromCents(80));
        QVERIFY(!m_f->service->retry(id).ok()); // running: nothing to retry
    }

    void invalidRequestsNeverReachTheStore()
    {
        GenerationRequest r = m_f->paidRequest();
        r.durationSec = 5;
        const auto s = m_f->service->submit(r);
        QVERIFY(!s.ok());
        QVERIFY(s.error.contains(QStringLiteral("4, 8, 12")));
        r = m_f->freeRequest();
        r.imagePath = QStringLiteral("/no/such/photo.png");
        QVERIFY(m_f->service->submit(r).error.contains(QStringLiteral("does not exist")));
        QCOMPARE(m_f->jobs->count(JobQuery()), 0);
        QVERIFY(m_f->ledger->allLines().isEmpty());
    }

    void photoOnlyJobIsStored()
    {
        // No prompt at all: the photo is the whole request (an empty text must not break the store).
        const QString photo = m_f->dir.filePath(QStringLiteral("product.png"));
        QImage image(64, 36, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        QVERIFY(image.save(photo));
        GenerationRequest r = m_f->freeRequest(QString());
        r.imagePath = photo;
        const auto s = m_f->service->submit(r);
        QVERIFY2(s.ok(), qPrintable(s.error));
        m_f->service->flush();
        QCOMPARE(m_f->jobs->load(s.id)->request().imagePath, photo);
        QVERIFY(m_f->jobs->load(s.id)->request().prompt.isEmpty());
    }

    void budgetRefusesOneCentOverButAllowsTheEdge()
    {
        // $0.80 a job; a daily cap of $1.60 takes exactly two.
        QVERIFY(m_f->budgets->set(BudgetPeriod::Day, QString(), Money::fromCents(160)));
        QVERIFY(m_f->service->submit(m_f->paidRequest()).ok());
        QVERIFY(m_f->service->submit(m_f->paidRequest()).ok());
        const auto third = m_f->service->submit(m_f->paidRequest());
        QVERIFY(!third.ok());
        QVERIFY2(third.error.contains(QStringLiteral("$0.80")) && third.error.contains(QStringLiteral("$1.60")), qPrintable(third.error));
        m_f->service->flush();
        QCOMPARE(m_f->jobs->count(JobQuery()), 2);
        // Free work is never blocked by a cap.
        QVERIFY(m_f->service->submit(m_f->freeRequest()).ok());
        // A provider cap applies to that provider only.
        QVERIFY(m_f->budgets->set(BudgetPeriod::Day, QString(), Money::fromCents(10000)));
        QVERIFY(m_f->budgets->set(BudgetPeriod::Month, QStringLiteral("fake-paid"), Money::fromCents(239)));
        QVERIFY(!m_f->service->submit(m_f->paidRequest()).ok()); // 1.60 + 0.80 = 2.40 > 2.39
        QVERIFY(m_f->budgets->set(BudgetPeriod::Month, QStringLiteral("fake-paid"), Money::fromCents(240)));
        QVERIFY(m_f->service->submit(m_f->paidRequest()).ok());
    }

    void resumeAfterRestartPollsAcceptedJobsOnce()
    {
        m_f->paidProvider->setCanResume(true);
        const JobId accepted = m_f->service->submit(m_f->paidRequest(QStringLiteral("accepted"))).id;
        const JobId sending = m_f->service->submit(m_f->paidRequest(QStringLiteral("sending"))).id;
        QTRY_COMPARE(m_f->paidProvider->runningCount(), 2);
        m_f->paidProvider->accept(accepted, QStringLiteral("video_A"));
        // The app stops here, without any job finishing.
        m_f->restartService();
        m_f->paidProvider->setCanResume(true);
        QCOMPARE(m_f->service->resumeUnfinished(), 1);
        QCOMPARE(m_f->paidProvider->started().size(), 1);
        QCOMPARE(m_f->paidProvider->started().first().remoteId, QStringLiteral("video_A"));
        // The job caught mid-create is not sent again: its outcome is unknown and its estimate held.
        const Job unknown = m_f->jobs->load(sending).value();
        QCOMPARE(unknown.errorKind(), ErrorKind::Unknown);
        QVERIFY(m_f->ledger->hasOpenEstimate(sending));
        QSignalSpy finished(m_f->service, &GenerationService::jobFinished);
        m_f->paidProvider->succeed(accepted);
        QTRY_COMPARE(finished.size(), 1);
        int finals = 0;
        for (const LedgerLine &l : m_f->ledger->lines(accepted))
            finals += l.kind == LedgerKind::Final;
        QCOMPARE(finals, 1);
    }

private:
    std::unique_ptr<ServiceFixture> m_f;
};

QTEST_GUILESS_MAIN(TestService)
#include "tst_service.moc"
