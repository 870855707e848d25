// Taking a new job: the checks a request must pass, the budget with the holds still being
// written, and submit, which answers at once with a reserved id and leaves the job's insert to the
// store's writer (the job starts once it committed). Apart from the service's running life.
#include "service/GenerationService.h"

#include "core/Catalogue.h"
#include "core/Logging.h"
#include "providers/ProviderRegistry.h"
#include "service/BudgetGuard.h"
#include "service/JobIdPool.h"
#include "store/Database.h"
#include "store/JobRepository.h"
#include "store/Ledger.h"
#include "store/StoreWriter.h"

#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDatabase>

namespace rc {
namespace {

// One read snapshot of the store on this thread's connection: the ledger's sums and the look-up
// of which new jobs' holds are in it already see the same moment, so a hold that commits in
// between is counted once, never twice (a refusal under the cap) or not at all.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(Database &db) : m_connection(db.connection()), m_open(m_connection.transaction()) {}
    ~ReadSnapshot()
    {
        if (m_open)
            m_connection.commit();
    }
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

private:
    QSqlDatabase m_connection;
    bool m_open = false; // false inside a transaction already open on this thread: it is the snapshot
};

} // namespace

QString GenerationService::check(const GenerationRequest &request) const
{
    const QString invalid = m_deps.catalogue->validate(request);
    if (!invalid.isEmpty())
        return invalid;
    const Provider *provider = m_deps.providers->find(request.provider);
    if (!provider)
        return unavailableReason(request.provider);
    if (const QString refused = provider->refusal(request); !refused.isEmpty())
        return refused;
    if (provider->missingKey())
        return unavailableReason(request.provider);
    if (!request.remixOf.isEmpty() && !provider->canRemix())
        return tr("%1 cannot remix clips.").arg(m_deps.catalogue->provider(request.provider)->label);
    if (request.hasImage() && !QFileInfo(request.imagePath).isFile())
        return tr("The photo %1 does not exist.").arg(request.imagePath);
    if (!request.lastFramePath.isEmpty() && !QFileInfo(request.lastFramePath).isFile())
        return tr("The last-frame photo %1 does not exist.").arg(request.lastFramePath);
    // Said before the button is pressed; submit() checks again in the same write as the hold.
    const ProviderSpec *spec = m_deps.catalogue->provider(request.provider);
    const ReadSnapshot snapshot(m_deps.jobs->database());
    return m_deps.budget->check(request.provider, spec ? spec->label : request.provider,
                                m_deps.catalogue->estimate(request), QDateTime::currentDateTime(),
                                pendingHolds(request.provider));
}

QString GenerationService::unavailableReason(const QString &providerId) const
{
    const Provider *provider = m_deps.providers->find(providerId);
    if (!provider)
        return tr("The provider \"%1\" is not available in this build.").arg(providerId);
    if (!provider->missingKey())
        return QString();
    const ProviderSpec *spec = m_deps.catalogue->provider(providerId);
    const QString label = spec && !spec->label.isEmpty() ? spec->label : providerId;
    return spec && !spec->keyEnv.isEmpty()
               ? tr("%1 needs an API key: add one in Settings, or set %2.").arg(label, spec->keyEnv)
               : tr("%1 needs an API key: add one in Settings.").arg(label);
}

bool GenerationService::needsKey(const QString &providerId) const
{
    const Provider *provider = m_deps.providers->find(providerId);
    return provider && provider->missingKey();
}

std::optional<BudgetGuard::Headroom> GenerationService::budgetLeft(const QString &providerId) const
{
    const ReadSnapshot snapshot(m_deps.jobs->database());
    return m_deps.budget->headroom(providerId, QDateTime::currentDateTime(), pendingHolds(providerId));
}

BudgetGuard::Pending GenerationService::pendingHolds(const QString &provider) const
{
    BudgetGuard::Pending pending;
    for (auto it = m_unstored.cbegin(); it != m_unstored.cend(); ++it) {
        // Committed on the writer thread, its answer not back yet: the ledger counts it already.
        if (!it->estimate.isZero() && !m_deps.ledger->lines(it.key()).isEmpty())
            continue;
        const Hold &hold = *it;
        pending.all += hold.estimate;
        if (hold.provider == provider)
            pending.thisProvider += hold.estimate;
    }
    return pending;
}

QList<JobId> GenerationService::submitVariations(GenerationRequest request, int count, QString *error)
{
    if (count > 1 && request.seed == 0)
        request.seed = QRandomGenerator::global()->bounded(1u, 0x7fffffffu - 128u);
    QList<JobId> ids;
    for (int i = 0; i < count; ++i) {
        GenerationRequest variation = request;
        if (count > 1)
            variation.seed = request.seed + quint64(i);
        const Submission s = submit(variation);
        if (!s.ok()) {
            for (JobId queued : std::as_const(ids))
                cancel(queued);
            if (error)
                *error = s.error;
            return {};
        }
        ids.append(s.id);
    }
    return ids;
}

GenerationService::Submission GenerationService::submit(GenerationRequest request, const QStringList &tags)
{
    // check() counts this process's holds still on their way to the ledger as spent.
    const QString problem = check(request);
    if (!problem.isEmpty())
        return {0, problem};
    request.model = m_deps.catalogue->effectiveModel(request);
    if (request.seed == 0)
        request.seed = QRandomGenerator::global()->bounded(1u, 0x7fffffffu);
    const ProviderSpec *spec = m_deps.catalogue->provider(request.provider);
    const Money estimate = m_deps.catalogue->estimate(request);
    const QDateTime now = QDateTime::currentDateTime();
    const QString reason = estimate.isZero()
        ? tr("free: %1 charges nothing").arg(spec->label)
        : tr("estimate: %1 s of %2 at %3").arg(request.durationSec).arg(request.size.toString(), request.model);
    QString idError;
    const JobId id = m_ids->take(&idError);
    if (id == 0)
        return {0, tr("The job could not be saved (%1); nothing was sent.").arg(idError)};
    Job job(id, request, now);
    job.setEstimate(estimate);

    // The job, its tags and its estimate in one write, behind this thread's back. The cap is
    // checked again there, against the ledger on disk: another process on this profile may have
    // spent in the meantime, and the check and the hold must be one transaction. A job refused
    // there is stored as failed with the reason (nothing held), so the user keeps the request.
    auto refusal = std::make_shared<QString>();
    JobRepository *jobs = m_deps.jobs;
    Ledger *ledger = m_deps.ledger;
    const BudgetGuard *budget = m_deps.budget;
    const QString label = spec->label;
    m_writer->post(QStringLiteral("new job %1").arg(id),
                   [=](QString *) {
                       *refusal = budget->check(request.provider, label, estimate, now);
                       // No error text asked for: the writer then reports SQLite's own words.
                       Job stored = jobs->insertReserved(id, request, estimate, now, nullptr);
                       if (stored.id() == 0)
                           return false;
                       if (!refusal->isEmpty())
                           return stored.fail(ErrorKind::Quota, *refusal, now) && jobs->save(stored, true);
                       for (const QString &tag : tags)
                           if (!jobs->addTag(id, tag))
                               return false;
                       return ledger->recordEstimate(id, request.provider, request.model, estimate, reason, now);
                   },
                   this, [this, id, refusal](const StoreWriter::Result &result) { onInsertDone(id, result, *refusal); });
    m_unstored.insert(id, Hold{request.provider, estimate});
    qCInfo(lcService) << "job" << id << "queued on" << request.provider << request.model;

    m_active.emplace(id, job);
    m_queue.push_back(id);
    Q_EMIT jobAdded(job);
    return {id, QString()};
}

void GenerationService::onInsertDone(JobId id, const StoreWriter::Result &result, const QString &refusal)
{
    m_unstored.remove(id);
    auto it = m_active.find(id);
    if (!result.ok) {
        Q_EMIT storeWriteFailed(id, result.error);
        if (it == m_active.end() || m_ending.contains(id))
            return; // cancelled meanwhile: its end's write fails too and finishes it
        // Never silent: the job was shown as queued; it is not on disk, nothing is held and
        // nothing was sent (a job starts only once its insert committed).
        m_queue.erase(std::remove(m_queue.begin(), m_queue.end(), id), m_queue.end());
        it->second.fail(ErrorKind::Internal, tr("The job could not be saved: %1. Nothing was sent.").arg(result.error),
                        QDateTime::currentDateTime());
        qCCritical(lcService) << "job" << id << "could not be saved:" << result.error;
        Q_EMIT jobChanged(it->second);
        finish(id);
        return;
    }
    if (it == m_active.end())
        return;
    Q_EMIT jobStored(it->second);
    if (!refusal.isEmpty() && !m_ending.contains(id)) {
        m_queue.erase(std::remove(m_queue.begin(), m_queue.end(), id), m_queue.end());
        it->second.fail(ErrorKind::Quota, refusal, QDateTime::currentDateTime());
        qCInfo(lcService) << "job" << id << "refused by a cap reached meanwhile:" << refusal;
        Q_EMIT jobChanged(it->second);
        finish(id);
        return;
    }
    schedule();
}

} // namespace rc
