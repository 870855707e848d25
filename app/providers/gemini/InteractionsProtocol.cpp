#include "providers/gemini/InteractionsProtocol.h"

#include "net/UrlPolicy.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// Spelled as two namespaces: lupdate misreads the nested form.
namespace rc {
namespace gemini {

using net::HttpRequest;

namespace {

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

Phase phaseOf(const QString &status)
{
    if (status == QLatin1String("completed"))
        return Phase::Completed;
    if (status == QLatin1String("failed"))
        return Phase::Failed;
    if (status == QLatin1String("cancelled") || status == QLatin1String("canceled"))
        return Phase::Cancelled;
    // Ended without a result: the API's other terminal states.
    if (status == QLatin1String("incomplete") || status == QLatin1String("budget_exceeded")
        || status == QLatin1String("requires_action"))
        return Phase::Stopped;
    return Phase::Running; // in_progress, queued, or a state added later: keep polling
}

std::optional<net::ErrorBody> errorOf(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return std::nullopt;
    if (v.isObject() && v.toObject().isEmpty())
        return std::nullopt;
    net::ErrorBody e = net::parseJobError(v);
    e.parsed = true;
    return e;
}

std::optional<VideoPart> videoIn(const QJsonArray &content, const net::JsonSkim &skim)
{
    std::optional<VideoPart> found;
    for (const auto &item : content) {
        const QJsonObject part = item.toObject();
        if (text(part, "type") != QLatin1String("video"))
            continue;
        VideoPart video;
        video.mimeType = text(part, "mime_type");
        video.uri = text(part, "uri");
        const QString data = text(part, "data");
        if (const net::JsonSpan *span = skim.spanFor(data))
            video.dataSpan = *span;
        else
            video.data = data.toLatin1();
        if (video.hasData() || !video.uri.isEmpty())
            found = video; // the last one wins
    }
    return found;
}

} // namespace

std::optional<Interaction> parseInteraction(const net::JsonSkim &skim)
{
    if (skim.truncated)
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(skim.json);
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    if (!o.contains(QStringLiteral("id")) && !o.contains(QStringLiteral("status")))
        return std::nullopt;
    Interaction in;
    in.id = text(o, "id");
    in.status = text(o, "status");
    in.model = text(o, "model");
    in.phase = phaseOf(in.status);
    in.error = errorOf(o.value(QStringLiteral("error")));
    const QJsonArray steps = o.value(QStringLiteral("steps")).toArray();
    for (const auto &s : steps) {
        const QJsonObject step = s.toObject();
        if (text(step, "type") != QLatin1String("model_output"))
            continue;
        if (auto video = videoIn(step.value(QStringLiteral("content")).toArray(), skim))
            in.video = video;
        if (!in.error)
            in.error = errorOf(step.value(QStringLiteral("error")));
    }
    // Older answers and the SDK's convenience field put the video at the top level.
    if (!in.video)
        if (auto video = videoIn(QJsonArray{o.value(QStringLiteral("output_video"))}, skim))
            in.video = video;
    const QJsonObject usage = o.value(QStringLiteral("usage")).toObject();
    for (const auto &m : usage.value(QStringLiteral("output_tokens_by_modality")).toArray()) {
        const QJsonObject mt = m.toObject();
        if (text(mt, "modality").compare(QLatin1String("video"), Qt::CaseInsensitive) == 0)
            in.videoTokens = qint64(mt.value(QStringLiteral("tokens")).toDouble(-1));
    }
    return in;
}

std::optional<Interaction> parseInteraction(const QByteArray &body)
{
    QByteArray copy = body; // shared, not copied: QBuffer only reads it
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return parseInteraction(net::skimJson(buffer));
}

QString parseFileState(const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    QString state = text(o, "state");
    if (state.startsWith(QLatin1String("STATE_")))
        state = state.mid(6);
    return state.toUpper();
}

QUrl endpoint(const QString &baseUrl, const QString &path)
{
    return net::joinedUrl(baseUrl, path);
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
    if (shortSide >= 720)
        return QStringLiteral("720p");
    return QStringLiteral("360p");
}

QString deliveryFor(const GenerationRequest &request, const QString &forced)
{
    if (forced == QLatin1String("inline") || forced == QLatin1String("uri"))
        return forced;
    // Inline answers are capped near 4 MB: a 10 s 720p clip or anything sharper needs a file.
    const int shortSide = qMin(request.size.width, request.size.height);
    return shortSide > 720 || request.durationSec >= 10 ? QStringLiteral("uri") : QStringLiteral("inline");
}

HttpRequest createRequest(const ProviderSpec &spec, const GenerationRequest &request, const QString &model,
                          const std::optional<Photo> &photo, const QString &previousId, const QString &delivery,
                          const QString &key)
{
    QJsonArray input;
    if (photo)
        input.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("image")},
                                 {QStringLiteral("data"), QString::fromLatin1(photo->bytes.toBase64())},
                                 {QStringLiteral("mime_type"), QString::fromLatin1(photo->mimeType)}});
    input.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), request.prompt}});
    QJsonObject format{{QStringLiteral("type"), QStringLiteral("video")},
                       {QStringLiteral("aspect_ratio"), request.size.isPortrait() ? QStringLiteral("9:16") : QStringLiteral("16:9")},
                       {QStringLiteral("resolution"), resolutionFor(request.size)},
                       {QStringLiteral("delivery"), delivery}};
    QString task = photo ? QStringLiteral("image_to_video") : QStringLiteral("text_to_video");
    QJsonObject body{{QStringLiteral("model"), model}, {QStringLiteral("input"), input}, {QStringLiteral("background"), true}};
    if (previousId.isEmpty()) {
        // A protobuf Duration: whole seconds with an "s".
        format.insert(QStringLiteral("duration"), QStringLiteral("%1s").arg(request.durationSec));
    } else {
        // An edit keeps the earlier clip's length; only the change is described.
        task = QStringLiteral("edit");
        body.insert(QStringLiteral("previous_interaction_id"), previousId);
    }
    body.insert(QStringLiteral("response_format"), format);
    body.insert(QStringLiteral("generation_config"),
                QJsonObject{{QStringLiteral("video_config"), QJsonObject{{QStringLiteral("task"), task}}}});
    HttpRequest r;
    r.method = net::HttpMethod::Post;
    r.url = endpoint(spec.baseUrl, QStringLiteral("/interactions"));
    r.contentType = "application/json";
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.maxRedirects = 0; // a create is never repeated at another address
    authorize(&r, key);
    return r;
}

static QString escapedId(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

HttpRequest interactionRequest(const ProviderSpec &spec, const QString &id, const QString &key)
{
    HttpRequest r = HttpRequest::get(endpoint(spec.baseUrl, QStringLiteral("/interactions/") + escapedId(id)));
    authorize(&r, key);
    return r;
}

HttpRequest cancelRequest(const ProviderSpec &spec, const QString &id, const QString &key)
{
    HttpRequest r;
    r.method = net::HttpMethod::Post;
    r.url = endpoint(spec.baseUrl, QStringLiteral("/interactions/%1:cancel").arg(escapedId(id)));
    r.contentType = "application/json";
    r.body = "{}";
    authorize(&r, key);
    return r;
}

HttpRequest fileStateRequest(const ProviderSpec &spec, const QString &downloadUri, const QString &key)
{
    const QString path = QUrl(downloadUri).path();
    const int at = path.lastIndexOf(QLatin1String("/files/"));
    QString name = at < 0 ? QString() : path.mid(at + 7);
    const int colon = name.indexOf(QLatin1Char(':'));
    if (colon >= 0)
        name.truncate(colon);
    HttpRequest r;
    if (name.isEmpty())
        return r;
    r = HttpRequest::get(endpoint(spec.baseUrl, QStringLiteral("/files/") + escapedId(name)));
    authorize(&r, key);
    return r;
}

bool sameOrigin(const QString &baseUrl, const QUrl &uri)
{
    const QUrl base(baseUrl.trimmed());
    return uri.isValid() && base.scheme().compare(uri.scheme(), Qt::CaseInsensitive) == 0
        && base.host().compare(uri.host(), Qt::CaseInsensitive) == 0
        && base.port(base.scheme() == QLatin1String("https") ? 443 : 80)
               == uri.port(uri.scheme() == QLatin1String("https") ? 443 : 80);
}

bool isRetiredModelError(const net::ErrorBody &error, int httpStatus)
{
    const QString m = error.message.toLower();
    return (httpStatus == 404 || httpStatus == 410 || error.type == QLatin1String("NOT_FOUND"))
        && (m.contains(QLatin1String("no longer available")) || m.contains(QLatin1String("has been shut down"))
            || m.contains(QLatin1String("deprecated")) || m.contains(QLatin1String("retired")));
}

bool isSafetyBlock(const net::ErrorBody &error)
{
    if (net::isModerationError(error))
        return true;
    const QString all = (error.code + QLatin1Char(' ') + error.type + QLatin1Char(' ') + error.reason + QLatin1Char(' ')
                         + error.message).toLower();
    for (const char *w : {"safety", "blocked", "prohibited", "usage polic", "responsible ai", "raimedia"})
        if (all.contains(QLatin1String(w)))
            return true;
    return false;
}

} // namespace gemini
} // namespace rc
