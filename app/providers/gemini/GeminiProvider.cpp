#include "providers/gemini/GeminiProvider.h"

#include "core/Logging.h"
#include "providers/remote/InlineVideo.h"
#include "providers/gemini/InteractionsProtocol.h"
#include "providers/remote/RemoteMedia.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rc {

using net::CallPhase;
using net::Failure;
using net::HttpRequest;
using net::HttpResponse;

namespace {

const QString kReplacement = QStringLiteral("gemini-omni-1.1-flash");

// Veo on the Gemini API, shut down (gemini-omni.md): the date, by model id prefix.
QString veoShutdownDate(const QString &model)
{
    if (model.startsWith(QLatin1String("veo-3.1")))
        return QStringLiteral("2026-10-22");
    if (model.startsWith(QLatin1String("veo-")))
        return QStringLiteral("2026-06-30");
    return QString();
}

} // namespace

GeminiProvider::GeminiProvider(ProviderSpec spec, net::RemoteDeps deps, QString answersDir, QObject *parent)
    : RemoteJobProvider(std::move(spec), std::move(deps), parent), m_answersDir(std::move(answersDir))
{
}

QString GeminiProvider::retiredMessage(const QString &model, const QString &date, const QString &replacement)
{
    const QString when = date.isEmpty() ? tr("Google no longer serves %1 on the Gemini API.").arg(model)
                                        : tr("Google shut %1 down on the Gemini API on %2.").arg(model, date);
    return replacement.isEmpty() ? when : when + QLatin1Char(' ') + tr("Use %1 instead.").arg(replacement);
}

QString GeminiProvider::refusal(const GenerationRequest &request) const
{
    const QString model = request.model.isEmpty() ? spec().models.value(0) : request.model;
    const QString date = veoShutdownDate(model);
    return date.isEmpty() ? QString() : retiredMessage(model, date, kReplacement);
}

std::optional<Failure> GeminiProvider::preflight(const JobTicket &ticket) const
{
    // A job stored before the model was retired (resumed or retried) is stopped here too.
    if (const QString refused = refusal(ticket.request); !refused.isEmpty())
        return Failure{ErrorKind::InvalidInput, refused};
    if (!ticket.request.remixOf.isEmpty() && ticket.request.hasImage())
        return Failure{ErrorKind::InvalidInput, tr("An edit changes the earlier clip; it takes no new photo.")};
    return std::nullopt;
}

std::variant<HttpRequest, Failure> GeminiProvider::buildCreate(const JobTicket &ticket, const QString &key) const
{
    const GenerationRequest &request = ticket.request;
    const QString model = request.model.isEmpty() ? spec().models.value(0) : request.model;
    const QString delivery = gemini::deliveryFor(request, spec().options.value(QStringLiteral("delivery")).toString());
    if (!request.remixOf.isEmpty())
        return gemini::createRequest(spec(), request, model, std::nullopt, request.remixOf, delivery, key);
    std::optional<gemini::Photo> photo;
    if (request.hasImage()) {
        // Crop-fitted to the clip's own frame, so Omni neither letterboxes nor stretches it.
        QString error;
        const QString fitted = fittedInputPath(deps().media, deps().inputsDir, request.imagePath,
                                               QStringLiteral("job%1").arg(ticket.jobId), request.size.width,
                                               request.size.height, request.focalPoint, &error);
        QFile f(fitted);
        if (fitted.isEmpty() || !f.open(QIODevice::ReadOnly))
            return Failure{ErrorKind::InvalidInput, tr("The photo cannot be used: %1").arg(error.isEmpty() ? f.errorString() : error)};
        photo = gemini::Photo{f.readAll(), "image/jpeg"};
    }
    return gemini::createRequest(spec(), request, model, photo, QString(), delivery, key);
}

std::variant<QString, Failure> GeminiProvider::parseCreate(const HttpResponse &response) const
{
    const auto in = gemini::parseInteraction(response.body);
    if (!in || in->id.isEmpty())
        return Failure{ErrorKind::Unknown,
                       tr("%1 accepted the request but sent no interaction id, so Reelcraft cannot follow it. "
                          "The clip may still be made and billed.").arg(serverName())};
    return in->id;
}

QString GeminiProvider::answerPath(const QString &remoteId) const
{
    const QByteArray hash = QCryptographicHash::hash(remoteId.toUtf8(), QCryptographicHash::Sha1).toHex().left(20);
    return m_answersDir + QStringLiteral("/interaction-") + QString::fromLatin1(hash) + QStringLiteral(".json");
}

HttpRequest GeminiProvider::buildPoll(const QString &remoteId, const QString &key) const
{
    const auto waiting = m_waitingFiles.constFind(remoteId);
    if (waiting != m_waitingFiles.cend())
        return gemini::fileStateRequest(spec(), *waiting, key);
    HttpRequest r = gemini::interactionRequest(spec(), remoteId, key);
    // The finished answer holds the whole video as base64: it goes to disk, not to memory.
    QDir().mkpath(m_answersDir);
    r.downloadPath = answerPath(remoteId);
    QFile::remove(r.partPath()); // never resumed: each poll is a new answer
    return r;
}

net::RemoteJobProvider::Outcome GeminiProvider::parsePoll(const JobTicket &ticket, const QString &remoteId,
                                                          const HttpResponse &r, const QString &key) const
{
    if (m_waitingFiles.contains(remoteId))
        return fileOutcome(remoteId, r, key);
    Outcome o = interactionOutcome(ticket, remoteId, r);
    // The answer file is needed only when its video is decoded from it.
    if (!(o.kind == Outcome::Ready && o.inlineVideo.removeSource) && !r.partPath.isEmpty())
        QFile::remove(r.partPath);
    return o;
}

net::RemoteJobProvider::Outcome GeminiProvider::interactionOutcome(const JobTicket &ticket, const QString &remoteId,
                                                                   const HttpResponse &r) const
{
    Outcome o;
    if (!r.isHttpSuccess()) {
        if (!r.isTransportError() && r.status == 404) {
            o.kind = Outcome::Failed;
            o.failure = {ErrorKind::Server, tr("%1 no longer knows this clip's interaction; nothing can be fetched.")
                                                .arg(serverName())};
            return o;
        }
        return pollFailure(r);
    }
    QString readError;
    const net::JsonSkim skim = r.partPath.isEmpty() ? net::JsonSkim() : net::skimJsonFile(r.partPath, 4096, &readError);
    const auto in = r.partPath.isEmpty() ? gemini::parseInteraction(r.body) : gemini::parseInteraction(skim);
    if (!in) {
        o.transient = true; // a cut or garbled answer; the poll deadline bounds the retries
        o.failure = {ErrorKind::Server, tr("%1 answered a status request with something unreadable.").arg(serverName())};
        return o;
    }
    const QString said = in->error && !in->error->message.isEmpty() ? in->error->message : tr("no reason given");
    switch (in->phase) {
    case gemini::Phase::Running:
        return o; // no percentage: -1, and the ETA comes from earlier jobs
    case gemini::Phase::Cancelled:
        o.kind = Outcome::Failed;
        o.failure = {ErrorKind::Server, tr("The clip was cancelled on %1.").arg(serverName())};
        return o;
    case gemini::Phase::Stopped:
        o.kind = Outcome::Failed;
        o.failure = in->status == QLatin1String("budget_exceeded")
            ? Failure{ErrorKind::Quota, tr("%1 stopped the clip: the key's budget is used up.").arg(serverName())}
            : Failure{ErrorKind::Server, tr("%1 stopped the clip before it was done (%2): %3").arg(serverName(), in->status, said)};
        return o;
    case gemini::Phase::Failed:
        o.kind = Outcome::Failed;
        if (in->error && gemini::isSafetyBlock(*in->error))
            o.failure = {ErrorKind::Moderation,
                         tr("%1's safety filters refused the prompt or photo: %2").arg(serverName(), said)};
        else if (in->error && gemini::isRetiredModelError(*in->error, 404))
            o.failure = {ErrorKind::InvalidInput, retiredMessage(ticket.request.model, QString(), kReplacement)};
        else
            o.failure = {ErrorKind::Server, tr("%1 could not make the clip: %2").arg(serverName(), said)};
        return o;
    case gemini::Phase::Completed:
        break;
    }
    o.kind = Outcome::Failed;
    if (!in->video) {
        o.failure = in->error && gemini::isSafetyBlock(*in->error)
            ? Failure{ErrorKind::Moderation, tr("%1's safety filters refused the clip: %2").arg(serverName(), said)}
            : Failure{ErrorKind::Server, tr("%1 finished the clip without a video.").arg(serverName())};
        return o;
    }
    const double usdPerMillion = spec().options.value(QStringLiteral("usdPerMillionVideoTokens")).toDouble(0);
    if (in->videoTokens > 0 && usdPerMillion > 0)
        o.reportedCost = Money::fromMicros(qint64(double(in->videoTokens) * usdPerMillion + 0.5));
    if (in->video->dataSpan) {
        o.kind = Outcome::Ready;
        o.inlineVideo.sourceFile = r.partPath;
        o.inlineVideo.span = *in->video->dataSpan;
        o.inlineVideo.removeSource = true;
        return o;
    }
    if (!in->video->data.isEmpty()) {
        o.kind = Outcome::Ready;
        o.inlineVideo.base64 = in->video->data;
        return o;
    }
    const QUrl uri(in->video->uri);
    if (!gemini::sameOrigin(spec().baseUrl, uri)) {
        o.failure = {ErrorKind::Server, tr("%1 put the video at another address (%2); Reelcraft does not send the key "
                                           "there.").arg(serverName(), uri.host())};
        return o;
    }
    // The file may still be processing: its state is read until ACTIVE, then it is downloaded.
    o.kind = Outcome::Pending;
    m_waitingFiles.insert(remoteId, in->video->uri);
    o.pollAfterMs = 0;
    return o;
}

net::RemoteJobProvider::Outcome GeminiProvider::fileOutcome(const QString &remoteId, const HttpResponse &r,
                                                            const QString &key) const
{
    Outcome o;
    const QString uri = m_waitingFiles.value(remoteId);
    const HttpRequest stateRequest = gemini::fileStateRequest(spec(), uri, key);
    const QString state = r.isHttpSuccess() ? gemini::parseFileState(r.body) : QString();
    if (stateRequest.url.isEmpty() || state == QLatin1String("ACTIVE")) {
        m_waitingFiles.remove(remoteId);
        o.kind = Outcome::Ready;
        o.download = HttpRequest::get(QUrl(uri));
        gemini::authorize(&o.download, key); // same origin, checked before
        o.download.maxRedirects = 0;         // a redirect could carry the key elsewhere
        return o;
    }
    if (state == QLatin1String("FAILED")) {
        m_waitingFiles.remove(remoteId);
        o.kind = Outcome::Failed;
        o.failure = {ErrorKind::Server, tr("%1 could not prepare the video file.").arg(serverName())};
        return o;
    }
    if (!r.isHttpSuccess()) {
        o = pollFailure(r);
        if (o.kind == Outcome::Failed)
            m_waitingFiles.remove(remoteId);
    }
    return o; // PROCESSING
}

Failure GeminiProvider::adjustFailure(const HttpResponse &r, CallPhase phase, Failure failure) const
{
    if (r.isTransportError())
        return failure;
    const net::ErrorBody body = net::parseErrorBody(r.body);
    // An invalid key is a 400 INVALID_ARGUMENT with reason API_KEY_INVALID, not a 401.
    if (body.reason == QLatin1String("API_KEY_INVALID") || body.message.contains(QLatin1String("API key not valid"))
        || body.message.contains(QLatin1String("API key expired")))
        return {ErrorKind::Auth, tr("%1 rejected the API key: %2").arg(serverName(), body.message)};
    if (r.status == 403 && body.type == QLatin1String("PERMISSION_DENIED"))
        return {ErrorKind::Auth, tr("%1 refused the key: %2").arg(serverName(), body.message)};
    if (r.status == 429 || body.type == QLatin1String("RESOURCE_EXHAUSTED"))
        return {ErrorKind::Quota, tr("%1 says the quota or rate limit is used up: %2. Try again later or check the "
                                     "key's plan.").arg(serverName(), body.message.isEmpty() ? tr("HTTP 429") : body.message)};
    if (phase == CallPhase::Create && gemini::isRetiredModelError(body, r.status))
        return {ErrorKind::InvalidInput, tr("%1 says the model is retired (%2). Use %3 instead.")
                                             .arg(serverName(), body.message, kReplacement)};
    if (phase == CallPhase::Create && gemini::isSafetyBlock(body))
        return {ErrorKind::Moderation, tr("%1's safety filters refused the prompt or photo: %2").arg(serverName(), body.message)};
    return failure;
}

void GeminiProvider::cancelRemote(const QString &remoteId, const QString &key)
{
    m_waitingFiles.remove(remoteId);
    // Best effort: a finished interaction answers 400 and there is nothing left to stop.
    HttpRequest r = gemini::cancelRequest(spec(), remoteId, key);
    applyTiming(&r, CallPhase::Other);
    r.logName = QStringLiteral("cancel");
    http().send(r, [remoteId](const HttpResponse &response) {
        qCInfo(lcNet) << "cancel of interaction" << remoteId << "->" << response.status;
    });
}

HttpRequest GeminiProvider::buildModelsRequest(const QString &key) const
{
    HttpRequest r = HttpRequest::get(gemini::endpoint(spec().baseUrl, QStringLiteral("/models?pageSize=1000")));
    gemini::authorize(&r, key);
    return r;
}

QStringList GeminiProvider::parseModels(const QByteArray &body) const
{
    // Only the models that make video through the Interactions API.
    QStringList ids;
    for (const auto &m : QJsonDocument::fromJson(body).object().value(QStringLiteral("models")).toArray()) {
        QString name = m.toObject().value(QStringLiteral("name")).toString();
        if (name.startsWith(QLatin1String("models/")))
            name = name.mid(7);
        if (name.contains(QLatin1String("omni")))
            ids.append(name);
    }
    return ids;
}

} // namespace rc
