// After a restart: what becomes of each job the history still lists as unfinished. Kept apart
// from the service's running life because it is one decision table (queued, resumable at the
// provider, built-in, never sent, maybe sent, not resumable), each row with its own store write
// and the note `resume` prints.
#include "service/GenerationService.h"

#include "core/Logging.h"
#include "providers/ProviderRegistry.h"
#include "store/JobRepository.h"
#include "store/StoreWriter.h"

#include <QTimer>

namespace rc {

QString GenerationService::createSentMarker()
{
    return QStringLiteral("request sent to the server");
}

int GenerationService::resumeUnfinished(QList<ResumeNote> *notes)
{
    int taken = 0;
    const QDateTime now = QDateTime::currentDateTime();
    auto note = [notes](JobId id, const QString &what, bool needsUser = false) {
        if (notes)
            notes->append(ResumeNote{id, what, needsUser});
    };
    // What resume says happened must be what is on disk: each of its writes is waited for.
    auto written = [&note](JobId id, const StoreWriter::Result &w) {
        if (!w.ok)
            note(id, tr("could not be written to the history database: %1").arg(w.error), true);
        return w.ok;
    };
    flush(); // the store's list of unfinished jobs must include every write handed over
    for (Job job : m_deps.jobs->unfinished()) {
        if (m_active.count(job.id()))
            continue;
        Provider *provider = m_deps.providers->find(job.request().provider);
        const JobId id = job.id();
        if (job.state() == JobState::Queued) {
            m_active.emplace(id, job);
            m_queue.push_back(id);
            ++taken;
            note(id, tr("queued again"));
            continue;
        }
        if (provider && provider->canResume() && !job.remoteId().isEmpty()) {
            qCInfo(lcService) << "resuming job" << id << "at the provider";
            auto [it, inserted] = m_active.emplace(id, job);
            ++m_running[job.request().provider];
            startJob(it->second, job.remoteId());
            ++taken;
            note(id, tr("picked up again on %1 (%2)").arg(job.request().provider, job.remoteId()));
            continue;
        }
        if (provider && provider->spec().kind == QLatin1String("builtin")) {
            // Nothing was sent anywhere and nothing charged: make the clip again from the start.
            job.fail(ErrorKind::Interrupted, tr("Reelcraft stopped while this clip was being made."), now);
            if (!written(id, writeNow(job, QString())))
                continue;
            job.requeue(now);
            if (!written(id, writeNow(job, tr("restarted after an interruption"))))
                continue;
            Q_EMIT jobChanged(job);
            m_active.emplace(id, job);
            m_queue.push_back(id);
            ++taken;
            note(id, tr("made again from the start"));
            continue;
        }
        bool mayHaveBeenSent = job.state() != JobState::Submitting;
        for (const JobEvent &e : m_deps.jobs->events(id))
            mayHaveBeenSent = mayHaveBeenSent || e.detail == createSentMarker();
        if (job.remoteId().isEmpty() && !mayHaveBeenSent) {
            // Stopped before the request left this computer: nothing can have been charged.
            job.fail(ErrorKind::Interrupted,
                     tr("Reelcraft stopped before this job's request was sent; nothing was sent or charged."), now);
            if (written(id, writeNow(job, QString(), release(id, tr("never sent: stopped before the request left"), now))))
                note(id, tr("never reached the server; its estimate was released"));
        } else if (job.remoteId().isEmpty()) {
            // The create may or may not have reached the server: never send it again blindly.
            job.fail(ErrorKind::Unknown,
                     tr("Reelcraft stopped while sending this job. It may have been created on the server; "
                        "check your account there before retrying, so you do not pay twice."),
                     now);
            if (!written(id, writeNow(job, QString())))
                continue;
            note(id,
                 tr("may have been created on %1 (its estimate stays held). Look for it with `reelcraft remote %1`, "
                    "then `reelcraft resume --attach %2 REMOTE-ID` to finish it, or `reelcraft resume --release %2` "
                    "if it is not there.")
                     .arg(job.request().provider)
                     .arg(id),
                 true);
        } else {
            job.fail(ErrorKind::Interrupted, tr("Reelcraft stopped while this job ran and the provider cannot resume it."), now);
            if (!written(id, writeNow(job, QString(), release(id, tr("interrupted; the provider cannot resume it"), now))))
                continue;
            note(id, tr("could not be resumed: %1 cannot pick up a job it was running").arg(job.request().provider), true);
        }
    }
    if (taken > 0)
        QTimer::singleShot(0, this, &GenerationService::schedule);
    return taken;
}

} // namespace rc
