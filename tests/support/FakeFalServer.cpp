#include "support/FakeFalServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace rc::test {
namespace {

// One input field of an endpoint, as its pydantic model declares it.
struct Field
{
    enum Type { Text, Enum, Number, Integer, Boolean, Image };
    Type type = Text;
    bool required = false;
    QStringList options; // Enum: the literal strings
};

using Schema = QMap<QString, Field>;

QStringList range(int from, int to)
{
    QStringList out;
    for (int i = from; i <= to; ++i)
        out.append(QString::number(i));
    return out;
}

// The endpoints the fake serves, with the inputs fal-queue.md and fal's model pages give.
const QMap<QString, Schema> &schemas()
{
    static const QMap<QString, Schema> all = [] {
        const Field prompt{Field::Text, true, {}};
        const Field text{Field::Text, false, {}};
        const QStringList seedanceRatios{QStringLiteral("21:9"), QStringLiteral("16:9"), QStringLiteral("4:3"),
                                         QStringLiteral("1:1"), QStringLiteral("3:4"), QStringLiteral("9:16")};
        const QStringList seedanceRes{QStringLiteral("480p"), QStringLiteral("720p"), QStringLiteral("1080p")};
        QMap<QString, Schema> m;
        const Field klingDuration{Field::Enum, false, {QStringLiteral("5"), QStringLiteral("10")}};
        m.insert(QStringLiteral("fal-ai/kling-video/v2.5-turbo/pro/text-to-video"),
                 Schema{{QStringLiteral("prompt"), prompt},
                        {QStringLiteral("duration"), klingDuration},
                        {QStringLiteral("aspect_ratio"), Field{Field::Enum, false, {QStringLiteral("16:9"), QStringLiteral("9:16"), QStringLiteral("1:1")}}},
                        {QStringLiteral("negative_prompt"), text},
                        {QStringLiteral("cfg_scale"), Field{Field::Number, false, {}}}});
        m.insert(QStringLiteral("fal-ai/kling-video/v2.5-turbo/pro/image-to-video"),
                 Schema{{QStringLiteral("prompt"), prompt},
                        {QStringLiteral("image_url"), Field{Field::Image, true, {}}},
                        {QStringLiteral("duration"), klingDuration},
                        {QStringLiteral("negative_prompt"), text},
                        {QStringLiteral("cfg_scale"), Field{Field::Number, false, {}}},
                        {QStringLiteral("tail_image_url"), Field{Field::Image, false, {}}}});
        m.insert(QStringLiteral("fal-ai/bytedance/seedance/v1/pro/fast/text-to-video"),
                 Schema{{QStringLiteral("prompt"), prompt},
                        {QStringLiteral("aspect_ratio"), Field{Field::Enum, false, seedanceRatios}},
                        {QStringLiteral("resolution"), Field{Field::Enum, false, seedanceRes}},
                        {QStringLiteral("duration"), Field{Field::Enum, false, range(2, 12)}},
                        {QStringLiteral("seed"), Field{Field::Integer, false, {}}},
                        {QStringLiteral("camera_fixed"), Field{Field::Boolean, false, {}}}});
        m.insert(QStringLiteral("fal-ai/bytedance/seedance/v1/pro/fast/image-to-video"),
                 Schema{{QStringLiteral("prompt"), prompt},
                        {QStringLiteral("image_url"), Field{Field::Image, true, {}}},
                        {QStringLiteral("resolution"), Field{Field::Enum, false, seedanceRes}},
                        {QStringLiteral("duration"), Field{Field::Enum, false, range(2, 12)}},
                        {QStringLiteral("seed"), Field{Field::Integer, false, {}}},
                        {QStringLiteral("camera_fixed"), Field{Field::Boolean, false, {}}}});
        m.insert(QStringLiteral("wan/v2.6/text-to-video"),
                 Schema{{QStringLiteral("prompt"), prompt},
                        {QStringLiteral("duration"), Field{Field::Enum, false, {QStringLiteral("5"), QStringLiteral("10"), QStringLiteral("15")}}},
                        {QStringLiteral("resolution"), Field{Field::Enum, false, {QStringLiteral("720p"), QStringLiteral("1080p")}}},
                        {QStringLiteral("aspect_ratio"), Field{Field::Enum, false, {QStringLiteral("16:9"), QStringLiteral("9:16"), QStringLiteral("1:1"),
                                                                                    QStringLiteral("4:3"), QStringLiteral("3:4")}}}});
        m.insert(QStringLiteral("fal-ai/minimax/hailuo-02/standard/text-to-video"),
                 Schema{{QStringLiteral("prompt"), prompt},
                        {QStringLiteral("duration"), Field{Field::Enum, false, {QStringLiteral("6"), QStringLiteral("10")}}},
                        {QStringLiteral("prompt_optimizer"), Field{Field::Boolean, false, {}}}});
        return m;
    }();
    return all;
}

// Whether `url` is an http(s) URL or a data URI whose base64 payload is the image type it names.
bool loadableImage(const QString &url)
{
    if (url.startsWith(QLatin1String("https://")) || url.startsWith(QLatin1String("http://")))
        return true;
    static const QRegularExpression shape(QStringLiteral("^data:image/(jpeg|png);base64,([A-Za-z0-9+/=]+)$"));
    const auto m = shape.match(url);
    if (!m.hasMatch())
        return false;
    const QByteArray bytes = QByteArray::fromBase64(m.captured(2).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    return m.captured(1) == QLatin1String("jpeg") ? bytes.startsWith("\xFF\xD8\xFF") : bytes.startsWith("\x89PNG");
}

QJsonObject problem(const QString &field, const QString &msg, const QString &type)
{
    return {{QStringLiteral("loc"), QJsonArray{QStringLiteral("body"), field}},
            {QStringLiteral("msg"), msg},
            {QStringLiteral("type"), type}};
}

// The first thing the schema refuses in `input`, as one of fal's validation entries; empty when valid.
QJsonObject validate(const Schema &schema, const QJsonObject &input)
{
    for (auto it = input.begin(); it != input.end(); ++it)
        if (!schema.contains(it.key()))
            return problem(it.key(), QStringLiteral("Extra inputs are not permitted"), QStringLiteral("extra_forbidden"));
    for (auto it = schema.begin(); it != schema.end(); ++it) {
        const QJsonValue v = input.value(it.key());
        const Field &f = it.value();
        if (v.isUndefined()) {
            if (f.required)
                return problem(it.key(), QStringLiteral("Field required"), QStringLiteral("missing"));
            continue;
        }
        switch (f.type) {
        case Field::Text:
            if (!v.isString())
                return problem(it.key(), QStringLiteral("Input should be a valid string"), QStringLiteral("string_type"));
            if (it.key() == QLatin1String("prompt") && v.toString().size() > 2500)
                return problem(it.key(), QStringLiteral("String should have at most 2500 characters"), QStringLiteral("string_too_long"));
            break;
        case Field::Enum:
            if (!v.isString() || !f.options.contains(v.toString()))
                return problem(it.key(), QStringLiteral("Input should be '%1'").arg(f.options.join(QStringLiteral("', '"))),
                               QStringLiteral("literal_error"));
            break;
        case Field::Number:
            if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() > 1)
                return problem(it.key(), QStringLiteral("Input should be a number from 0 to 1"), QStringLiteral("float_type"));
            break;
        case Field::Integer:
            if (!v.isDouble() || v.toDouble() != double(qint64(v.toDouble())) || v.toDouble() < 0 || v.toDouble() > 2147483647.0)
                return problem(it.key(), QStringLiteral("Input should be a valid integer"), QStringLiteral("int_type"));
            break;
        case Field::Boolean:
            if (!v.isBool())
                return problem(it.key(), QStringLiteral("Input should be a valid boolean"), QStringLiteral("bool_type"));
            break;
        case Field::Image:
            if (!v.isString() || !loadableImage(v.toString()))
                return problem(it.key(), QStringLiteral("Failed to load the image. Please ensure the image file is not corrupted "
                                                        "and is in a supported format."),
                               QStringLiteral("image_load_error"));
            break;
        }
    }
    return {};
}

FakeResponse detail(int status, const QString &text)
{
    return FakeResponse::json(status, QJsonDocument(QJsonObject{{QStringLiteral("detail"), text}}).toJson(QJsonDocument::Compact));
}

FakeResponse refusal(const QJsonObject &entry)
{
    FakeResponse r = FakeResponse::json(422, QJsonDocument(QJsonObject{{QStringLiteral("detail"), QJsonArray{entry}}})
                                                 .toJson(QJsonDocument::Compact));
    r.setHeader("X-Fal-Retryable", "false");
    return r;
}

QString ownerApp(const QString &endpoint)
{
    return endpoint.section(QLatin1Char('/'), 0, 1);
}

} // namespace

FakeFalServer::FakeFalServer(QObject *parent)
    : QObject(parent), m_http(new FakeHttpServer(this)), m_media(new FakeHttpServer(this)), m_video(sampleMp4())
{
    m_http->setHandler([this](const RecordedRequest &r) { return handle(r); });
    m_media->setHandler([this](const RecordedRequest &r) { return handleMedia(r); });
}

bool FakeFalServer::listen()
{
    return m_http->listen() && m_media->listen();
}

QString FakeFalServer::baseUrl() const
{
    return m_http->origin();
}

int FakeFalServer::submitCount() const
{
    int n = 0;
    for (const RecordedRequest &r : m_http->requests())
        n += r.method == "POST" ? 1 : 0;
    return n;
}

FakeResponse FakeFalServer::handle(const RecordedRequest &r)
{
    const QByteArray auth = r.header("authorization");
    if (auth.isEmpty())
        return detail(401, QStringLiteral("Missing authorization header"));
    if (!auth.startsWith("Key "))
        return detail(401, QStringLiteral("Invalid authorization header: use 'Key <FAL_KEY>'"));
    if (auth != "Key " + m_key.toUtf8())
        return detail(401, QStringLiteral("No user found for Key ID and Secret"));
    const QString path = r.path.mid(1);
    if (r.method == "POST") {
        if (!schemas().contains(path))
            return detail(404, QStringLiteral("Application not found"));
        return submit(path, r);
    }
    static const QRegularExpression route(QStringLiteral("^([^/]+/[^/]+)/requests/([^/]+)(/status|/cancel)?$"));
    const auto m = route.match(path);
    if (!m.hasMatch())
        return detail(404, QStringLiteral("Not found"));
    auto job = m_jobs.find(m.captured(2));
    // Strict: the queue routes carry owner/app only, the app the request was submitted to.
    if (job == m_jobs.end() || ownerApp(job->endpoint) != m.captured(1))
        return detail(404, QStringLiteral("Request not found"));
    const QString tail = m.captured(3);
    if (r.method == "GET" && tail == QLatin1String("/status"))
        return status(*job);
    if (r.method == "GET" && tail.isEmpty())
        return result(*job);
    if (r.method == "PUT" && tail == QLatin1String("/cancel"))
        return cancel(*job);
    return detail(405, QStringLiteral("Method Not Allowed"));
}

FakeResponse FakeFalServer::submit(const QString &endpoint, const RecordedRequest &r)
{
    if (m_rateLimitOnce) {
        m_rateLimitOnce = false;
        FakeResponse limited = detail(429, QStringLiteral("Queue is full, try again later"));
        limited.setHeader("Retry-After", "1");
        return limited;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(r.body);
    if (!r.header("content-type").startsWith("application/json") || !doc.isObject())
        return detail(400, QStringLiteral("The body must be a JSON object"));
    m_lastEndpoint = endpoint;
    m_lastInput = doc.object();
    const QJsonObject refused = validate(schemas().value(endpoint), m_lastInput);
    m_lastRefusal = refused.value(QStringLiteral("type")).toString();
    if (!refused.isEmpty())
        return refusal(refused);
    static int serial = 0;
    Job job;
    job.id = QStringLiteral("5c1e0e39-6a7d-4f2b-9d33-%1").arg(++serial, 12, 10, QLatin1Char('0'));
    job.endpoint = endpoint;
    job.prompt = m_lastInput.value(QStringLiteral("prompt")).toString();
    m_jobs.insert(job.id, job);
    QJsonObject o = urls(job);
    o.insert(QStringLiteral("status"), QStringLiteral("IN_QUEUE"));
    o.insert(QStringLiteral("queue_position"), m_queuedPolls);
    return FakeResponse::json(200, QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject FakeFalServer::urls(const Job &job) const
{
    const QString base = baseUrl() + QLatin1Char('/') + ownerApp(job.endpoint) + QStringLiteral("/requests/") + job.id;
    return {{QStringLiteral("request_id"), job.id},
            {QStringLiteral("response_url"), base},
            {QStringLiteral("status_url"), base + QStringLiteral("/status")},
            {QStringLiteral("cancel_url"), base + QStringLiteral("/cancel")}};
}

bool FakeFalServer::completed(const Job &job) const
{
    return job.cancelled || (!m_hold && job.polls > m_queuedPolls + m_runningPolls);
}

FakeResponse FakeFalServer::status(Job &job)
{
    ++m_statusPolls;
    if (m_failThirdPoll && m_statusPolls % 3 == 0)
        return detail(500, QStringLiteral("Internal Server Error"));
    ++job.polls;
    QJsonObject o = urls(job);
    if (completed(job)) {
        o.insert(QStringLiteral("status"), QStringLiteral("COMPLETED"));
        o.insert(QStringLiteral("logs"), QJsonArray{});
        o.insert(QStringLiteral("metrics"), QJsonObject{{QStringLiteral("inference_time"), 41.2}});
        if (job.prompt.contains(QLatin1String("BLOCKME"))) {
            o.insert(QStringLiteral("error"), QStringLiteral("The content could not be processed because it contained material "
                                                              "flagged by a content checker."));
            o.insert(QStringLiteral("error_type"), QStringLiteral("content_policy_violation"));
        }
    } else if (m_hold || job.polls <= m_queuedPolls) {
        o.insert(QStringLiteral("status"), QStringLiteral("IN_QUEUE"));
        o.insert(QStringLiteral("queue_position"), m_hold ? 0 : m_queuedPolls - job.polls);
    } else {
        o.insert(QStringLiteral("status"), QStringLiteral("IN_PROGRESS"));
        o.insert(QStringLiteral("logs"), QJsonArray{});
    }
    return FakeResponse::json(200, QJsonDocument(o).toJson(QJsonDocument::Compact));
}

FakeResponse FakeFalServer::result(const Job &job)
{
    if (!completed(job))
        return detail(400, QStringLiteral("Request is still in progress"));
    if (job.cancelled)
        return detail(400, QStringLiteral("Request was cancelled"));
    if (job.prompt.contains(QLatin1String("BLOCKME"))) {
        QJsonObject entry = problem(QStringLiteral("prompt"), QStringLiteral("The content could not be processed because it "
                                                                             "contained material flagged by a content checker."),
                                    QStringLiteral("content_policy_violation"));
        entry.insert(QStringLiteral("categories"), QJsonArray{QStringLiteral("violence")});
        entry.insert(QStringLiteral("input"), job.prompt);
        return refusal(entry);
    }
    const QJsonObject video{{QStringLiteral("url"), m_media->origin() + QStringLiteral("/files/%1/output.mp4").arg(job.id)},
                            {QStringLiteral("content_type"), QStringLiteral("video/mp4")},
                            {QStringLiteral("file_name"), QStringLiteral("output.mp4")},
                            {QStringLiteral("file_size"), m_video.size()}};
    FakeResponse r = FakeResponse::json(200, QJsonDocument(QJsonObject{{QStringLiteral("video"), video}}).toJson(QJsonDocument::Compact));
    r.setHeader("x-fal-request-id", job.id.toUtf8());
    return r;
}

FakeResponse FakeFalServer::cancel(Job &job)
{
    if (completed(job) || (!m_hold && job.polls > m_queuedPolls))
        return FakeResponse::json(400, R"({"status":"ALREADY_COMPLETED"})");
    job.cancelled = true;
    m_cancelled.append(job.id);
    return FakeResponse::json(202, R"({"status":"CANCELLATION_REQUESTED"})");
}

FakeResponse FakeFalServer::served(const RecordedRequest &r)
{
    FakeResponse response = FakeResponse::bytes(m_video, "video/mp4", r.header("range"));
    if (m_cutOnce) {
        m_cutOnce = false;
        response.misbehaviour = FakeResponse::CutAfterBytes;
        response.cutAfterBytes = m_video.size() / 2;
    }
    return response;
}

FakeResponse FakeFalServer::handleMedia(const RecordedRequest &r)
{
    if (!r.header("authorization").isEmpty()) {
        ++m_keyedMedia; // fal's key sent to the CDN: refused, and counted so the test fails
        return FakeResponse::json(400, R"({"error":"Authorization header not allowed"})");
    }
    static const QRegularExpression file(QStringLiteral("^/files/([^/]+)/output\\.mp4$"));
    const auto m = file.match(r.path);
    if (!m.hasMatch() || !m_jobs.contains(m.captured(1)))
        return FakeResponse::json(404, R"({"error":"not found"})");
    return served(r);
}

} // namespace rc::test
