#include "service/GenerationService.h"

#include "core/Catalogue.h"
#include "core/Logging.h"
#include "core/Paths.h"
#include "providers/ProviderRegistry.h"
#include "service/ClipFinisher.h"
#include "service/JobIdPool.h"
#include "store/JobRepository.h"
#include "store/Ledger.h"
#include "store/StoreWriter.h"

#include <QPointer>
#include <QTimer>

namespace rc {
namespace {

// Progress signals at most this often per job: listeners repaint on each.
constexpr qint64 kProgressIntervalMs = 200;
// Clips finished at once: one waiting for a slow time-stamp authority does not hold back the
// next, and more would only take cores from the label's re-encode.
constexpr int kFinishingThreads = 2;

} // namespace

GenerationService::GenerationService(const Dependencies &deps, QObject *parent)
    : QObject(parent), m_deps(deps), m_writer(std::make_unique<StoreWriter>(deps.jobs->database())),
      m_ids(std::make_unique<JobIdPool>(*m_writer, *deps.jobs))
{
    if (deps.reserveIdsAhead)
        m_ids->topUp(); // the first submit then takes its id from memory
    qRegisterMetaType<rc::Job>("rc::Job");
    qRegisterMetaType<rc::ProviderResult>("rc::ProviderResult");
    qRegisterMetaType<rc::ErrorKind>("rc::ErrorKind");
    qRegisterMetaType<rc::JobId>("rc::JobId");
    for (Provider *p : m_deps.providers->all())
        connectProvider(p);
    m_finishPool.setMaxThreadCount(kFinishingThreads);
}

GenerationService::~GenerationService()
{
    // Clips being finished: the work skips what has not begun (a label, a time-stamp), the rest
    // is waited for, and each clip is recorded as completed. Nobody is left to hear of it, but
    // the store must not keep a delivered, paid clip as still running.
    m_stopping = true;
    m_finishPool.waitForDone();
    for (auto &[id, finishing] : m_finishing) {
        const Job *job = findActive(id);
        if (!job || !finishing.isFinished())
            continue;
        const Completion c = finishing.result();
        // Waited for: the process may exit right after, and nothing is left to hear a result.
        (void)writeNow(completedJob(*job, c), c.detail, finalCost(id, c)); // a failure is logged by the writer
    }
    m_finishing.clear();
    // Every transition handed over reaches the disk before the process goes on (or exits).
    m_ids->giveBack();
    m_ids.reset(); // waits for the give-back; the pool must go before the writer it uses
    m_writer.reset();
}

void GenerationService::flush()
{
    m_writer->drain();
}

void GenerationService::setAutoRetry(int maxAttempts, int firstDelayMs)
{
    m_maxAutoAttempts = maxAttempts;
    m_firstRetryDelayMs = firstDelayMs;
}

bool GenerationService::replaceProviders(ProviderRegistry &providers)
{
    if (hasActiveJobs())
        return false;
    for (Provider *p : m_deps.providers->all())
        disconnect(p, nullptr, this, nullptr);
    m_deps.providers = &providers;
    for (Provider *p : m_deps.providers->all())
        connectProvider(p);
    Q_EMIT providersChanged();
    // Queued jobs waiting for a provider that now exists can start.
    QTimer::singleShot(0, this, &GenerationService::schedule);
    return true;
}

void GenerationService::connectProvider(Provider *provider)
{
    connect(provider, &Provider::accepted, this, &GenerationService::onAccepted);
    connect(provider, &Provider::running, this, &GenerationService::onRunning);
    connect(provider, &Provider::progressed, this, &GenerationService::onProgressed);
    connect(provider, &Provider::downloading, this, &GenerationService::onDownloading);
    connect(provider, &Provider::succeeded, this, &GenerationService::onSucceeded);
    connect(provider, &Provider::failed, this, &GenerationService::onFailed);
    // A paid create asks here for its marker (onSending). A QPointer: a provider may outlive this service (a restarted core), and a create it builds
    // after the service is gone finds no one to record it, so it never leaves.
    provider->setSendGate([service = QPointer<GenerationService>(this)](JobId id, std::function<void()> send) {
        if (service)
            service->onSending(id, std::move(send));
    });
    connect(provider, &Provider::paused, this, &GenerationService::onPaused);
    connect(provider, &Provider::detailChanged, this, &GenerationService::onDetailChanged);
}

bool GenerationService::cancel(JobId id)
{
    Job *job = findLive(id);
    if (!job)
        return false;
    if (job->state() == JobState::Queued) {
        m_queue.erase(std::remove(m_queue.begin(), m_queue.end(), id), m_queue.end());
        const QDateTime now = QDateTime::currentDateTime();
        Job cancelled = *job;
        cancelled.cancel(now);
        end(cancelled, release(id, tr("cancelled before it started"), now));
        return true;
    }
    if (Provider *p = m_deps.providers->find(job->request().provider))
        p->cancel(id);
    return true;
}

GenerationService::Submission GenerationService::retry(JobId id)
{
    if (findActive(id))
        return {0, tr("This job is still running.")};
    std::optional<Job> stored = m_deps.jobs->load(id);
    if (!stored || (stored->state() != JobState::Failed && stored->state() != JobState::Cancelled))
        return {0, tr("Only a failed or cancelled job can be retried.")};
    Job job = *stored;
    const QString problem = check(job.request());
    if (!problem.isEmpty())
        return {0, problem};
    const ProviderSpec *spec = m_deps.catalogue->provider(job.request().provider);
    const Money estimate = m_deps.catalogue->estimate(job.request());
    const QDateTime now = QDateTime::currentDateTime();
    job.setEstimate(estimate);
    job.setRemoteId(QString());
    if (!job.requeue(now))
        return {0, tr("This job cannot be retried.")};
    // A fresh hold (unless one is still open) and the job queued again, in one write, waited
    // for: the user's Retry is answered with "queued" or the cap's refusal, and the cap is read
    // in the same transaction as the hold (another process may have spent meanwhile). One short
    // write on a click, not a transition of a running job.
    const QString reason = tr("estimate for a retry"), detail = tr("retry");
    QString refusal;
    const StoreWriter::Result written = m_writer->call(QStringLiteral("a retry of job %1").arg(id), [&](QString *) {
        if (!m_deps.ledger->hasOpenEstimate(id)) {
            refusal = m_deps.budget->check(job.request().provider, spec->label, estimate, now);
            if (!refusal.isEmpty())
                return true; // nothing to write; the caller says why
            if (!m_deps.ledger->recordEstimate(id, job.request().provider, job.request().model, estimate, reason, now))
                return false;
        }
        return m_deps.jobs->save(job, true, detail);
    });
    if (!refusal.isEmpty())
        return {0, refusal};
    if (!written.ok)
        return {0, tr("The retry could not be saved (%1); nothing was sent.").arg(written.error)};
    Q_EMIT jobChanged(job);
    m_active.emplace(id, job);
    m_queue.push_back(id);
    QTimer::singleShot(0, this, &GenerationService::schedule);
    return {id, QString()};
}

QList<Job> GenerationService::activeJobs() const
{
    QList<Job> out;
    for (const auto &[id, job] : m_active)
        out.append(job);
    return out;
}

std::optional<Job> GenerationService::activeJob(JobId id) const
{
    auto it = m_active.find(id);
    if (it == m_active.end())
        return std::nullopt;
    return it->second;
}

Job *GenerationService::findActive(JobId id)
{
    auto it = m_active.find(id);
    return it == m_active.end() ? nullptr : &it->second;
}

Job *GenerationService::findLive(JobId id)
{
    return m_ending.contains(id) ? nullptr : findActive(id);
}

void GenerationService::schedule()
{
    // Starting a job may spin a nested event loop (a keychain that asks the user), in which timers
    // call schedule() again and jobs finish: never hold a queue iterator across startJob(), and
    // never run two schedule() passes at once (the inner call only asks for another pass).
    if (m_scheduling) {
        m_scheduleAgain = true;
        return;
    }
    m_scheduling = true;
    do {
        m_scheduleAgain = false;
        for (;;) {
            JobId next = 0;
            for (auto it = m_queue.begin(); it != m_queue.end();) {
                Job *job = findLive(*it);
                if (!job || job->state() != JobState::Queued) {
                    it = m_queue.erase(it);
                    continue;
                }
                if (m_unstored.contains(*it)) {
                    ++it; // not on disk yet: it starts once its insert committed (onInsertDone)
                    continue;
                }
                const QString providerId = job->request().provider;
                const ProviderSpec *spec = m_deps.catalogue->provider(providerId);
                const int limit = spec ? std::max(1, spec->maxConcurrent) : 1;
                if (m_running.value(providerId) >= limit) {
                    ++it; // a later job on another provider may still start
                    continue;
                }
                next = *it;
                m_queue.erase(it);
                break;
            }
            Job *job = next ? findLive(next) : nullptr;
            if (!job)
                break;
            ++m_running[job->request().provider];
            startJob(*job, QString());
        }
    } while (m_scheduleAgain);
    m_scheduling = false;
}

void GenerationService::startJob(Job &job, const QString &resumeRemoteId)
{
    Provider *provider = m_deps.providers->find(job.request().provider);
    const QDateTime now = QDateTime::currentDateTime();
    if (resumeRemoteId.isEmpty()) {
        job.markSubmitting(now);
        commit(job);
    }
    if (!provider) {
        onFailed(job.id(), ErrorKind::Internal, tr("The provider \"%1\" is not available.").arg(job.request().provider));
        return;
    }
    JobTicket ticket;
    ticket.jobId = job.id();
    ticket.request = job.request();
    ticket.videoPath = m_deps.paths->videoFileFor(job.id());
    ticket.thumbnailPath = m_deps.paths->thumbnailFileFor(job.id());
    ticket.remoteId = resumeRemoteId;
    ticket.attempt = job.attempts();
    provider->start(ticket);
}

void GenerationService::store(const Job &job, Event event, const QString &detail, LedgerWrite ledger,
                              std::function<void()> then)
{
    JobRepository *jobs = m_deps.jobs;
    const JobId id = job.id();
    m_writer->post(QStringLiteral("job %1 (%2)").arg(id).arg(jobStateName(job.state())),
                   [jobs, job, event, detail, ledger = std::move(ledger)](QString *) {
                       return jobs->save(job, event == Event::Record, detail) && (!ledger || ledger());
                   },
                   this, [this, id, then = std::move(then)](const StoreWriter::Result &result) {
                       if (!result.ok)
                           onWriteFailed(id, result.error);
                       else if (then)
                           then();
                   });
}

void GenerationService::commit(Job &job, const QString &detail)
{
    store(job, Event::Record, detail);
    Q_EMIT jobChanged(job);
}

void GenerationService::end(const Job &ended, LedgerWrite ledger, const QString &detail)
{
    const JobId id = ended.id();
    m_ending.insert(id);
    store(ended, Event::Record, detail, std::move(ledger), [this, ended, id] {
        // Shown as ended only now, so that a reader after jobFinished finds it on disk.
        if (Job *job = findActive(id)) {
            *job = ended;
            Q_EMIT jobChanged(*job);
        }
        finish(id);
    });
}

StoreWriter::Result GenerationService::writeNow(const Job &job, const QString &detail, LedgerWrite ledger)
{
    JobRepository *jobs = m_deps.jobs;
    return m_writer->call(QStringLiteral("job %1 (%2)").arg(job.id()).arg(jobStateName(job.state())),
                          [jobs, &job, &detail, &ledger](QString *) {
                              return jobs->save(job, true, detail) && (!ledger || ledger());
                          });
}

GenerationService::LedgerWrite GenerationService::release(JobId id, const QString &reason, const QDateTime &at) const
{
    Ledger *ledger = m_deps.ledger;
    return [ledger, id, reason, at] { return ledger->recordRelease(id, reason, at); };
}

void GenerationService::onWriteFailed(JobId id, const QString &error)
{
    Q_EMIT storeWriteFailed(id, error);
    auto it = m_active.find(id);
    if (it == m_active.end())
        return; // already over (failed by an earlier write): the writer has logged this one
    Job &job = it->second;
    const QString providerId = job.request().provider;
    // A job whose end is being written is done at its provider already.
    const bool atProvider = !m_ending.contains(id)
        && (job.state() == JobState::Submitting || job.state() == JobState::Running
            || job.state() == JobState::Downloading);
    // Never silent: the job stops and says why. The store keeps the last state it could write,
    // and the estimate stays held, so `resume` sees the job again and nothing is charged twice.
    // (An active job is never terminal here: end() shows a final state only once it is written.)
    job.fail(ErrorKind::Internal, tr("The history database could not be written: %1").arg(error),
             QDateTime::currentDateTime());
    qCCritical(lcService) << "job" << id << "stopped: its history could not be written:" << error;
    store(job, Event::Record);
    Q_EMIT jobChanged(job);
    if (atProvider)
        --m_running[providerId];
    finish(id);
    // After finish(): whatever the provider reports for this job now finds no active job.
    if (atProvider)
        if (Provider *p = m_deps.providers->find(providerId))
            p->cancel(id);
}

void GenerationService::finish(JobId id)
{
    auto it = m_active.find(id);
    if (it == m_active.end())
        return;
    const Job job = it->second;
    m_active.erase(it);
    m_ending.remove(id);
    m_lastProgressSignal.remove(id);
    m_progressHeldBack.remove(id);
    Q_EMIT jobFinished(job);
    QTimer::singleShot(0, this, &GenerationService::schedule);
    if (m_active.empty())
        Q_EMIT idle();
}

void GenerationService::onAccepted(JobId id, const QString &remoteId)
{
    Job *job = findLive(id);
    if (!job)
        return;
    // Saved at once: this id is what makes a paid job resumable and never sent twice.
    job->setRemoteId(remoteId);
    store(*job, Event::FieldsOnly);
    qCInfo(lcService) << "job" << id << "accepted as" << remoteId;
}

void GenerationService::onRunning(JobId id)
{
    Job *job = findLive(id);
    if (job && job->markRunning(QDateTime::currentDateTime()))
        commit(*job);
}

void GenerationService::onProgressed(JobId id, int percent, int etaSec)
{
    Job *job = findLive(id);
    if (!job)
        return;
    if (job->state() == JobState::Submitting && job->markRunning(QDateTime::currentDateTime()))
        commit(*job);
    const int before = job->progress();
    if (!job->updateProgress(percent, etaSec))
        return;
    QElapsedTimer &timer = m_lastProgressSignal[id];
    if (timer.isValid() && timer.elapsed() < kProgressIntervalMs && percent != 100 && (before < 0) == (percent < 0)) {
        // Held back, not dropped: the last report of a burst is sent when the interval is over,
        // so a row never keeps showing an older percentage while the job is quiet.
        if (!m_progressHeldBack.contains(id)) {
            m_progressHeldBack.insert(id);
            QTimer::singleShot(kProgressIntervalMs - timer.elapsed(), this, [this, id] {
                if (!m_progressHeldBack.remove(id))
                    return;
                if (Job *held = findLive(id)) {
                    m_lastProgressSignal[id].start();
                    Q_EMIT jobChanged(*held);
                }
            });
        }
        return;
    }
    m_progressHeldBack.remove(id);
    timer.start();
    Q_EMIT jobChanged(*job);
}

void GenerationService::onDownloading(JobId id)
{
    Job *job = findLive(id);
    if (!job)
        return;
    if (job->state() == JobState::Submitting)
        job->markRunning(QDateTime::currentDateTime());
    if (job->markDownloading(QDateTime::currentDateTime()))
        commit(*job);
}

void GenerationService::onSending(JobId id, std::function<void()> send)
{
    Job *job = findLive(id);
    if (!job)
        return; // cancelled or over: nothing may leave
    // The request leaves only once the marker is committed (behind the job's earlier writes):
    // from then on a kill leaves an "unknown" job, never one that is released or sent again. It
    // waits on the writer, not on this thread. A write that fails fails the job (onWriteFailed,
    // which cancels it at the provider) and the request is dropped; so is it when the job was
    // cancelled meanwhile, or when this service goes before the commit is heard.
    store(*job, Event::Record, createSentMarker(), {}, [this, id, send = std::move(send)] {
        if (findLive(id))
            send();
    });
}

void GenerationService::onPaused(JobId id, ErrorKind why, const QString &message)
{
    Job *job = findLive(id);
    if (!job)
        return;
    --m_running[job->request().provider];
    // The job keeps its state, remote id and estimate: it is alive on the server and `resume`
    // carries on from there, charging it once when it finishes.
    job->setPausedReason(redactSecrets(message));
    qCInfo(lcService).noquote() << QStringLiteral("job %1 paused and kept for `reelcraft resume`: %2").arg(id).arg(job->pausedReason());
    end(*job, {}, tr("paused (%1): %2").arg(errorKindName(why), job->pausedReason()));
}

void GenerationService::onDetailChanged(JobId id, const QString &detail)
{
    Job *job = findLive(id);
    if (!job || job->liveDetail() == detail)
        return;
    // Not stored: a status line is only news while the job is in that state.
    job->setLiveDetail(detail);
    Q_EMIT jobChanged(*job);
}

void GenerationService::onFailed(JobId id, ErrorKind kind, const QString &message)
{
    Job *job = findLive(id);
    if (!job)
        return;
    --m_running[job->request().provider];
    const QDateTime now = QDateTime::currentDateTime();
    const bool accepted = !job->remoteId().isEmpty();
    const bool autoRetry = !accepted && (kind == ErrorKind::Network || kind == ErrorKind::Server)
        && job->attempts() < m_maxAutoAttempts;
    if (autoRetry && job->state() == JobState::Submitting && job->requeue(now)) {
        const int delayMs = m_firstRetryDelayMs << std::max(0, job->attempts() - 1);
        commit(*job, tr("retrying after: %1").arg(message));
        qCInfo(lcService) << "job" << id << "will be retried in" << delayMs << "ms:" << message;
        QTimer::singleShot(delayMs, this, [this, id] {
            if (findLive(id)) {
                m_queue.push_back(id);
                schedule();
            }
        });
        return;
    }
    Job failed = *job;
    failed.fail(kind, message, now);
    // An unknown outcome keeps its estimate: the provider may yet charge for it.
    end(failed,
        kind == ErrorKind::Unknown
            ? LedgerWrite()
            : release(id, kind == ErrorKind::Cancelled ? tr("cancelled") : tr("failed: %1").arg(errorKindName(kind)), now));
    qCInfo(lcService) << "job" << id << "ended:" << errorKindName(kind) << message;
}

} // namespace rc
