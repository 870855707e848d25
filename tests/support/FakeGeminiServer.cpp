#include "support/FakeGeminiServer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace rc::test {
namespace {

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

FakeResponse googleError(int code, const QString &status, const QString &message)
{
    return FakeResponse::json(code, compact({{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code},
                                                                                  {QStringLiteral("message"), message},
                                                                                  {QStringLiteral("status"), status}}}}));
}

QString unknownIn(const QJsonObject &o, const QStringList &known, const QString &where)
{
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!known.contains(it.key()))
            return QStringLiteral("Invalid JSON payload received. Unknown name \"%1\" at '%2': Cannot find field.")
                .arg(it.key(), where);
    return QString();
}

const QStringList kOmniModels{QStringLiteral("gemini-omni-1.1-flash"), QStringLiteral("gemini-omni-flash-preview")};
const QByteArray kDataPlaceholder = "@@video-data@@";

} // namespace

FakeGeminiServer::FakeGeminiServer(QObject *parent)
    : QObject(parent), m_http(new FakeHttpServer(this)), m_video(sampleMp4())
{
    m_http->setHandler([this](const RecordedRequest &r) { return handle(r); });
}

bool FakeGeminiServer::listen()
{
    return m_http->listen();
}

QString FakeGeminiServer::baseUrl() const
{
    return m_http->origin() + QStringLiteral("/v1beta");
}

int FakeGeminiServer::pollCount() const
{
    int n = 0;
    for (const auto &r : m_http->requests())
        if (r.method == "GET" && r.path.startsWith(QLatin1String("/v1beta/interactions/")))
            ++n;
    return n;
}

int FakeGeminiServer::fileStateCount() const
{
    int n = 0;
    for (const auto &r : m_http->requests())
        if (r.method == "GET" && r.path.startsWith(QLatin1String("/v1beta/files/")) && !r.path.endsWith(QLatin1String(":download")))
            ++n;
    return n;
}

const RecordedRequest *FakeGeminiServer::lastCreate() const
{
    const auto &all = m_http->requests();
    for (int i = int(all.size()) - 1; i >= 0; --i)
        if (all[i].method == "POST" && all[i].path == QLatin1String("/v1beta/interactions"))
            return &all[i];
    return nullptr;
}

QJsonObject FakeGeminiServer::lastCreateBody() const
{
    const RecordedRequest *r = lastCreate();
    return r ? QJsonDocument::fromJson(r->body).object() : QJsonObject();
}

QString FakeGeminiServer::statusOf(const QString &id) const
{
    const auto it = m_interactions.find(id);
    if (it == m_interactions.end())
        return QString();
    if (it->cancelled)
        return QStringLiteral("cancelled");
    return it->polls >= m_pollsUntilDone || !it->background ? QStringLiteral("completed") : QStringLiteral("in_progress");
}

FakeResponse FakeGeminiServer::refuse(const QString &message)
{
    m_refusals.append(message);
    return googleError(400, QStringLiteral("INVALID_ARGUMENT"), message);
}

FakeResponse FakeGeminiServer::handle(const RecordedRequest &r)
{
    // Veo is gone from the Gemini API: whatever the key, the model answers that it is retired.
    const QString lower = r.path.toLower();
    if (lower.contains(QLatin1String("predictlongrunning")) || lower.contains(QLatin1String("/models/veo"))
        || (r.method == "POST" && QJsonDocument::fromJson(r.body).object().value(QStringLiteral("model")).toString().startsWith(QLatin1String("veo")))) {
        ++m_veoCalls;
        return googleError(404, QStringLiteral("NOT_FOUND"),
                           QStringLiteral("models/veo-3.1-generate-preview is no longer available. Use gemini-omni-1.1-flash instead."));
    }
    const QByteArray key = r.header("x-goog-api-key").isEmpty() ? r.query.queryItemValue(QStringLiteral("key")).toUtf8()
                                                                : r.header("x-goog-api-key");
    if (key.isEmpty())
        return googleError(403, QStringLiteral("PERMISSION_DENIED"),
                           QStringLiteral("Method doesn't allow unregistered callers (callers without established identity)."));
    if (key != m_key.toUtf8()) {
        const QJsonObject e{{QStringLiteral("code"), 400},
                            {QStringLiteral("message"), QStringLiteral("API key not valid. Please pass a valid API key.")},
                            {QStringLiteral("status"), QStringLiteral("INVALID_ARGUMENT")},
                            {QStringLiteral("details"), QJsonArray{QJsonObject{
                                 {QStringLiteral("@type"), QStringLiteral("type.googleapis.com/google.rpc.ErrorInfo")},
                                 {QStringLiteral("reason"), QStringLiteral("API_KEY_INVALID")}}}}};
        return FakeResponse::json(400, compact({{QStringLiteral("error"), e}}));
    }
    if (!r.path.startsWith(QLatin1String("/v1beta/")))
        return FakeResponse::html(404, "<html>404</html>");
    const QString rest = r.path.mid(8);
    if (r.method == "GET" && rest == QLatin1String("models")) {
        QJsonArray models;
        for (const QString &m : kOmniModels)
            models.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("models/") + m}});
        models.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("models/gemini-2.5-flash")}});
        return FakeResponse::json(200, compact({{QStringLiteral("models"), models}}));
    }
    if (r.method == "POST" && rest == QLatin1String("interactions"))
        return create(r);
    if (rest.startsWith(QLatin1String("interactions/"))) {
        QString id = rest.mid(13);
        const bool cancel = id.endsWith(QLatin1String(":cancel"));
        if (cancel)
            id.chop(7);
        auto it = m_interactions.find(id);
        if (it == m_interactions.end())
            return googleError(404, QStringLiteral("NOT_FOUND"), QStringLiteral("Interaction %1 not found.").arg(id));
        if (cancel && r.method == "POST") {
            if (statusOf(id) != QLatin1String("in_progress"))
                return googleError(400, QStringLiteral("FAILED_PRECONDITION"),
                                   QStringLiteral("Only a background interaction that is in progress can be cancelled."));
            it->cancelled = true;
            return interaction(id, *it, false);
        }
        if (r.method == "GET")
            return interaction(id, *it, true);
    }
    if (r.method == "GET" && rest.startsWith(QLatin1String("files/"))) {
        QString name = rest.mid(6);
        const bool download = name.endsWith(QLatin1String(":download"));
        if (download)
            name.chop(9);
        return file(name, download, r);
    }
    return googleError(404, QStringLiteral("NOT_FOUND"), QStringLiteral("Requested entity was not found."));
}

QString FakeGeminiServer::validate(const QJsonObject &body, Stored *out) const
{
    const QString unknown = unknownIn(body, {QStringLiteral("model"), QStringLiteral("input"), QStringLiteral("response_format"),
                                             QStringLiteral("generation_config"), QStringLiteral("background"), QStringLiteral("store"),
                                             QStringLiteral("previous_interaction_id"), QStringLiteral("response_modalities")},
                                      QStringLiteral("interaction"));
    if (!unknown.isEmpty())
        return unknown;
    out->model = body.value(QStringLiteral("model")).toString();
    if (out->model.startsWith(QLatin1String("models/")))
        return QStringLiteral("model must be a bare id, without \"models/\".");
    const QJsonValue input = body.value(QStringLiteral("input"));
    if (input.isString()) {
        out->prompt = input.toString();
    } else if (input.isArray()) {
        for (const auto &p : input.toArray()) {
            const QJsonObject part = p.toObject();
            const QString type = part.value(QStringLiteral("type")).toString();
            if (type == QLatin1String("text")) {
                const QString u = unknownIn(part, {QStringLiteral("type"), QStringLiteral("text")}, QStringLiteral("input[].text"));
                if (!u.isEmpty())
                    return u;
                out->prompt += part.value(QStringLiteral("text")).toString();
            } else if (type == QLatin1String("image")) {
                const QString u = unknownIn(part, {QStringLiteral("type"), QStringLiteral("data"), QStringLiteral("uri"), QStringLiteral("mime_type")},
                                            QStringLiteral("input[].image"));
                if (!u.isEmpty())
                    return u;
                static const QStringList types{QStringLiteral("image/png"), QStringLiteral("image/jpeg"), QStringLiteral("image/webp"),
                                               QStringLiteral("image/heic"), QStringLiteral("image/heif")};
                if (!types.contains(part.value(QStringLiteral("mime_type")).toString()))
                    return QStringLiteral("Unsupported image mime_type \"%1\".").arg(part.value(QStringLiteral("mime_type")).toString());
                const auto decoded = QByteArray::fromBase64Encoding(part.value(QStringLiteral("data")).toString().toLatin1(),
                                                                    QByteArray::AbortOnBase64DecodingErrors);
                if (!part.contains(QStringLiteral("uri")) && (!decoded || decoded.decoded.isEmpty()))
                    return QStringLiteral("Image data is not valid base64.");
            } else {
                return QStringLiteral("Unsupported input type \"%1\".").arg(type);
            }
        }
    } else {
        return QStringLiteral("input is required.");
    }
    if (out->prompt.trimmed().isEmpty())
        return QStringLiteral("A text prompt is required.");
    if (body.contains(QStringLiteral("response_format"))) {
        const QJsonObject f = body.value(QStringLiteral("response_format")).toObject();
        const QString u = unknownIn(f, {QStringLiteral("type"), QStringLiteral("aspect_ratio"), QStringLiteral("resolution"),
                                        QStringLiteral("duration"), QStringLiteral("delivery")},
                                    QStringLiteral("response_format"));
        if (!u.isEmpty())
            return u;
        if (f.contains(QStringLiteral("type")) && f.value(QStringLiteral("type")).toString() != QLatin1String("video"))
            return QStringLiteral("response_format.type must be \"video\" for this model.");
        if (f.contains(QStringLiteral("aspect_ratio"))
            && !QStringList{QStringLiteral("16:9"), QStringLiteral("9:16")}.contains(f.value(QStringLiteral("aspect_ratio")).toString()))
            return QStringLiteral("Unsupported aspect_ratio.");
        if (f.contains(QStringLiteral("resolution"))
            && !QStringList{QStringLiteral("360p"), QStringLiteral("720p"), QStringLiteral("1080p"), QStringLiteral("4k")}.contains(
                f.value(QStringLiteral("resolution")).toString()))
            return QStringLiteral("Unsupported resolution.");
        if (f.contains(QStringLiteral("duration"))) {
            static const QRegularExpression seconds(QStringLiteral("^(\\d+)s$"));
            const auto m = seconds.match(f.value(QStringLiteral("duration")).toString());
            if (!f.value(QStringLiteral("duration")).isString() || !m.hasMatch())
                return QStringLiteral("Invalid value at 'response_format.duration' (type.googleapis.com/google.protobuf.Duration).");
            const int s = m.captured(1).toInt();
            if (s < 3 || s > 10)
                return QStringLiteral("response_format.duration must be between 3s and 10s.");
            out->durationSec = s;
        }
        out->delivery = f.value(QStringLiteral("delivery")).toString(QStringLiteral("inline"));
        if (out->delivery != QLatin1String("inline") && out->delivery != QLatin1String("uri"))
            return QStringLiteral("Unsupported delivery.");
    } else {
        out->delivery = QStringLiteral("inline");
    }
    QString task;
    if (body.contains(QStringLiteral("generation_config"))) {
        const QJsonObject g = body.value(QStringLiteral("generation_config")).toObject();
        QString u = unknownIn(g, {QStringLiteral("video_config"), QStringLiteral("thinking_level"), QStringLiteral("thinking_summaries")},
                              QStringLiteral("generation_config"));
        if (u.isEmpty())
            u = unknownIn(g.value(QStringLiteral("video_config")).toObject(), {QStringLiteral("task")},
                          QStringLiteral("generation_config.video_config"));
        if (!u.isEmpty())
            return u;
        task = g.value(QStringLiteral("video_config")).toObject().value(QStringLiteral("task")).toString();
        if (!task.isEmpty()
            && !QStringList{QStringLiteral("text_to_video"), QStringLiteral("image_to_video"), QStringLiteral("reference_to_video"),
                            QStringLiteral("edit")}.contains(task))
            return QStringLiteral("Unsupported video_config.task \"%1\".").arg(task);
    }
    if (body.contains(QStringLiteral("background")) && !body.value(QStringLiteral("background")).isBool())
        return QStringLiteral("background must be a boolean.");
    out->background = body.value(QStringLiteral("background")).toBool(false);
    if (out->background && body.contains(QStringLiteral("store")) && !body.value(QStringLiteral("store")).toBool(true))
        return QStringLiteral("A background interaction must be stored.");
    out->previousId = body.value(QStringLiteral("previous_interaction_id")).toString();
    out->edit = !out->previousId.isEmpty();
    if (task == QLatin1String("edit") && !out->edit)
        return QStringLiteral("The edit task needs previous_interaction_id.");
    return QString();
}

FakeResponse FakeGeminiServer::create(const RecordedRequest &r)
{
    if (!r.header("content-type").startsWith("application/json"))
        return refuse(QStringLiteral("Content-Type must be application/json."));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &parseError);
    if (!doc.isObject())
        return refuse(QStringLiteral("Invalid JSON payload received: %1").arg(parseError.errorString()));
    Stored stored;
    const QString problem = validate(doc.object(), &stored);
    if (!problem.isEmpty())
        return refuse(problem);
    if (!kOmniModels.contains(stored.model))
        return googleError(404, QStringLiteral("NOT_FOUND"),
                           QStringLiteral("models/%1 is not found for API version v1beta.").arg(stored.model));
    if (stored.edit) {
        const auto previous = m_interactions.constFind(stored.previousId);
        if (previous == m_interactions.cend())
            return googleError(404, QStringLiteral("NOT_FOUND"), QStringLiteral("Interaction %1 not found.").arg(stored.previousId));
        if (statusOf(stored.previousId) != QLatin1String("completed") || m_result == Result::SafetyBlock)
            return refuse(QStringLiteral("previous_interaction_id must name a completed interaction."));
        if (previous->model != stored.model)
            return refuse(QStringLiteral("An edit must use the model of the interaction it continues."));
        stored.durationSec = previous->durationSec; // an edit keeps the clip's length
    }
    const QString id = QStringLiteral("v1_fake%1").arg(m_nextId++);
    m_interactions.insert(id, stored);
    return interaction(id, m_interactions[id], false);
}

FakeResponse FakeGeminiServer::interaction(const QString &id, Stored &s, bool advance)
{
    if (advance && !s.cancelled)
        ++s.polls;
    const QString status = statusOf(id);
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("object"), QStringLiteral("interaction")},
                  {QStringLiteral("model"), s.model},
                  {QStringLiteral("created"), QStringLiteral("2026-12-05T09:00:00Z")}};
    if (!s.previousId.isEmpty())
        o.insert(QStringLiteral("previous_interaction_id"), s.previousId);
    QJsonArray steps{QJsonObject{{QStringLiteral("type"), QStringLiteral("user_input")},
                                 {QStringLiteral("content"), QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                                                                    {QStringLiteral("text"), s.prompt}}}}}};
    bool withData = false;
    if (status == QLatin1String("completed") && m_result == Result::SafetyBlock) {
        const QJsonObject error{{QStringLiteral("code"), QStringLiteral("prohibited_content")},
                                {QStringLiteral("message"), QStringLiteral("The prompt was blocked by the safety filters: it may violate the usage policies.")}};
        o.insert(QStringLiteral("status"), QStringLiteral("failed"));
        o.insert(QStringLiteral("error"), error);
        steps.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("model_output")},
                                 {QStringLiteral("content"), QJsonArray()},
                                 {QStringLiteral("error"), error}});
    } else if (status == QLatin1String("completed")) {
        o.insert(QStringLiteral("status"), status);
        steps.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("thought")},
                                 {QStringLiteral("signature"), QStringLiteral("c2lnbmF0dXJl")},
                                 {QStringLiteral("summary"), QJsonValue::Null},
                                 {QStringLiteral("content"), QJsonArray()}});
        QJsonObject video{{QStringLiteral("type"), QStringLiteral("video")}, {QStringLiteral("mime_type"), QStringLiteral("video/mp4")}};
        const bool asUri = s.delivery == QLatin1String("uri") && !(advance && m_uriPollsInline);
        if (asUri) {
            const QString name = QStringLiteral("f%1").arg(id.mid(7));
            m_fileIsEdit.insert(name, s.edit);
            video.insert(QStringLiteral("uri"), m_http->origin() + QStringLiteral("/v1beta/files/%1:download?alt=media").arg(name));
        } else {
            video.insert(QStringLiteral("data"), QString::fromLatin1(kDataPlaceholder));
            withData = true;
        }
        steps.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("model_output")},
                                 {QStringLiteral("content"), QJsonArray{video}},
                                 {QStringLiteral("error"), QJsonValue::Null}});
        // About 5,792 video tokens a second, as Google bills them.
        const int videoTokens = 5792 * s.durationSec;
        o.insert(QStringLiteral("usage"),
                 QJsonObject{{QStringLiteral("total_input_tokens"), 31},
                             {QStringLiteral("total_output_tokens"), videoTokens + 300},
                             {QStringLiteral("total_tokens"), videoTokens + 331},
                             {QStringLiteral("output_tokens_by_modality"),
                              QJsonArray{QJsonObject{{QStringLiteral("modality"), QStringLiteral("video")}, {QStringLiteral("tokens"), videoTokens}}}}});
    } else {
        o.insert(QStringLiteral("status"), status);
    }
    o.insert(QStringLiteral("steps"), steps);
    QByteArray body = compact(o);
    if (withData) {
        QByteArray b64 = (s.edit ? editVideo() : m_video).toBase64();
        if (m_escapedBase64) {
            QByteArray escaped;
            for (qsizetype i = 0; i < b64.size(); ++i) {
                if (i > 0 && i % 76 == 0)
                    escaped += "\\n";
                escaped += b64[i] == '/' ? QByteArray("\\/") : QByteArray(1, b64[i]);
            }
            b64 = escaped;
        }
        body.replace(kDataPlaceholder, b64);
    }
    return FakeResponse::json(200, body);
}

FakeResponse FakeGeminiServer::file(const QString &name, bool download, const RecordedRequest &r)
{
    if (!m_fileIsEdit.contains(name))
        return googleError(404, QStringLiteral("NOT_FOUND"), QStringLiteral("File files/%1 not found.").arg(name));
    int &reads = m_fileReads[name];
    const bool active = reads >= m_fileReadsUntilActive;
    if (!download) {
        ++reads;
        return FakeResponse::json(200, compact({{QStringLiteral("name"), QStringLiteral("files/") + name},
                                                {QStringLiteral("mimeType"), QStringLiteral("video/mp4")},
                                                {QStringLiteral("state"), active ? QStringLiteral("ACTIVE") : QStringLiteral("PROCESSING")}}));
    }
    if (!active)
        return googleError(400, QStringLiteral("FAILED_PRECONDITION"), QStringLiteral("The file is not in an ACTIVE state."));
    if (r.query.queryItemValue(QStringLiteral("alt")) != QLatin1String("media"))
        return refuse(QStringLiteral("A download needs alt=media."));
    return FakeResponse::bytes(m_fileIsEdit.value(name) ? editVideo() : m_video, "video/mp4", r.header("range"));
}

} // namespace rc::test
