#include "net/HttpClient.h"

#include "core/Logging.h"
#include "net/NetworkWorker.h"
#include "net/UrlPolicy.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTimer>

namespace rc::net {

struct HttpClient::Call
{
    HttpRequest request;
    Callback done;
    int attempt = 0;
    int redirects = 0;
    quint64 transferId = 0;
    QTimer *retryTimer = nullptr;
    QElapsedTimer age;
};

HttpClient::HttpClient(QObject *parent)
    : QObject(parent)
{
    // The worker thread only posts; onTransferDone runs here. Events still queued when this
    // object dies are discarded by Qt, and the worker is joined before that in the destructor.
    m_worker = std::make_unique<NetworkWorker>([this](quint64 transferId, const HttpResponse &response) {
        QMetaObject::invokeMethod(
            this, [this, transferId, response] { onTransferDone(transferId, response); }, Qt::QueuedConnection);
    });
}

HttpClient::~HttpClient()
{
    for (auto &entry : m_calls)
        if (entry.second->transferId)
            m_worker->cancel(entry.second->transferId);
    m_worker.reset();
}

HttpClient::CallId HttpClient::send(const HttpRequest &request, Callback done)
{
    const CallId id = m_nextId++;
    auto call = std::make_unique<Call>();
    call->request = request;
    call->done = std::move(done);
    call->age.start();
    m_calls.emplace(id, std::move(call));
    const QString problem = checkUrl(request.url);
    if (!problem.isEmpty()) {
        // Delivered later all the same, so callers see one code path.
        HttpResponse response;
        response.error = TransportError::Refused;
        response.errorText = problem;
        QMetaObject::invokeMethod(
            this, [this, id, response] {
                auto it = m_calls.find(id);
                if (it == m_calls.end())
                    return;
                Callback cb = std::move(it->second->done);
                m_calls.erase(it);
                cb(response);
            },
            Qt::QueuedConnection);
        return id;
    }
    startAttempt(id);
    return id;
}

void HttpClient::cancel(CallId id)
{
    auto it = m_calls.find(id);
    if (it == m_calls.end())
        return;
    Call &call = *it->second;
    if (call.transferId) {
        m_worker->cancel(call.transferId);
        m_transfers.erase(call.transferId);
    } else if (call.request.isDownload()) {
        QFile::remove(call.request.partPath()); // waiting for a retry: no transfer holds the file
    }
    delete call.retryTimer;
    qCDebug(lcNet) << "cancelled" << call.request.logName << redactedUrl(call.request.url);
    m_calls.erase(it);
}

void HttpClient::startAttempt(CallId id)
{
    auto it = m_calls.find(id);
    if (it == m_calls.end())
        return;
    Call &call = *it->second;
    delete call.retryTimer;
    call.retryTimer = nullptr;
    ++call.attempt;
    call.transferId = m_nextId++;
    m_transfers.emplace(call.transferId, id);
    m_worker->submit(call.transferId, call.request);
}

bool HttpClient::followRedirect(Call &call, const HttpResponse &response)
{
    const int s = response.status;
    if (response.isTransportError() || !(s == 301 || s == 302 || s == 303 || s == 307 || s == 308))
        return false;
    const QByteArray location = response.header("location");
    if (location.isEmpty() || call.redirects >= call.request.maxRedirects)
        return false;
    const QUrl target = call.request.url.resolved(QUrl::fromEncoded(location));
    if (!checkUrl(target).isEmpty())
        return false;
    // A request that carries the user's data (a prompt, a photo) is never sent on, nor turned
    // into a GET that would report success for a job nobody made: the 3xx goes back to the caller.
    if (call.request.method != HttpMethod::Get || !call.request.body.isEmpty() || !call.request.multipart.isEmpty())
        return false;
    // Never from https down to plain http: the answer could be read or changed on the way.
    if (call.request.url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0
        && target.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) != 0)
        return false;
    if (!sameOrigin(call.request.url, target))
        call.request.secretHeaders.clear(); // a key is for its own server only
    qCDebug(lcNet) << "redirect" << s << "to" << redactedUrl(target);
    call.request.url = target;
    ++call.redirects;
    --call.attempt; // a redirect is not a failed try
    return true;
}

void HttpClient::onTransferDone(quint64 transferId, const HttpResponse &transferResponse)
{
    auto mapped = m_transfers.find(transferId);
    if (mapped == m_transfers.end())
        return; // cancelled meanwhile
    const CallId id = mapped->second;
    m_transfers.erase(mapped);
    auto it = m_calls.find(id);
    if (it == m_calls.end())
        return;
    Call &call = *it->second;
    call.transferId = 0;
    HttpResponse response = transferResponse;
    response.attempts = call.attempt;
    qCDebug(lcNet).noquote() << methodName(call.request.method) << redactedUrl(call.request.url) << "->"
                             << response.status << transportErrorName(response.error) << response.elapsedMs
                             << "ms, attempt" << call.attempt;

    if (followRedirect(call, response)) {
        startAttempt(id);
        return;
    }
    std::optional<int> delayMs;
    if (call.request.isDownload() && response.status == 416) {
        // The part file no longer matches the remote one: start the download over.
        QFile::remove(call.request.partPath());
        if (call.attempt < m_policy.maxAttempts)
            delayMs = 0;
    } else {
        std::uniform_real_distribution<double> dist(0.0, 1.0);
        delayMs = m_policy.decide(response, call.request.retry, call.attempt, QDateTime::currentDateTimeUtc(),
                                  [&] { return dist(m_random); });
    }
    if (delayMs) {
        qCInfo(lcNet).noquote() << QStringLiteral("%1 %2 failed (%3%4); trying again in %5 ms")
                                       .arg(methodName(call.request.method), redactedUrl(call.request.url))
                                       .arg(response.status)
                                       .arg(response.isTransportError() ? QStringLiteral(", ") + response.errorText : QString())
                                       .arg(*delayMs);
        call.retryTimer = new QTimer(this);
        call.retryTimer->setSingleShot(true);
        connect(call.retryTimer, &QTimer::timeout, this, [this, id] { startAttempt(id); });
        call.retryTimer->start(*delayMs);
        return;
    }
    response.elapsedMs = call.age.elapsed();
    Callback cb = std::move(call.done);
    m_calls.erase(it); // before the callback, which may send or cancel again
    if (cb)
        cb(response);
}

} // namespace rc::net
