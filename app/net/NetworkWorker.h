#pragma once

#include "net/CurlHandles.h"
#include "net/HttpTypes.h"

#include <QtGlobal>

#include <functional>
#include <mutex>
#include <thread>
#include <unordered_map>
#include <vector>

namespace rc::net {

// One thread running libcurl's multi interface: every transfer of one HttpClient shares it, so
// a long download never holds up a poll. It performs single attempts only; retries, redirects
// and callbacks belong to HttpClient on the caller's thread.
//
// submit() and cancel() are thread-safe. `deliver` runs on the worker thread and must only post.
// A cancelled transfer is never delivered; a cancelled download's part file is removed.
class NetworkWorker
{
public:
    using Delivery = std::function<void(quint64 transferId, const HttpResponse &response)>;

    explicit NetworkWorker(Delivery deliver);
    ~NetworkWorker(); // stops the thread and abandons what is in flight
    NetworkWorker(const NetworkWorker &) = delete;
    NetworkWorker &operator=(const NetworkWorker &) = delete;

    void submit(quint64 transferId, const HttpRequest &request);
    void cancel(quint64 transferId);

    struct Transfer; // one easy handle and its buffers; public only for libcurl's C callbacks

private:
    void run();
    void startTransfer(quint64 id, const HttpRequest &request);
    void finishTransfer(Transfer *transfer, CURLcode code);
    void dropTransfer(quint64 id);

    Delivery m_deliver;
    CurlMulti m_multi;
    std::mutex m_mutex;
    std::vector<std::pair<quint64, HttpRequest>> m_incoming; // guarded by m_mutex
    std::vector<quint64> m_cancels;                          // guarded by m_mutex
    bool m_stop = false;                                     // guarded by m_mutex
    std::unordered_map<quint64, std::unique_ptr<Transfer>> m_active; // worker thread only
    std::thread m_thread;
};

} // namespace rc::net
