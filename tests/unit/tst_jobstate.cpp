// The job state machine: which moves exist, and that Job refuses every other one.
#include "core/Job.h"

#include <QtTest>

using namespace rc;

class TestJobState : public QObject
{
    Q_OBJECT

private:
    const QList<JobState> all{JobState::Queued,    JobState::Submitting, JobState::Running,  JobState::Downloading,
                              JobState::Completed, JobState::Failed,     JobState::Cancelled};

    static Job jobIn(JobState state)
    {
        return Job::restored(1, GenerationRequest(), state, QDateTime::currentDateTime());
    }

private Q_SLOTS:
    void allowedTable()
    {
        using S = JobState;
        const QList<QPair<S, S>> allowed{
            {S::Queued, S::Submitting},     {S::Queued, S::Failed},        {S::Queued, S::Cancelled},
            {S::Submitting, S::Running},    {S::Submitting, S::Downloading}, {S::Submitting, S::Failed},
            {S::Submitting, S::Cancelled},  {S::Submitting, S::Queued},    {S::Running, S::Downloading},
            {S::Running, S::Completed},     {S::Running, S::Failed},       {S::Running, S::Cancelled},
            {S::Downloading, S::Completed}, {S::Downloading, S::Failed},   {S::Downloading, S::Cancelled},
            {S::Failed, S::Queued},         {S::Cancelled, S::Queued}};
        for (S from : all)
            for (S to : all)
                QCOMPARE(isTransitionAllowed(from, to), allowed.contains({from, to}));
    }

    void completedIsFinal()
    {
        Job job = jobIn(JobState::Completed);
        const QDateTime now = QDateTime::currentDateTime();
        QVERIFY(!job.markSubmitting(now));
        QVERIFY(!job.fail(ErrorKind::Server, QStringLiteral("x"), now));
        QVERIFY(!job.cancel(now));
        QVERIFY(!job.requeue(now));
        QCOMPARE(job.state(), JobState::Completed);
    }

    void cannotCompleteWithoutRunning()
    {
        Job job(7, GenerationRequest(), QDateTime::currentDateTime());
        QVERIFY(!job.complete(JobOutput{QStringLiteral("/x.mp4"), {}, 1}, Money(), QDateTime::currentDateTime()));
        QCOMPARE(job.state(), JobState::Queued);
        QVERIFY(job.output().videoPath.isEmpty());
        QVERIFY(!job.markDownloading(QDateTime::currentDateTime()));
        QVERIFY(!job.updateProgress(50, 10)); // progress belongs to running work only
    }

    void happyPathRecordsWhatHappened()
    {
        const QDateTime t0 = QDateTime::currentDateTime();
        Job job(3, GenerationRequest(), t0);
        QVERIFY(job.markSubmitting(t0.addSecs(1)));
        QCOMPARE(job.attempts(), 1);
        QVERIFY(job.markRunning(t0.addSecs(2)));
        QVERIFY(job.updateProgress(40, 12));
        QCOMPARE(job.progress(), 40);
        QCOMPARE(job.etaSec(), 12);
        QVERIFY(job.updateProgress(-1, -1));
        QCOMPARE(job.progress(), -1);
        QVERIFY(job.markDownloading(t0.addSecs(3)));
        QVERIFY(job.complete(JobOutput{QStringLiteral("/v.mp4"), QStringLiteral("/v.jpg"), 99}, Money::fromCents(80), t0.addSecs(4)));
        QCOMPARE(job.state(), JobState::Completed);
        QCOMPARE(job.progress(), 100);
        QCOMPARE(job.cost(), Money::fromCents(80));
        QCOMPARE(job.finishedAt(), t0.addSecs(4));
    }

    void failureKeepsKindAndMessageUntilRetry()
    {
        const QDateTime now = QDateTime::currentDateTime();
        Job job(4, GenerationRequest(), now);
        job.markSubmitting(now);
        QVERIFY(job.fail(ErrorKind::Auth, QStringLiteral("The key was rejected."), now));
        QCOMPARE(job.state(), JobState::Failed);
        QCOMPARE(job.errorKind(), ErrorKind::Auth);
        QVERIFY(job.requeue(now));
        QCOMPARE(job.state(), JobState::Queued);
        QCOMPARE(job.errorKind(), ErrorKind::None);
        QVERIFY(job.errorMessage().isEmpty());
        QVERIFY(!job.finishedAt().isValid());
    }

    void cancelledKindLandsInCancelledState()
    {
        const QDateTime now = QDateTime::currentDateTime();
        Job job(5, GenerationRequest(), now);
        QVERIFY(job.cancel(now));
        QCOMPARE(job.state(), JobState::Cancelled);
        QVERIFY(!job.cancel(now));
    }

    void namesRoundTrip()
    {
        for (JobState s : all) {
            JobState back;
            QVERIFY(jobStateFromName(jobStateName(s), &back));
            QCOMPARE(back, s);
        }
        JobState unused;
        QVERIFY(!jobStateFromName(QStringLiteral("exploded"), &unused));
        for (ErrorKind k : {ErrorKind::InvalidInput, ErrorKind::Auth, ErrorKind::Quota, ErrorKind::Moderation,
                            ErrorKind::Network, ErrorKind::Server, ErrorKind::Unknown, ErrorKind::Disk})
            QCOMPARE(errorKindFromName(errorKindName(k)), k);
        QVERIFY(!isRetryable(ErrorKind::Auth));
        QVERIFY(!isRetryable(ErrorKind::Moderation));
        QVERIFY(isRetryable(ErrorKind::Network));
    }
};

QTEST_GUILESS_MAIN(TestJobState)
#include "tst_jobstate.moc"
