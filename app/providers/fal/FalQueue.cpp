#include "providers/fal/FalQueue.h"

#include "net/UrlPolicy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rc::fal {

using net::HttpRequest;

QString QueueRef::remoteId() const
{
    return endpoint + QStringLiteral("/requests/") + requestId;
}

QString QueueRef::ownerApp() const
{
    return endpoint.section(QLatin1Char('/'), 0, 1);
}

std::optional<QueueRef> QueueRef::fromRemoteId(const QString &remoteId)
{
    const int at = remoteId.lastIndexOf(QLatin1String("/requests/"));
    if (at <= 0)
        return std::nullopt;
    QueueRef ref{remoteId.left(at), remoteId.mid(at + 10)};
    if (!isEndpointId(ref.endpoint) || ref.requestId.isEmpty() || ref.requestId.contains(QLatin1Char('/')))
        return std::nullopt;
    return ref;
}

bool isEndpointId(const QString &endpoint)
{
    const QStringList parts = endpoint.split(QLatin1Char('/'));
    if (parts.size() < 2)
        return false;
    for (const QString &p : parts)
        if (p.isEmpty() || p == QLatin1String("..") || p == QLatin1String("."))
            return false;
    return true;
}

void authorize(HttpRequest *request, const QString &key)
{
    if (!key.isEmpty())
        request->setSecretHeader("Authorization", "Key " + key.toUtf8());
    request->setHeader("Accept", "application/json");
}

namespace {

QString encodedId(const QString &id)
{
    return QString::fromUtf8(QUrl::toPercentEncoding(id));
}

HttpRequest requestsCall(const QString &baseUrl, const QueueRef &ref, const QString &tail, const QString &key)
{
    HttpRequest r = HttpRequest::get(
        net::joinedUrl(baseUrl, QStringLiteral("/%1/requests/%2%3").arg(ref.ownerApp(), encodedId(ref.requestId), tail)));
    authorize(&r, key);
    r.maxRedirects = 0; // the queue never redirects; a redirect leads somewhere the key must not go
    return r;
}

} // namespace

HttpRequest submitRequest(const QString &baseUrl, const QString &endpoint, const QByteArray &jsonBody, const QString &key)
{
    HttpRequest r;
    r.method = net::HttpMethod::Post;
    r.url = net::joinedUrl(baseUrl, QLatin1Char('/') + endpoint);
    r.body = jsonBody;
    r.contentType = "application/json";
    r.maxRedirects = 0;
    authorize(&r, key);
    return r;
}

HttpRequest statusRequest(const QString &baseUrl, const QueueRef &ref, const QString &key)
{
    return requestsCall(baseUrl, ref, QStringLiteral("/status"), key);
}

HttpRequest resultRequest(const QString &baseUrl, const QueueRef &ref, const QString &key)
{
    return requestsCall(baseUrl, ref, QString(), key);
}

HttpRequest cancelRequest(const QString &baseUrl, const QueueRef &ref, const QString &key)
{
    HttpRequest r = requestsCall(baseUrl, ref, QStringLiteral("/cancel"), key);
    r.method = net::HttpMethod::Put;
    return r;
}

bool isStatusAnswer(const net::HttpResponse &response)
{
    return response.finalUrl.path().endsWith(QLatin1String("/status"));
}

QString parseRequestId(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object().value(QStringLiteral("request_id")).toString();
}

QueueStatus parseStatus(const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    QueueStatus s;
    const QString status = o.value(QStringLiteral("status")).toString();
    if (status == QLatin1String("IN_QUEUE"))
        s.phase = QueueStatus::InQueue;
    else if (status == QLatin1String("IN_PROGRESS"))
        s.phase = QueueStatus::InProgress;
    else if (status == QLatin1String("COMPLETED"))
        s.phase = QueueStatus::Completed;
    s.queuePosition = o.value(QStringLiteral("queue_position")).toInt(-1);
    // A failure's text is a string, or an object with a message; either may be absent.
    const QJsonValue error = o.value(QStringLiteral("error"));
    s.error = error.isObject() ? error.toObject().value(QStringLiteral("message")).toString() : error.toString();
    s.errorType = o.value(QStringLiteral("error_type")).toString();
    return s;
}

Refusal parseRefusal(const QByteArray &body)
{
    Refusal r;
    const QJsonValue detail = QJsonDocument::fromJson(body).object().value(QStringLiteral("detail"));
    if (detail.isString()) {
        r.parsed = true;
        r.message = detail.toString();
        r.type = QJsonDocument::fromJson(body).object().value(QStringLiteral("error_type")).toString();
        return r;
    }
    const QJsonObject first = detail.toArray().first().toObject();
    if (first.isEmpty())
        return r;
    r.parsed = true;
    r.message = first.value(QStringLiteral("msg")).toString();
    r.type = first.value(QStringLiteral("type")).toString();
    // loc is ["body", "duration"] (or deeper, for nested inputs): the last string names the field.
    const QJsonArray loc = first.value(QStringLiteral("loc")).toArray();
    for (qsizetype i = loc.size() - 1; i >= 0; --i) {
        if (loc.at(i).isString() && loc.at(i).toString() != QLatin1String("body")) {
            r.field = loc.at(i).toString();
            break;
        }
    }
    return r;
}

QString videoUrl(const QByteArray &body, const QStringList &path)
{
    QJsonValue v = QJsonDocument::fromJson(body).object();
    for (const QString &step : path)
        v = v.toObject().value(step);
    return v.toString();
}

} // namespace rc::fal
