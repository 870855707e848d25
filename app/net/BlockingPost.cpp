#include "net/BlockingPost.h"

#include "net/CurlHandles.h"

namespace rc::net {
namespace {

constexpr qint64 kMaxResponseBytes = 1 << 20; // a time-stamp response is a few KB

size_t collect(char *data, size_t size, size_t count, void *userData)
{
    auto *out = static_cast<QByteArray *>(userData);
    if (out->size() + qint64(size * count) > kMaxResponseBytes)
        return 0; // libcurl stops with a write error
    out->append(data, qsizetype(size * count));
    return size * count;
}

int stopWhenAsked(void *userData, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    return static_cast<const std::atomic<bool> *>(userData)->load() ? 1 : 0; // non-zero aborts
}

} // namespace

bool postAndWait(const QString &url, const QByteArray &contentType, const QByteArray &body, int timeoutMs,
                 QByteArray *response, QString *error, const std::atomic<bool> *stop)
{
    CurlEasy easy(curl_easy_init());
    if (!easy) {
        *error = QStringLiteral("curl_easy_init failed");
        return false;
    }
    CurlSlist headers;
    const QByteArray typeLine = "Content-Type: " + contentType;
    if (!appendHeader(headers, typeLine.constData()) || !appendHeader(headers, "Expect:")) {
        *error = QStringLiteral("the request headers could not be made");
        return false;
    }
    char errorBuffer[CURL_ERROR_SIZE] = {};
    const QByteArray address = url.toUtf8();
    response->clear();
    CURL *h = easy.get();
    curl_easy_setopt(h, CURLOPT_URL, address.constData());
    curl_easy_setopt(h, CURLOPT_POST, 1L);
    curl_easy_setopt(h, CURLOPT_POSTFIELDS, body.constData());
    curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(body.size()));
    curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers.get());
    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, &collect);
    curl_easy_setopt(h, CURLOPT_WRITEDATA, response);
    curl_easy_setopt(h, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, long(qMin(timeoutMs, 5000)));
    curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, long(timeoutMs));
    curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(h, CURLOPT_USERAGENT, "Reelcraft/" REELCRAFT_VERSION);
    if (stop) {
        curl_easy_setopt(h, CURLOPT_XFERINFOFUNCTION, &stopWhenAsked);
        curl_easy_setopt(h, CURLOPT_XFERINFODATA, const_cast<std::atomic<bool> *>(stop));
        curl_easy_setopt(h, CURLOPT_NOPROGRESS, 0L);
    }
    const CURLcode code = curl_easy_perform(h);
    if (code == CURLE_ABORTED_BY_CALLBACK) {
        *error = QStringLiteral("stopped before the answer came");
        return false;
    }
    if (code != CURLE_OK) {
        *error = QString::fromUtf8(errorBuffer[0] ? errorBuffer : curl_easy_strerror(code));
        return false;
    }
    long status = 0;
    curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
    if (status != 200) {
        *error = QStringLiteral("HTTP %1").arg(status);
        return false;
    }
    return true;
}

} // namespace rc::net
