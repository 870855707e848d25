#include "support/FakeOpenRouterServer.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace rc::test {
namespace {

const QString kPrefix = QStringLiteral("/api/v1");

// Whether `url` is a data URL whose base64 payload really is the image type it names.
bool honestDataUrl(const QString &url)
{
    static const QRegularExpression shape(QStringLiteral("^data:(image/(jpeg|png|webp));base64,([A-Za-z0-9+/=]+)$"));
    const auto m = shape.match(url);
    if (!m.hasMatch())
        return false;
    const QByteArray bytes = QByteArray::fromBase64(m.captured(3).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    const QString type = m.captured(2);
    if (type == QLatin1String("jpeg"))
        return bytes.startsWith("\xFF\xD8\xFF");
    if (type == QLatin1String("png"))
        return bytes.startsWith("\x89PNG");
    return bytes.startsWith("RIFF") && bytes.mid(8, 4) == "WEBP";
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &e : v.toArray())
        out.append(e.toString());
    return out;
}

} // namespace

FakeOpenRouterServer::FakeOpenRouterServer(QObject *parent)
    : QObject(parent), m_http(new FakeHttpServer(this)), m_media(new FakeHttpServer(this)), m_models(defaultModels()),
      m_video(sampleMp4())
{
    m_http->setHandler([this](const RecordedRequest &r) { return handle(r); });
    m_media->setHandler([this](const RecordedRequest &r) { return handleMedia(r); });
}

QJsonArray FakeOpenRouterServer::defaultModels()
{
    const QJsonObject veo{
        {QStringLiteral("id"), QStringLiteral("google/veo-3.1")},
        {QStringLiteral("canonical_slug"), QStringLiteral("google/veo-3.1")},
        {QStringLiteral("name"), QStringLiteral("Google: Veo 3.1")},
        {QStringLiteral("created"), 1760486400},
        {QStringLiteral("supported_durations"), QJsonArray{4, 6, 8}},
        {QStringLiteral("supported_resolutions"), QJsonArray{QStringLiteral("720p"), QStringLiteral("1080p")}},
        {QStringLiteral("supported_aspect_ratios"), QJsonArray{QStringLiteral("16:9"), QStringLiteral("9:16")}},
        {QStringLiteral("supported_sizes"), QJsonArray{QStringLiteral("1280x720"), QStringLiteral("720x1280"),
                                                       QStringLiteral("1920x1080"), QStringLiteral("1080x1920")}},
        {QStringLiteral("supported_frame_images"), QJsonArray{QStringLiteral("first_frame"), QStringLiteral("last_frame")}},
        {QStringLiteral("generate_audio"), true},
        {QStringLiteral("seed"), true},
        {QStringLiteral("allowed_passthrough_parameters"), QJsonArray{}},
        {QStringLiteral("pricing_skus"), QJsonObject{{QStringLiteral("duration_seconds_with_audio"), QStringLiteral("0.40")},
                                                     {QStringLiteral("duration_seconds_without_audio"), QStringLiteral("0.20")}}}};
    const QJsonObject wan{
        {QStringLiteral("id"), QStringLiteral("alibaba/wan-2.6")},
        {QStringLiteral("canonical_slug"), QStringLiteral("alibaba/wan-2.6")},
        {QStringLiteral("name"), QStringLiteral("Alibaba: Wan 2.6")},
        {QStringLiteral("created"), 1760000000},
        {QStringLiteral("supported_durations"), QJsonArray{5, 10}},
        {QStringLiteral("supported_resolutions"), QJsonArray{QStringLiteral("720p"), QStringLiteral("1080p")}},
        {QStringLiteral("supported_aspect_ratios"), QJsonArray{QStringLiteral("16:9"), QStringLiteral("9:16"), QStringLiteral("1:1")}},
        {QStringLiteral("supported_sizes"), QJsonValue::Null},
        {QStringLiteral("supported_frame_images"), QJsonArray{QStringLiteral("first_frame")}},
        {QStringLiteral("generate_audio"), true},
        {QStringLiteral("seed"), QJsonValue::Null},
        {QStringLiteral("allowed_passthrough_parameters"), QJsonArray{}},
        {QStringLiteral("pricing_skus"), QJsonObject{{QStringLiteral("per-video-second"), QStringLiteral("0.10")}}}};
    return {veo, wan};
}

bool FakeOpenRouterServer::listen()
{
    return m_http->listen() && m_media->listen();
}

QString FakeOpenRouterServer::baseUrl() const
{
    return m_http->origin() + kPrefix;
}

int FakeOpenRouterServer::createCount() const
{
    return m_http->count("POST", kPrefix + QStringLiteral("/videos"));
}

QJsonObject FakeOpenRouterServer::model(const QString &id) const
{
    for (const QJsonValue &v : m_models)
        if (v.toObject().value(QStringLiteral("id")).toString() == id)
            return v.toObject();
    return {};
}

double FakeOpenRouterServer::costFor(const QString &id, int seconds) const
{
    const QJsonObject skus = model(id).value(QStringLiteral("pricing_skus")).toObject();
    const double perSecond = skus.isEmpty() ? 0 : skus.begin().value().toString().toDouble();
    return perSecond * seconds + 0.0731;
}

FakeResponse FakeOpenRouterServer::error(int status, const QString &message)
{
    return FakeResponse::json(status, QJsonDocument(QJsonObject{{QStringLiteral("error"),
                                                                 QJsonObject{{QStringLiteral("code"), status},
                                                                             {QStringLiteral("message"), message}}}})
                                          .toJson(QJsonDocument::Compact));
}

FakeResponse FakeOpenRouterServer::handle(const RecordedRequest &r)
{
    if (!r.path.startsWith(kPrefix))
        return FakeResponse::html(404, "<html>Not Found</html>");
    const QByteArray auth = r.header("authorization");
    if (auth.isEmpty())
        return error(401, QStringLiteral("No auth credentials found"));
    if (auth != "Bearer " + m_key.toUtf8())
        return error(401, QStringLiteral("User not found."));
    const QString path = r.path.mid(kPrefix.size());
    if (r.method == "GET" && path == QLatin1String("/videos/models"))
        return FakeResponse::json(200, QJsonDocument(QJsonObject{{QStringLiteral("data"), m_models}}).toJson(QJsonDocument::Compact));
    if (r.method == "POST" && path == QLatin1String("/videos"))
        return create(r);
    static const QRegularExpression job(QStringLiteral("^/videos/([A-Za-z0-9-]+)(/content)?$"));
    const auto m = job.match(path);
    if (r.method == "GET" && m.hasMatch()) {
        if (!m_jobs.contains(m.captured(1)))
            return error(404, QStringLiteral("Video generation not found"));
        return m.captured(2).isEmpty() ? poll(m.captured(1)) : content(r, m.captured(1));
    }
    return error(404, QStringLiteral("Not found"));
}

QString FakeOpenRouterServer::checkCreate(const QJsonObject &body) const
{
    static const QSet<QString> known{QStringLiteral("model"), QStringLiteral("prompt"), QStringLiteral("duration"),
                                     QStringLiteral("resolution"), QStringLiteral("aspect_ratio"), QStringLiteral("size"),
                                     QStringLiteral("frame_images"), QStringLiteral("input_references"),
                                     QStringLiteral("generate_audio"), QStringLiteral("seed"), QStringLiteral("callback_url"),
                                     QStringLiteral("provider"), QStringLiteral("input_audio")};
    for (auto it = body.begin(); it != body.end(); ++it)
        if (!known.contains(it.key()))
            return QStringLiteral("Unrecognized key: %1").arg(it.key());
    const QJsonObject m = model(body.value(QStringLiteral("model")).toString());
    if (m.isEmpty())
        return QStringLiteral("model must be a video model id");
    if (body.contains(QStringLiteral("prompt")) && !body.value(QStringLiteral("prompt")).isString())
        return QStringLiteral("prompt must be a string");
    if (!body.contains(QStringLiteral("prompt")) && !body.contains(QStringLiteral("frame_images")))
        return QStringLiteral("prompt is required");
    const QJsonValue duration = body.value(QStringLiteral("duration"));
    if (!duration.isUndefined()) {
        if (!duration.isDouble() || duration.toDouble() != double(duration.toInt()))
            return QStringLiteral("duration must be an integer");
        if (!m.value(QStringLiteral("supported_durations")).toArray().contains(duration.toInt()))
            return QStringLiteral("duration %1 is not supported by this model").arg(duration.toInt());
    }
    for (const char *field : {"generate_audio"})
        if (body.contains(QLatin1String(field)) && !body.value(QLatin1String(field)).isBool())
            return QStringLiteral("%1 must be a boolean").arg(QLatin1String(field));
    if (body.contains(QStringLiteral("generate_audio")) && !m.value(QStringLiteral("generate_audio")).toBool())
        return QStringLiteral("generate_audio is not supported by this model");
    if (body.contains(QStringLiteral("seed")) && !body.value(QStringLiteral("seed")).isDouble())
        return QStringLiteral("seed must be an integer");
    const bool hasSize = body.contains(QStringLiteral("size"));
    const bool hasRes = body.contains(QStringLiteral("resolution")) || body.contains(QStringLiteral("aspect_ratio"));
    if (hasSize && hasRes)
        return QStringLiteral("send size or resolution with aspect_ratio, not both");
    if (hasSize && !strings(m.value(QStringLiteral("supported_sizes"))).contains(body.value(QStringLiteral("size")).toString()))
        return QStringLiteral("size %1 is not supported by this model").arg(body.value(QStringLiteral("size")).toString());
    if (body.contains(QStringLiteral("resolution"))
        && !strings(m.value(QStringLiteral("supported_resolutions"))).contains(body.value(QStringLiteral("resolution")).toString()))
        return QStringLiteral("resolution is not supported by this model");
    if (body.contains(QStringLiteral("aspect_ratio"))
        && !strings(m.value(QStringLiteral("supported_aspect_ratios"))).contains(body.value(QStringLiteral("aspect_ratio")).toString()))
        return QStringLiteral("aspect_ratio is not supported by this model");
    const QJsonValue frames = body.value(QStringLiteral("frame_images"));
    if (!frames.isUndefined()) {
        if (!frames.isArray())
            return QStringLiteral("frame_images must be an array");
        QSet<QString> seen;
        const QStringList allowed = strings(m.value(QStringLiteral("supported_frame_images")));
        for (const QJsonValue &f : frames.toArray()) {
            const QJsonObject o = f.toObject();
            if (o.keys() != QStringList{QStringLiteral("frame_type"), QStringLiteral("image_url"), QStringLiteral("type")}
                || o.value(QStringLiteral("type")).toString() != QLatin1String("image_url"))
                return QStringLiteral("frame_images items need exactly type, image_url and frame_type");
            const QString type = o.value(QStringLiteral("frame_type")).toString();
            if (!allowed.contains(type) || seen.contains(type))
                return QStringLiteral("frame_type %1 is not supported here").arg(type);
            seen.insert(type);
            const QJsonObject image = o.value(QStringLiteral("image_url")).toObject();
            const QString url = image.value(QStringLiteral("url")).toString();
            if (image.keys() != QStringList{QStringLiteral("url")}
                || !(url.startsWith(QLatin1String("https://")) || honestDataUrl(url)))
                return QStringLiteral("image_url.url must be an https URL or an honest data URL");
        }
    }
    return QString();
}

FakeResponse FakeOpenRouterServer::create(const RecordedRequest &r)
{
    if (m_rateLimitOnce) {
        m_rateLimitOnce = false;
        FakeResponse limited = error(429, QStringLiteral("Rate limit exceeded"));
        limited.setHeader("Retry-After", "1");
        return limited;
    }
    if (!r.header("content-type").startsWith("application/json"))
        return error(400, QStringLiteral("Content-Type must be application/json"));
    const QJsonDocument doc = QJsonDocument::fromJson(r.body);
    if (!doc.isObject())
        return error(400, QStringLiteral("Body must be a JSON object"));
    m_lastCreate = doc.object();
    m_lastCreateError = checkCreate(m_lastCreate);
    if (!m_lastCreateError.isEmpty())
        return error(400, m_lastCreateError);
    Job job;
    static int serial = 0;
    job.id = QStringLiteral("gen-vid-1764921000-%1").arg(++serial, 20, 10, QLatin1Char('0'));
    job.model = m_lastCreate.value(QStringLiteral("model")).toString();
    job.prompt = m_lastCreate.value(QStringLiteral("prompt")).toString();
    job.seconds = m_lastCreate.value(QStringLiteral("duration")).toInt(8);
    m_jobs.insert(job.id, job);
    return FakeResponse::json(202, QJsonDocument(QJsonObject{{QStringLiteral("id"), job.id},
                                                             {QStringLiteral("polling_url"), baseUrl() + QStringLiteral("/videos/") + job.id},
                                                             {QStringLiteral("status"), QStringLiteral("pending")}})
                                       .toJson(QJsonDocument::Compact));
}

FakeResponse FakeOpenRouterServer::poll(const QString &id)
{
    ++m_polls;
    if (m_failThirdPoll && m_polls % 3 == 0)
        return error(500, QStringLiteral("Internal Server Error"));
    Job &job = m_jobs[id];
    ++job.polls;
    QJsonObject o{{QStringLiteral("id"), id}, {QStringLiteral("polling_url"), kPrefix + QStringLiteral("/videos/") + id}};
    if (job.polls < m_pollsUntilDone) {
        o.insert(QStringLiteral("status"), job.polls == 1 ? QStringLiteral("pending") : QStringLiteral("in_progress"));
    } else if (job.prompt.contains(QLatin1String("BLOCKME"))) {
        o.insert(QStringLiteral("status"), QStringLiteral("failed"));
        o.insert(QStringLiteral("error"), QStringLiteral("Request was blocked by the provider's content policy"));
    } else if (!m_endStatus.isEmpty()) {
        o.insert(QStringLiteral("status"), m_endStatus);
        if (!m_failWith.isEmpty())
            o.insert(QStringLiteral("error"), m_failWith);
    } else {
        o.insert(QStringLiteral("status"), QStringLiteral("completed"));
        o.insert(QStringLiteral("generation_id"), QStringLiteral("gen-1764921033-Zz9"));
        o.insert(QStringLiteral("unsigned_urls"),
                 QJsonArray{baseUrl() + QStringLiteral("/videos/%1/content?index=0").arg(id)});
        if (m_signedUrls)
            o.insert(QStringLiteral("urls"), QJsonArray{m_media->origin() + QStringLiteral("/v/%1.mp4?sig=abc").arg(id)});
        o.insert(QStringLiteral("usage"), QJsonObject{{QStringLiteral("cost"), costFor(job.model, job.seconds)},
                                                      {QStringLiteral("is_byok"), false}});
        o.insert(QStringLiteral("expires_at"), 1765007433);
    }
    return FakeResponse::json(200, QJsonDocument(o).toJson(QJsonDocument::Compact));
}

FakeResponse FakeOpenRouterServer::content(const RecordedRequest &r, const QString &id)
{
    if (m_contentBroken)
        return error(404, QStringLiteral("Video content not found"));
    if (r.query.queryItemValue(QStringLiteral("index")) != QLatin1String("0"))
        return error(400, QStringLiteral("index out of range"));
    Q_UNUSED(id)
    return served(r);
}

FakeResponse FakeOpenRouterServer::served(const RecordedRequest &r)
{
    FakeResponse response = FakeResponse::bytes(m_video, "video/mp4", r.header("range"));
    if (m_cutOnce) {
        m_cutOnce = false;
        response.misbehaviour = FakeResponse::CutAfterBytes;
        response.cutAfterBytes = m_video.size() / 2;
    }
    return response;
}

FakeResponse FakeOpenRouterServer::handleMedia(const RecordedRequest &r)
{
    if (!r.header("authorization").isEmpty()) {
        ++m_keyedMedia; // a key sent to a storage host: refused, and counted so the test fails
        return FakeResponse::json(400, R"({"error":"Authorization header not allowed on signed URLs"})");
    }
    if (r.query.queryItemValue(QStringLiteral("sig")).isEmpty())
        return FakeResponse::json(403, R"({"error":"missing signature"})");
    return served(r);
}

} // namespace rc::test
