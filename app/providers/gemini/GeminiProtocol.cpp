#include "providers/gemini/GeminiProtocol.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// Spelled as two namespaces: lupdate misreads the nested form and would lose the context below.
namespace rc {
namespace gemini {

using net::HttpRequest;

namespace {

// lupdate takes the context from this declaration; a plain function would hide it.
struct GeminiText
{
    Q_DECLARE_TR_FUNCTIONS(GeminiText)
};

QJsonObject firstSampleVideo(const QJsonObject &response)
{
    // The API names the list generatedSamples; the SDK's own types say generatedVideos/videos.
    const QJsonObject inner = response.value(QStringLiteral("generateVideoResponse")).toObject();
    for (const QJsonObject &holder : {inner, response})
        for (const char *key : {"generatedSamples", "generatedVideos", "videos"}) {
            const QJsonArray samples = holder.value(QLatin1String(key)).toArray();
            if (!samples.isEmpty()) {
                const QJsonObject sample = samples.first().toObject();
                return sample.contains(QStringLiteral("video")) ? sample.value(QStringLiteral("video")).toObject() : sample;
            }
        }
    return {};
}

} // namespace

std::optional<Operation> parseOperation(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    if (!o.contains(QStringLiteral("name")) && !o.contains(QStringLiteral("done")))
        return std::nullopt;
    Operation op;
    op.name = o.value(QStringLiteral("name")).toString();
    op.done = o.value(QStringLiteral("done")).toBool();
    if (o.value(QStringLiteral("error")).isObject()) {
        op.error = net::parseJobError(o.value(QStringLiteral("error")));
        op.errorCode = o.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toInt();
    }
    const QJsonObject response = o.value(QStringLiteral("response")).toObject();
    const QJsonObject video = firstSampleVideo(response);
    op.videoUri = video.value(QStringLiteral("uri")).toString();
    for (const char *key : {"encodedVideo", "bytesBase64Encoded", "videoBytes"})
        if (op.videoBase64.isEmpty())
            op.videoBase64 = video.value(QLatin1String(key)).toString().toLatin1();
    const QJsonObject inner = response.value(QStringLiteral("generateVideoResponse")).toObject();
    for (const QJsonObject &holder : {inner, response}) {
        op.filteredCount = qMax(op.filteredCount, holder.value(QStringLiteral("raiMediaFilteredCount")).toInt());
        for (const auto &r : holder.value(QStringLiteral("raiMediaFilteredReasons")).toArray())
            op.filteredReasons.append(r.toString());
    }
    return op;
}

QUrl endpoint(const QString &baseUrl, const QString &path)
{
    QString base = baseUrl.trimmed();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return QUrl(base + path);
}

void authorize(HttpRequest *request, const QString &key)
{
    request->setSecretHeader("x-goog-api-key", key.toUtf8());
}

QString resolutionFor(const VideoSize &size)
{
    const int shortSide = qMin(size.width, size.height);
    if (shortSide >= 2160)
        return QStringLiteral("4k");
    if (shortSide >= 1080)
        return QStringLiteral("1080p");
    return QStringLiteral("720p");
}

HttpRequest createRequest(const ProviderSpec &spec, const GenerationRequest &request, const QString &model,
                          const std::optional<Image> &firstFrame, const std::optional<Image> &lastFrame,
                          const QString &key)
{
    QJsonObject instance{{QStringLiteral("prompt"), request.prompt}};
    auto image = [](const Image &i) {
        return QJsonObject{{QStringLiteral("bytesBase64Encoded"), QString::fromLatin1(i.bytes.toBase64())},
                           {QStringLiteral("mimeType"), QString::fromLatin1(i.mimeType)}};
    };
    if (firstFrame)
        instance.insert(QStringLiteral("image"), image(*firstFrame));
    if (lastFrame)
        instance.insert(QStringLiteral("lastFrame"), image(*lastFrame));
    QJsonObject parameters{{QStringLiteral("aspectRatio"), request.size.isPortrait() ? QStringLiteral("9:16") : QStringLiteral("16:9")},
                           {QStringLiteral("durationSeconds"), request.durationSec},
                           {QStringLiteral("resolution"), resolutionFor(request.size)},
                           {QStringLiteral("sampleCount"), 1}};
    if (!request.negativePrompt.isEmpty())
        parameters.insert(QStringLiteral("negativePrompt"), request.negativePrompt);
    HttpRequest r;
    r.method = net::HttpMethod::Post;
    r.url = endpoint(spec.baseUrl, QStringLiteral("/models/%1:predictLongRunning").arg(model));
    r.contentType = "application/json";
    r.body = QJsonDocument(QJsonObject{{QStringLiteral("instances"), QJsonArray{instance}},
                                       {QStringLiteral("parameters"), parameters}})
                 .toJson(QJsonDocument::Compact);
    authorize(&r, key);
    return r;
}

HttpRequest operationRequest(const ProviderSpec &spec, const QString &name, const QString &key)
{
    // The name is a path ("models/x/operations/y"); its slashes stay slashes.
    HttpRequest r = HttpRequest::get(endpoint(spec.baseUrl, QLatin1Char('/') + name));
    authorize(&r, key);
    return r;
}

net::Failure operationFailure(const Operation &op, const QString &serverName)
{
    const net::ErrorBody &e = *op.error;
    const QString said = e.message.isEmpty() ? GeminiText::tr("no reason given") : e.message;
    const int c = op.errorCode;
    if (net::isModerationError(e))
        return {ErrorKind::Moderation, GeminiText::tr("Refused by the provider's safety filter: %1").arg(said)};
    if (c == 8 || c == 429 || e.type == QLatin1String("RESOURCE_EXHAUSTED"))
        return {ErrorKind::Quota, GeminiText::tr("%1 says the quota is used up: %2").arg(serverName, said)};
    if (c == 7 || c == 16 || c == 401 || c == 403)
        return {ErrorKind::Auth, GeminiText::tr("%1 refused the API key: %2").arg(serverName, said)};
    if (c == 3 || c == 400 || c == 9)
        return {ErrorKind::InvalidInput, GeminiText::tr("%1 refused the request: %2").arg(serverName, said)};
    return {ErrorKind::Server, GeminiText::tr("%1 could not make the video: %2").arg(serverName, said)};
}

QStringList parseModelIds(const QByteArray &body)
{
    QStringList ids;
    const QJsonArray models = QJsonDocument::fromJson(body).object().value(QStringLiteral("models")).toArray();
    for (const auto &m : models) {
        const QJsonObject o = m.toObject();
        const QJsonArray methods = o.value(QStringLiteral("supportedGenerationMethods")).toArray();
        if (!methods.isEmpty() && !methods.contains(QStringLiteral("predictLongRunning")))
            continue;
        QString name = o.value(QStringLiteral("name")).toString();
        if (name.startsWith(QLatin1String("models/")))
            name = name.mid(7);
        if (!name.isEmpty())
            ids.append(name);
    }
    return ids;
}

} // namespace gemini
} // namespace rc
