// A clip delivered by its provider: checked, then finished (signed, labelled, time-stamped) on
// the service's pool, off this thread, and only then written and announced as completed.
#include "service/GenerationService.h"

#include "core/Logging.h"
#include "service/ClipFinisher.h"
#include "store/Ledger.h"

#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>

namespace rc {

QString GenerationService::finishingDetail()
{
    return tr("finishing the clip…");
}

void GenerationService::onSucceeded(JobId id, const ProviderResult &result)
{
    Job *job = findLive(id);
    if (!job)
        return;
    const QFileInfo file(result.output.videoPath);
    if (!file.isFile() || file.size() == 0) {
        onFailed(id, ErrorKind::Internal, tr("The provider reported success but the video file is missing."));
        return;
    }
    --m_running[job->request().provider];
    Completion c;
    c.at = QDateTime::currentDateTime();
    c.output = result.output;
    c.output.fileBytes = file.size();
    c.cost = result.reportedCost.value_or(job->estimate());
    c.costReason = result.reportedCost ? tr("final: the provider's reported cost")
                                       : (c.cost.isZero() ? tr("final: free") : tr("final: as estimated"));
    if (job->state() == JobState::Submitting)
        job->markRunning(c.at);
    m_ending.insert(id); // done at its provider: cancel and late reports no longer touch it
    if (!m_deps.finisher) {
        end(completedJob(*job, c), finalCost(id, c));
        qCInfo(lcService) << "job" << id << "completed:" << c.output.videoPath;
        return;
    }
    // Prepared here (the keychain and the store belong to this thread), run on a worker: the
    // label's re-encode and the time-stamp authority take seconds this thread cannot lose.
    ClipFinisher::Work work = m_deps.finisher->prepareFinish(*job);
    // A keychain that asks the user spins a nested event loop, in which the job may have ended.
    job = findActive(id);
    if (!job)
        return;
    job->updateProgress(100, -1); // the clip is made: no time left to count down
    job->setLiveDetail(finishingDetail());
    Q_EMIT jobChanged(*job);
    QFuture<Completion> finishing = QtConcurrent::run(&m_finishPool, [work = std::move(work), c, stopping = &m_stopping] {
        Completion done = c;
        try {
            done.detail = work(&done.output, *stopping);
        } catch (const std::exception &e) { // never across the thread: the clip stays as it was
            done.detail = tr("the clip could not be finished: %1").arg(QString::fromUtf8(e.what()));
        }
        return done;
    });
    m_finishing.emplace(id, finishing);
    finishing.then(this, [this, id](const Completion &) { onFinished(id); });
}

void GenerationService::onFinished(JobId id)
{
    auto it = m_finishing.find(id);
    if (it == m_finishing.end())
        return;
    const Completion c = it->second.result();
    m_finishing.erase(it);
    const Job *job = findActive(id);
    if (!job)
        return; // failed meanwhile (its history could not be written), and told so; the clip stays
    end(completedJob(*job, c), finalCost(id, c), c.detail);
    qCInfo(lcService) << "job" << id << "completed:" << c.output.videoPath;
}

Job GenerationService::completedJob(const Job &job, const Completion &c) const
{
    Job completed = job;
    completed.complete(c.output, c.cost, c.at);
    return completed;
}

GenerationService::LedgerWrite GenerationService::finalCost(JobId id, const Completion &c) const
{
    Ledger *ledger = m_deps.ledger;
    return [ledger, id, cost = c.cost, reason = c.costReason, at = c.at] { return ledger->recordFinal(id, cost, reason, at); };
}

} // namespace rc
