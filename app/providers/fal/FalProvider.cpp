#include "providers/fal/FalProvider.h"

#include "core/Logging.h"
#include "providers/fal/FalQueue.h"
#include "providers/remote/MediaRequest.h"
#include "providers/remote/RemoteMedia.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace rc {

using net::CallPhase;
using net::Failure;
using net::HttpRequest;
using net::HttpResponse;

FalProvider::FalProvider(ProviderSpec spec, net::RemoteDeps deps, QObject *parent)
    : RemoteJobProvider(std::move(spec), std::move(deps), parent)
{
}

QString FalProvider::serverName() const
{
    return spec().label.isEmpty() || spec().label == spec().id ? QStringLiteral("fal.ai (%1)").arg(spec().id) : spec().label;
}

std::optional<fal::EndpointInputs> FalProvider::endpointFor(const GenerationRequest &request, QString *error) const
{
    const QString model = request.model.isEmpty() ? spec().models.value(0) : request.model;
    if (!fal::isEndpointId(model)) {
        if (error)
            *error = tr("\"%1\" is not a fal endpoint id (owner/app/...).").arg(model);
        return std::nullopt;
    }
    std::optional<fal::EndpointInputs> inputs = fal::endpointInputs(spec().options, model, error);
    if (inputs && request.hasImage() && !inputs->takesImage() && !inputs->imageEndpoint.isEmpty())
        inputs = fal::endpointInputs(spec().options, inputs->imageEndpoint, error);
    if (!inputs)
        return std::nullopt;
    QString problem;
    if (request.hasImage() && !inputs->takesImage())
        problem = tr("The fal endpoint %1 makes video from text only: remove the photo or pick an "
                     "image-to-video endpoint.").arg(model);
    else if (!request.hasImage() && inputs->takesImage())
        problem = tr("The fal endpoint %1 makes video from a photo: add one.").arg(model);
    else if (!request.lastFramePath.isEmpty() && inputs->lastFrameField.isEmpty())
        problem = tr("The fal endpoint %1 takes no last frame.").arg(inputs->endpoint);
    else if (!inputs->sizeFields.contains(request.size.toString()))
        problem = tr("The fal endpoint %1 does not offer the size %2.").arg(inputs->endpoint, request.size.toString());
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    return inputs;
}

QString FalProvider::refusal(const GenerationRequest &request) const
{
    QString error;
    return endpointFor(request, &error) ? QString() : error;
}

QString FalProvider::photoDataUri(const JobTicket &ticket, const QString &path, const QString &tag, QString *error) const
{
    // Fitted to the clip's size: an image endpoint follows the photo's shape, so the crop (with
    // the user's focal point) decides the clip's aspect, and a retry sends the same bytes.
    const GenerationRequest &request = ticket.request;
    const QString fitted = fittedInputPath(deps().media, deps().inputsDir, path,
                                           QStringLiteral("job%1%2").arg(ticket.jobId).arg(tag), request.size.width,
                                           request.size.height, request.focalPoint, error);
    QFile f(fitted);
    if (fitted.isEmpty() || !f.open(QIODevice::ReadOnly)) {
        if (error && error->isEmpty())
            *error = f.errorString();
        return QString();
    }
    return QStringLiteral("data:image/jpeg;base64,") + QString::fromLatin1(f.readAll().toBase64());
}

std::variant<HttpRequest, Failure> FalProvider::buildCreate(const JobTicket &ticket, const QString &key) const
{
    QString error;
    const std::optional<fal::EndpointInputs> inputs = endpointFor(ticket.request, &error);
    if (!inputs)
        return Failure{ErrorKind::InvalidInput, error};
    QString image;
    QString lastFrame;
    if (ticket.request.hasImage()) {
        image = photoDataUri(ticket, ticket.request.imagePath, QString(), &error);
        if (image.isEmpty())
            return Failure{ErrorKind::InvalidInput, tr("The photo cannot be used: %1").arg(error)};
    }
    if (!ticket.request.lastFramePath.isEmpty()) {
        lastFrame = photoDataUri(ticket, ticket.request.lastFramePath, QStringLiteral("-last"), &error);
        if (lastFrame.isEmpty())
            return Failure{ErrorKind::InvalidInput, tr("The last frame cannot be used: %1").arg(error)};
    }
    const QJsonObject input = inputs->build(ticket.request, image, lastFrame, &error);
    if (input.isEmpty())
        return Failure{ErrorKind::InvalidInput, error};
    return fal::submitRequest(spec().baseUrl, inputs->endpoint, QJsonDocument(input).toJson(QJsonDocument::Compact), key);
}

std::variant<QString, Failure> FalProvider::parseCreate(const HttpResponse &response) const
{
    const QString requestId = fal::parseRequestId(response.body);
    // The endpoint is the submit's own path below the base URL.
    const QString base = QUrl(spec().baseUrl).path();
    QString endpoint = response.finalUrl.path();
    if (endpoint.startsWith(base))
        endpoint = endpoint.mid(base.size());
    while (endpoint.startsWith(QLatin1Char('/')))
        endpoint.remove(0, 1);
    const fal::QueueRef ref{endpoint, requestId};
    if (requestId.isEmpty() || !fal::QueueRef::fromRemoteId(ref.remoteId()))
        return Failure{ErrorKind::Unknown,
                       tr("%1 accepted the request but sent no request id, so Reelcraft cannot follow it. "
                          "The job may exist and be billed: check fal's dashboard.").arg(serverName())};
    return ref.remoteId();
}

HttpRequest FalProvider::buildPoll(const QString &remoteId, const QString &key) const
{
    // A malformed id (a hand-edited database) polls an address fal answers with 404: the job
    // then fails with "fal no longer knows it", which is the truth.
    const fal::QueueRef ref = fal::QueueRef::fromRemoteId(remoteId).value_or(fal::QueueRef{QStringLiteral("unknown/unknown"), remoteId});
    return fal::statusRequest(spec().baseUrl, ref, key);
}

net::RemoteJobProvider::Outcome FalProvider::parsePoll(const JobTicket &ticket, const QString &remoteId,
                                                  const HttpResponse &r, const QString &key) const
{
    return fal::isStatusAnswer(r) ? statusOutcome(remoteId, r, key) : resultOutcome(ticket, remoteId, r, key);
}

net::RemoteJobProvider::Outcome FalProvider::statusOutcome(const QString &remoteId, const HttpResponse &r,
                                                      const QString &key) const
{
    Outcome o;
    if (r.isTransportError() || !r.isHttpSuccess()) {
        if (!r.isTransportError() && r.status == 404) {
            o.kind = Outcome::Failed;
            o.failure = {ErrorKind::Server, tr("%1 no longer knows this request; nothing can be fetched.").arg(serverName())};
            return o;
        }
        return pollFailure(r);
    }
    const fal::QueueStatus status = fal::parseStatus(r.body);
    switch (status.phase) {
    case fal::QueueStatus::InQueue:
        // fal counts from 0 (= next); people count from 1.
        o.detail = status.queuePosition >= 0 ? tr("in queue, position %1").arg(status.queuePosition + 1) : tr("in queue");
        return o;
    case fal::QueueStatus::InProgress:
        o.detail = QString();
        return o;
    case fal::QueueStatus::Completed:
        // Finished, not necessarily succeeded: the result call tells which, with its HTTP status.
        o.detail = QString();
        if (const auto ref = fal::QueueRef::fromRemoteId(remoteId)) {
            o.nextPoll = fal::resultRequest(spec().baseUrl, *ref, key);
            o.pollAfterMs = 0;
            return o;
        }
        o.kind = Outcome::Failed;
        o.failure = {ErrorKind::Server, tr("The job's fal request id (%1) cannot be read.").arg(remoteId)};
        return o;
    case fal::QueueStatus::Unknown:
        break;
    }
    o.transient = true; // a 200 we cannot read: a proxy hiccup perhaps; the deadline bounds it
    o.failure = {ErrorKind::Server, tr("%1 answered a status request with something unreadable.").arg(serverName())};
    return o;
}

net::RemoteJobProvider::Outcome FalProvider::resultOutcome(const JobTicket &ticket, const QString &remoteId,
                                                      const HttpResponse &r, const QString &key) const
{
    Q_UNUSED(remoteId)
    Outcome o;
    if (r.isTransportError() || (!r.isHttpSuccess() && (r.status >= 500 || r.status == 429 || r.status == 408)))
        return pollFailure(r);
    QString error;
    const std::optional<fal::EndpointInputs> inputs = endpointFor(ticket.request, &error);
    const QString endpoint = inputs ? inputs->endpoint : ticket.request.model;
    if (!r.isHttpSuccess()) {
        o.kind = Outcome::Failed;
        o.failure = refusalFailure(r.body, endpoint, r.status).value_or(failureFor(r, CallPhase::Poll));
        return o;
    }
    const QString url = fal::videoUrl(r.body, inputs ? inputs->videoPath : QStringList{QStringLiteral("video"), QStringLiteral("url")});
    if (url.isEmpty()) {
        o.kind = Outcome::Failed;
        o.failure = {ErrorKind::Server, tr("%1 finished the job but its result names no video.").arg(serverName())};
        return o;
    }
    o.kind = Outcome::Ready;
    // fal's media host is not the API: the key goes only to the API's own origin.
    o.download = net::mediaRequest(QUrl(url), spec().baseUrl, key, &fal::authorize);
    return o;
}

std::optional<Failure> FalProvider::refusalFailure(const QByteArray &body, const QString &endpoint, int status) const
{
    if (status != 422 && status != 400)
        return std::nullopt;
    const fal::Refusal refusal = fal::parseRefusal(body);
    if (!refusal.parsed)
        return std::nullopt;
    if (refusal.type == QLatin1String("content_policy_violation"))
        return Failure{ErrorKind::Moderation,
                       tr("%1 refused the prompt or photo under its content policy: %2").arg(serverName(), refusal.message)};
    QString setting;
    if (const auto inputs = fal::endpointInputs(spec().options, endpoint, nullptr))
        setting = inputs->settingFor(refusal.field);
    if (!setting.isEmpty())
        return Failure{ErrorKind::InvalidInput,
                       tr("%1 refused the %2 for %3: %4").arg(serverName(), setting, endpoint, refusal.message)};
    if (!refusal.field.isEmpty())
        return Failure{ErrorKind::InvalidInput,
                       tr("%1 refused the input field \"%2\" for %3: %4").arg(serverName(), refusal.field, endpoint, refusal.message)};
    return Failure{ErrorKind::InvalidInput, tr("%1 refused the request for %2: %3").arg(serverName(), endpoint, refusal.message)};
}

Failure FalProvider::adjustFailure(const HttpResponse &r, CallPhase phase, Failure failure) const
{
    if (r.isTransportError() || phase != CallPhase::Create)
        return failure;
    // The submit's endpoint is its path below the base URL.
    QString endpoint = r.finalUrl.path().mid(QUrl(spec().baseUrl).path().size());
    while (endpoint.startsWith(QLatin1Char('/')))
        endpoint.remove(0, 1);
    return refusalFailure(r.body, endpoint, r.status).value_or(failure);
}

void FalProvider::cancelRemote(const QString &remoteId, const QString &key)
{
    const auto ref = fal::QueueRef::fromRemoteId(remoteId);
    if (!ref)
        return;
    // Best-effort: fal cancels a request still in the queue; one already running finishes (and is billed).
    HttpRequest r = fal::cancelRequest(spec().baseUrl, *ref, key);
    applyTiming(&r, CallPhase::Other);
    r.logName = QStringLiteral("cancel");
    http().send(r, [remoteId](const HttpResponse &response) {
        qCInfo(lcNet) << "cancel of fal request" << remoteId << "->" << response.status;
    });
}

HttpRequest FalProvider::buildModelsRequest(const QString &key) const
{
    // fal lists no endpoints per key; a status call for a request that does not exist tells a
    // working key (404) from a refused one (401/403). See parseModels.
    return fal::statusRequest(spec().baseUrl,
                              fal::QueueRef{spec().models.value(0), QStringLiteral("00000000-0000-0000-0000-000000000000")}, key);
}

bool FalProvider::modelsAnswerAccepted(const HttpResponse &r) const
{
    if (r.isHttpSuccess())
        return true;
    if (r.isTransportError() || r.status != 404)
        return false;
    // fal's own "not found" (a JSON detail), not a web server's page at a wrong base URL.
    const QJsonDocument doc = QJsonDocument::fromJson(r.body);
    return doc.isObject() && doc.object().contains(QStringLiteral("detail"));
}

QStringList FalProvider::parseModels(const QByteArray &) const
{
    return spec().models;
}

} // namespace rc
