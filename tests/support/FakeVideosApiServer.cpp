#include "support/FakeVideosApiServer.h"

#include <QBuffer>
#include <QDateTime>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

namespace rc::test {

FakeVideosApiServer::FakeVideosApiServer(Flavor flavor, QObject *parent)
    : QObject(parent), m_flavor(flavor), m_http(new FakeHttpServer(this)), m_video(sampleMp4())
{
    m_http->setHandler([this](const RecordedRequest &r) { return handle(r); });
}

bool FakeVideosApiServer::listen()
{
    return m_http->listen();
}

QString FakeVideosApiServer::baseUrl() const
{
    return m_http->origin() + QStringLiteral("/v1");
}

int FakeVideosApiServer::createCount() const
{
    int n = 0;
    for (const auto &r : m_http->requests())
        n += r.method == "POST" && r.path == QLatin1String("/v1/videos");
    return n;
}

int FakeVideosApiServer::pollCount() const
{
    static const QRegularExpression re(QStringLiteral("^/v1/videos/[^/]+$"));
    int n = 0;
    for (const auto &r : m_http->requests())
        n += r.method == "GET" && re.match(r.path).hasMatch();
    return n;
}

int FakeVideosApiServer::contentCount() const
{
    return m_http->count("GET", QStringLiteral("/content"));
}

const RecordedRequest *FakeVideosApiServer::lastCreate() const
{
    const auto &all = m_http->requests();
    for (int i = int(all.size()) - 1; i >= 0; --i)
        if (all[i].method == "POST" && all[i].path == QLatin1String("/v1/videos"))
            return &all[i];
    return nullptr;
}

FakeResponse FakeVideosApiServer::error(int status, const QString &message, const QString &code) const
{
    QJsonObject body;
    switch (m_flavor) {
    case Flavor::OpenAi:
        body = {{QStringLiteral("error"), QJsonObject{{QStringLiteral("message"), message},
                                                      {QStringLiteral("type"), QStringLiteral("invalid_request_error")},
                                                      {QStringLiteral("param"), QJsonValue::Null},
                                                      {QStringLiteral("code"), code.isEmpty() ? QJsonValue::Null : QJsonValue(code)}}}};
        break;
    case Flavor::SGLang:
        body = {{QStringLiteral("detail"), message}};
        break;
    case Flavor::VllmOmni:
        body = {{QStringLiteral("error"), QJsonObject{{QStringLiteral("message"), message},
                                                      {QStringLiteral("type"), QStringLiteral("BadRequestError")},
                                                      {QStringLiteral("param"), QJsonValue::Null},
                                                      {QStringLiteral("code"), status}}}};
        break;
    case Flavor::NewApi:
        body = {{QStringLiteral("code"), code.isEmpty() ? QStringLiteral("invalid_request") : code},
                {QStringLiteral("message"), message},
                {QStringLiteral("data"), QJsonValue::Null}};
        break;
    }
    return FakeResponse::json(status, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

QJsonObject FakeVideosApiServer::toJson(const Job &job) const
{
    QJsonObject o{{QStringLiteral("id"), job.id},
                  {QStringLiteral("object"), QStringLiteral("video")},
                  {QStringLiteral("model"), m_flavor == Flavor::SGLang ? QStringLiteral("sora-2") : job.model},
                  {QStringLiteral("status"), job.status},
                  {QStringLiteral("progress"), job.progress},
                  {QStringLiteral("created_at"), QDateTime::currentSecsSinceEpoch()},
                  {QStringLiteral("size"), job.size},
                  {QStringLiteral("seconds"), job.seconds},
                  {QStringLiteral("expires_at"), QJsonValue::Null}};
    if (m_flavor == Flavor::NewApi)
        o.insert(QStringLiteral("task_id"), job.id);
    return o;
}

FakeResponse FakeVideosApiServer::handle(const RecordedRequest &r)
{
    if (!m_requiredKey.isEmpty() && m_flavor != Flavor::SGLang
        && r.header("authorization") != "Bearer " + m_requiredKey.toUtf8()) {
        if (m_flavor == Flavor::VllmOmni)
            return FakeResponse::json(401, R"({"error":"Unauthorized"})");
        return error(401, QStringLiteral("Incorrect API key provided."), QStringLiteral("invalid_api_key"));
    }
    const QStringList segments = r.path.split(QLatin1Char('/'), Qt::SkipEmptyParts); // v1, videos, id, ...
    if (segments.value(0) != QLatin1String("v1"))
        return FakeResponse::html(404, "<html>not here</html>");
    if (segments.value(1) == QLatin1String("models") && r.method == "GET") {
        QJsonArray data;
        for (const QString &m : m_models)
            data.append(QJsonObject{{QStringLiteral("id"), m}, {QStringLiteral("object"), QStringLiteral("model")}});
        return FakeResponse::json(200, QJsonDocument(QJsonObject{{QStringLiteral("object"), QStringLiteral("list")},
                                                                 {QStringLiteral("data"), data}}).toJson(QJsonDocument::Compact));
    }
    if (segments.value(1) != QLatin1String("videos"))
        return error(404, QStringLiteral("Not Found"));
    if (segments.size() == 2 && r.method == "POST")
        return create(r);
    if (segments.size() == 2 && r.method == "GET") {
        if (m_flavor == Flavor::NewApi)
            return FakeResponse::html(404, "<html>new-api</html>");
        QJsonArray data;
        for (const Job &job : m_jobs)
            data.append(toJson(job));
        QJsonObject list{{QStringLiteral("object"), QStringLiteral("list")}, {QStringLiteral("data"), data}};
        if (m_flavor != Flavor::SGLang)
            list.insert(QStringLiteral("has_more"), false);
        return FakeResponse::json(200, QJsonDocument(list).toJson(QJsonDocument::Compact));
    }
    const QString id = segments.value(2);
    auto it = m_jobs.find(id);
    if (it == m_jobs.end()) {
        if (m_flavor == Flavor::NewApi)
            return error(400, QStringLiteral("task_not_exist"), QStringLiteral("task_not_exist"));
        return error(404, QStringLiteral("Video not found"));
    }
    if (segments.size() == 3 && r.method == "GET")
        return status(*it);
    if (segments.size() == 4 && segments[3] == QLatin1String("content") && r.method == "GET")
        return content(r, *it);
    if (segments.size() == 3 && r.method == "DELETE") {
        if (m_flavor == Flavor::NewApi)
            return FakeResponse::html(404, "<html>new-api</html>");
        Job gone = *it;
        m_jobs.erase(it);
        if (m_flavor == Flavor::SGLang) {
            gone.status = QStringLiteral("deleted");
            return FakeResponse::json(200, QJsonDocument(toJson(gone)).toJson(QJsonDocument::Compact));
        }
        return FakeResponse::json(200, QJsonDocument(QJsonObject{{QStringLiteral("id"), id},
                                                                 {QStringLiteral("object"), QStringLiteral("video.deleted")},
                                                                 {QStringLiteral("deleted"), true}}).toJson(QJsonDocument::Compact));
    }
    if (segments.size() == 4 && segments[3] == QLatin1String("remix") && r.method == "POST" && m_flavor == Flavor::OpenAi) {
        Job remix = *it;
        remix.id = QStringLiteral("video_%1").arg(m_nextId++);
        remix.polls = 0;
        remix.status = QStringLiteral("queued");
        remix.progress = 0;
        m_jobs.insert(remix.id, remix);
        QJsonObject o = toJson(remix);
        o.insert(QStringLiteral("remixed_from_video_id"), id);
        return FakeResponse::json(200, QJsonDocument(o).toJson(QJsonDocument::Compact));
    }
    return error(405, QStringLiteral("Method Not Allowed"));
}

FakeResponse FakeVideosApiServer::create(const RecordedRequest &r)
{
    if (r.parts.isEmpty())
        return error(m_flavor == Flavor::SGLang ? 400 : 422, QStringLiteral("multipart/form-data expected"));
    const RecordedPart *prompt = r.part("prompt");
    if (!prompt || prompt->data.isEmpty())
        return error(400, QStringLiteral("prompt is required"));
    Job job;
    job.prompt = QString::fromUtf8(prompt->data);
    job.model = r.part("model") ? QString::fromUtf8(r.part("model")->data) : m_models.value(0);
    job.seconds = r.part("seconds") ? QString::fromUtf8(r.part("seconds")->data) : QStringLiteral("4");
    job.size = r.part("size") ? QString::fromUtf8(r.part("size")->data) : QStringLiteral("720x1280");
    static const QRegularExpression digits(QStringLiteral("^[1-9]\\d*$"));
    if (!digits.match(job.seconds).hasMatch())
        return error(400, QStringLiteral("Invalid type for 'seconds'"));
    if (m_flavor == Flavor::VllmOmni && job.model != m_models.value(0))
        return error(400, QStringLiteral("Model mismatch"));
    if (const RecordedPart *image = r.part("input_reference")) {
        const QImage picture = QImage::fromData(image->data);
        const QStringList wh = job.size.split(QLatin1Char('x'));
        if (image->fileName.isEmpty() || image->contentType.isEmpty())
            return error(400, QStringLiteral("input_reference must be a file"));
        if (picture.width() != wh.value(0).toInt() || picture.height() != wh.value(1).toInt())
            return error(400, QStringLiteral("Inpaint image must match the requested width and height"));
    }
    switch (m_flavor) {
    case Flavor::OpenAi: job.id = QStringLiteral("video_%1").arg(m_nextId++); break;
    case Flavor::SGLang: job.id = QUuid::createUuid().toString(QUuid::WithoutBraces); break;
    case Flavor::VllmOmni: job.id = QStringLiteral("video_gen_%1").arg(m_nextId++, 8, 16, QLatin1Char('0')); break;
    case Flavor::NewApi: job.id = QStringLiteral("task_%1").arg(m_nextId++); break;
    }
    m_jobs.insert(job.id, job);
    FakeResponse response = FakeResponse::json(200, QJsonDocument(toJson(job)).toJson(QJsonDocument::Compact));
    if (m_pollAfterMs >= 0)
        response.setHeader("openai-poll-after-ms", QByteArray::number(m_pollAfterMs));
    return response;
}

FakeResponse FakeVideosApiServer::status(Job &job)
{
    if (job.status == QLatin1String("queued") || job.status == QLatin1String("in_progress")
        || job.status == QLatin1String("unknown")) {
        ++job.polls;
        if (job.polls >= m_pollsUntilDone) {
            job.status = m_failJobs ? QStringLiteral("failed") : QStringLiteral("completed");
            job.progress = m_failJobs ? 0 : 100;
        } else if (m_flavor == Flavor::OpenAi || m_flavor == Flavor::NewApi) {
            job.status = m_flavor == Flavor::NewApi && job.polls == 1 ? QStringLiteral("unknown") : QStringLiteral("in_progress");
            job.progress = 100 * job.polls / m_pollsUntilDone;
        } else if (m_flavor == Flavor::VllmOmni) {
            job.status = QStringLiteral("in_progress"); // progress stays 0 until done
        }
    }
    QJsonObject o = toJson(job);
    int httpStatus = 200;
    if (job.status == QLatin1String("failed") && !m_failWith.isUndefined()) {
        QJsonValue err = m_failWith;
        if (m_flavor == Flavor::VllmOmni && err.isObject()) {
            const int code = err.toObject().value(QStringLiteral("code")).toInt();
            httpStatus = code >= 400 && code <= 599 ? code : 500;
            QJsonObject e = err.toObject();
            e.insert(QStringLiteral("code"), httpStatus);
            err = e;
        }
        o.insert(QStringLiteral("error"), err);
    }
    FakeResponse response = FakeResponse::json(httpStatus, QJsonDocument(o).toJson(QJsonDocument::Compact));
    if (m_pollAfterMs >= 0)
        response.setHeader("openai-poll-after-ms", QByteArray::number(m_pollAfterMs));
    return response;
}

FakeResponse FakeVideosApiServer::content(const RecordedRequest &r, Job &job)
{
    if (job.status != QLatin1String("completed"))
        return m_flavor == Flavor::NewApi ? error(400, QStringLiteral("Task is not completed yet"))
                                          : error(404, QStringLiteral("Generation is still in-progress"));
    if (r.query.queryItemValue(QStringLiteral("variant")) == QLatin1String("thumbnail")) {
        if (!m_thumbnails)
            return error(400, QStringLiteral("variant not supported"));
        QImage image(160, 90, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        QByteArray jpeg;
        QBuffer buffer(&jpeg);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "JPG");
        FakeResponse t;
        t.setHeader("Content-Type", "image/jpeg");
        t.body = jpeg;
        return t;
    }
    FakeResponse response = FakeResponse::bytes(m_video, "video/mp4", r.header("range"));
    if (m_cutOnce >= 0) {
        response.misbehaviour = FakeResponse::CutAfterBytes;
        response.cutAfterBytes = m_cutOnce;
        m_cutOnce = -1;
    }
    return response;
}

} // namespace rc::test
