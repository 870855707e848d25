#pragma once

#include "net/HttpTypes.h"
#include "net/RetryPolicy.h"

#include <QObject>

#include <functional>
#include <map>
#include <memory>
#include <random>
#include <unordered_map>

namespace rc::net {

class NetworkWorker;

// Asynchronous HTTP for the providers: libcurl on a network thread (NetworkWorker), with retries,
// redirects and callbacks here on the thread that created the client.
//
// - send() returns at once; `done` runs later on this object's thread, exactly once, unless the
//   call is cancelled (then never). Errors are values in HttpResponse, never exceptions.
// - Retries follow RetryPolicy and the request's RetryMode; waits are timers, not sleeps.
// - Redirects are followed here (not by curl), dropping secret headers when the origin changes.
// - Destroying the client cancels everything in flight.
class HttpClient : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpClient)

public:
    using CallId = quint64;
    using Callback = std::function<void(const HttpResponse &)>;

    explicit HttpClient(QObject *parent = nullptr);
    ~HttpClient() override;

    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    const RetryPolicy &retryPolicy() const { return m_policy; }

    CallId send(const HttpRequest &request, Callback done);
    void cancel(CallId id);
    int pendingCount() const { return int(m_calls.size()); }

private:
    struct Call;
    void startAttempt(CallId id);
    void onTransferDone(quint64 transferId, const HttpResponse &response);
    bool followRedirect(Call &call, const HttpResponse &response);

    std::unique_ptr<NetworkWorker> m_worker;
    std::map<CallId, std::unique_ptr<Call>> m_calls;
    std::unordered_map<quint64, CallId> m_transfers;
    quint64 m_nextId = 1;
    RetryPolicy m_policy;
    std::mt19937 m_random{std::random_device{}()};
};

} // namespace rc::net
