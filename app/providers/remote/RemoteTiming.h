#pragma once

#include "net/RetryPolicy.h"

#include <QJsonObject>
#include <optional>

namespace rc::net {

// How often a remote job is polled and how long the provider waits for it.
struct PollTiming
{
    int minMs = 2000;           // the first polls, while the job is young
    int maxMs = 20000;          // the interval never grows beyond this
    int growthDivisor = 10;     // interval = age / growthDivisor, clamped to [minMs, maxMs]
    int deadlineSec = 3 * 3600; // then the job is given up (it may still finish remotely)
    int maxPollFailures = 8;    // consecutive failed polls (after the client's own retries)
    // A server that has not answered a poll for this long is given up on for now: the job is
    // paused (kept, estimate held) for `reelcraft resume`, never failed or released.
    int silenceLimitSec = 300;

    // The server's hint (openai-poll-after-ms) wins when present, within [10 ms, 60 s].
    int nextDelayMs(qint64 ageMs, std::optional<int> serverHintMs = std::nullopt) const;
};

// Every timing knob of a remote provider, from the profile's `options` object so that tests and
// slow servers can change them without code: {"pollMinMs":50, "pollMaxMs":200, "deadlineSec":60,
// "retryBaseMs":20, "retryMaxMs":100, "retryAttempts":4, "connectTimeoutMs":5000,
// "requestTimeoutMs":60000, "createTimeoutMs":120000, "lowSpeedSec":60, "maxPollFailures":8,
// "silenceLimitSec":300}.
struct RemoteTiming
{
    PollTiming poll;
    RetryPolicy retry;
    int connectTimeoutMs = 15000;
    int requestTimeoutMs = 60000;  // polls and small calls
    int createTimeoutMs = 180000;  // uploads a photo; some servers hold it through warm-up
    int lowSpeedSec = 60;          // downloads: no total limit, but a stalled one ends

    static RemoteTiming fromOptions(const QJsonObject &options);
};

} // namespace rc::net
