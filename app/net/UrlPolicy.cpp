#include "net/UrlPolicy.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QUrlQuery>

namespace rc::net {

bool isLocalAddress(const QString &ip)
{
    QHostAddress address(ip);
    if (address.isNull())
        return false;
    if (address.isLoopback())
        return true;
    // An IPv4 address seen through an IPv6 socket (::ffff:10.0.0.2).
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4)
        address = QHostAddress(v4);
    static const QPair<QHostAddress, int> localNets[] = {
        QHostAddress::parseSubnet(QStringLiteral("10.0.0.0/8")),
        QHostAddress::parseSubnet(QStringLiteral("172.16.0.0/12")),
        QHostAddress::parseSubnet(QStringLiteral("192.168.0.0/16")),
        QHostAddress::parseSubnet(QStringLiteral("169.254.0.0/16")),
        QHostAddress::parseSubnet(QStringLiteral("100.64.0.0/10")), // carrier-grade NAT, VPN meshes
        QHostAddress::parseSubnet(QStringLiteral("fc00::/7")),
        QHostAddress::parseSubnet(QStringLiteral("fe80::/10")),
    };
    for (const auto &net : localNets)
        if (address.isInSubnet(net))
            return true;
    return address.isLoopback();
}

QString checkUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return QCoreApplication::translate("UrlPolicy", "\"%1\" is not a valid web address.")
            .arg(url.toString(QUrl::RemoveUserInfo));
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return QCoreApplication::translate("UrlPolicy", "Only http and https addresses can be used, not \"%1\".")
            .arg(scheme);
    return QString();
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    const int defaultA = a.scheme() == QLatin1String("https") ? 443 : 80;
    const int defaultB = b.scheme() == QLatin1String("https") ? 443 : 80;
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && a.port(defaultA) == b.port(defaultB);
}

QString redactedUrl(const QUrl &url)
{
    QUrl copy = url.adjusted(QUrl::RemoveUserInfo);
    if (copy.hasQuery()) {
        QUrlQuery query(copy);
        const auto items = query.queryItems();
        QUrlQuery clean;
        for (const auto &item : items) {
            const QString name = item.first.toLower();
            const bool secret = name.contains(QLatin1String("key")) || name.contains(QLatin1String("token"))
                || name.contains(QLatin1String("sig"));
            clean.addQueryItem(item.first, secret ? QStringLiteral("[redacted]") : item.second);
        }
        copy.setQuery(clean);
    }
    return copy.toString();
}

QUrl joinedUrl(const QString &baseUrl, const QString &path)
{
    QString base = baseUrl.trimmed();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return QUrl(base + path);
}

} // namespace rc::net
