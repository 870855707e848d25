#include "provenance/ProvenanceService.h"

#include "core/Catalogue.h"
#include "core/Logging.h"
#include "provenance/TimeStamp.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <memory>

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

// The time-stamp part of signing: asks `url` through `post` unless `stop` turned true.
SignOptions timeStampOptions(const QString &url, const ProvenanceService::Poster &post, const std::atomic<bool> *stop);

// What finishing one clip needs, copied on the service's thread: the work runs on a worker.
struct FinishPlan
{
    qint64 jobId = 0;
    std::optional<SigningIdentity> identity;
    QString identityError;
    ClipFacts facts;
    ProvenanceService::Poster post;
    QString labelText;
    ProvenanceService::LabelBurner labelBurner; // empty: no visible label
    QString timeStampUrl;
};

QString finishPlanned(const FinishPlan &plan, JobOutput *output, const std::atomic<bool> &stopping)
{
    QElapsedTimer timer;
    timer.start();
    ClipFacts facts = plan.facts;
    // A program that is closing does not wait up to the authority's timeout.
    const SignOptions options = timeStampOptions(plan.timeStampUrl, plan.post, &stopping);
    // The label is burned into a copy: the clip as made (or received) stays as it is until the
    // labelled copy is signed, and it is what the credentials name as the received file.
    QString labelled;
    QString labelProblem;
    if (plan.labelBurner && stopping) {
        labelProblem = Tr::tr("no visible label: the program was closing");
    } else if (plan.labelBurner) {
        QString error;
        labelled = output->videoPath + QStringLiteral(".label.part");
        if (plan.labelBurner(output->videoPath, labelled, &error)) {
            facts.visibleLabel = plan.labelText;
            facts.receivedAs = output->videoPath;
        } else {
            qCWarning(lcService) << "job" << plan.jobId << "has no visible label:" << error;
            labelProblem = Tr::tr("no visible label: %1").arg(error);
            QFile::remove(labelled);
            labelled.clear();
        }
    }
    const QString target = labelled.isEmpty() ? output->videoPath : labelled;
    const SignResult result = plan.identity ? signClip(target, facts, *plan.identity, options) : notSigned(plan.identityError);
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
        qCWarning(lcService) << "job" << plan.jobId << "has no content credentials:" << result.error;
        lines << Tr::tr("no content credentials: %1").arg(result.error);
    } else {
        output->fileBytes = QFileInfo(output->videoPath).size();
        qCInfo(lcService) << "job" << plan.jobId << "content credentials written in" << timer.elapsed() << "ms";
        lines << (result.keptIncomingManifest ? Tr::tr("content credentials written (the provider's kept as the parent)")
                                              : Tr::tr("content credentials written"));
        if (!facts.visibleLabel.isEmpty())
            lines << Tr::tr("a visible “%1” label added").arg(facts.visibleLabel);
        if (result.timeStamped)
            lines << Tr::tr("time-stamped by %1").arg(plan.timeStampUrl);
        else if (!result.timeStampProblem.isEmpty()) {
            qCWarning(lcService).noquote() << QStringLiteral("job %1 is signed without a time-stamp: %2").arg(plan.jobId).arg(result.timeStampProblem);
            lines << Tr::tr("signed without a time-stamp: %1").arg(result.timeStampProblem);
        }
    }
    if (!labelProblem.isEmpty())
        lines << labelProblem;
    return lines.join(QStringLiteral("; "));
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
    return timeStampOptions(m_timeStampUrl, m_post, nullptr);
}

namespace {

SignOptions timeStampOptions(const QString &url, const ProvenanceService::Poster &post, const std::atomic<bool> *stop)
{
    SignOptions options;
    if (url.isEmpty() || !post)
        return options;
    options.timeStamp = [url, post, stop](const QByteArray &digest, QByteArray *token, QString *error) {
        if (stop && *stop) {
            *error = Tr::tr("the program was closing");
            return false;
        }
        const timestamp::Transport transport = [&url, &post, stop](const QByteArray &request, QByteArray *response, QString *why) {
            return post(url, request, response, why, stop);
        };
        timestamp::Token t;
        if (!timestamp::stamp(transport, digest, &t, error)) {
            *error = stop && *stop ? Tr::tr("the program was closing") : QStringLiteral("%1: %2").arg(url, *error);
            return false;
        }
        *token = t.response;
        return true;
    };
    return options;
}

} // namespace

void ProvenanceService::setLabelBurner(QString labelText, LabelBurner burner)
{
    m_labelText = std::move(labelText);
    m_labelBurner = std::move(burner);
}

void ProvenanceService::prepareSigner()
{
    QString error;
    if (!m_signer.identity(&error))
        qCWarning(lcService).noquote() << "no signing identity yet:" << error; // asked again per clip, which reports it
}

ClipFinisher::Work ProvenanceService::prepareFinish(const Job &job)
{
    auto plan = std::make_shared<FinishPlan>();
    plan->jobId = job.id();
    plan->identity = m_signer.identity(&plan->identityError);
    plan->facts = factsFor(job);
    plan->post = m_post;
    if (m_visibleLabel && m_labelBurner) {
        plan->labelText = m_labelText;
        plan->labelBurner = m_labelBurner;
    }
    plan->timeStampUrl = m_timeStampUrl;
    return [plan](JobOutput *output, const std::atomic<bool> &stopping) { return finishPlanned(*plan, output, stopping); };
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
