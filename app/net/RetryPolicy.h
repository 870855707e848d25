#pragma once

#include "net/HttpTypes.h"

#include <QDateTime>
#include <functional>
#include <optional>

namespace rc::net {

// When a failed call is tried again, and after how long. Pure, so the rules are tested without a
// network: the client asks decide() after every attempt.
//
// Rules (as the official OpenAI SDK behaves, see videos-api.md):
// - 408, 409, 429, 5xx and transport errors are retried; 400, 401, 403, 404 never are.
// - The wait is the server's retry-after-ms, else Retry-After (seconds or an HTTP date), else a
//   google.rpc.RetryInfo retryDelay in the error body (Gemini's quota answers), when between 0 and 120 s; else exponential backoff from baseDelayMs doubling to maxDelayMs with
//   up to 25% jitter taken off.
// - A create (RetryMode::CreateOnce) is repeated only when the server surely did not start it.
struct RetryPolicy
{
    int maxAttempts = 4;        // the first try included
    int baseDelayMs = 500;
    int maxDelayMs = 8000;
    int maxServerDelayMs = 120000;

    // attempt is the number of tries made so far (1 after the first). nullopt: give up.
    // random01 returns a value in [0, 1) (injectable so tests are exact).
    std::optional<int> decide(const HttpResponse &response, RetryMode mode, int attempt, const QDateTime &now,
                              const std::function<double()> &random01) const;

    // The server's wish, in milliseconds, when it gave one in range.
    std::optional<int> serverDelayMs(const HttpResponse &response, const QDateTime &now) const;
    int backoffMs(int attempt, double random01) const;
};

bool isRetryableStatus(int status);

} // namespace rc::net
