#include "support/FakeComfyServer.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>
#include <QWebSocket>
#include <QWebSocketServer>

namespace rc::test {
namespace {

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

bool isSampler(const QString &cls)
{
    return cls == QLatin1String("KSampler") || cls == QLatin1String("KSamplerAdvanced") || cls == QLatin1String("SamplerCustom");
}

} // namespace

FakeComfyServer::FakeComfyServer(QObject *parent)
    : QObject(parent),
      m_ws(new QWebSocketServer(QStringLiteral("fake-comfyui"), QWebSocketServer::NonSecureMode, this)),
      m_stepTimer(new QTimer(this))
{
    m_http.setHandler([this](const RecordedRequest &r) { return handle(r); });
    m_http.setWebSocketUpgrade([this](QTcpSocket *socket) {
        if (m_silent) {
            ++m_unanswered;
            socket->abort();
            socket->deleteLater();
            return;
        }
        m_ws->handleConnection(socket);
    });
    connect(m_ws, &QWebSocketServer::newConnection, this, &FakeComfyServer::onSocket);
    connect(m_stepTimer, &QTimer::timeout, this, &FakeComfyServer::step);
}

FakeComfyServer::~FakeComfyServer()
{
    for (auto &s : m_sockets)
        s.second->abort();
}

bool FakeComfyServer::listen()
{
    if (!m_http.listen())
        return false;
    m_port = m_http.port();
    m_alive = true;
    return true;
}

void FakeComfyServer::removeNode(const QString &classType)
{
    m_removedNodes.insert(classType);
}

void FakeComfyServer::removeModelFile(const QString &file)
{
    m_removedFiles.insert(file);
}

void FakeComfyServer::setGpu(const QString &name, qint64 vramTotalBytes, qint64 vramFreeBytes)
{
    m_gpu = name;
    m_vramTotal = vramTotalBytes;
    m_vramFree = vramFreeBytes;
}

void FakeComfyServer::setHold(bool hold)
{
    m_hold = hold;
}

void FakeComfyServer::failNextExecution(const QString &exceptionType, const QString &message)
{
    m_failNext = std::make_pair(exceptionType, message);
}

void FakeComfyServer::die()
{
    m_alive = false;
    m_silent = false;
    m_stepTimer->stop();
    m_running.reset();
    m_pending.clear();
    m_history = QJsonObject();
    m_http.close();
    dropSockets();
}

void FakeComfyServer::dropSockets()
{
    const auto sockets = m_sockets;
    m_sockets.clear();
    for (auto &s : sockets) {
        s.second->abort();
        s.second->deleteLater();
    }
}

bool FakeComfyServer::restart()
{
    if (m_alive)
        die();
    if (!m_http.listen(m_port))
        return false;
    m_alive = true;
    return true;
}

void FakeComfyServer::stopAnswering()
{
    m_silent = true;
    m_http.dropConnections();
    dropSockets();
}

QString FakeComfyServer::runningPromptId() const
{
    return m_running ? m_running->id : QString();
}

int FakeComfyServer::socketCount() const
{
    return int(m_sockets.size());
}

FakeResponse FakeComfyServer::handle(const RecordedRequest &r)
{
    if (m_silent) {
        ++m_unanswered;
        FakeResponse none;
        none.misbehaviour = FakeResponse::Drop;
        return none;
    }
    // Loopback servers refuse a browser page from elsewhere: an Origin whose host is not the Host.
    const QByteArray origin = r.header("origin");
    if (!origin.isEmpty() && QUrl(QString::fromUtf8(origin)).authority() != QString::fromUtf8(r.header("host")))
        return FakeResponse::json(403, "{}");
    QString path = r.path;
    if (path.startsWith(QLatin1String("/api/")))
        path = path.mid(4);
    const bool get = r.method == "GET";
    if (path == QLatin1String("/prompt"))
        return get ? FakeResponse::json(200, compact(statusData().value(QLatin1String("status")).toObject())) : postPrompt(r);
    if (path == QLatin1String("/queue"))
        return get ? FakeResponse::json(200, compact(queueJson())) : postQueue(r);
    if (path == QLatin1String("/interrupt") && !get)
        return postInterrupt(r);
    if (path == QLatin1String("/history") && get)
        return FakeResponse::json(200, compact(m_history));
    if (path == QLatin1String("/history") && !get) {
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        if (body.value(QLatin1String("clear")).toBool())
            m_history = QJsonObject();
        for (const QJsonValue &id : body.value(QLatin1String("delete")).toArray())
            m_history.remove(id.toString());
        FakeResponse ok;
        return ok;
    }
    if (path.startsWith(QLatin1String("/history/")) && get) {
        const QString id = path.mid(9);
        QJsonObject out;
        if (m_history.contains(id))
            out.insert(id, m_history.value(id));
        return FakeResponse::json(200, compact(out));
    }
    if (path == QLatin1String("/view") && get)
        return view(r);
    if (path == QLatin1String("/upload/image") && !get)
        return upload(r);
    if (path == QLatin1String("/system_stats") && get) {
        const QJsonObject system{{QStringLiteral("os"), QStringLiteral("posix")},
                                 {QStringLiteral("ram_total"), 68719476736.0},
                                 {QStringLiteral("ram_free"), 60000000000.0},
                                 {QStringLiteral("comfyui_version"), QStringLiteral("0.3.66")},
                                 {QStringLiteral("python_version"), QStringLiteral("3.12.3")},
                                 {QStringLiteral("pytorch_version"), QStringLiteral("2.8.0+cu128")},
                                 {QStringLiteral("embedded_python"), false},
                                 {QStringLiteral("argv"), QJsonArray{QStringLiteral("main.py")}}};
        const QJsonObject device{{QStringLiteral("name"), QStringLiteral("cuda:0 %1 : cudaMallocAsync").arg(m_gpu)},
                                 {QStringLiteral("type"), QStringLiteral("cuda")},
                                 {QStringLiteral("index"), 0},
                                 {QStringLiteral("vram_total"), double(m_vramTotal)},
                                 {QStringLiteral("vram_free"), double(m_vramFree)},
                                 {QStringLiteral("torch_vram_total"), 0},
                                 {QStringLiteral("torch_vram_free"), 0}};
        return FakeResponse::json(200, compact({{QStringLiteral("system"), system}, {QStringLiteral("devices"), QJsonArray{device}}}));
    }
    if (path == QLatin1String("/object_info") && get)
        return FakeResponse::json(200, compact(ComfyInstall::standard(m_removedNodes, m_removedFiles, m_uploads.keys()).objectInfo));
    if (path.startsWith(QLatin1String("/object_info/")) && get) {
        const QString cls = path.mid(13);
        const QJsonObject all = ComfyInstall::standard(m_removedNodes, m_removedFiles, m_uploads.keys()).objectInfo;
        QJsonObject out;
        if (all.contains(cls))
            out.insert(cls, all.value(cls));
        return FakeResponse::json(200, compact(out));
    }
    return FakeResponse::html(404, "404: Not Found");
}

QJsonObject FakeComfyServer::statusData() const
{
    const int remaining = int(m_pending.size()) + (m_running ? 1 : 0);
    return {{QStringLiteral("status"),
             QJsonObject{{QStringLiteral("exec_info"), QJsonObject{{QStringLiteral("queue_remaining"), remaining}}}}}};
}

QJsonObject FakeComfyServer::queueJson() const
{
    auto item = [](const Prompt &p) {
        return QJsonArray{p.number, p.id, p.graph, QJsonObject{{QStringLiteral("client_id"), p.clientId}},
                          QJsonArray::fromStringList(p.outputs)};
    };
    QJsonArray running, pending;
    if (m_running)
        running.append(item(*m_running));
    for (const Prompt &p : m_pending)
        pending.append(item(p));
    return {{QStringLiteral("queue_running"), running}, {QStringLiteral("queue_pending"), pending}};
}

FakeResponse FakeComfyServer::postPrompt(const RecordedRequest &r)
{
    QJsonParseError parseError;
    const QJsonObject body = QJsonDocument::fromJson(r.body, &parseError).object();
    if (parseError.error != QJsonParseError::NoError)
        return FakeResponse::html(400, "400: Bad Request"); // aiohttp's own answer to a body that is not JSON
    if (!body.value(QLatin1String("prompt")).isObject())
        return FakeResponse::json(400, compact({{QStringLiteral("error"),
                                                 QJsonObject{{QStringLiteral("type"), QStringLiteral("no_prompt")},
                                                             {QStringLiteral("message"), QStringLiteral("No prompt provided")},
                                                             {QStringLiteral("details"), QStringLiteral("No prompt provided")},
                                                             {QStringLiteral("extra_info"), QJsonObject()}}},
                                                {QStringLiteral("node_errors"), QJsonObject()}}));
    const QJsonObject graph = body.value(QLatin1String("prompt")).toObject();
    QStringList outputs;
    const auto invalid = validateComfyPrompt(graph, ComfyInstall::standard(m_removedNodes, m_removedFiles, m_uploads.keys()), &outputs);
    if (invalid)
        return FakeResponse::json(400, compact(*invalid));
    Prompt p;
    p.number = m_nextNumber++;
    const QJsonValue id = body.value(QLatin1String("prompt_id"));
    p.id = id.isString() ? id.toString() : QUuid::createUuid().toString(QUuid::WithoutBraces);
    p.clientId = body.value(QLatin1String("client_id")).toString();
    p.graph = graph;
    p.outputs = outputs;
    m_pending.append(p);
    ++m_promptPosts;
    m_accepted.append(p.id);
    m_lastGraph = graph;
    m_lastClientId = p.clientId;
    Q_EMIT promptAccepted(p.id);
    QTimer::singleShot(0, this, [this] {
        broadcastStatus();
        startNext();
    });
    return FakeResponse::json(200, compact({{QStringLiteral("prompt_id"), p.id}, {QStringLiteral("number"), p.number},
                                            {QStringLiteral("node_errors"), QJsonObject()}}));
}

FakeResponse FakeComfyServer::postQueue(const RecordedRequest &r)
{
    const QJsonObject body = QJsonDocument::fromJson(r.body).object();
    if (body.value(QLatin1String("clear")).toBool())
        m_pending.clear();
    for (const QJsonValue &v : body.value(QLatin1String("delete")).toArray()) {
        m_queueDeletes.append(v.toString());
        m_pending.erase(std::remove_if(m_pending.begin(), m_pending.end(), [&](const Prompt &p) { return p.id == v.toString(); }),
                        m_pending.end());
    }
    QTimer::singleShot(0, this, &FakeComfyServer::broadcastStatus);
    return FakeResponse();
}

FakeResponse FakeComfyServer::postInterrupt(const RecordedRequest &r)
{
    const QJsonObject body = QJsonDocument::fromJson(r.body).object();
    const QString id = body.value(QLatin1String("prompt_id")).toString();
    m_interrupts.append(id);
    // Current servers interrupt only the prompt named, and only if it is the one running.
    if (m_running && (id.isEmpty() || id == m_running->id)) {
        QTimer::singleShot(0, this, [this, id] {
            if (!m_running || (!id.isEmpty() && id != m_running->id))
                return;
            m_stepTimer->stop();
            const QString node = m_samplers.value(m_samplerIndex);
            const QJsonObject data = messageData({{QStringLiteral("node_id"), node},
                                                  {QStringLiteral("node_type"), m_running->graph.value(node).toObject().value(QLatin1String("class_type"))},
                                                  {QStringLiteral("executed"), QJsonArray()}});
            send(m_running->clientId, QStringLiteral("execution_interrupted"), data);
            finishRunning(QStringLiteral("error"),
                          {QJsonArray{QStringLiteral("execution_start"), messageData({})},
                           QJsonArray{QStringLiteral("execution_interrupted"), data}},
                          QJsonObject());
        });
    }
    return FakeResponse();
}

FakeResponse FakeComfyServer::upload(const RecordedRequest &r)
{
    const RecordedPart *image = r.part("image");
    if (!image || image->fileName.isEmpty())
        return FakeResponse::html(400, "400: Bad Request");
    const RecordedPart *sub = r.part("subfolder");
    const RecordedPart *overwrite = r.part("overwrite");
    const QString subfolder = sub ? QString::fromUtf8(sub->data) : QString();
    QString name = QString::fromUtf8(image->fileName);
    auto key = [&subfolder](const QString &n) { return subfolder.isEmpty() ? n : subfolder + QLatin1Char('/') + n; };
    if (!(overwrite && (overwrite->data == "true" || overwrite->data == "1"))) {
        // A clashing name gets " (1)", " (2)"... unless the bytes are the same picture.
        const int dot = name.lastIndexOf(QLatin1Char('.'));
        const QString stem = dot < 0 ? name : name.left(dot);
        const QString ext = dot < 0 ? QString() : name.mid(dot);
        for (int i = 1; m_uploads.contains(key(name)) && m_uploads.value(key(name)) != image->data; ++i)
            name = QStringLiteral("%1 (%2)%3").arg(stem).arg(i).arg(ext);
    }
    m_uploads.insert(key(name), image->data);
    return FakeResponse::json(200, compact({{QStringLiteral("name"), name}, {QStringLiteral("subfolder"), subfolder},
                                            {QStringLiteral("type"), QStringLiteral("input")}}));
}

FakeResponse FakeComfyServer::view(const RecordedRequest &r)
{
    const QString filename = r.query.queryItemValue(QStringLiteral("filename"), QUrl::FullyDecoded);
    const QString subfolder = r.query.queryItemValue(QStringLiteral("subfolder"), QUrl::FullyDecoded);
    const QString type = r.query.queryItemValue(QStringLiteral("type"), QUrl::FullyDecoded);
    const QString key = subfolder.isEmpty() ? filename : subfolder + QLatin1Char('/') + filename;
    if ((!type.isEmpty() && type != QLatin1String("output")) || !m_outputFiles.contains(key))
        return FakeResponse::html(404, "404: Not Found");
    FakeResponse out = FakeResponse::bytes(m_outputFiles.value(key), "video/mp4", r.header("range"));
    if (m_cutViewAfter >= 0) {
        out.misbehaviour = FakeResponse::CutAfterBytes;
        out.cutAfterBytes = m_cutViewAfter;
        m_cutViewAfter = -1;
    }
    return out;
}

void FakeComfyServer::onSocket()
{
    while (QWebSocket *s = m_ws->nextPendingConnection()) {
        const QUrl url = s->requestUrl();
        if (url.path() != QLatin1String("/ws") && url.path() != QLatin1String("/api/ws")) {
            s->close(QWebSocketProtocol::CloseCodePolicyViolated);
            s->deleteLater();
            continue;
        }
        QString clientId = QUrlQuery(url).queryItemValue(QStringLiteral("clientId"));
        if (clientId.isEmpty())
            clientId = QUuid::createUuid().toString(QUuid::Id128);
        m_sockets.append({clientId, s});
        connect(s, &QWebSocket::disconnected, this, [this, s] {
            m_sockets.erase(std::remove_if(m_sockets.begin(), m_sockets.end(), [s](const auto &p) { return p.second == s; }),
                            m_sockets.end());
            s->deleteLater();
        });
        QJsonObject data = statusData();
        data.insert(QStringLiteral("sid"), clientId);
        s->sendTextMessage(QString::fromUtf8(compact({{QStringLiteral("type"), QStringLiteral("status")}, {QStringLiteral("data"), data}})));
    }
}

void FakeComfyServer::send(const QString &clientId, const QString &type, const QJsonObject &data)
{
    const QString text = QString::fromUtf8(compact({{QStringLiteral("type"), type}, {QStringLiteral("data"), data}}));
    for (auto &s : m_sockets)
        if (clientId.isEmpty() || s.first == clientId)
            s.second->sendTextMessage(text);
}

void FakeComfyServer::broadcastStatus()
{
    if (m_alive)
        send(QString(), QStringLiteral("status"), statusData());
}

QJsonObject FakeComfyServer::messageData(const QJsonObject &extra) const
{
    QJsonObject d = extra;
    d.insert(QStringLiteral("prompt_id"), m_running ? m_running->id : QString());
    d.insert(QStringLiteral("timestamp"), double(nowMs()));
    return d;
}

void FakeComfyServer::startNext()
{
    if (!m_alive || m_running || m_pending.isEmpty())
        return;
    m_running = m_pending.takeFirst();
    ++m_promptsRun;
    m_startMs = nowMs();
    m_samplers.clear();
    const QJsonObject &g = m_running->graph;
    for (auto it = g.begin(); it != g.end(); ++it)
        if (isSampler(it.value().toObject().value(QLatin1String("class_type")).toString()))
            m_samplers.append(it.key());
    std::sort(m_samplers.begin(), m_samplers.end(), [](const QString &a, const QString &b) { return a.toInt() < b.toInt(); });
    m_samplerIndex = 0;
    m_step = 0;
    const QString client = m_running->clientId;
    send(client, QStringLiteral("execution_start"), messageData({}));
    send(client, QStringLiteral("execution_cached"), messageData({{QStringLiteral("nodes"), QJsonArray()}}));
    broadcastStatus();
    if (!m_samplers.isEmpty()) {
        const QJsonObject sampler = g.value(m_samplers.first()).toObject().value(QLatin1String("inputs")).toObject();
        m_stepsTotal = sampler.value(QLatin1String("steps")).toInt(10);
        send(client, QStringLiteral("executing"),
             messageData({{QStringLiteral("node"), m_samplers.first()}, {QStringLiteral("display_node"), m_samplers.first()}}));
    }
    m_stepTimer->start(m_stepMs);
}

void FakeComfyServer::step()
{
    if (!m_running) {
        m_stepTimer->stop();
        return;
    }
    const QString client = m_running->clientId;
    const QJsonObject &g = m_running->graph;
    if (m_samplerIndex < m_samplers.size()) {
        const QString node = m_samplers.at(m_samplerIndex);
        if (m_failNext && m_step >= 1) {
            const auto [type, message] = *m_failNext;
            m_failNext.reset();
            m_stepTimer->stop();
            const QJsonObject data = messageData({{QStringLiteral("node_id"), node},
                                                  {QStringLiteral("node_type"), g.value(node).toObject().value(QLatin1String("class_type"))},
                                                  {QStringLiteral("executed"), QJsonArray()},
                                                  {QStringLiteral("exception_message"), message},
                                                  {QStringLiteral("exception_type"), type},
                                                  {QStringLiteral("traceback"), QJsonArray{QStringLiteral("  File \"execution.py\"\n")}},
                                                  {QStringLiteral("current_inputs"), QJsonObject()},
                                                  {QStringLiteral("current_outputs"), QJsonObject()}});
            send(client, QStringLiteral("execution_error"), data);
            return finishRunning(QStringLiteral("error"),
                                 {QJsonArray{QStringLiteral("execution_start"), messageData({})},
                                  QJsonArray{QStringLiteral("execution_error"), data}},
                                 QJsonObject());
        }
        if (m_hold && m_step >= 1)
            return;
        ++m_step;
        send(client, QStringLiteral("progress"),
             messageData({{QStringLiteral("value"), m_step}, {QStringLiteral("max"), m_stepsTotal}, {QStringLiteral("node"), node}}));
        if (m_step == 1) {
            // A latent preview, as a binary frame: clients must skip these.
            QByteArray preview("\0\0\0\1\0\0\0\1", 8);
            preview.append("\xff\xd8\xff\xe0 not really a jpeg");
            for (auto &s : m_sockets)
                if (s.first == client)
                    s.second->sendBinaryMessage(preview);
        }
        if (m_step < m_stepsTotal)
            return;
        ++m_samplerIndex;
        m_step = 0;
        if (m_samplerIndex < m_samplers.size()) {
            const QString next = m_samplers.at(m_samplerIndex);
            m_stepsTotal = g.value(next).toObject().value(QLatin1String("inputs")).toObject().value(QLatin1String("steps")).toInt(10);
            send(client, QStringLiteral("executing"), messageData({{QStringLiteral("node"), next}, {QStringLiteral("display_node"), next}}));
        }
        return;
    }
    m_stepTimer->stop();
    // Decode and save: a real MP4 of the latent's size and length at CreateVideo's rate.
    int width = 0, height = 0, frames = 0;
    double fps = 24;
    QString save;
    for (auto it = g.begin(); it != g.end(); ++it) {
        const QJsonObject n = it.value().toObject();
        const QJsonObject in = n.value(QLatin1String("inputs")).toObject();
        const QString cls = n.value(QLatin1String("class_type")).toString();
        if (in.value(QLatin1String("width")).isDouble() && in.value(QLatin1String("length")).isDouble()) {
            width = in.value(QLatin1String("width")).toInt();
            height = in.value(QLatin1String("height")).toInt();
            frames = in.value(QLatin1String("length")).toInt();
        }
        if (cls == QLatin1String("CreateVideo"))
            fps = in.value(QLatin1String("fps")).toDouble(24);
        if (m_running->outputs.contains(it.key()))
            save = it.key();
        if (!isSampler(cls) && !cls.contains(QLatin1String("Loader")))
            send(client, QStringLiteral("executing"), messageData({{QStringLiteral("node"), it.key()}, {QStringLiteral("display_node"), it.key()}}));
    }
    const QString filename = QStringLiteral("ComfyUI_%1_.mp4").arg(++m_fileCounter, 5, 10, QLatin1Char('0'));
    m_outputFiles.insert(QStringLiteral("video/") + filename, comfyVideo(width, height, frames, fps));
    const QJsonObject output{{QStringLiteral("images"), QJsonArray{QJsonObject{{QStringLiteral("filename"), filename},
                                                                               {QStringLiteral("subfolder"), QStringLiteral("video")},
                                                                               {QStringLiteral("type"), QStringLiteral("output")}}}},
                             {QStringLiteral("animated"), QJsonArray{true}}};
    send(client, QStringLiteral("executed"),
         messageData({{QStringLiteral("node"), save}, {QStringLiteral("display_node"), save}, {QStringLiteral("output"), output}}));
    const QJsonObject success = messageData({});
    send(client, QStringLiteral("execution_success"), success);
    finishRunning(QStringLiteral("success"),
                  {QJsonArray{QStringLiteral("execution_start"),
                              QJsonObject{{QStringLiteral("prompt_id"), m_running->id}, {QStringLiteral("timestamp"), double(m_startMs)}}},
                   QJsonArray{QStringLiteral("execution_cached"), messageData({{QStringLiteral("nodes"), QJsonArray()}})},
                   QJsonArray{QStringLiteral("execution_success"), success}},
                  QJsonObject{{save, output}});
}

void FakeComfyServer::finishRunning(const QString &statusStr, const QJsonArray &messages, const QJsonObject &outputs)
{
    const Prompt p = *m_running;
    m_lastExecutionMs = nowMs() - m_startMs;
    // The history is written before the final "executing null", as main.py does.
    m_history.insert(p.id, QJsonObject{
        {QStringLiteral("prompt"), QJsonArray{p.number, p.id, p.graph,
                                              QJsonObject{{QStringLiteral("client_id"), p.clientId},
                                                          {QStringLiteral("create_time"), double(m_startMs)}},
                                              QJsonArray::fromStringList(p.outputs)}},
        {QStringLiteral("outputs"), outputs},
        {QStringLiteral("status"), QJsonObject{{QStringLiteral("status_str"), statusStr},
                                               {QStringLiteral("completed"), statusStr == QLatin1String("success")},
                                               {QStringLiteral("messages"), messages}}},
        {QStringLiteral("meta"), QJsonObject()}});
    send(p.clientId, QStringLiteral("executing"),
         QJsonObject{{QStringLiteral("node"), QJsonValue::Null}, {QStringLiteral("prompt_id"), p.id}});
    m_running.reset();
    broadcastStatus();
    Q_EMIT promptFinished(p.id, statusStr);
    startNext();
}

} // namespace rc::test
