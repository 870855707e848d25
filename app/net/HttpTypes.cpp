#include "net/HttpTypes.h"

namespace rc::net {

QByteArray HttpResponse::header(const QByteArray &lowerName) const
{
    for (const auto &h : headers)
        if (h.first == lowerName)
            return h.second;
    return QByteArray();
}

QByteArray HttpResponse::contentType() const
{
    return header("content-type").split(';').first().trimmed().toLower();
}

bool HttpResponse::looksLikeJson() const
{
    // Servers forget the Content-Type now and then; a body that opens like JSON counts as JSON,
    // while an HTML page (a 301 to a web UI, a proxy's error page) does not.
    const QByteArray type = contentType();
    if (type.contains("json"))
        return true;
    if (type.contains("html"))
        return false;
    const QByteArray start = body.left(64).trimmed();
    return start.startsWith('{') || start.startsWith('[');
}

QString methodName(HttpMethod method)
{
    switch (method) {
    case HttpMethod::Get: return QStringLiteral("GET");
    case HttpMethod::Post: return QStringLiteral("POST");
    case HttpMethod::Delete: return QStringLiteral("DELETE");
    case HttpMethod::Put: return QStringLiteral("PUT");
    }
    return QString();
}

QString transportErrorName(TransportError error)
{
    switch (error) {
    case TransportError::None: return QStringLiteral("none");
    case TransportError::Timeout: return QStringLiteral("timeout");
    case TransportError::Connect: return QStringLiteral("connect");
    case TransportError::Tls: return QStringLiteral("tls");
    case TransportError::Interrupted: return QStringLiteral("interrupted");
    case TransportError::Refused: return QStringLiteral("refused");
    case TransportError::Disk: return QStringLiteral("disk");
    case TransportError::TooLarge: return QStringLiteral("too-large");
    case TransportError::Cancelled: return QStringLiteral("cancelled");
    case TransportError::Other: return QStringLiteral("other");
    }
    return QString();
}

} // namespace rc::net
