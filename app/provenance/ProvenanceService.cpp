#include "provenance/ProvenanceService.h"

#include "core/Catalogue.h"
#include "core/Logging.h"
#include "provenance/TimeStamp.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace rc::provenance {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ProvenanceService)
};

SignResult notSigned(const QString &why)
{
    SignResult r;
    r.error = why;
    return r;
}

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

SignOptions ProvenanceService::signOptions() const
{
    SignOptions options;
    if (m_timeStampUrl.isEmpty() || !m_post)
        return options;
    options.timeStamp = [url = m_timeStampUrl, post = m_post](const QByteArray &digest, QByteArray *token, QString *error) {
        const timestamp::Transport transport = [&url, &post](const QByteArray &request, QByteArray *response, QString *why) {
            return post(url, request, response, why);
        };
        timestamp::Token t;
        if (!timestamp::stamp(transport, digest, &t, error)) {
            *error = QStringLiteral("%1: %2").arg(url, *error);
            return false;
        }
        *token = t.response;
        return true;
    };
    return options;
}

void ProvenanceService::setLabelBurner(QString labelText, LabelBurner burner)
{
    m_labelText = std::move(labelText);
    m_labelBurner = std::move(burner);
}

QString ProvenanceService::finishClip(const Job &job, JobOutput *output)
{
    QElapsedTimer timer;
    timer.start();
    QString error;
    const std::optional<SigningIdentity> identity = m_signer.identity(&error);
    ClipFacts facts = factsFor(job);
    // The label is burned into a copy: the clip as made (or received) stays as it is until the
    // labelled copy is signed, and it is what the credentials name as the received file.
    QString labelled;
    QString labelProblem;
    if (m_visibleLabel && m_labelBurner) {
        labelled = output->videoPath + QStringLiteral(".label.part");
        if (m_labelBurner(output->videoPath, labelled, &error)) {
            facts.visibleLabel = m_labelText;
            facts.receivedAs = output->videoPath;
        } else {
            qCWarning(lcService) << "job" << job.id() << "has no visible label:" << error;
            labelProblem = Tr::tr("no visible label: %1").arg(error);
            QFile::remove(labelled);
            labelled.clear();
        }
    }
    const QString target = labelled.isEmpty() ? output->videoPath : labelled;
    const SignResult result = identity ? signClip(target, facts, *identity, signOptions()) : notSigned(error);
    if (!labelled.isEmpty()) {
        // Signed or not, the labelled clip replaces the one without the label: the user asked
        // for it, and a clip is never lost over its credentials.
        if (std::rename(QFile::encodeName(labelled).constData(), QFile::encodeName(output->videoPath).constData()) != 0) {
            QFile::remove(labelled);
            labelProblem = Tr::tr("no visible label: the labelled clip could not replace the original");
        }
        output->fileBytes = QFileInfo(output->videoPath).size();
    }
    QStringList lines;
    if (!result.ok) {
        qCWarning(lcService) << "job" << job.id() << "has no content credentials:" << result.error;
        lines << Tr::tr("no content credentials: %1").arg(result.error);
    } else {
        output->fileBytes = QFileInfo(output->videoPath).size();
        qCInfo(lcService) << "job" << job.id() << "content credentials written in" << timer.elapsed() << "ms";
        lines << (result.keptIncomingManifest ? Tr::tr("content credentials written (the provider's kept as the parent)")
                                              : Tr::tr("content credentials written"));
        if (!facts.visibleLabel.isEmpty())
            lines << Tr::tr("a visible “%1” label added").arg(facts.visibleLabel);
        if (result.timeStamped)
            lines << Tr::tr("time-stamped by %1").arg(m_timeStampUrl);
        else if (!result.timeStampProblem.isEmpty()) {
            qCWarning(lcService).noquote() << QStringLiteral("job %1 is signed without a time-stamp: %2").arg(job.id()).arg(result.timeStampProblem);
            lines << Tr::tr("signed without a time-stamp: %1").arg(result.timeStampProblem);
        }
    }
    if (!labelProblem.isEmpty())
        lines << labelProblem;
    return lines.join(QStringLiteral("; "));
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
    return signClip(path, facts, *identity, signOptions());
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
    return [identity, facts, error, options = signOptions()](const QString &path, QString *) {
        const SignResult result = identity ? signClip(path, facts, *identity, options) : notSigned(error);
        if (!result.ok)
            qCWarning(lcService) << "the lesson has no content credentials:" << result.error;
        return true;
    };
}

} // namespace rc::provenance
