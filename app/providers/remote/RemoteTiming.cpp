#include "providers/remote/RemoteTiming.h"

#include <QtGlobal>

namespace rc::net {

int PollTiming::nextDelayMs(qint64 ageMs, std::optional<int> serverHintMs) const
{
    if (serverHintMs)
        return qBound(10, *serverHintMs, 60000);
    // Young jobs are checked often so short clips arrive quickly; old ones less, since a job that
    // has run ten minutes will not finish in the next second.
    const qint64 grown = growthDivisor > 0 ? ageMs / growthDivisor : minMs;
    return int(qBound(qint64(minMs), grown, qint64(qMax(minMs, maxMs))));
}

RemoteTiming RemoteTiming::fromOptions(const QJsonObject &o)
{
    RemoteTiming t;
    auto read = [&o](const char *key, int *target, int lo, int hi) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isDouble())
            *target = qBound(lo, v.toInt(), hi);
    };
    read("pollMinMs", &t.poll.minMs, 10, 600000);
    read("pollMaxMs", &t.poll.maxMs, 10, 600000);
    read("pollGrowthDivisor", &t.poll.growthDivisor, 0, 1000);
    read("deadlineSec", &t.poll.deadlineSec, 1, 7 * 24 * 3600);
    read("maxPollFailures", &t.poll.maxPollFailures, 1, 1000);
    read("silenceLimitSec", &t.poll.silenceLimitSec, 1, 24 * 3600);
    read("retryBaseMs", &t.retry.baseDelayMs, 1, 60000);
    read("retryMaxMs", &t.retry.maxDelayMs, 1, 120000);
    read("retryAttempts", &t.retry.maxAttempts, 1, 20);
    read("connectTimeoutMs", &t.connectTimeoutMs, 100, 600000);
    read("requestTimeoutMs", &t.requestTimeoutMs, 100, 3600000);
    read("createTimeoutMs", &t.createTimeoutMs, 100, 3600000);
    read("lowSpeedSec", &t.lowSpeedSec, 1, 3600);
    return t;
}

} // namespace rc::net
