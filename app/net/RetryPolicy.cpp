#include "net/RetryPolicy.h"

#include <QLocale>
#include <cmath>

#include <nlohmann/json.hpp>

namespace rc::net {
namespace {

// RFC 7231 IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT"), the only form servers still send.
std::optional<QDateTime> parseHttpDate(const QByteArray &text)
{
    const QString s = QString::fromLatin1(text).trimmed();
    QDateTime dt = QLocale::c().toDateTime(s, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!dt.isValid())
        return std::nullopt;
    dt.setTimeSpec(Qt::UTC);
    return dt;
}

// Google's APIs put the wait into the error body instead of a header: a google.rpc.RetryInfo
// entry of error.details, its retryDelay a protobuf Duration in JSON ("30s", "1.5s").
std::optional<double> bodyRetryDelayMs(const QByteArray &body)
{
    if (body.isEmpty() || body.size() > 64 * 1024)
        return std::nullopt;
    const nlohmann::json doc = nlohmann::json::parse(body.constBegin(), body.constEnd(), nullptr, false);
    if (!doc.is_object())
        return std::nullopt;
    const auto error = doc.find("error");
    if (error == doc.end() || !error->is_object())
        return std::nullopt;
    const auto details = error->find("details");
    if (details == error->end() || !details->is_array())
        return std::nullopt;
    for (const nlohmann::json &detail : *details) {
        if (!detail.is_object())
            continue;
        const auto type = detail.find("@type");
        const auto delay = detail.find("retryDelay");
        if (type == detail.end() || !type->is_string() || delay == detail.end() || !delay->is_string())
            continue;
        if (!QString::fromStdString(type->get<std::string>()).endsWith(QLatin1String("google.rpc.RetryInfo")))
            continue;
        QString text = QString::fromStdString(delay->get<std::string>()).trimmed();
        if (!text.endsWith(QLatin1Char('s')))
            return std::nullopt;
        text.chop(1);
        bool ok = false;
        const double seconds = text.toDouble(&ok);
        if (ok && std::isfinite(seconds))
            return seconds * 1000.0;
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace

bool isRetryableStatus(int status)
{
    return status == 408 || status == 409 || status == 429 || (status >= 500 && status <= 599);
}

std::optional<int> RetryPolicy::serverDelayMs(const HttpResponse &response, const QDateTime &now) const
{
    std::optional<double> ms;
    const QByteArray retryAfterMs = response.header("retry-after-ms");
    bool ok = false;
    if (!retryAfterMs.isEmpty()) {
        const double v = retryAfterMs.trimmed().toDouble(&ok);
        if (ok && std::isfinite(v))
            ms = v;
    }
    if (!ms) {
        const QByteArray retryAfter = response.header("retry-after").trimmed();
        if (!retryAfter.isEmpty()) {
            const double seconds = retryAfter.toDouble(&ok);
            if (ok && std::isfinite(seconds))
                ms = seconds * 1000.0;
            else if (auto date = parseHttpDate(retryAfter))
                ms = double(now.msecsTo(*date));
        }
    }
    if (!ms)
        ms = bodyRetryDelayMs(response.body);
    if (!ms || *ms < 0 || *ms > maxServerDelayMs)
        return std::nullopt;
    return int(std::lround(*ms));
}

int RetryPolicy::backoffMs(int attempt, double random01) const
{
    const int exponent = qBound(0, attempt - 1, 20);
    const double raw = std::min(double(maxDelayMs), double(baseDelayMs) * std::pow(2.0, exponent));
    const double jitter = 1.0 - 0.25 * qBound(0.0, random01, 1.0);
    return int(std::lround(raw * jitter));
}

std::optional<int> RetryPolicy::decide(const HttpResponse &response, RetryMode mode, int attempt,
                                       const QDateTime &now, const std::function<double()> &random01) const
{
    if (mode == RetryMode::Never || attempt >= maxAttempts)
        return std::nullopt;
    bool retry = false;
    if (response.isTransportError()) {
        switch (response.error) {
        case TransportError::Connect:
            retry = true; // nothing was sent: safe for a create too
            break;
        case TransportError::Timeout:
        case TransportError::Interrupted:
        case TransportError::Other:
            // After the request left, a create may exist on the server: never send it twice.
            retry = mode == RetryMode::Idempotent || !response.requestSent;
            break;
        default:
            retry = false; // TLS, policy, disk, cancel: trying again changes nothing
        }
    } else if (mode == RetryMode::CreateOnce) {
        // 408 and 429 reject before work starts; 503 says the server is not taking work.
        retry = response.status == 408 || response.status == 429 || response.status == 503;
    } else {
        retry = isRetryableStatus(response.status);
    }
    if (!retry)
        return std::nullopt;
    if (auto server = serverDelayMs(response, now))
        return server;
    return backoffMs(attempt, random01 ? random01() : 0.0);
}

} // namespace rc::net
