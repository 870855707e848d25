#pragma once

#include "net/HttpTypes.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <optional>

namespace rc::fal {

inline const QString kDefaultBaseUrl = QStringLiteral("https://queue.fal.run");
inline const QString kDefaultKeyEnv = QStringLiteral("FAL_KEY");
// The catalogue's own fal provider: `provider add --type fal` starts from its endpoints and mappings.
inline const QString kCatalogueProvider = QStringLiteral("fal");

// fal's queue protocol (https://docs.fal.ai/model-endpoints/queue): submit to {base}/{endpoint},
// then status, result and cancel under {base}/{owner}/{app}/requests/{id}: without the
// endpoint's subpath, as fal's own clients build them.

// A job on fal's queue: what the remote id stores, so a restart can follow it with nothing else.
// The remote id reads "<endpoint id>/requests/<request id>".
struct QueueRef
{
    QString endpoint;  // owner/app[/subpath...]
    QString requestId;

    QString remoteId() const;
    QString ownerApp() const; // the first two segments of the endpoint id
    static std::optional<QueueRef> fromRemoteId(const QString &remoteId);
};

// Whether an endpoint id has the owner/app[/...] shape fal uses.
bool isEndpointId(const QString &endpoint);

// Every queue call carries the key as "Authorization: Key <key>" (the word Key, not Bearer).
void authorize(net::HttpRequest *request, const QString &key);

net::HttpRequest submitRequest(const QString &baseUrl, const QString &endpoint, const QByteArray &jsonBody, const QString &key);
// The status, result and cancel calls are built from the base URL rather than taken from the
// URLs fal's answers carry: the key then never goes to a host the user did not configure, and a
// job resumed after a restart is followed the same way as a live one.
net::HttpRequest statusRequest(const QString &baseUrl, const QueueRef &ref, const QString &key);
net::HttpRequest resultRequest(const QString &baseUrl, const QueueRef &ref, const QString &key);
net::HttpRequest cancelRequest(const QString &baseUrl, const QueueRef &ref, const QString &key);
// Whether a response answers a status call (its URL ends in /status) rather than a result call.
bool isStatusAnswer(const net::HttpResponse &response);

// The submit answer's request id; empty when there is none.
QString parseRequestId(const QByteArray &body);

// A status answer.
struct QueueStatus
{
    enum Phase { Unknown, InQueue, InProgress, Completed };
    Phase phase = Unknown;
    int queuePosition = -1; // 0 = next
    QString error;          // a COMPLETED request that failed says so here
    QString errorType;
};
QueueStatus parseStatus(const QByteArray &body);

// One entry of a validation answer: {"detail":[{"loc":["body","duration"],"msg":...,"type":...}]}.
struct Refusal
{
    bool parsed = false;
    QString field;   // the last element of loc that names an input field
    QString message; // msg
    QString type;    // literal_error, missing, extra_forbidden, content_policy_violation, ...
};
Refusal parseRefusal(const QByteArray &body);

// The video's URL in a result, found by following `path` ("video", "url"); empty when absent.
QString videoUrl(const QByteArray &body, const QStringList &path);

} // namespace rc::fal
