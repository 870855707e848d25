// What happens to a paid job when the app stops or the world misbehaves: a job that provably
// never left is released, one that may have reached the server stays "unknown" with its estimate
// held, and a job paused by a silent server or a full disk stays resumable and is charged once.
#include "support/ServiceFixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace rc;
using namespace rc::test;

class TestFaultResume : public QObject
{
    Q_OBJECT

    int linesOf(JobId id, LedgerKind kind) const
    {
        int n = 0;
        for (const LedgerLine &l : m_f->ledger->lines(id))
            n += l.kind == kind;
        return n;
    }

private Q_SLOTS:
    void init() { m_f = std::make_unique<ServiceFixture>(); }
    void cleanup() { m_f.reset(); }

    void aJobStoppedBeforeItsRequestLeftIsReleased()
    {
        m_f->paidProvider->setSendsOnStart(false); // killed while the photo was being prepared
        const JobId id = m_f->service->submit(m_f->paidRequest()).id;
        QTRY_COMPARE(m_f->paidProvider->runningCount(), 1);
        QVERIFY(m_f->ledger->hasOpenEstimate(id));
        m_f->restartService();
        QList<GenerationService::ResumeNote> notes;
        QCOMPARE(m_f->service->resumeUnfinished(&notes), 0);
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes.first().id, id);
        QVERIFY(!notes.first().needsUser);
        QVERIFY(!m_f->ledger->hasOpenEstimate(id));
        QCOMPARE(linesOf(id, LedgerKind::Release), 1);
        const Job job = m_f->jobs->load(id).value();
        QCOMPARE(job.state(), JobState::Failed);
        QCOMPARE(job.errorKind(), ErrorKind::Interrupted);
        QCOMPARE(m_f->paidProvider->started().size(), 0); // nothing sent again by the restarted service
    }

    void aJobThatMayHaveReachedTheServerNeedsTheUser()
    {
        const JobId id = m_f->service->submit(m_f->paidRequest()).id;
        QTRY_COMPARE(m_f->paidProvider->runningCount(), 1);
        m_f->restartService();
        QList<GenerationService::ResumeNote> notes;
        QCOMPARE(m_f->service->resumeUnfinished(&notes), 0);
        QCOMPARE(notes.size(), 1);
        QVERIFY(notes.first().needsUser);
        QVERIFY2(notes.first().what.contains(QLatin1String("reelcraft remote fake-paid")), qPrintable(notes.first().what));
        QVERIFY(notes.first().what.contains(QLatin1String("--release")));
        QVERIFY(m_f->ledger->hasOpenEstimate(id));
        QCOMPARE(m_f->jobs->load(id)->errorKind(), ErrorKind::Unknown);
        bool marked = false;
        for (const JobEvent &e : m_f->jobs->events(id))
            marked = marked || e.detail == GenerationService::createSentMarker();
        QVERIFY(marked);
        QCOMPARE(m_f->paidProvider->started().size(), 0);
    }

    void aPausedJobIsKeptAndFinishesLaterChargedOnce_data()
    {
        QTest::addColumn<int>("why");
        QTest::newRow("silent server") << int(ErrorKind::Network);
        QTest::newRow("disk full") << int(ErrorKind::Disk);
    }
    void aPausedJobIsKeptAndFinishesLaterChargedOnce()
    {
        QFETCH(int, why);
        m_f->paidProvider->setCanResume(true);
        QSignalSpy finished(m_f->service, &GenerationService::jobFinished);
        const JobId id = m_f->service->submit(m_f->paidRequest()).id;
        QTRY_COMPARE(m_f->paidProvider->runningCount(), 1);
        m_f->paidProvider->accept(id, QStringLiteral("video_P"));
        m_f->paidProvider->pause(id, ErrorKind(why), QStringLiteral("waiting for the server"));
        QTRY_COMPARE(finished.size(), 1);
        const Job reported = finished.first().first().value<Job>();
        QVERIFY(reported.isPaused());
        QVERIFY(!isTerminal(reported.state()));
        QVERIFY(!m_f->service->hasActiveJobs());
        QVERIFY(m_f->ledger->hasOpenEstimate(id));
        QCOMPARE(linesOf(id, LedgerKind::Release), 0);
        const Job stored = m_f->jobs->load(id).value();
        QCOMPARE(stored.state(), JobState::Running);
        QCOMPARE(stored.remoteId(), QStringLiteral("video_P"));

        // Later (another run): resume picks it up at the provider and it completes, charged once.
        m_f->restartService();
        m_f->paidProvider->setCanResume(true);
        QList<GenerationService::ResumeNote> notes;
        QCOMPARE(m_f->service->resumeUnfinished(&notes), 1);
        QCOMPARE(m_f->paidProvider->started().first().remoteId, QStringLiteral("video_P"));
        QSignalSpy done(m_f->service, &GenerationService::jobFinished);
        m_f->paidProvider->succeed(id);
        QTRY_COMPARE(done.size(), 1);
        QCOMPARE(m_f->jobs->load(id)->state(), JobState::Completed);
        QCOMPARE(linesOf(id, LedgerKind::Estimate), 1);
        QCOMPARE(linesOf(id, LedgerKind::Final), 1);
        QCOMPARE(linesOf(id, LedgerKind::Release), 0);
    }

    void aJobAndItsEstimateAreWrittenTogether()
    {
        // A refused budget leaves neither a job nor a ledger line behind.
        QVERIFY(m_f->budgets->set(BudgetPeriod::Day, QString(), Money::fromCents(1)));
        QVERIFY(!m_f->service->submit(m_f->paidRequest()).ok());
        QCOMPARE(m_f->jobs->count(JobQuery()), 0);
        QVERIFY(m_f->ledger->allLines().isEmpty());
        QVERIFY(m_f->budgets->clear(BudgetPeriod::Day, QString()));
        const JobId id = m_f->service->submit(m_f->paidRequest()).id;
        QVERIFY(id > 0);
        m_f->service->flush();
        QCOMPARE(linesOf(id, LedgerKind::Estimate), 1);
    }

private:
    std::unique_ptr<ServiceFixture> m_f;
};

QTEST_GUILESS_MAIN(TestFaultResume)
#include "tst_fault_resume.moc"
