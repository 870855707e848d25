#include "providers/comfyui/ComfyActiveJob.h"

#include "core/Logging.h"
#include "providers/remote/HttpFailure.h"
#include "providers/remote/RemoteMedia.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>
#include <QUuid>
#include <QWebSocket>
#include <QtConcurrent/QtConcurrentRun>

namespace rc::comfyui {

ComfyProvider::ComfyProvider(ProviderSpec spec, ComfyDeps deps, QObject *parent)
    : Provider(std::move(spec), parent),
      m_deps(std::move(deps)),
      m_settings(ComfySettings::fromSpec(this->spec())),
      m_http(new net::HttpClient(this))
{
    m_http->setRetryPolicy(m_settings.timing.retry);
}

ComfyProvider::~ComfyProvider()
{
    for (auto &f : m_background)
        f.waitForFinished();
}

QString ComfyProvider::remoteIdFor(const QUrl &server, const QString &promptId, const QString &clientId)
{
    return server.toString() + QLatin1Char('|') + promptId + QLatin1Char('|') + clientId;
}

bool ComfyProvider::parseRemoteId(const QString &remoteId, QUrl *server, QString *promptId, QString *clientId)
{
    const QStringList parts = remoteId.split(QLatin1Char('|'));
    if (parts.size() != 3 || parts.at(1).isEmpty())
        return false;
    *server = QUrl(parts.at(0));
    *promptId = parts.at(1);
    *clientId = parts.at(2);
    return server->isValid() && !server->host().isEmpty();
}

ComfyProvider::Active *ComfyProvider::job(JobId id, quint64 serial)
{
    auto it = m_jobs.find(id);
    if (it == m_jobs.end() || (serial && it->second->serial != serial))
        return nullptr;
    return it->second.get();
}

QString ComfyProvider::serverName(const QUrl &server) const
{
    const QString name = spec().label.isEmpty() ? spec().id : spec().label;
    if (m_settings.servers.size() <= 1 || server.isEmpty())
        return name;
    return QStringLiteral("%1 (%2)").arg(name, server.authority());
}

net::HttpRequest ComfyProvider::request(const Active &a, net::HttpMethod method, const QString &path,
                                        const QList<QPair<QString, QString>> &query) const
{
    net::HttpRequest r;
    r.method = method;
    r.url = endpoint(a.server, path, query);
    r.connectTimeoutMs = m_settings.timing.connectTimeoutMs;
    r.timeoutMs = m_settings.timing.requestTimeoutMs;
    r.lowSpeedSec = m_settings.timing.lowSpeedSec;
    r.retry = net::RetryMode::Idempotent;
    r.logName = path.mid(1);
    // The key goes only to the pool's own servers: every URL here is built from one of them.
    if (!a.key.isEmpty())
        r.setSecretHeader("Authorization", "Bearer " + a.key.toUtf8());
    return r;
}

void ComfyProvider::survey(ServerSurvey::Done done)
{
    const QString key = m_deps.keys ? m_deps.keys->key(spec().id, spec().keyEnv) : QString();
    auto *s = new ServerSurvey(m_http, m_settings, key, this);
    s->run(ServerSurvey::Depth::Full, {}, [this, s, done](const QList<ServerReport> &reports) {
        for (const ServerReport &r : reports)
            if (!r.objectInfo.isEmpty())
                m_objectInfo[r.server.toString()] = r.objectInfo;
        s->deleteLater();
        done(reports);
    });
}

void ComfyProvider::start(const JobTicket &ticket)
{
    const JobId id = ticket.jobId;
    if (m_jobs.count(id)) {
        qCWarning(lcNet) << "job" << id << "is already running on" << spec().id;
        return;
    }
    auto owned = std::make_unique<Active>();
    Active &a = *owned;
    a.serial = m_nextSerial++;
    a.ticket = ticket;
    a.age.start();
    a.lastAnswer.start();
    if (m_deps.keys)
        a.key = m_deps.keys->key(spec().id, spec().keyEnv);
    m_jobs.emplace(id, std::move(owned));
    const quint64 serial = a.serial;

    QString error;
    a.workflow = workflowFor(m_settings, ticket.request.model, ticket.request.hasImage(), &error);
    if (!ticket.remoteId.isEmpty()) {
        a.resumed = true;
        a.posted = true;
        if (!parseRemoteId(ticket.remoteId, &a.server, &a.promptId, &a.clientId))
            error = tr("The job's ComfyUI id \"%1\" is not one Reelcraft wrote.").arg(ticket.remoteId);
    }
    // Signals never fire from inside start(): the caller may not be ready for them yet.
    QTimer::singleShot(0, this, [this, id, serial, error] {
        Active *a = job(id, serial);
        if (!a)
            return;
        if (!error.isEmpty())
            return finishFailed(id, a->resumed ? ErrorKind::Internal : ErrorKind::InvalidInput, error);
        if (a->resumed) {
            qCInfo(lcNet) << "resuming job" << id << "on" << a->server.toString() << "as" << a->promptId;
            Q_EMIT running(id);
            if (job(id, serial))
                startFollowing(*a);
            return;
        }
        chooseServer(id, serial);
    });
}

void ComfyProvider::chooseServer(JobId id, quint64 serial, const QUrl &lostOn)
{
    Active *a = job(id, serial);
    if (!a)
        return;
    setDetail(*a, tr("Asking the servers which is free"));
    auto *s = new ServerSurvey(m_http, m_settings, a->key, this);
    s->run(ServerSurvey::Depth::QueueOnly, m_objectInfo, [this, s, id, serial, lostOn](const QList<ServerReport> &reports) {
        s->deleteLater();
        for (const ServerReport &r : reports)
            if (!r.objectInfo.isEmpty())
                m_objectInfo[r.server.toString()] = r.objectInfo;
        Active *a = job(id, serial);
        if (!a)
            return;
        ErrorKind kind = ErrorKind::Network;
        QString why;
        const QString model = a->ticket.request.model;
        const bool withPhoto = a->ticket.request.hasImage();
        // A job lost by a restarted server goes to another one if any can take it: the same
        // server may well restart again on this very prompt. It stays the last resort, which is
        // safe: it has just said twice that it does not have the prompt.
        std::optional<QUrl> server;
        if (!lostOn.isEmpty()) {
            QList<ServerReport> others;
            for (const ServerReport &r : reports)
                if (r.server != lostOn)
                    others.append(r);
            server = comfyui::chooseServer(others, model, withPhoto, m_turn, &kind, &why);
        }
        if (!server)
            server = comfyui::chooseServer(reports, model, withPhoto, m_turn, &kind, &why);
        ++m_turn;
        if (!server)
            return finishFailed(id, kind, why);
        a->server = *server;
        qCInfo(lcNet) << "job" << id << "goes to" << a->server.toString();
        if (a->ticket.request.hasImage())
            prepareUpload(id, serial);
        else
            submit(id, serial, QString());
    });
}

void ComfyProvider::prepareUpload(JobId id, quint64 serial)
{
    Active *a = job(id, serial);
    if (!a)
        return;
    setDetail(*a, tr("Sending the photo"));
    struct Fitted { QString path; QString error; };
    const GenerationRequest req = a->ticket.request;
    const net::MediaHooks media = m_deps.media;
    const QString inputsDir = m_deps.inputsDir;
    const QString tag = QStringLiteral("comfy-%1").arg(id);
    // Fitting a photo decodes and scales it: a pool thread, values only.
    QFuture<Fitted> fitted = QtConcurrent::run([=] {
        Fitted f;
        f.path = fittedInputPath(media, inputsDir, req.imagePath, tag, req.size.width, req.size.height,
                                 req.focalPoint, &f.error);
        return f;
    });
    m_background.append(QFuture<void>(fitted));
    fitted.then(this, [this, id, serial](const Fitted &f) {
        m_background.erase(std::remove_if(m_background.begin(), m_background.end(),
                                          [](const QFuture<void> &x) { return x.isFinished(); }),
                           m_background.end());
        if (!job(id, serial))
            return;
        if (f.path.isEmpty())
            return finishFailed(id, ErrorKind::InvalidInput, f.error);
        upload(id, serial, f.path);
    });
}

void ComfyProvider::upload(JobId id, quint64 serial, const QString &fittedPath)
{
    Active *a = job(id, serial);
    if (!a)
        return;
    net::HttpRequest r = request(*a, net::HttpMethod::Post, QStringLiteral("/upload/image"));
    net::MultipartPart file;
    file.name = "image";
    file.filePath = fittedPath;
    // A name of its own per job, so two jobs never overwrite each other's photo on the server.
    file.fileName = QStringLiteral("reelcraft-%1-%2.jpg").arg(id).arg(serial).toUtf8();
    file.contentType = "image/jpeg";
    net::MultipartPart overwrite;
    overwrite.name = "overwrite";
    overwrite.value = "true";
    net::MultipartPart type;
    type.name = "type";
    type.value = "input";
    r.multipart = {file, overwrite, type};
    r.timeoutMs = m_settings.timing.createTimeoutMs;
    a->call = m_http->send(r, [this, id, serial](const net::HttpResponse &resp) {
        Active *a = job(id, serial);
        if (!a)
            return;
        a->call = 0;
        if (!resp.isHttpSuccess()) {
            const net::Failure f = net::describeFailure(resp, net::CallPhase::Other, serverName(a->server));
            return finishFailed(id, f.kind, f.message);
        }
        const QJsonObject o = QJsonDocument::fromJson(resp.body).object();
        const QString name = o.value(QLatin1String("name")).toString();
        const QString sub = o.value(QLatin1String("subfolder")).toString();
        if (name.isEmpty())
            return finishFailed(id, ErrorKind::Server,
                                tr("%1 took the photo but did not say under which name.").arg(serverName(a->server)));
        submit(id, serial, sub.isEmpty() ? name : sub + QLatin1Char('/') + name);
    });
}

void ComfyProvider::submit(JobId id, quint64 serial, const QString &imageName)
{
    Active *a = job(id, serial);
    if (!a)
        return;
    const GenerationRequest &req = a->ticket.request;
    WorkflowInputs in;
    in.prompt = req.prompt;
    in.negativePrompt = req.negativePrompt;
    in.seed = req.seed;
    in.size = req.size;
    in.fps = a->workflow->savedFps();
    // ComfyUI's video latents hold 4k+1 (Wan) or 8k+1 (LTX) frames: seconds x fps + 1 is both.
    in.frames = req.durationSec * in.fps + 1;
    in.imageName = imageName;
    a->graph = a->workflow->bind(in);
    a->promptId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    a->clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    a->posted = false;
    a->absentChecks = 0;
    // A new submission starts its progress afresh, and this process now knows what it sent.
    a->resumed = false;
    a->samplerNodes.clear();
    a->stepValue = 0;
    a->stepMax = 0;
    a->queueAhead = -1;
    a->node.clear();
    a->gpuMs = -1;
    // Stored before anything is queued: after a crash the job is found again, never sent twice.
    Q_EMIT accepted(id, remoteIdFor(a->server, a->promptId, a->clientId));
    if (!job(id, serial))
        return;
    Q_EMIT running(id);
    if (!job(id, serial))
        return;
    reportProgress(*a);
    // The socket first, with the same client id as the prompt: no progress message is missed.
    openSocket(*a);
}


void ComfyProvider::postPrompt(JobId id, quint64 serial)
{
    Active *a = job(id, serial);
    if (!a || a->posted)
        return;
    a->posted = true;
    setDetail(*a, tr("Queueing on %1").arg(serverName(a->server)));
    net::HttpRequest r = request(*a, net::HttpMethod::Post, QStringLiteral("/prompt"));
    r.body = promptBody(a->graph, a->promptId, a->clientId);
    r.contentType = "application/json";
    r.retry = net::RetryMode::CreateOnce;
    r.timeoutMs = m_settings.timing.createTimeoutMs;
    r.logName = QStringLiteral("create");
    qCInfo(lcNet) << "submitting job" << id << "to" << a->server.toString() << "as" << a->promptId;
    a->call = m_http->send(r, [this, id, serial](const net::HttpResponse &resp) { onPosted(id, serial, resp); });
}

void ComfyProvider::onPosted(JobId id, quint64 serial, const net::HttpResponse &r)
{
    Active *a = job(id, serial);
    if (!a)
        return;
    a->call = 0;
    if (r.isHttpSuccess()) {
        a->lastAnswer.restart();
        return startFollowing(*a);
    }
    if (!r.isTransportError() && r.status == 400)
        return finishFailed(id, ErrorKind::InvalidInput, describePromptError(r.body, serverName(a->server)));
    if (r.isTransportError() && r.requestSent) {
        // It may have been queued: the status checks find out (and never post it again).
        qCInfo(lcNet) << "the answer to job" << id << "'s submission was lost; asking the server";
        return startFollowing(*a);
    }
    const net::Failure f = net::describeFailure(r, net::CallPhase::Other, serverName(a->server));
    finishFailed(id, f.kind, f.message);
}


void ComfyProvider::lost(Active &a)
{
    const JobId id = a.ticket.jobId;
    const QString name = serverName(a.server);
    // Reached only when the job's server answered twice, with a real queue and history, that it
    // has never heard of the prompt: ComfyUI keeps neither across a restart, so the first
    // submission cannot run any more, anywhere. A server that is merely silent never gets here.
    //  - A pool re-queues the job on another server, also when Reelcraft itself restarted
    //    meanwhile (the pool's promise: re-queued only once its server says it lacks the job).
    //  - A single server that lost a job this process submitted gets it again: it restarted
    //    while the job was watched. One found lost after Reelcraft's own restart is the user's
    //    call (a clear failure, "generate again"), as for every resumed job that is gone.
    // The new prompt id and server are stored (accepted) before the new POST, so a kill in
    // between leads `resume` to the new server, never to a second submission.
    const bool pool = m_settings.servers.size() > 1;
    constexpr int kMaxResubmits = 2; // a server that crashes on the prompt itself is not fed it forever
    if ((pool || !a.resumed) && a.resubmits < kMaxResubmits) {
        ++a.resubmits;
        qCInfo(lcNet) << "job" << id << "was lost by" << a.server.toString() << "; submitting it again";
        setDetail(a, tr("%1 restarted and lost the job; sending it again").arg(name));
        if (a.statusTimer)
            a.statusTimer->stop();
        if (a.socket) {
            a.socket->disconnect(this);
            a.socket->abort();
            a.socket->deleteLater();
            a.socket = nullptr;
        }
        const QUrl lostOn = a.server;
        m_objectInfo.erase(lostOn.toString()); // a restarted server may have other nodes now
        return chooseServer(id, a.serial, pool ? lostOn : QUrl());
    }
    finishFailed(id, ErrorKind::Interrupted,
                 tr("%1 no longer knows this job: the server restarted and lost its queue. Nothing more will come "
                    "from it; generate the clip again to submit it anew.").arg(name));
}

std::unique_ptr<ComfyProvider::Active> ComfyProvider::release(JobId id)
{
    auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return nullptr;
    std::unique_ptr<Active> a = std::move(m_jobs.extract(it).mapped());
    a->cancelled->store(true);
    if (a->call)
        m_http->cancel(a->call);
    if (a->statusCall)
        m_http->cancel(a->statusCall);
    delete a->statusTimer;
    a->statusTimer = nullptr;
    if (a->socket) {
        a->socket->disconnect(this);
        a->socket->abort();
        a->socket->deleteLater();
        a->socket = nullptr;
    }
    if (!a->ticket.videoPath.isEmpty())
        QFile::remove(a->ticket.videoPath + QStringLiteral(".part"));
    return a;
}

void ComfyProvider::finishFailed(JobId id, ErrorKind kind, const QString &message)
{
    if (!release(id))
        return;
    qCInfo(lcNet).noquote() << QStringLiteral("job %1 failed on %2 (%3): %4").arg(id).arg(spec().id, errorKindName(kind), message);
    Q_EMIT failed(id, kind, message);
}

void ComfyProvider::pauseJob(JobId id, ErrorKind why, const QString &message)
{
    // The prompt may be alive on its server: the job keeps its remote id for `resume`.
    if (!release(id))
        return;
    qCInfo(lcNet).noquote() << QStringLiteral("job %1 on %2 paused: %3").arg(id).arg(spec().id, message);
    Q_EMIT paused(id, why, message);
}

void ComfyProvider::sendAndForget(const Active &a, const QString &path, const QJsonObject &body)
{
    // Housekeeping on the server (queue delete, interrupt, history delete): nothing waits on it.
    net::HttpRequest r = request(a, net::HttpMethod::Post, path);
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.contentType = "application/json";
    m_http->send(r, [](const net::HttpResponse &) {});
}

void ComfyProvider::cancel(JobId jobId)
{
    Active *a = job(jobId, 0);
    if (!a)
        return;
    const quint64 serial = a->serial;
    a->cancelled->store(true);
    if (a->posted && !a->promptId.isEmpty()) {
        // Pending: out of the queue. Running: interrupt only this prompt, never another client's.
        sendAndForget(*a, QStringLiteral("/queue"), {{QStringLiteral("delete"), QJsonArray{a->promptId}}});
        sendAndForget(*a, QStringLiteral("/interrupt"), {{QStringLiteral("prompt_id"), a->promptId}});
    }
    QTimer::singleShot(0, this, [this, jobId, serial] {
        if (job(jobId, serial))
            finishFailed(jobId, ErrorKind::Cancelled, tr("Cancelled."));
    });
}

} // namespace rc::comfyui
