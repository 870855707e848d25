#include "providers/videosapi/VideosApiProvider.h"

#include "core/Logging.h"
#include "providers/remote/RemoteMedia.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace rc {

using net::CallPhase;
using net::Failure;
using net::HttpRequest;
using net::HttpResponse;
using videosapi::JobPhase;

VideosApiProvider::VideosApiProvider(ProviderSpec spec, net::RemoteDeps deps, QObject *parent)
    : RemoteJobProvider(std::move(spec), std::move(deps), parent),
      m_features(videosapi::Features::fromSpec(this->spec()))
{
}

QString VideosApiProvider::retiredMessage(const QString &date)
{
    return tr("OpenAI shut this service down on %1; choose another provider.")
        .arg(date.isEmpty() ? QStringLiteral("2026-09-24") : date);
}

HttpRequest VideosApiProvider::buildModelsRequest(const QString &key) const
{
    HttpRequest r = HttpRequest::get(videosapi::endpoint(spec().baseUrl, QStringLiteral("/models")));
    videosapi::authorize(&r, key);
    return r;
}

QStringList VideosApiProvider::parseModels(const QByteArray &body) const
{
    return videosapi::parseModelIds(body);
}

std::optional<Failure> VideosApiProvider::preflight(const JobTicket &ticket) const
{
    if (spec().isRetired())
        return Failure{ErrorKind::InvalidInput, retiredMessage(spec().retired)};
    if (!ticket.request.remixOf.isEmpty() && !m_features.remix)
        return Failure{ErrorKind::InvalidInput, tr("%1 does not support remix.").arg(serverName())};
    return std::nullopt;
}

std::variant<HttpRequest, Failure> VideosApiProvider::buildCreate(const JobTicket &ticket, const QString &key) const
{
    const GenerationRequest &request = ticket.request;
    if (!request.remixOf.isEmpty())
        return remixRequest(request.remixOf, request.prompt, key); // support checked in preflight
    const QString model = request.model.isEmpty() ? spec().models.value(0) : request.model;
    QString fitted;
    if (request.hasImage()) {
        // The server refuses a photo of any other size than the video's (400 "Inpaint image
        // must match the requested width and height").
        QString error;
        fitted = fittedInputPath(deps().media, deps().inputsDir, request.imagePath,
                                 QStringLiteral("job%1").arg(ticket.jobId), request.size.width,
                                 request.size.height, request.focalPoint, &error);
        if (fitted.isEmpty())
            return Failure{ErrorKind::InvalidInput, tr("The photo cannot be used: %1").arg(error)};
    }
    return videosapi::createRequest(spec(), request, model, fitted, key);
}

std::variant<QString, Failure> VideosApiProvider::parseCreate(const HttpResponse &response) const
{
    const auto job = videosapi::parseVideoJob(response.body);
    if (!job || job->id.isEmpty())
        return Failure{ErrorKind::Unknown,
                       tr("%1 accepted the request but sent no job id, so Reelcraft cannot follow it. "
                          "The job may exist and be billed: check the provider's dashboard.").arg(serverName())};
    return job->id;
}

HttpRequest VideosApiProvider::buildPoll(const QString &remoteId, const QString &key) const
{
    return videosapi::pollRequest(spec(), remoteId, key);
}

net::RemoteJobProvider::Outcome VideosApiProvider::parsePoll(const JobTicket &, const QString &remoteId,
                                                        const HttpResponse &r, const QString &key) const
{
    Outcome o;
    // vLLM-Omni sends a failed job with a 4xx/5xx status and the job as the body: a body with a
    // status is job state, whatever the HTTP status says.
    std::optional<videosapi::VideoJob> job;
    if (!r.isTransportError() && r.looksLikeJson()) {
        job = videosapi::parseVideoJob(r.body);
        if (job && job->status.isEmpty())
            job.reset();
    }
    if (!job) {
        const net::ErrorBody body = net::parseErrorBody(r.body);
        // In-memory servers (SGLang, vLLM-Omni) forget jobs on restart: 404, or new-api's 400.
        if (!r.isTransportError() && (r.status == 404 || (r.status == 400 && body.hasCode("task_not_exist")))) {
            o.kind = Outcome::Failed;
            o.failure = {ErrorKind::Server, tr("The server lost this job (%1 no longer knows it, perhaps after a "
                                               "restart); nothing can be fetched.").arg(serverName())};
            return o;
        }
        if (r.isHttpSuccess()) {
            o.transient = true; // a 200 we cannot read: maybe a proxy hiccup; the deadline bounds it
            o.failure = {ErrorKind::Server, tr("%1 answered a status request with something unreadable.").arg(serverName())};
            return o;
        }
        return pollFailure(r);
    }
    switch (videosapi::phaseOf(job->status)) {
    case JobPhase::Completed:
        o.kind = Outcome::Ready;
        o.download = videosapi::contentRequest(spec(), remoteId, key);
        if (!job->assetUrl.isEmpty()) // a CDN or S3 copy: fetched without our key
            o.fallbackDownload = HttpRequest::get(QUrl(job->assetUrl));
        if (m_features.thumbnail)
            o.thumbnail = videosapi::contentRequest(spec(), remoteId, key, true);
        return o;
    case JobPhase::Failed: {
        o.kind = Outcome::Failed;
        const QString said = job->error.parsed ? job->error.message : QString();
        if (net::isModerationError(job->error))
            o.failure = {ErrorKind::Moderation,
                         tr("%1 refused the prompt or photo under its content policy: %2").arg(serverName(), said)};
        else if (job->status == QLatin1String("cancelled") || job->status == QLatin1String("canceled")
                 || job->status == QLatin1String("deleted"))
            o.failure = {ErrorKind::Server, tr("The job was cancelled or deleted on %1.").arg(serverName())};
        else if (said.isEmpty())
            o.failure = {ErrorKind::Server, tr("%1 could not make the video and gave no reason.").arg(serverName())};
        else
            o.failure = {ErrorKind::Server, tr("%1 could not make the video: %2").arg(serverName(), said)};
        return o;
    }
    case JobPhase::Pending:
        break;
    }
    // Progress may stay 0 until it jumps to 100 (SGLang, vLLM-Omni): then say "unknown".
    o.percent = job->progress > 0 ? qMin(job->progress, 99) : -1;
    bool ok = false;
    const int hint = r.header("openai-poll-after-ms").toInt(&ok);
    if (ok)
        o.pollAfterMs = hint;
    return o;
}

Failure VideosApiProvider::adjustFailure(const HttpResponse &r, CallPhase, Failure failure) const
{
    if (r.isTransportError() || !videosapi::isOpenAiHost(spec()))
        return failure;
    // Since 2026-09-24 OpenAI answers its video models with "model not found".
    const net::ErrorBody body = net::parseErrorBody(r.body);
    const QString text = body.message.toLower();
    if (body.hasCode("model_not_found") || (text.contains(QLatin1String("model"))
                                            && (text.contains(QLatin1String("not found")) || text.contains(QLatin1String("does not exist")))))
        return {ErrorKind::InvalidInput, retiredMessage(spec().retired)};
    return failure;
}

void VideosApiProvider::cancelRemote(const QString &remoteId, const QString &key)
{
    if (!m_features.remove)
        return;
    // Best-effort: vLLM-Omni stops the work, SGLang only forgets it, gateways may not offer it.
    HttpRequest r = videosapi::pollRequest(spec(), remoteId, key);
    r.method = net::HttpMethod::Delete;
    applyTiming(&r, CallPhase::Other);
    r.logName = QStringLiteral("delete");
    http().send(r, [remoteId](const HttpResponse &response) {
        qCDebug(lcOpenAi) << "delete after cancel of" << remoteId << "->" << response.status;
    });
}

std::optional<Failure> VideosApiProvider::unsupported(const HttpResponse &r, bool *flag, const QString &what)
{
    // Missing routes answer 404/405, or a 301 to a web UI (an HTML page): rule 13.
    if (!r.isTransportError() && (r.status == 404 || r.status == 405 || r.status == 501
                                  || (r.isHttpSuccess() && !r.looksLikeJson()))) {
        *flag = false;
        return Failure{ErrorKind::InvalidInput, tr("%1 does not support %2.").arg(serverName(), what)};
    }
    if (!r.isHttpSuccess())
        return failureFor(r, CallPhase::Other);
    return std::nullopt;
}

void VideosApiProvider::listRemoteJobs(ListCallback done)
{
    if (!m_features.list)
        return done({}, Failure{ErrorKind::InvalidInput, tr("%1 does not support listing jobs.").arg(serverName())});
    HttpRequest r = HttpRequest::get(videosapi::endpoint(spec().baseUrl, QStringLiteral("/videos?limit=100&order=desc")));
    videosapi::authorize(&r, currentKey());
    applyTiming(&r, CallPhase::Other);
    r.maxRedirects = 0; // a redirect here leads to a web UI, never to a list
    http().send(r, [this, done](const HttpResponse &response) {
        if (auto f = unsupported(response, &m_features.list, tr("listing jobs")))
            return done({}, f);
        QList<videosapi::VideoJob> jobs;
        const QJsonArray data = QJsonDocument::fromJson(response.body).object().value(QStringLiteral("data")).toArray();
        for (const auto &item : data)
            if (auto job = videosapi::parseVideoJob(QJsonDocument(item.toObject()).toJson(QJsonDocument::Compact)))
                jobs.append(*job);
        done(jobs, std::nullopt);
    });
}

void VideosApiProvider::deleteRemoteJob(const QString &remoteId, DoneCallback done)
{
    if (!m_features.remove)
        return done(Failure{ErrorKind::InvalidInput, tr("%1 does not support deleting jobs.").arg(serverName())});
    HttpRequest r = videosapi::pollRequest(spec(), remoteId, currentKey());
    r.method = net::HttpMethod::Delete;
    applyTiming(&r, CallPhase::Other);
    r.maxRedirects = 0;
    http().send(r, [this, done](const HttpResponse &response) {
        // A video object, {deleted:true}, or 404 (already gone) all mean "not there any more".
        if (!response.isTransportError() && response.status == 404 && response.looksLikeJson())
            return done(std::nullopt);
        done(unsupported(response, &m_features.remove, tr("deleting jobs")));
    });
}

HttpRequest VideosApiProvider::remixRequest(const QString &remoteId, const QString &prompt, const QString &key) const
{
    HttpRequest r;
    r.method = net::HttpMethod::Post;
    r.url = videosapi::endpoint(spec().baseUrl,
                                QStringLiteral("/videos/%1/remix").arg(QString::fromUtf8(QUrl::toPercentEncoding(remoteId))));
    videosapi::authorize(&r, key);
    r.multipart.append({"prompt", prompt.toUtf8(), QString(), QByteArray(), QByteArray()});
    r.maxRedirects = 0; // a redirect here leads to a web UI
    return r;
}

void VideosApiProvider::remix(const QString &remoteId, const QString &prompt, RemixCallback done)
{
    if (!m_features.remix)
        return done(QString(), Failure{ErrorKind::InvalidInput, tr("%1 does not support remix.").arg(serverName())});
    HttpRequest r = remixRequest(remoteId, prompt, currentKey());
    applyTiming(&r, CallPhase::Create);
    http().send(r, [this, done](const HttpResponse &response) {
        if (auto f = unsupported(response, &m_features.remix, tr("remix")))
            return done(QString(), f);
        const auto job = videosapi::parseVideoJob(response.body);
        if (!job || job->id.isEmpty())
            return done(QString(), Failure{ErrorKind::Unknown, tr("%1 sent no id for the remix.").arg(serverName())});
        done(job->id, std::nullopt);
    });
}

} // namespace rc
