#include "providers/comfyui/ComfyProtocol.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>

namespace rc::comfyui {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(comfyui)
};

QJsonObject objectOf(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

// Server texts go into messages: keep them to a readable length.
QString clipped(QString text, int maxChars = 300)
{
    text = text.simplified();
    if (text.size() > maxChars)
        text = text.left(maxChars - 1) + QChar(0x2026);
    return text;
}

QString idOf(const QJsonValue &v)
{
    return v.isString() ? v.toString() : (v.isDouble() ? QString::number(v.toInteger()) : QString());
}

bool looksLikeVideo(const QJsonObject &file)
{
    const QString name = file.value(QLatin1String("filename")).toString().toLower();
    return name.endsWith(QLatin1String(".mp4")) || name.endsWith(QLatin1String(".webm"))
        || name.endsWith(QLatin1String(".mov")) || name.endsWith(QLatin1String(".mkv"))
        || file.value(QLatin1String("format")).toString().startsWith(QLatin1String("video/"));
}

} // namespace

QUrl endpoint(const QUrl &server, const QString &path, const QList<QPair<QString, QString>> &query)
{
    QUrl url = server;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    if (!query.isEmpty()) {
        QUrlQuery q;
        for (const auto &kv : query)
            q.addQueryItem(kv.first, QString::fromLatin1(QUrl::toPercentEncoding(kv.second)));
        url.setQuery(q);
    }
    return url;
}

QUrl webSocketUrl(const QUrl &server, const QString &clientId)
{
    QUrl url = endpoint(server, QStringLiteral("/ws"), {{QStringLiteral("clientId"), clientId}});
    url.setScheme(server.scheme() == QLatin1String("https") ? QStringLiteral("wss") : QStringLiteral("ws"));
    return url;
}

QByteArray promptBody(const QJsonObject &graph, const QString &promptId, const QString &clientId)
{
    QJsonObject body;
    body.insert(QStringLiteral("prompt"), graph);
    body.insert(QStringLiteral("client_id"), clientId);
    body.insert(QStringLiteral("prompt_id"), promptId);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QString modelFolderFor(const QString &loaderClass)
{
    if (loaderClass.startsWith(QLatin1String("UNETLoader")) || loaderClass == QLatin1String("UnetLoaderGGUF"))
        return QStringLiteral("models/diffusion_models");
    if (loaderClass.startsWith(QLatin1String("CLIPLoader")) || loaderClass.startsWith(QLatin1String("DualCLIPLoader")))
        return QStringLiteral("models/text_encoders");
    if (loaderClass.startsWith(QLatin1String("VAELoader")))
        return QStringLiteral("models/vae");
    if (loaderClass.startsWith(QLatin1String("CheckpointLoader")))
        return QStringLiteral("models/checkpoints");
    if (loaderClass.startsWith(QLatin1String("Lora")))
        return QStringLiteral("models/loras");
    if (loaderClass.startsWith(QLatin1String("CLIPVision")))
        return QStringLiteral("models/clip_vision");
    return QStringLiteral("models");
}

QString describePromptError(const QByteArray &body, const QString &serverName)
{
    const QJsonObject root = objectOf(body);
    const QJsonObject error = root.value(QLatin1String("error")).toObject();
    const QString type = error.value(QLatin1String("type")).toString();
    if (type == QLatin1String("missing_node_type")) {
        const QJsonObject extra = error.value(QLatin1String("extra_info")).toObject();
        QString cls = extra.value(QLatin1String("class_type")).toString();
        if (cls.isEmpty())
            cls = extra.value(QLatin1String("node_title")).toString();
        return Tr::tr("%1 does not have the node \"%2\": install the custom node that provides it (ComfyUI Manager "
                      "can), then restart the server.").arg(serverName, clipped(cls));
    }
    // Per-node problems: a model file not in a loader's list is the common one.
    const QJsonObject nodeErrors = root.value(QLatin1String("node_errors")).toObject();
    for (auto it = nodeErrors.constBegin(); it != nodeErrors.constEnd(); ++it) {
        const QJsonObject node = it.value().toObject();
        const QString cls = node.value(QLatin1String("class_type")).toString();
        for (const QJsonValue &e : node.value(QLatin1String("errors")).toArray()) {
            const QJsonObject err = e.toObject();
            const QJsonObject extra = err.value(QLatin1String("extra_info")).toObject();
            const QString errType = err.value(QLatin1String("type")).toString();
            const QString received = extra.value(QLatin1String("received_value")).toVariant().toString();
            if (errType == QLatin1String("value_not_in_list") && cls.contains(QLatin1String("Loader")))
                return Tr::tr("%1 does not have the model file \"%2\" (%3 looks for it in %4): download it there, "
                              "then try again.").arg(serverName, clipped(received, 120), cls, modelFolderFor(cls));
            if (errType == QLatin1String("custom_validation_failed") && cls == QLatin1String("LoadImage"))
                return Tr::tr("%1 could not find the uploaded photo: %2")
                    .arg(serverName, clipped(err.value(QLatin1String("details")).toString()));
            const QString details = err.value(QLatin1String("details")).toString();
            return Tr::tr("%1 refused the workflow: %2 (node %3, %4).")
                .arg(serverName, clipped(details.isEmpty() ? err.value(QLatin1String("message")).toString() : details),
                     it.key(), cls);
        }
    }
    QString text = error.value(QLatin1String("details")).toString();
    if (text.isEmpty())
        text = error.value(QLatin1String("message")).toString();
    if (text.isEmpty())
        text = QString::fromUtf8(body.left(300));
    return Tr::tr("%1 refused the workflow: %2").arg(serverName, clipped(text));
}

std::optional<OutputFile> videoInOutputs(const QJsonObject &outputs, const QStringList &preferredNodes)
{
    QStringList order = preferredNodes;
    for (auto it = outputs.constBegin(); it != outputs.constEnd(); ++it)
        if (!order.contains(it.key()))
            order.append(it.key());
    for (const QString &node : order) {
        const QJsonObject out = outputs.value(node).toObject();
        for (const char *list : {"images", "gifs", "videos"}) {
            for (const QJsonValue &v : out.value(QLatin1String(list)).toArray()) {
                const QJsonObject file = v.toObject();
                if (!looksLikeVideo(file))
                    continue;
                OutputFile f;
                f.filename = file.value(QLatin1String("filename")).toString();
                f.subfolder = file.value(QLatin1String("subfolder")).toString();
                f.type = file.value(QLatin1String("type")).toString(QStringLiteral("output"));
                return f;
            }
        }
    }
    return std::nullopt;
}

HistoryEntry parseHistory(const QByteArray &body, const QString &promptId, const QStringList &outputNodes)
{
    HistoryEntry h;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject()) {
        h.state = HistoryEntry::Unreadable;
        return h;
    }
    const QJsonObject entry = doc.object().value(promptId).toObject();
    if (entry.isEmpty())
        return h;
    const QJsonObject status = entry.value(QLatin1String("status")).toObject();
    const QString statusStr = status.value(QLatin1String("status_str")).toString();
    const QJsonArray messages = status.value(QLatin1String("messages")).toArray();
    for (const QJsonValue &m : messages) {
        const QJsonArray pair = m.toArray();
        const QString kind = pair.at(0).toString();
        const QJsonObject data = pair.at(1).toObject();
        const QJsonValue stamp = data.value(QLatin1String("timestamp"));
        if (kind == QLatin1String("execution_start") && stamp.isDouble())
            h.startMs = stamp.toInteger();
        if (kind == QLatin1String("execution_success") && stamp.isDouble())
            h.endMs = stamp.toInteger();
        if (kind == QLatin1String("execution_interrupted")) {
            h.state = HistoryEntry::Interrupted;
            return h;
        }
        if (kind == QLatin1String("execution_error")) {
            h.state = HistoryEntry::Failed;
            h.message = data.value(QLatin1String("exception_message")).toString();
            h.exceptionType = data.value(QLatin1String("exception_type")).toString();
            return h;
        }
    }
    if (statusStr == QLatin1String("error")) {
        h.state = HistoryEntry::Failed;
        return h;
    }
    h.state = HistoryEntry::Succeeded;
    h.video = videoInOutputs(entry.value(QLatin1String("outputs")).toObject(), outputNodes);
    return h;
}

QueuePlace findInQueue(const QByteArray &body, const QString &promptId)
{
    const QJsonObject root = objectOf(body);
    QueuePlace place;
    if (!root.value(QLatin1String("queue_running")).isArray() || !root.value(QLatin1String("queue_pending")).isArray()) {
        place.state = QueuePlace::Unreadable;
        return place;
    }
    const QJsonArray running = root.value(QLatin1String("queue_running")).toArray();
    for (const QJsonValue &item : running)
        if (idOf(item.toArray().at(1)) == promptId) {
            place.state = QueuePlace::Running;
            return place;
        }
    // Pending items carry their number at index 0: the server runs the lowest first.
    QJsonArray pending = root.value(QLatin1String("queue_pending")).toArray();
    double mine = -1;
    for (const QJsonValue &item : pending)
        if (idOf(item.toArray().at(1)) == promptId)
            mine = item.toArray().at(0).toDouble();
    if (mine < 0)
        return place;
    place.state = QueuePlace::Pending;
    place.ahead = int(running.size());
    for (const QJsonValue &item : pending)
        if (item.toArray().at(0).toDouble() < mine)
            ++place.ahead;
    return place;
}

int queueRemaining(const QByteArray &body)
{
    const QJsonValue v = objectOf(body).value(QLatin1String("exec_info")).toObject().value(QLatin1String("queue_remaining"));
    return v.isDouble() ? v.toInt() : -1;
}

ServerStats parseSystemStats(const QByteArray &body)
{
    ServerStats s;
    const QJsonObject root = objectOf(body);
    const QJsonObject system = root.value(QLatin1String("system")).toObject();
    if (system.isEmpty() && !root.contains(QLatin1String("devices")))
        return s;
    s.valid = true;
    s.version = system.value(QLatin1String("comfyui_version")).toString();
    const QJsonArray devices = root.value(QLatin1String("devices")).toArray();
    if (!devices.isEmpty()) {
        const QJsonObject d = devices.first().toObject();
        // ComfyUI names a device "cuda:0 NVIDIA GeForce RTX 4090 : cudaMallocAsync": the card is the middle.
        QString name = d.value(QLatin1String("name")).toString();
        static const QRegularExpression decorated(QStringLiteral("^\\w+:\\d+\\s+(.*?)(\\s+:\\s+\\S+)?$"));
        if (const auto m = decorated.match(name); m.hasMatch() && !m.captured(1).isEmpty())
            name = m.captured(1);
        s.gpu = name;
        s.vramTotal = d.value(QLatin1String("vram_total")).toInteger();
        s.vramFree = d.value(QLatin1String("vram_free")).toInteger();
    }
    return s;
}

namespace {
// A combo's choices: [["a", "b"], {...}] or, on newer nodes, ["COMBO", {"options": [...]}].
std::optional<QStringList> comboChoices(const QJsonValue &spec)
{
    const QJsonArray a = spec.toArray();
    if (a.isEmpty())
        return std::nullopt;
    QJsonArray list;
    if (a.at(0).isArray())
        list = a.at(0).toArray();
    else if (a.at(0).toString() == QLatin1String("COMBO"))
        list = a.at(1).toObject().value(QLatin1String("options")).toArray();
    else
        return std::nullopt;
    QStringList out;
    for (const QJsonValue &v : list)
        out.append(v.toString());
    return out;
}
} // namespace

Readiness checkReadiness(const QJsonObject &objectInfo, const Workflow &workflow)
{
    Readiness r;
    for (const QString &cls : workflow.nodeClasses())
        if (!objectInfo.contains(cls))
            r.missingNodes.append(cls);
    for (const Workflow::ModelFile &f : workflow.modelFiles()) {
        const QJsonObject input = objectInfo.value(f.nodeClass).toObject().value(QLatin1String("input")).toObject();
        QJsonValue spec = input.value(QLatin1String("required")).toObject().value(f.input);
        if (spec.isUndefined())
            spec = input.value(QLatin1String("optional")).toObject().value(f.input);
        const auto choices = comboChoices(spec);
        if (choices && !choices->contains(f.file))
            r.missingModels.append(f);
    }
    return r;
}

QString Readiness::describe(const QString &serverName) const
{
    QStringList parts;
    if (!missingNodes.isEmpty())
        parts.append(Tr::tr("%1 lacks the node(s) %2 (install the custom nodes that provide them)")
                         .arg(serverName, missingNodes.join(QStringLiteral(", "))));
    for (const Workflow::ModelFile &f : missingModels)
        parts.append(Tr::tr("%1 lacks the model file %2 (put it in %3)").arg(serverName, f.file, modelFolderFor(f.nodeClass)));
    return parts.join(QStringLiteral("; "));
}

SocketEvent parseSocketEvent(const QString &text)
{
    SocketEvent e;
    const QJsonObject root = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString type = root.value(QLatin1String("type")).toString();
    const QJsonObject data = root.value(QLatin1String("data")).toObject();
    e.promptId = data.value(QLatin1String("prompt_id")).toString();
    if (type == QLatin1String("status")) {
        e.type = SocketEvent::Status;
        const QJsonValue q = data.value(QLatin1String("status")).toObject().value(QLatin1String("exec_info"))
                                 .toObject().value(QLatin1String("queue_remaining"));
        e.queueRemaining = q.isDouble() ? q.toInt() : -1;
    } else if (type == QLatin1String("execution_start")) {
        e.type = SocketEvent::Started;
    } else if (type == QLatin1String("executing")) {
        e.type = SocketEvent::Executing;
        e.node = idOf(data.value(QLatin1String("node")));
    } else if (type == QLatin1String("progress")) {
        e.type = SocketEvent::Progress;
        e.node = idOf(data.value(QLatin1String("node")));
        e.value = data.value(QLatin1String("value")).toInt();
        e.max = data.value(QLatin1String("max")).toInt();
    } else if (type == QLatin1String("execution_success")) {
        e.type = SocketEvent::Succeeded;
    } else if (type == QLatin1String("execution_error")) {
        e.type = SocketEvent::Error;
        e.node = idOf(data.value(QLatin1String("node_id")));
        e.nodeType = data.value(QLatin1String("node_type")).toString();
        e.message = data.value(QLatin1String("exception_message")).toString();
        e.exceptionType = data.value(QLatin1String("exception_type")).toString();
    } else if (type == QLatin1String("execution_interrupted")) {
        e.type = SocketEvent::Interrupted;
        e.node = idOf(data.value(QLatin1String("node_id")));
    }
    return e;
}

ExecutionFailure describeExecutionError(const QString &exceptionType, const QString &message, const QString &nodeType,
                                        const QString &serverName)
{
    const QString all = exceptionType + QLatin1Char(' ') + message;
    if (all.contains(QLatin1String("OutOfMemory"), Qt::CaseInsensitive)
        || all.contains(QLatin1String("out of memory"), Qt::CaseInsensitive)
        || all.contains(QLatin1String("Allocation on device"), Qt::CaseInsensitive))
        return {ErrorKind::InvalidInput,
                Tr::tr("%1 ran out of GPU memory%2: choose a smaller size or a shorter clip, or close other work on "
                       "that GPU.").arg(serverName, nodeType.isEmpty() ? QString() : Tr::tr(" in %1").arg(nodeType))};
    const QString what = clipped(message.isEmpty() ? exceptionType : message);
    if (nodeType.isEmpty())
        return {ErrorKind::Server, Tr::tr("%1 failed while running the workflow: %2").arg(serverName, what)};
    return {ErrorKind::Server, Tr::tr("%1 failed in %2: %3").arg(serverName, nodeType, what)};
}

} // namespace rc::comfyui
