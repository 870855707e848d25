#pragma once

#include <QString>
#include <QUrl>

namespace rc::net {

// Plain http is allowed only to this computer and the local network (a GPU box on the LAN, an
// SGLang server on 127.0.0.1); anything on the internet must be https with verified TLS.
// The check runs on the address curl actually connected to, so a host name that resolves to a
// public address is refused as well.
bool isLocalAddress(const QString &ip);

// Scheme-level check before anything is sent: only http and https, and only with a host.
// Empty when fine, else the reason.
QString checkUrl(const QUrl &url);

// Whether two URLs share scheme, host and port (a redirect keeps its key headers only then).
bool sameOrigin(const QUrl &a, const QUrl &b);

// An API base URL ("https://host/v1", with or without a trailing slash) joined with a path ("/videos").
QUrl joinedUrl(const QString &baseUrl, const QString &path);

// The URL as a log may show it: no user info, no query values that could hold a key.
QString redactedUrl(const QUrl &url);

} // namespace rc::net
