#pragma once

#include "net/HttpTypes.h"

#include <QString>
#include <QUrl>

#include <functional>

namespace rc::net {

// Adds a service's key headers to a request (Bearer, "Key ...", x-goog-api-key).
using Authorize = std::function<void(HttpRequest *request, const QString &key)>;

// The request for a result file (video, thumbnail) a service named by URL. The key travels only
// to the API's own origin (scheme, host and port of `apiBaseUrl`); a CDN or a signed storage URL
// is fetched without it. HttpClient already drops key headers on a redirect that leaves the
// origin, so a keyed request may still follow redirects safely.
HttpRequest mediaRequest(const QUrl &url, const QString &apiBaseUrl, const QString &key, const Authorize &authorize);

// Whether mediaRequest would send the key to `url`.
bool keyGoesTo(const QUrl &url, const QString &apiBaseUrl);

} // namespace rc::net
