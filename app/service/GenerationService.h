#pragma once

#include "core/GenerationRequest.h"
#include "core/Job.h"
#include "providers/Provider.h"
#include "service/BudgetGuard.h"
#include "store/StoreWriter.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QHash>
#include <QSet>
#include <QObject>
#include <QThreadPool>
#include <atomic>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace rc {

class BudgetGuard;
class Catalogue;
class ClipFinisher;
class JobIdPool;
class JobRepository;
class Ledger;
class Paths;
class ProviderRegistry;
class StoreWriter;

// The queue between the user and the providers. submit() validates a request against the
// catalogue, has the budget guard approve its estimate, stores the job as queued and writes the
// estimate to the ledger, all before any byte leaves the machine. Then it runs jobs with each
// provider's concurrency limit, records every transition in the store, retries what a retry can
// fix, and tells listeners through signals. It lives on one thread (the UI's, or the CLI's).
//
// Its writes go to a StoreWriter of its own, in order, one transaction per transition (a job's
// end and its ledger line together), so the disk never stalls that thread. submit() answers at
// once: the id comes from a block reserved ahead (JobIdPool), the budget check counts the holds
// still on their way to the ledger, and the job with its hold is written behind; the job starts
// only once that write committed (jobStored); a paid create leaves only once its "create
// sent" marker committed (onSending). Only a retry's answer, resume's report and the writes at
// destruction wait for their result; everything else comes back as an event. A job ends
// (its last state shown, jobFinished, idle) only once its last write is committed, so whoever
// reads the store after jobFinished sees it. A write that fails fails its job (storeWriteFailed,
// then the job as failed); destroying the service waits for the writer to drain.
//
// A clip the provider delivered is finished (content credentials, a visible label, a
// time-stamp: seconds) on a worker thread of the service's own, while the job shows
// finishingDetail(); the job ends only once that is done. Destroying the service tells the
// work to skip what has not begun, waits for it, and records those clips as completed.
class GenerationService : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GenerationService)

public:
    struct Dependencies
    {
        const Catalogue *catalogue = nullptr;
        JobRepository *jobs = nullptr;
        Ledger *ledger = nullptr;
        const BudgetGuard *budget = nullptr;
        ProviderRegistry *providers = nullptr;
        const Paths *paths = nullptr;
        ClipFinisher *finisher = nullptr; // optional: content credentials
        // Reserve job ids when the service starts, so that even the first submit takes its id from
        // memory (the studio). Off, the first submit reserves: a command that makes no job (an
        // import, a list) then leaves no hole in the clips' numbering.
        bool reserveIdsAhead = true;
    };

    struct Submission
    {
        JobId id = 0;
        QString error; // why it was refused, for the user
        bool ok() const { return id != 0; }
    };

    explicit GenerationService(const Dependencies &deps, QObject *parent = nullptr);
    ~GenerationService() override;

    // Empty when the request can run; otherwise the reason (also used to disable Generate).
    QString check(const GenerationRequest &request) const;
    // True when the provider needs an API key and none is stored: check() then refuses, and the
    // studio offers to add one.
    bool needsKey(const QString &providerId) const;
    // Empty when the provider can take jobs now; otherwise why not (not in this build, no API
    // key), in the words check() uses. Pickers disable such a provider and show the reason.
    QString unavailableReason(const QString &providerId) const;
    // What the caps still allow for the provider's jobs now; nullopt when no cap applies.
    std::optional<BudgetGuard::Headroom> budgetLeft(const QString &providerId) const;
    // `tags` are written with the job, in the same transaction.
    Submission submit(GenerationRequest request, const QStringList &tags = {});
    // `count` variations of one request, seeds in a row from its seed (a random one when it is 0).
    // All or none: when one is refused, those already queued are cancelled and the refusal is in
    // *error. Returns the queued ids.
    QList<JobId> submitVariations(GenerationRequest request, int count, QString *error);
    // False when there is nothing to cancel: the job is over, or its clip is delivered and
    // being finished (made and paid for; it ends on its own).
    bool cancel(JobId id);
    // Runs a failed or cancelled job again (a fresh estimate and budget check).
    Submission retry(JobId id);
    // What resumeUnfinished did with one job, for `resume` to report.
    struct ResumeNote
    {
        JobId id = 0;
        QString what;            // one sentence for the user
        bool needsUser = false;  // the outcome is unknown: only the user can settle it
    };
    // Picks up the jobs the app was running when it stopped. Returns how many it took on; `notes`
    // (when given) gets one entry for every job it touched, including those it could not take on.
    int resumeUnfinished(QList<ResumeNote> *notes = nullptr);
    // The detail stored in a job's history right before its paid create is sent.
    static QString createSentMarker();
    // The live detail of a job whose clip is being finished (its credentials written).
    static QString finishingDetail();

    QList<Job> activeJobs() const;
    std::optional<Job> activeJob(JobId id) const;
    bool hasActiveJobs() const { return !m_active.empty(); }
    // Serves new jobs with another set of providers (the profile's providers changed), keeping
    // this object and everyone listening to it. Refused (false) while a job is active: its
    // provider object would go away under it. Emits providersChanged.
    bool replaceProviders(ProviderRegistry &providers);

    // Automatic retries of failures a retry can fix, before the provider accepted the job.
    void setAutoRetry(int maxAttempts, int firstDelayMs);
    // Waits until every write handed to the store's writer has committed or failed, so a read
    // of the store on any connection sees them.
    void flush();
    // The store's one writer, shared with the other edits of the store (clips, budgets, batches),
    // so every write goes through one thread and one connection, in order.
    StoreWriter &storeWriter() { return *m_writer; }

Q_SIGNALS:
    // A new job, queued (announced before its row is written: see jobStored).
    void jobAdded(const rc::Job &job);
    // A new job's row and estimate are committed: readers of the store find it from now on.
    void jobStored(const rc::Job &job);
    void jobChanged(const rc::Job &job);
    void jobFinished(const rc::Job &job);
    void idle();
    // The catalogue's providers or models changed: pickers read them again.
    void providersChanged();
    // A write of this job's history or spend failed (the disk is full or refused, or another
    // process held the database too long); a job still under way is failed with the reason.
    void storeWriteFailed(rc::JobId id, const QString &error);

private:
    void connectProvider(Provider *provider);
    void schedule();
    void startJob(Job &job, const QString &resumeRemoteId);
    Job *findActive(JobId id);
    // An active job whose end is not being written yet: provider reports and cancel act on it.
    Job *findLive(JobId id);
    // A ledger line written in the same transaction as a job's state; runs on the writer thread.
    using LedgerWrite = std::function<bool()>;
    enum class Event { Record, FieldsOnly };
    // Hands the job's fields (with an event row carrying `detail` when Event::Record) and
    // `ledger` to the writer as one transaction; `then` runs here once it is committed.
    void store(const Job &job, Event event, const QString &detail = QString(), LedgerWrite ledger = {},
               std::function<void()> then = {});
    // Stores and announces a transition.
    void commit(Job &job, const QString &detail = QString());
    // Writes `ended` (a terminal state of an active job) with its ledger line; when committed it
    // becomes the job's state, is announced and the job finishes.
    void end(const Job &ended, LedgerWrite ledger, const QString &detail = QString());
    // The same write, waited for: only where the caller must know it is on disk (resume's report, the
    // service's destruction); never in a running job's life, which goes on in events.
    StoreWriter::Result writeNow(const Job &job, const QString &detail, LedgerWrite ledger = {});
    LedgerWrite release(JobId id, const QString &reason, const QDateTime &at) const;
    void onWriteFailed(JobId id, const QString &error);
    // A new job's insert came back: it starts, or is refused by a cap another process reached
    // first (`refusal`), or fails loudly when the store refused it.
    void onInsertDone(JobId id, const StoreWriter::Result &result, const QString &refusal);
    // This process's holds whose write is still queued, for the budget check.
    BudgetGuard::Pending pendingHolds(const QString &provider) const;
    void finish(JobId id);
    void onAccepted(JobId id, const QString &remoteId);
    void onRunning(JobId id);
    void onProgressed(JobId id, int percent, int etaSec);
    void onDownloading(JobId id);
    void onSucceeded(JobId id, const ProviderResult &result);
    // The clip of a job that succeeded is finished: its end is written now.
    struct Completion
    {
        JobOutput output;
        Money cost;
        QString costReason;
        QDateTime at;
        QString detail; // the finisher's line for the history
    };
    void onFinished(JobId id);
    Job completedJob(const Job &job, const Completion &c) const;
    LedgerWrite finalCost(JobId id, const Completion &c) const;
    void onFailed(JobId id, ErrorKind kind, const QString &message);
    // A provider's paid create is ready: its marker is written, then `send` runs (Provider::SendGate).
    void onSending(JobId id, std::function<void()> send);
    void onPaused(JobId id, ErrorKind why, const QString &message);
    void onDetailChanged(JobId id, const QString &detail);

    Dependencies m_deps;
    std::unique_ptr<StoreWriter> m_writer;
    std::unique_ptr<JobIdPool> m_ids;
    struct Hold
    {
        QString provider;
        Money estimate;
    };
    QHash<JobId, Hold> m_unstored; // new jobs whose insert (with their hold) is not committed yet
    // Active jobs done at their provider: their clip being finished, or their terminal state
    // being written. Provider reports and cancel no longer act on them.
    QSet<JobId> m_ending;
    std::map<JobId, QFuture<Completion>> m_finishing; // clips being finished on m_finishPool
    QThreadPool m_finishPool;
    std::atomic<bool> m_stopping{false}; // the service is going away: finishing skips what it can
    std::map<JobId, Job> m_active;     // queued and running jobs
    std::deque<JobId> m_queue;         // queued jobs in submission order
    QHash<QString, int> m_running;     // running jobs per provider
    QHash<JobId, QElapsedTimer> m_lastProgressSignal;
    QSet<JobId> m_progressHeldBack; // jobs with a progress report waiting for its interval
    bool m_scheduling = false;    // schedule() is running (it may be re-entered from a nested loop)
    bool m_scheduleAgain = false; // a re-entrant call asked for one more pass
    int m_maxAutoAttempts = 3;
    int m_firstRetryDelayMs = 2000;
};

} // namespace rc
