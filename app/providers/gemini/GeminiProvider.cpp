#include "providers/gemini/GeminiProvider.h"

#include "core/Logging.h"
#include "providers/gemini/GeminiProtocol.h"
#include "providers/remote/RemoteMedia.h"

#include <QFile>

namespace rc {

using net::CallPhase;
using net::Failure;
using net::HttpRequest;
using net::HttpResponse;

GeminiProvider::GeminiProvider(ProviderSpec spec, net::RemoteDeps deps, QObject *parent)
    : RemoteJobProvider(std::move(spec), std::move(deps), parent)
{
}

std::variant<HttpRequest, Failure> GeminiProvider::buildCreate(const JobTicket &ticket, const QString &key) const
{
    const GenerationRequest &request = ticket.request;
    const QString model = request.model.isEmpty() ? spec().models.value(0) : request.model;
    // Photos are crop-fitted to the clip's own size, so Veo never letterboxes or stretches them.
    auto load = [&](const QString &path, const QString &tag, std::optional<gemini::Image> *out) -> std::optional<Failure> {
        if (path.isEmpty())
            return std::nullopt;
        QString error;
        const QString fitted = fittedInputPath(deps().media, deps().inputsDir, path, tag, request.size.width,
                                               request.size.height, request.focalPoint, &error);
        QFile f(fitted);
        if (fitted.isEmpty() || !f.open(QIODevice::ReadOnly))
            return Failure{ErrorKind::InvalidInput, tr("The photo cannot be used: %1").arg(error)};
        *out = gemini::Image{f.readAll(), "image/jpeg"};
        return std::nullopt;
    };
    std::optional<gemini::Image> first, last;
    if (auto f = load(request.imagePath, QStringLiteral("job%1-first").arg(ticket.jobId), &first))
        return *f;
    if (auto f = load(request.lastFramePath, QStringLiteral("job%1-last").arg(ticket.jobId), &last))
        return *f;
    return gemini::createRequest(spec(), request, model, first, last, key);
}

std::variant<QString, Failure> GeminiProvider::parseCreate(const HttpResponse &response) const
{
    const auto op = gemini::parseOperation(response.body);
    if (!op || op->name.isEmpty())
        return Failure{ErrorKind::Unknown,
                       tr("%1 accepted the request but sent no operation name, so Reelcraft cannot follow it. "
                          "The job may exist and be billed.").arg(serverName())};
    return op->name;
}

HttpRequest GeminiProvider::buildPoll(const QString &remoteId, const QString &key) const
{
    HttpRequest r = gemini::operationRequest(spec(), remoteId, key);
    r.maxBodyBytes = net::kInlineVideoMaxBodyBytes; // a finished operation may hold the video inline
    return r;
}

net::RemoteJobProvider::Outcome GeminiProvider::parsePoll(const JobTicket &, const QString &, const HttpResponse &r,
                                                          const QString &key) const
{
    Outcome o;
    if (!r.isHttpSuccess()) {
        if (!r.isTransportError() && r.status == 404) {
            o.kind = Outcome::Failed;
            o.failure = {ErrorKind::Server, tr("The server lost this job (%1 no longer knows the operation; "
                                               "results are kept about two days).").arg(serverName())};
            return o;
        }
        return pollFailure(r);
    }
    const auto op = gemini::parseOperation(r.body);
    if (!op) {
        o.transient = true;
        o.failure = {ErrorKind::Server, tr("%1 answered a status request with something unreadable.").arg(serverName())};
        return o;
    }
    if (!op->done)
        return o; // Veo gives no percentage: -1, and the ETA comes from earlier jobs
    o.kind = Outcome::Failed;
    if (op->error) {
        o.failure = gemini::operationFailure(*op, serverName());
        return o;
    }
    if (!op->videoBase64.isEmpty()) {
        o.kind = Outcome::Ready;
        o.inlineVideoBase64 = op->videoBase64;
        return o;
    }
    if (!op->videoUri.isEmpty()) {
        o.kind = Outcome::Ready;
        o.download = HttpRequest::get(QUrl(op->videoUri));
        // The Files API wants the key; it is dropped if the file redirects to another origin.
        gemini::authorize(&o.download, key);
        return o;
    }
    if (op->filteredCount > 0) {
        const QString reasons = op->filteredReasons.isEmpty() ? tr("no reason given")
                                                               : op->filteredReasons.join(QStringLiteral("; "));
        o.failure = {ErrorKind::Moderation, tr("Refused by the provider's safety filter: %1").arg(reasons)};
        return o;
    }
    o.failure = {ErrorKind::Server, tr("%1 finished the job without a video.").arg(serverName())};
    return o;
}

Failure GeminiProvider::adjustFailure(const HttpResponse &r, CallPhase, Failure failure) const
{
    if (r.isTransportError())
        return failure;
    const net::ErrorBody body = net::parseErrorBody(r.body);
    // An invalid key is a 400 INVALID_ARGUMENT with reason API_KEY_INVALID, not a 401.
    if (body.reason == QLatin1String("API_KEY_INVALID") || body.message.contains(QLatin1String("API key not valid"))
        || body.message.contains(QLatin1String("API key expired")))
        return {ErrorKind::Auth, tr("%1 rejected the API key: %2").arg(serverName(), body.message)};
    if (r.status == 429 || body.type == QLatin1String("RESOURCE_EXHAUSTED"))
        return {ErrorKind::Quota, tr("%1 says the quota or rate limit is used up: %2. Try again later or check the "
                                     "key's plan.").arg(serverName(), body.message.isEmpty() ? tr("HTTP 429") : body.message)};
    return failure;
}

HttpRequest GeminiProvider::buildModelsRequest(const QString &key) const
{
    HttpRequest r = HttpRequest::get(gemini::endpoint(spec().baseUrl, QStringLiteral("/models?pageSize=1000")));
    gemini::authorize(&r, key);
    return r;
}

QStringList GeminiProvider::parseModels(const QByteArray &body) const
{
    return gemini::parseModelIds(body);
}

} // namespace rc
