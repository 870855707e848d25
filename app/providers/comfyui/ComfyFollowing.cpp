// ComfyProvider's following half: once a prompt is queued, its progress over the WebSocket
// (with /history and /queue polled underneath), the server going silent, and the download of
// the result from /view with its checks. Submitting and re-queueing are in ComfyProvider.cpp.
#include "providers/comfyui/ComfyActiveJob.h"

#include "core/Logging.h"
#include "providers/remote/HttpFailure.h"
#include "providers/remote/RemoteMedia.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>
#include <QWebSocket>
#include <QtConcurrent/QtConcurrentRun>

namespace rc::comfyui {

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

ComfyProvider::Active *ComfyProvider::statusAnswerFor(JobId id, quint64 serial)
{
    Active *a = job(id, serial);
    if (!a)
        return nullptr;
    a->statusCall = 0;
    return a->fetching ? nullptr : a; // a download under way makes status answers moot
}

void ComfyProvider::onHistory(JobId id, quint64 serial, const net::HttpResponse &r)
{
    Active *a = statusAnswerFor(id, serial);
    if (!a)
        return;
    // Only ComfyUI's own answer counts: an error page in front of a dead server proves nothing.
    HistoryEntry h;
    h.state = HistoryEntry::Unreadable;
    if (r.isHttpSuccess())
        h = parseHistory(r.body, a->promptId, a->workflow ? a->workflow->outputNodes() : QStringList());
    if (h.state == HistoryEntry::Unreadable)
        return serverSilent(*a, r);
    a->lastAnswer.restart();
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
    case HistoryEntry::Unreadable:
        break;
    }
    net::HttpRequest q = request(*a, net::HttpMethod::Get, QStringLiteral("/queue"));
    q.retry = net::RetryMode::Never;
    q.logName = QStringLiteral("queue");
    a->statusCall = m_http->send(q, [this, id, serial](const net::HttpResponse &resp) { onQueue(id, serial, resp); });
}

void ComfyProvider::onQueue(JobId id, quint64 serial, const net::HttpResponse &r)
{
    Active *a = statusAnswerFor(id, serial);
    if (!a)
        return;
    QueuePlace place;
    place.state = QueuePlace::Unreadable;
    if (r.isHttpSuccess())
        place = findInQueue(r.body, a->promptId);
    if (place.state == QueuePlace::Unreadable)
        return serverSilent(*a, r);
    a->lastAnswer.restart();
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
    // A server that does not answer may still be running the prompt: the job waits for it and is
    // never sent elsewhere meanwhile (only a server that answers without it frees it, see lost()).
    const QString name = serverName(a.server);
    const QString why = r.isTransportError() ? r.errorText
        : r.isHttpSuccess()                  ? tr("its answer is not ComfyUI's")
                                             : tr("HTTP %1").arg(r.status);
    const qint64 silentMs = a.lastAnswer.elapsed();
    if (silentMs > qint64(m_settings.silentLimitSec) * 1000)
        return pauseJob(a.ticket.jobId, ErrorKind::Network,
                        tr("%1 has not answered for %n minute(s) (%2). The job may still be running there: "
                           "\"reelcraft resume\" picks it up when the server is back.",
                           nullptr, int(qMax<qint64>(1, silentMs / 60000)))
                            .arg(name, why));
    setDetail(a, tr("%1 does not answer (%2); the job waits for it there").arg(name, why));
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

} // namespace rc::comfyui
