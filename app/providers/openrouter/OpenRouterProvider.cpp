#include "providers/openrouter/OpenRouterProvider.h"

#include "providers/remote/MediaRequest.h"
#include "providers/remote/RemoteMedia.h"

#include <QFile>
#include <QJsonDocument>

namespace rc {

using net::Failure;
using net::HttpRequest;
using net::HttpResponse;

OpenRouterProvider::OpenRouterProvider(ProviderSpec spec, net::RemoteDeps deps, QObject *parent)
    : RemoteJobProvider(std::move(spec), std::move(deps), parent)
{
}

openrouter::WireTraits OpenRouterProvider::traits(const QString &model) const
{
    return openrouter::WireTraits::fromJson(
        spec().options.value(QStringLiteral("models")).toObject().value(model).toObject());
}

HttpRequest OpenRouterProvider::buildModelsRequest(const QString &key) const
{
    HttpRequest r = HttpRequest::get(openrouter::endpoint(spec().baseUrl, QStringLiteral("/videos/models")));
    openrouter::authorize(&r, key);
    return r;
}

QStringList OpenRouterProvider::parseModels(const QByteArray &body) const
{
    QStringList ids;
    for (const auto &m : openrouter::parseVideoModels(body, nullptr))
        ids.append(m.spec.id);
    return ids;
}

void OpenRouterProvider::listModelSpecs(SpecsCallback done)
{
    fetchModelsBody([done](const QByteArray &body, const std::optional<Failure> &failure) {
        if (failure)
            return done({}, {}, failure);
        QStringList problems;
        const auto models = openrouter::parseVideoModels(body, &problems);
        done(models, problems, std::nullopt);
    });
}

QString OpenRouterProvider::dataUrl(const JobTicket &ticket, const QString &path, const QString &tag, QString *error) const
{
    const GenerationRequest &request = ticket.request;
    const QString fitted = fittedInputPath(deps().media, deps().inputsDir, path, QStringLiteral("job%1-%2").arg(ticket.jobId).arg(tag),
                                           request.size.width, request.size.height, request.focalPoint, error);
    if (fitted.isEmpty())
        return QString();
    QFile file(fitted);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return QString();
    }
    return QStringLiteral("data:image/jpeg;base64,") + QString::fromLatin1(file.readAll().toBase64());
}

std::variant<HttpRequest, Failure> OpenRouterProvider::buildCreate(const JobTicket &ticket, const QString &key) const
{
    const GenerationRequest &request = ticket.request;
    const QString model = request.model.isEmpty() ? spec().models.value(0) : request.model;
    QString first, last, error;
    if (request.hasImage() && (first = dataUrl(ticket, request.imagePath, QStringLiteral("first"), &error)).isEmpty())
        return Failure{ErrorKind::InvalidInput, tr("The photo cannot be used: %1").arg(error)};
    if (!request.lastFramePath.isEmpty()
        && (last = dataUrl(ticket, request.lastFramePath, QStringLiteral("last"), &error)).isEmpty())
        return Failure{ErrorKind::InvalidInput, tr("The last frame cannot be used: %1").arg(error)};
    HttpRequest r;
    r.method = net::HttpMethod::Post;
    r.url = openrouter::endpoint(spec().baseUrl, QStringLiteral("/videos"));
    r.contentType = "application/json";
    r.body = QJsonDocument(openrouter::createBody(request, model, traits(model), first, last)).toJson(QJsonDocument::Compact);
    openrouter::authorize(&r, key);
    return r;
}

std::variant<QString, Failure> OpenRouterProvider::parseCreate(const HttpResponse &response) const
{
    const QString id = QJsonDocument::fromJson(response.body).object().value(QStringLiteral("id")).toString();
    if (id.isEmpty())
        return Failure{ErrorKind::Unknown,
                       tr("%1 accepted the request but sent no job id, so Reelcraft cannot follow it. "
                          "The job may exist and be billed: check the provider's dashboard.").arg(serverName())};
    return id;
}

HttpRequest OpenRouterProvider::buildPoll(const QString &remoteId, const QString &key) const
{
    HttpRequest r = HttpRequest::get(openrouter::endpoint(spec().baseUrl, QStringLiteral("/videos/") + remoteId));
    openrouter::authorize(&r, key);
    return r;
}

net::RemoteJobProvider::Outcome OpenRouterProvider::parsePoll(const JobTicket &, const QString &remoteId,
                                                             const HttpResponse &r, const QString &key) const
{
    if (!r.isHttpSuccess())
        return pollFailure(r);
    Outcome o;
    const auto job = openrouter::parseJob(r.body);
    if (!job) {
        o.transient = true; // a 200 we cannot read: maybe a proxy hiccup; the deadline bounds it
        o.failure = {ErrorKind::Server, tr("%1 answered a status request with something unreadable.").arg(serverName())};
        return o;
    }
    const QString &status = job->status;
    if (status == QLatin1String("pending") || status == QLatin1String("in_progress") || status == QLatin1String("queued"))
        return o;
    if (status == QLatin1String("completed")) {
        o.kind = Outcome::Ready;
        // The signed storage URL (another host) is fetched without the key; the authenticated
        // content route is the copy the service always keeps, tried when the signed one fails.
        // mediaRequest sends the key only to the API's own origin, wherever a URL points.
        const QUrl base(spec().baseUrl);
        const QUrl content = job->unsignedUrls.isEmpty()
            ? openrouter::endpoint(spec().baseUrl, QStringLiteral("/videos/%1/content").arg(remoteId))
            : base.resolved(QUrl(job->unsignedUrls.first()));
        QUrl routed = content;
        if (job->unsignedUrls.isEmpty())
            routed.setQuery(QStringLiteral("index=0"));
        const HttpRequest keyed = net::mediaRequest(routed, spec().baseUrl, key, openrouter::authorize);
        if (!job->urls.isEmpty()) {
            o.download = net::mediaRequest(base.resolved(QUrl(job->urls.first())), spec().baseUrl, key, openrouter::authorize);
            o.fallbackDownload = keyed;
        } else {
            o.download = keyed;
        }
        if (job->costUsd) {
            Money cost;
            if (Money::parse(QString::number(*job->costUsd, 'f', 6), &cost))
                o.reportedCost = cost;
        }
        return o;
    }
    o.kind = Outcome::Failed;
    net::ErrorBody said;
    said.parsed = !job->error.isEmpty();
    said.message = job->error;
    if (status == QLatin1String("failed") && net::isModerationError(said))
        o.failure = {ErrorKind::Moderation,
                     tr("%1 refused the prompt or photo under its content policy: %2").arg(serverName(), job->error)};
    else if (status == QLatin1String("failed"))
        o.failure = {ErrorKind::Server, job->error.isEmpty()
                                            ? tr("%1 could not make the video and gave no reason.").arg(serverName())
                                            : tr("%1 could not make the video: %2").arg(serverName(), job->error)};
    else if (status == QLatin1String("cancelled"))
        o.failure = {ErrorKind::Server, tr("The job was cancelled on %1.").arg(serverName())};
    else if (status == QLatin1String("expired"))
        o.failure = {ErrorKind::Server, tr("%1 no longer holds the video (it expired before it was downloaded).").arg(serverName())};
    else
        o.failure = {ErrorKind::Server, tr("%1 reported an unknown job status \"%2\".").arg(serverName(), status)};
    return o;
}

} // namespace rc
