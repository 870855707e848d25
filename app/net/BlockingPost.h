#pragma once

#include <QByteArray>
#include <QString>

#include <atomic>

namespace rc::net {

// One small POST that waits for its answer, for the rare call that must finish before the
// caller can go on (a time-stamp authority's token goes into the signature being written).
// A fresh libcurl handle per call, so it is safe on any thread. Follows no redirect, so the body
// only ever goes to the URL given. False with a reason for people on any failure: no connection,
// the timeout, a status other than 200. When `stop` (if given) turns true the call gives up
// within about a second (libcurl asks at least that often), as a closing program needs.
bool postAndWait(const QString &url, const QByteArray &contentType, const QByteArray &body, int timeoutMs,
                 QByteArray *response, QString *error, const std::atomic<bool> *stop = nullptr);

} // namespace rc::net
