#include "providers/remote/MediaRequest.h"

#include "net/UrlPolicy.h"

namespace rc::net {

bool keyGoesTo(const QUrl &url, const QString &apiBaseUrl)
{
    return sameOrigin(url, QUrl(apiBaseUrl));
}

HttpRequest mediaRequest(const QUrl &url, const QString &apiBaseUrl, const QString &key, const Authorize &authorize)
{
    HttpRequest request = HttpRequest::get(url);
    if (authorize && !key.isEmpty() && keyGoesTo(url, apiBaseUrl))
        authorize(&request, key);
    return request;
}

} // namespace rc::net
