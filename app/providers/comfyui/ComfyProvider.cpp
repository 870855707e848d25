#include "providers/comfyui/ComfyProvider.h"

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

struct ComfyProvider::Active
{
    quint64 serial = 0;
    JobTicket ticket;
    QString key;
    std::optional<Workflow> workflow;
    QUrl server;
    QString promptId;
    QString clientId;
    QJsonObject graph;          // the bound graph, as sent
    bool resumed = false;
    bool posted = false;        // POST /prompt went out (or, resumed, was sent before)
    bool fetching = false;      // the result is being downloaded: status checks stop
    int absentChecks = 0;       // consecutive checks that found the prompt nowhere
    int resubmits = 0;
    qint64 gpuMs = -1;          // how long the server ran the prompt
    QWebSocket *socket = nullptr;
    QTimer *statusTimer = nullptr;
    net::HttpClient::CallId call = 0;
    net::HttpClient::CallId statusCall = 0;
    QElapsedTimer age;
    QElapsedTimer lastAnswer;   // since the server last answered anything
    // Progress: sampler steps dominate a video workflow's time.
    QStringList samplerNodes;   // in the order their steps began
    int stepValue = 0;
    int stepMax = 0;
    QElapsedTimer samplerClock; // since the current sampler's first step
    int queueAhead = -1;
    QString node;
    int lastPercent = -2;
    int lastEta = -2;
    QString lastDetail;
    std::shared_ptr<std::atomic<bool>> cancelled = std::make_shared<std::atomic<bool>>(false);
};

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

void ComfyProvider::chooseServer(JobId id, quint64 serial)
{
    Active *a = job(id, serial);
    if (!a)
        return;
    setDetail(*a, tr("Asking the servers which is free"));
    auto *s = new ServerSurvey(m_http, m_settings, a->key, this);
    s->run(ServerSurvey::Depth::QueueOnly, m_objectInfo, [this, s, id, serial](const QList<ServerReport> &reports) {
        s->deleteLater();
        for (const ServerReport &r : reports)
            if (!r.objectInfo.isEmpty())
                m_objectInfo[r.server.toString()] = r.objectInfo;
        Active *a = job(id, serial);
        if (!a)
            return;
        ErrorKind kind = ErrorKind::Network;
        QString why;
        const auto server = comfyui::chooseServer(reports, a->ticket.request.model, a->ticket.request.hasImage(),
                                                  m_turn++, &kind, &why);
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

void ComfyProvider::openSocket(Active &a)
{
    if (a.socket) {
        a.socket->disconnect(this);
        a.socket->abort();
        a.socket->deleteLater();
    }
    const JobId id = a.ticket.jobId;
    const quint64 serial = a.serial;
    a.socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    // The request carries no Origin header: ComfyUI refuses one that differs from its host.
    QNetworkRequest nr(webSocketUrl(a.server, a.clientId));
    if (!a.key.isEmpty())
        nr.setRawHeader("Authorization", "Bearer " + a.key.toUtf8());
    QWebSocket *socket = a.socket;
    connect(socket, &QWebSocket::connected, this, [this, id, serial] {
        if (Active *a = job(id, serial); a && !a->posted)
            postPrompt(id, serial);
    });
    connect(socket, &QWebSocket::textMessageReceived, this,
            [this, id, serial](const QString &text) { onSocketText(id, serial, text); });
    connect(socket, &QWebSocket::disconnected, this, [this, id, serial, socket] {
        Active *a = job(id, serial);
        if (!a || a->socket != socket || a->fetching)
            return;
        if (!a->posted) {
            // No socket to be had (a proxy without WebSocket): submit anyway and follow by polling.
            qCInfo(lcNet) << "no progress socket for job" << id << ":" << socket->errorString();
            return postPrompt(id, serial);
        }
        // Reconnect with the same client id; the status checks go on meanwhile.
        QTimer::singleShot(1000, this, [this, id, serial, socket] {
            if (Active *again = job(id, serial); again && again->socket == socket && !again->fetching)
                openSocket(*again);
        });
    });
    socket->open(nr);
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

void ComfyProvider::startFollowing(Active &a)
{
    if (!a.statusTimer) {
        a.statusTimer = new QTimer(this);
        const JobId id = a.ticket.jobId;
        const quint64 serial = a.serial;
        connect(a.statusTimer, &QTimer::timeout, this, [this, id, serial] { checkStatus(id, serial); });
    }
    // Polling is the safety net under the socket: a slow, steady interval is enough.
    a.statusTimer->start(qBound(20, m_settings.timing.poll.maxMs, 5000));
    if (!a.socket)
        openSocket(a);
    checkStatus(a.ticket.jobId, a.serial);
}

void ComfyProvider::checkStatus(JobId id, quint64 serial)
{
    Active *a = job(id, serial);
    if (!a || a->fetching || a->statusCall)
        return;
    net::HttpRequest r = request(*a, net::HttpMethod::Get, QStringLiteral("/history/") + a->promptId);
    r.retry = net::RetryMode::Never; // the timer asks again; a retry here would only pile up
    r.connectTimeoutMs = qMin(r.connectTimeoutMs, 10000);
    r.logName = QStringLiteral("poll");
    a->statusCall = m_http->send(r, [this, id, serial](const net::HttpResponse &resp) { onHistory(id, serial, resp); });
}

void ComfyProvider::onHistory(JobId id, quint64 serial, const net::HttpResponse &r)
{
    Active *a = job(id, serial);
    if (!a)
        return;
    a->statusCall = 0;
    if (a->fetching)
        return;
    if (r.isTransportError() || r.status >= 500 || r.status == 429)
        return serverSilent(*a, r);
    a->lastAnswer.restart();
    const HistoryEntry h = parseHistory(r.body, a->promptId, a->workflow ? a->workflow->outputNodes() : QStringList());
    switch (h.state) {
    case HistoryEntry::Succeeded:
        if (!h.video)
            return finishFailed(id, ErrorKind::Server,
                                tr("%1 finished the job but saved no video (does the workflow end in SaveVideo?).")
                                    .arg(serverName(a->server)));
        if (h.startMs >= 0 && h.endMs >= h.startMs)
            a->gpuMs = h.endMs - h.startMs;
        return download(*a, *h.video);
    case HistoryEntry::Failed: {
        const ExecutionFailure f = describeExecutionError(h.exceptionType, h.message, QString(), serverName(a->server));
        return finishFailed(id, f.kind, f.message);
    }
    case HistoryEntry::Interrupted:
        return finishFailed(id, ErrorKind::Server, tr("The job was stopped on %1 (interrupted there).").arg(serverName(a->server)));
    case HistoryEntry::Absent:
        break;
    }
    net::HttpRequest q = request(*a, net::HttpMethod::Get, QStringLiteral("/queue"));
    q.retry = net::RetryMode::Never;
    q.logName = QStringLiteral("queue");
    a->statusCall = m_http->send(q, [this, id, serial](const net::HttpResponse &resp) { onQueue(id, serial, resp); });
}

void ComfyProvider::onQueue(JobId id, quint64 serial, const net::HttpResponse &r)
{
    Active *a = job(id, serial);
    if (!a)
        return;
    a->statusCall = 0;
    if (a->fetching)
        return;
    if (!r.isHttpSuccess())
        return serverSilent(*a, r);
    a->lastAnswer.restart();
    const QueuePlace place = findInQueue(r.body, a->promptId);
    if (place.state == QueuePlace::Absent) {
        // History is written before the prompt leaves the queue; twice absent is really absent.
        if (++a->absentChecks >= 2)
            lost(*a);
        return;
    }
    a->absentChecks = 0;
    if (place.state == QueuePlace::Pending) {
        a->queueAhead = place.ahead;
        setDetail(*a, tr("Waiting on %1: %n job(s) ahead", nullptr, place.ahead).arg(serverName(a->server)));
    } else if (a->queueAhead != 0 && a->samplerNodes.isEmpty()) {
        a->queueAhead = 0;
        setDetail(*a, tr("Running on %1").arg(serverName(a->server)));
    }
    reportProgress(*a);
}

void ComfyProvider::serverSilent(Active &a, const net::HttpResponse &r)
{
    const QString name = serverName(a.server);
    const qint64 silentMs = a.lastAnswer.elapsed();
    if (silentMs > qint64(m_settings.silentLimitSec) * 1000)
        return finishFailed(a.ticket.jobId, ErrorKind::Network,
                            tr("%1 has not answered for %n minute(s) (%2). The job may still be running there: "
                               "\"reelcraft resume\" picks it up when the server is back.",
                               nullptr, int(silentMs / 60000))
                                .arg(name, r.isTransportError() ? r.errorText : tr("HTTP %1").arg(r.status)));
    setDetail(a, tr("%1 does not answer; waiting for it").arg(name));
}

void ComfyProvider::lost(Active &a)
{
    const JobId id = a.ticket.jobId;
    const QString name = serverName(a.server);
    // Submitted by this very process and lost by a restarted server: it provably will not run
    // there, so the pool may take it again. A job found after Reelcraft's own restart is the
    // user's call, since its first submission may still be somewhere.
    if (!a.resumed && a.resubmits < 2) {
        ++a.resubmits;
        qCInfo(lcNet) << "job" << id << "was lost by" << a.server.toString() << "; submitting it again";
        setDetail(a, tr("%1 lost the job (it restarted); sending it again").arg(name));
        if (a.statusTimer)
            a.statusTimer->stop();
        if (a.socket) {
            a.socket->disconnect(this);
            a.socket->abort();
            a.socket->deleteLater();
            a.socket = nullptr;
        }
        m_objectInfo.erase(a.server.toString()); // a restarted server may have other nodes now
        return chooseServer(id, a.serial);
    }
    finishFailed(id, ErrorKind::Interrupted,
                 tr("%1 no longer knows this job: the server restarted and lost its queue. Nothing more will come "
                    "from it; generate the clip again to submit it anew.").arg(name));
}

void ComfyProvider::onSocketText(JobId id, quint64 serial, const QString &text)
{
    Active *a = job(id, serial);
    if (!a || a->fetching)
        return;
    const SocketEvent e = parseSocketEvent(text);
    if (e.type == SocketEvent::Status) {
        if (a->samplerNodes.isEmpty() && e.queueRemaining > 1 && a->queueAhead < 0)
            setDetail(*a, tr("Waiting on %1").arg(serverName(a->server)));
        return;
    }
    if (e.promptId != a->promptId)
        return; // another client's prompt on a shared server
    a->lastAnswer.restart();
    auto title = [a](const QString &node) {
        const QJsonObject n = a->graph.value(node).toObject();
        const QString t = n.value(QLatin1String("_meta")).toObject().value(QLatin1String("title")).toString();
        return t.isEmpty() ? n.value(QLatin1String("class_type")).toString() : t;
    };
    switch (e.type) {
    case SocketEvent::Started:
        a->queueAhead = 0;
        setDetail(*a, tr("Running on %1").arg(serverName(a->server)));
        break;
    case SocketEvent::Executing:
        if (e.node.isEmpty())
            return checkStatus(id, serial); // the prompt is done: history has it now
        a->node = e.node;
        if (a->samplerNodes.isEmpty() || a->samplerNodes.last() != e.node)
            setDetail(*a, title(e.node));
        break;
    case SocketEvent::Progress:
        if (e.max > 1) {
            if (!a->samplerNodes.contains(e.node)) {
                a->samplerNodes.append(e.node);
                a->samplerClock.start();
            }
            a->stepValue = e.value;
            a->stepMax = e.max;
            setDetail(*a, tr("Step %1 of %2 · %3").arg(e.value).arg(e.max).arg(title(e.node)));
        }
        break;
    case SocketEvent::Succeeded:
        return checkStatus(id, serial);
    case SocketEvent::Error: {
        const ExecutionFailure f = describeExecutionError(e.exceptionType, e.message, e.nodeType, serverName(a->server));
        return finishFailed(id, f.kind, f.message);
    }
    case SocketEvent::Interrupted:
        if (!a->cancelled->load())
            return finishFailed(id, ErrorKind::Server,
                                tr("The job was stopped on %1 (interrupted there).").arg(serverName(a->server)));
        return;
    default:
        return;
    }
    reportProgress(*a);
}

void ComfyProvider::reportProgress(Active &a)
{
    int percent = -1;
    int eta = -1;
    if (!a.samplerNodes.isEmpty() && a.stepMax > 0) {
        const int samplers = a.workflow ? a.workflow->samplerCount() : 1;
        const int done = int(a.samplerNodes.size()) - 1;
        const double fraction = (done + double(a.stepValue) / a.stepMax) / qMax(samplers, done + 1);
        // The sampling is most of the work; loading models before and decoding after are the rest.
        percent = qBound(1, int(5 + 90 * fraction), 99);
        if (a.stepValue > 0 && a.samplerClock.isValid()) {
            const double secPerStep = a.samplerClock.elapsed() / 1000.0 / a.stepValue;
            const int stepsLeft = (a.stepMax - a.stepValue) + qMax(0, samplers - done - 1) * a.stepMax;
            eta = int(secPerStep * stepsLeft + 0.5);
        }
    }
    if (percent == a.lastPercent && eta == a.lastEta)
        return;
    a.lastPercent = percent;
    a.lastEta = eta;
    Q_EMIT progressed(a.ticket.jobId, percent, eta);
}

void ComfyProvider::setDetail(Active &a, const QString &detail)
{
    if (detail == a.lastDetail)
        return;
    a.lastDetail = detail;
    Q_EMIT detailChanged(a.ticket.jobId, detail);
}

void ComfyProvider::download(Active &a, const OutputFile &file)
{
    const JobId id = a.ticket.jobId;
    const quint64 serial = a.serial;
    a.fetching = true;
    if (a.statusTimer)
        a.statusTimer->stop();
    if (a.socket) {
        a.socket->disconnect(this);
        a.socket->close();
    }
    a.stepValue = a.stepMax;
    Q_EMIT progressed(id, 100, 0);
    if (!job(id, serial))
        return;
    Q_EMIT downloading(id);
    if (!job(id, serial))
        return;
    net::HttpRequest r = request(a, net::HttpMethod::Get, QStringLiteral("/view"),
                                 {{QStringLiteral("filename"), file.filename},
                                  {QStringLiteral("subfolder"), file.subfolder},
                                  {QStringLiteral("type"), file.type}});
    r.timeoutMs = 0;
    r.downloadPath = a.ticket.videoPath;
    r.logName = QStringLiteral("download");
    a.call = m_http->send(r, [this, id, serial](const net::HttpResponse &resp) { onDownloaded(id, serial, resp); });
}

void ComfyProvider::onDownloaded(JobId id, quint64 serial, const net::HttpResponse &r)
{
    Active *a = job(id, serial);
    if (!a)
        return;
    a->call = 0;
    if (!r.isHttpSuccess()) {
        QFile::remove(a->ticket.videoPath + QStringLiteral(".part"));
        if (r.status == 404)
            return finishFailed(id, ErrorKind::Server,
                                tr("%1 finished the job, but its video is no longer in the server's output folder.")
                                    .arg(serverName(a->server)));
        const net::Failure f = net::describeFailure(r, net::CallPhase::Download, serverName(a->server));
        return finishFailed(id, f.kind, f.message);
    }
    net::ResultFilesInput input;
    input.videoPath = a->ticket.videoPath;
    input.thumbnailPath = a->ticket.thumbnailPath;
    input.serverName = serverName(a->server);
    input.media = m_deps.media;
    input.cancelled = a->cancelled;
    QFuture<net::ResultFiles> done = QtConcurrent::run([input] { return net::finishResultFiles(input); });
    m_background.append(QFuture<void>(done));
    done.then(this, [this, id, serial](const net::ResultFiles &result) { onFilesDone(id, serial, result); });
}

void ComfyProvider::onFilesDone(JobId id, quint64 serial, const net::ResultFiles &result)
{
    Active *a = job(id, serial);
    if (!a || a->cancelled->load()) {
        if (!result.output.videoPath.isEmpty())
            QFile::remove(result.output.videoPath);
        return;
    }
    if (result.failure)
        return finishFailed(id, result.failure->kind, result.failure->message);
    ProviderResult out;
    out.output = result.output;
    // A rented GPU is billed for the time it ran the prompt, as the server's own timestamps say.
    if (!m_settings.pricePerGpuSecond.isZero() && a->gpuMs >= 0)
        out.reportedCost = Money::fromMicros(qint64(double(m_settings.pricePerGpuSecond.micros()) * a->gpuMs / 1000.0 + 0.5));
    releaseServerCopy(*a);
    auto node = m_jobs.extract(id);
    delete node.mapped()->statusTimer;
    if (QWebSocket *s = node.mapped()->socket)
        s->deleteLater();
    qCInfo(lcNet) << "job" << id << "finished on" << node.mapped()->server.toString();
    Q_EMIT succeeded(id, out);
}

void ComfyProvider::releaseServerCopy(const Active &a)
{
    if (!m_settings.freeServerCopy)
        return;
    sendAndForget(a, QStringLiteral("/history"), {{QStringLiteral("delete"), QJsonArray{a.promptId}}});
}

void ComfyProvider::finishFailed(JobId id, ErrorKind kind, const QString &message)
{
    auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return;
    auto node = m_jobs.extract(it);
    Active &a = *node.mapped();
    a.cancelled->store(true);
    if (a.call)
        m_http->cancel(a.call);
    if (a.statusCall)
        m_http->cancel(a.statusCall);
    delete a.statusTimer;
    if (a.socket) {
        a.socket->disconnect(this);
        a.socket->abort();
        a.socket->deleteLater();
    }
    if (!a.ticket.videoPath.isEmpty())
        QFile::remove(a.ticket.videoPath + QStringLiteral(".part"));
    qCInfo(lcNet).noquote() << QStringLiteral("job %1 failed on %2 (%3): %4").arg(id).arg(spec().id, errorKindName(kind), message);
    Q_EMIT failed(id, kind, message);
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
