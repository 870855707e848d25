#include "providers/videosapi/VideosApiProtocol.h"

#include "net/UrlPolicy.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace rc::videosapi {

using net::HttpMethod;
using net::HttpRequest;

Features Features::fromSpec(const ProviderSpec &spec)
{
    Features f;
    if (isOpenAiHost(spec)) {
        f.thumbnail = true;
        f.remix = true;
    }
    const QJsonObject o = spec.options;
    auto read = [&o](const char *key, bool *target) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isBool())
            *target = v.toBool();
    };
    read("list", &f.list);
    read("delete", &f.remove);
    read("remix", &f.remix);
    read("thumbnail", &f.thumbnail);
    f.extraFields = o.value(QStringLiteral("extraFields")).toObject();
    return f;
}

namespace {

int readProgress(const QJsonValue &v)
{
    if (v.isDouble())
        return qBound(0, int(v.toDouble()), 100);
    if (v.isString()) {
        // new-api relays strings like "30%".
        static const QRegularExpression digits(QStringLiteral("(\\d+(?:\\.\\d+)?)"));
        const auto m = digits.match(v.toString());
        if (m.hasMatch())
            return qBound(0, int(m.captured(1).toDouble()), 100);
    }
    return -1;
}

QString absoluteUrl(const QJsonValue &v)
{
    const QString s = v.toString();
    return s.startsWith(QLatin1String("https://")) || s.startsWith(QLatin1String("http://")) ? s : QString();
}

} // namespace

std::optional<VideoJob> parseVideoJob(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    if (!o.contains(QStringLiteral("status")) && !o.contains(QStringLiteral("id")) && !o.contains(QStringLiteral("task_id")))
        return std::nullopt;
    VideoJob job;
    job.id = o.value(QStringLiteral("id")).toString();
    if (job.id.isEmpty())
        job.id = o.value(QStringLiteral("task_id")).toString();
    job.status = o.value(QStringLiteral("status")).toString().trimmed().toLower();
    job.progress = readProgress(o.value(QStringLiteral("progress")));
    job.error = net::parseJobError(o.value(QStringLiteral("error")));
    job.assetUrl = absoluteUrl(o.value(QStringLiteral("url")));
    if (job.assetUrl.isEmpty())
        job.assetUrl = absoluteUrl(o.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("url")));
    const QJsonValue seconds = o.value(QStringLiteral("seconds"));
    job.seconds = seconds.isDouble() ? QString::number(seconds.toInt()) : seconds.toString();
    return job;
}

JobPhase phaseOf(const QString &status)
{
    static const QStringList done{QStringLiteral("completed"), QStringLiteral("succeeded"), QStringLiteral("success")};
    static const QStringList failed{QStringLiteral("failed"), QStringLiteral("failure"), QStringLiteral("cancelled"),
                                    QStringLiteral("canceled"), QStringLiteral("deleted"), QStringLiteral("error")};
    if (done.contains(status))
        return JobPhase::Completed;
    if (failed.contains(status))
        return JobPhase::Failed;
    return JobPhase::Pending;
}

QUrl endpoint(const QString &baseUrl, const QString &path)
{
    return net::joinedUrl(baseUrl, path);
}

void authorize(HttpRequest *request, const QString &key)
{
    // SGLang ignores the header and vLLM-Omni, new-api need it: send it whenever there is a key.
    if (!key.isEmpty())
        request->setSecretHeader("Authorization", "Bearer " + key.toUtf8());
    request->setHeader("Accept", "application/json");
}

HttpRequest createRequest(const ProviderSpec &spec, const GenerationRequest &request, const QString &model,
                          const QString &fittedImagePath, const QString &key)
{
    HttpRequest r;
    r.method = HttpMethod::Post;
    r.url = endpoint(spec.baseUrl, QStringLiteral("/videos"));
    authorize(&r, key);
    auto field = [&r](const char *name, const QString &value) {
        r.multipart.append({QByteArray(name), value.toUtf8(), QString(), QByteArray(), QByteArray()});
    };
    field("prompt", request.prompt);
    field("model", model);
    field("seconds", QString::number(request.durationSec)); // a digit string: OpenAI and vLLM-Omni insist
    field("size", request.size.toString());
    if (!request.negativePrompt.isEmpty())
        field("negative_prompt", request.negativePrompt);
    const QJsonObject extra = Features::fromSpec(spec).extraFields;
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        const QJsonValue v = it.value();
        QString text;
        if (v.isString())
            text = v.toString();
        else if (v.isDouble())
            text = QString::number(v.toDouble(), 'g', 12);
        else if (v.isBool())
            text = v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        else
            text = QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
        r.multipart.append({it.key().toUtf8(), text.toUtf8(), QString(), QByteArray(), QByteArray()});
    }
    if (!fittedImagePath.isEmpty()) {
        net::MultipartPart part;
        part.name = "input_reference";
        part.filePath = fittedImagePath;
        part.fileName = QFileInfo(fittedImagePath).fileName().toUtf8();
        const QString suffix = QFileInfo(fittedImagePath).suffix().toLower();
        part.contentType = suffix == QLatin1String("png")    ? "image/png"
                           : suffix == QLatin1String("webp") ? "image/webp"
                                                             : "image/jpeg";
        r.multipart.append(part);
    }
    return r;
}

HttpRequest pollRequest(const ProviderSpec &spec, const QString &remoteId, const QString &key)
{
    HttpRequest r = HttpRequest::get(endpoint(spec.baseUrl, QStringLiteral("/videos/") + QString::fromUtf8(QUrl::toPercentEncoding(remoteId))));
    authorize(&r, key);
    return r;
}

HttpRequest contentRequest(const ProviderSpec &spec, const QString &remoteId, const QString &key, bool thumbnail)
{
    QUrl url = endpoint(spec.baseUrl, QStringLiteral("/videos/%1/content").arg(QString::fromUtf8(QUrl::toPercentEncoding(remoteId))));
    if (thumbnail)
        url.setQuery(QStringLiteral("variant=thumbnail"));
    HttpRequest r = HttpRequest::get(url);
    if (!key.isEmpty())
        r.setSecretHeader("Authorization", "Bearer " + key.toUtf8());
    return r;
}

QStringList parseModelIds(const QByteArray &body)
{
    QStringList ids;
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    for (const auto &m : o.value(QStringLiteral("data")).toArray()) {
        const QString id = m.toObject().value(QStringLiteral("id")).toString();
        if (!id.isEmpty())
            ids.append(id);
    }
    return ids;
}

bool isOpenAiHost(const ProviderSpec &spec)
{
    return QUrl(spec.baseUrl).host().compare(QLatin1String("api.openai.com"), Qt::CaseInsensitive) == 0;
}

} // namespace rc::videosapi
