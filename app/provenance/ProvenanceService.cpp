#include "provenance/ProvenanceService.h"

#include "core/Catalogue.h"
#include "core/Logging.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

namespace rc::provenance {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ProvenanceService)
};

} // namespace

ProvenanceService::ProvenanceService(const Catalogue &catalogue, KeyStore &keys, const QString &profileDir)
    : m_catalogue(catalogue), m_signer(keys, profileDir)
{
}

ClipFacts ProvenanceService::factsFor(const Job &job) const
{
    const GenerationRequest &r = job.request();
    const ProviderSpec *spec = m_catalogue.provider(r.provider);
    ClipFacts facts;
    const bool builtin = spec ? spec->kind == QLatin1String("builtin") : r.provider == QLatin1String("builtin");
    // The built-in engine draws by rule (procedural): algorithmic media. Remote services run
    // trained generative models.
    facts.digitalSourceType = builtin ? sourcetype::kAlgorithmicMedia : sourcetype::kTrainedAlgorithmicMedia;
    facts.prompt = r.prompt;
    facts.providerId = r.provider;
    facts.providerLabel = spec ? spec->label : r.provider;
    facts.model = r.model;
    facts.when = job.finishedAt().isValid() ? job.finishedAt().toUTC() : QDateTime::currentDateTimeUtc();
    // "<batch key>/<sku>": the key has no '/' (the batch runner removes it), the sku may.
    const qsizetype slash = r.batchRow.indexOf(QLatin1Char('/'));
    if (slash > 0) {
        facts.batchKey = r.batchRow.left(slash);
        facts.batchItem = r.batchRow.mid(slash + 1);
    }
    // A remix or an edit changed an existing clip: that clip, with its own credentials, is the
    // parent, and the action is c2pa.edited. A parent whose file is gone leaves nothing to point
    // at, so the clip is then described as made new (its history still names the parent job).
    const QString parentClip = job.parentId() > 0 && m_clipLookup ? m_clipLookup(job.parentId()) : QString();
    if (!parentClip.isEmpty() && QFileInfo(parentClip).isFile()) {
        facts.kind = ClipFacts::Kind::Edited;
        facts.ingredients.append({parentClip, Tr::tr("The clip of job %1").arg(job.parentId()),
                                  IngredientFile::Relationship::ParentOf});
    }
    return facts;
}

QString ProvenanceService::finishClip(const Job &job, JobOutput *output)
{
    QElapsedTimer timer;
    timer.start();
    QString error;
    const std::optional<SigningIdentity> identity = m_signer.identity(&error);
    if (!identity) {
        qCWarning(lcService) << "job" << job.id() << "has no content credentials:" << error;
        return Tr::tr("no content credentials: %1").arg(error);
    }
    const SignResult result = signClip(output->videoPath, factsFor(job), *identity);
    if (!result.ok) {
        qCWarning(lcService) << "job" << job.id() << "has no content credentials:" << result.error;
        return Tr::tr("no content credentials: %1").arg(result.error);
    }
    output->fileBytes = result.fileBytes;
    qCInfo(lcService) << "job" << job.id() << "content credentials written in" << timer.elapsed() << "ms";
    return result.keptIncomingManifest ? Tr::tr("content credentials written (the provider's kept as the parent)")
                                       : Tr::tr("content credentials written");
}

SignResult ProvenanceService::signComposed(const QString &path, const QList<IngredientFile> &sources, ClipFacts facts)
{
    QString error;
    const std::optional<SigningIdentity> identity = m_signer.identity(&error);
    if (!identity) {
        SignResult r;
        r.error = error;
        return r;
    }
    facts.ingredients = sources;
    bool hasParent = false;
    for (const IngredientFile &s : sources)
        hasParent |= s.relationship == IngredientFile::Relationship::ParentOf;
    facts.kind = hasParent ? ClipFacts::Kind::Edited : ClipFacts::Kind::Composed;
    return signClip(path, facts, *identity);
}

std::function<bool(const QString &, QString *)> ProvenanceService::lessonSigner(const QStringList &clips,
                                                                              const QStringList &providerIds)
{
    QString error;
    const std::optional<SigningIdentity> identity = m_signer.identity(&error);
    ClipFacts facts;
    facts.kind = ClipFacts::Kind::Composed;
    bool trained = false;
    for (int i = 0; i < clips.size(); ++i) {
        facts.ingredients.append({clips[i], Tr::tr("Shot %1").arg(i + 1), IngredientFile::Relationship::ComponentOf});
        const ProviderSpec *spec = m_catalogue.provider(providerIds.value(i));
        trained |= spec && spec->kind != QLatin1String("builtin");
    }
    facts.digitalSourceType = trained ? sourcetype::kCompositeWithTrainedAlgorithmicMedia : sourcetype::kCompositeSynthetic;
    return [identity, facts, error](const QString &path, QString *) {
        const SignResult result = identity ? signClip(path, facts, *identity) : SignResult{false, error, 0, QString(), false};
        if (!result.ok)
            qCWarning(lcService) << "the lesson has no content credentials:" << result.error;
        return true;
    };
}

} // namespace rc::provenance
