#include "net/NetworkWorker.h"

#include "net/UrlPolicy.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace rc::net {

void ensureCurlGlobalInit()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

struct NetworkWorker::Transfer
{
    quint64 id = 0;
    HttpRequest request;
    QByteArray url;
    CurlEasy easy;
    CurlSlist headerList;
    CurlMime mime;
    char errorBuffer[CURL_ERROR_SIZE] = {};
    HttpResponse response;
    QFile file;
    qint64 resumeFrom = 0;
    bool bodyDecided = false;
    bool toFile = false;
    bool diskError = false;
    bool tooLarge = false;
    bool refusedPlainHttp = false;
    QString refusedIp;
    QElapsedTimer timer;
};

namespace {

size_t onHeader(char *data, size_t size, size_t count, void *user)
{
    auto *t = static_cast<NetworkWorker::Transfer *>(user);
    const size_t total = size * count;
    const QByteArray line = QByteArray(data, qsizetype(total)).trimmed();
    if (line.startsWith("HTTP/")) {
        t->response.headers.clear(); // a new response (after 100 Continue): keep the last one's only
        return total;
    }
    const int colon = line.indexOf(':');
    if (colon > 0) {
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        t->response.headers.append({name, value});
        // An in-memory answer that announces more than its cap is refused before one byte of it
        // is read (a create answer claiming 2 GB once drove memory to 600 MB).
        bool ok = false;
        if (!t->request.isDownload() && name == "content-length" && value.toLongLong(&ok) > t->request.maxBodyBytes && ok) {
            t->tooLarge = true;
            return 0;
        }
    }
    return total;
}

size_t onWrite(char *data, size_t size, size_t count, void *user)
{
    auto *t = static_cast<NetworkWorker::Transfer *>(user);
    const size_t total = size * count;
    if (!t->bodyDecided) {
        t->bodyDecided = true;
        long code = 0;
        curl_easy_getinfo(t->easy.get(), CURLINFO_RESPONSE_CODE, &code);
        // Only a success body goes to the part file; an error page must not become "video bytes".
        if (t->request.isDownload() && code >= 200 && code < 300) {
            t->toFile = true;
            t->file.setFileName(t->request.partPath());
            const bool append = code == 206 && t->resumeFrom > 0;
            const QIODevice::OpenMode mode = append ? QIODevice::Append : (QIODevice::WriteOnly | QIODevice::Truncate);
            if (!t->file.open(mode)) {
                t->diskError = true;
                return 0;
            }
        }
    }
    if (t->toFile) {
        if (t->file.write(data, qint64(total)) != qint64(total)) {
            t->diskError = true;
            return 0;
        }
        return total;
    }
    // Checked per chunk, as it streams: a body without a length (chunked) stops at the cap too.
    if (t->response.body.size() + qint64(total) > t->request.maxBodyBytes) {
        t->tooLarge = true;
        return 0;
    }
    t->response.body.append(data, qsizetype(total));
    return total;
}

// Runs once the connection is up and before the request is sent: the place to see the real
// peer address, so plain http to a public address is refused before any header (or key) leaves.
int onPrereq(void *user, char *primaryIp, char *, int, int)
{
    auto *t = static_cast<NetworkWorker::Transfer *>(user);
    if (t->request.url.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) == 0
        && !isLocalAddress(QString::fromLatin1(primaryIp))) {
        t->refusedPlainHttp = true;
        t->refusedIp = QString::fromLatin1(primaryIp);
        return CURL_PREREQFUNC_ABORT;
    }
    return CURL_PREREQFUNC_OK;
}

TransportError mapCode(CURLcode code)
{
    switch (code) {
    case CURLE_OK: return TransportError::None;
    case CURLE_OPERATION_TIMEDOUT: return TransportError::Timeout;
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
    case CURLE_COULDNT_CONNECT: return TransportError::Connect;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH: return TransportError::Tls;
    case CURLE_PARTIAL_FILE:
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM: return TransportError::Interrupted;
    default: return TransportError::Other;
    }
}

// "bytes 100-999/1000" -> 1000; -1 when absent or "*".
qint64 contentRangeTotal(const QByteArray &value)
{
    const int slash = value.lastIndexOf('/');
    if (slash < 0)
        return -1;
    bool ok = false;
    const qint64 total = value.mid(slash + 1).trimmed().toLongLong(&ok);
    return ok ? total : -1;
}

} // namespace

NetworkWorker::NetworkWorker(Delivery deliver)
    : m_deliver(std::move(deliver))
{
    ensureCurlGlobalInit();
    m_multi.reset(curl_multi_init());
    m_thread = std::thread([this] { run(); });
}

NetworkWorker::~NetworkWorker()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
    }
    curl_multi_wakeup(m_multi.get());
    m_thread.join();
}

void NetworkWorker::submit(quint64 transferId, const HttpRequest &request)
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_incoming.emplace_back(transferId, request);
    }
    curl_multi_wakeup(m_multi.get());
}

void NetworkWorker::cancel(quint64 transferId)
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_cancels.push_back(transferId);
    }
    curl_multi_wakeup(m_multi.get());
}

void NetworkWorker::run()
{
    for (;;) {
        std::vector<std::pair<quint64, HttpRequest>> incoming;
        std::vector<quint64> cancels;
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            if (m_stop)
                break;
            incoming.swap(m_incoming);
            cancels.swap(m_cancels);
        }
        for (const auto &item : incoming)
            startTransfer(item.first, item.second);
        for (quint64 id : cancels)
            dropTransfer(id);
        int running = 0;
        curl_multi_perform(m_multi.get(), &running);
        int left = 0;
        while (CURLMsg *msg = curl_multi_info_read(m_multi.get(), &left)) {
            if (msg->msg != CURLMSG_DONE)
                continue;
            Transfer *transfer = nullptr;
            curl_easy_getinfo(msg->easy_handle, CURLINFO_PRIVATE, &transfer);
            const CURLcode code = msg->data.result;
            if (transfer)
                finishTransfer(transfer, code);
        }
        curl_multi_poll(m_multi.get(), nullptr, 0, 1000, nullptr);
    }
    for (auto &entry : m_active)
        curl_multi_remove_handle(m_multi.get(), entry.second->easy.get());
    m_active.clear();
}

void NetworkWorker::startTransfer(quint64 id, const HttpRequest &request)
{
    auto t = std::make_unique<Transfer>();
    t->id = id;
    t->request = request;
    t->url = request.url.toEncoded();
    t->timer.start();
    t->easy.reset(curl_easy_init());
    CURL *h = t->easy.get();
    auto fail = [&](const QString &text) {
        t->response.error = TransportError::Other;
        t->response.errorText = text;
        m_deliver(id, t->response);
    };
    if (!h)
        return fail(QStringLiteral("curl_easy_init failed"));

    curl_easy_setopt(h, CURLOPT_PRIVATE, t.get());
    curl_easy_setopt(h, CURLOPT_URL, t->url.constData());
    curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(h, CURLOPT_ERRORBUFFER, t->errorBuffer);
    curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, long(request.connectTimeoutMs));
    curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, long(request.timeoutMs));
    curl_easy_setopt(h, CURLOPT_LOW_SPEED_LIMIT, 1L);
    curl_easy_setopt(h, CURLOPT_LOW_SPEED_TIME, long(request.lowSpeedSec));
    curl_easy_setopt(h, CURLOPT_USERAGENT, "Reelcraft/" REELCRAFT_VERSION);
    curl_easy_setopt(h, CURLOPT_HTTP_VERSION, long(CURL_HTTP_VERSION_2TLS));
    // Never lowered, whatever the server: keys travel in these requests.
    curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, 2L);
    // HttpClient follows redirects itself, so that key headers never go to another origin.
    curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(h, CURLOPT_HEADERFUNCTION, &onHeader);
    curl_easy_setopt(h, CURLOPT_HEADERDATA, t.get());
    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, &onWrite);
    curl_easy_setopt(h, CURLOPT_WRITEDATA, t.get());
    curl_easy_setopt(h, CURLOPT_PREREQFUNCTION, &onPrereq);
    curl_easy_setopt(h, CURLOPT_PREREQDATA, t.get());
    if (!request.isDownload())
        curl_easy_setopt(h, CURLOPT_ACCEPT_ENCODING, ""); // compressed JSON; never for byte ranges

    // "Expect:" stops curl waiting for 100 Continue before large multipart bodies.
    appendHeader(t->headerList, "Expect:");
    for (const HeaderList *list : {&request.headers, &request.secretHeaders})
        for (const auto &header : *list)
            appendHeader(t->headerList, (header.first + ": " + header.second).constData());
    if (!request.contentType.isEmpty() && request.multipart.isEmpty())
        appendHeader(t->headerList, ("Content-Type: " + request.contentType).constData());

    if (request.method == HttpMethod::Post) {
        if (!request.multipart.isEmpty()) {
            t->mime.reset(curl_mime_init(h));
            for (const auto &part : request.multipart) {
                curl_mimepart *p = curl_mime_addpart(t->mime.get());
                curl_mime_name(p, part.name.constData());
                if (part.filePath.isEmpty()) {
                    curl_mime_data(p, part.value.constData(), size_t(part.value.size()));
                } else if (curl_mime_filedata(p, QFile::encodeName(part.filePath).constData()) != CURLE_OK) {
                    return fail(QStringLiteral("cannot read %1").arg(QFileInfo(part.filePath).fileName()));
                }
                if (!part.fileName.isEmpty())
                    curl_mime_filename(p, part.fileName.constData());
                if (!part.contentType.isEmpty())
                    curl_mime_type(p, part.contentType.constData());
            }
            curl_easy_setopt(h, CURLOPT_MIMEPOST, t->mime.get());
        } else {
            curl_easy_setopt(h, CURLOPT_POST, 1L);
            curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(t->request.body.size()));
            curl_easy_setopt(h, CURLOPT_POSTFIELDS, t->request.body.constData());
        }
    } else if (request.method == HttpMethod::Delete) {
        curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, "DELETE");
    } else if (request.method == HttpMethod::Put) {
        // A bodiless PUT (fal's cancel): a custom verb, so curl does not wait for an upload.
        curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, "PUT");
    }
    if (request.isDownload()) {
        t->resumeFrom = QFileInfo(request.partPath()).exists() ? QFileInfo(request.partPath()).size() : 0;
        if (t->resumeFrom > 0)
            curl_easy_setopt(h, CURLOPT_RESUME_FROM_LARGE, curl_off_t(t->resumeFrom));
    }
    curl_easy_setopt(h, CURLOPT_HTTPHEADER, t->headerList.get());
    if (curl_multi_add_handle(m_multi.get(), h) != CURLM_OK)
        return fail(QStringLiteral("curl_multi_add_handle failed"));
    m_active.emplace(id, std::move(t));
}

void NetworkWorker::finishTransfer(Transfer *t, CURLcode code)
{
    CURL *h = t->easy.get();
    HttpResponse &r = t->response;
    long status = 0;
    curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
    curl_off_t pretransferUs = 0;
    curl_easy_getinfo(h, CURLINFO_PRETRANSFER_TIME_T, &pretransferUs);
    r.status = int(status);
    r.requestSent = pretransferUs > 0 || status > 0;
    r.finalUrl = t->request.url;
    r.elapsedMs = t->timer.elapsed();
    r.error = mapCode(code);
    if (code == CURLE_ABORTED_BY_CALLBACK && t->refusedPlainHttp) {
        r.error = TransportError::Refused;
        r.requestSent = false;
    } else if (code == CURLE_WRITE_ERROR && t->diskError) {
        r.error = TransportError::Disk;
    } else if (code == CURLE_WRITE_ERROR && t->tooLarge) {
        r.error = TransportError::TooLarge;
    }
    if (r.error != TransportError::None)
        r.errorText = t->errorBuffer[0] ? QString::fromUtf8(t->errorBuffer) : QString::fromUtf8(curl_easy_strerror(code));
    if (r.error == TransportError::Refused)
        r.errorText = QStringLiteral("plain http to the public address %1").arg(t->refusedIp);
    if (t->file.isOpen()) {
        t->file.flush();
        t->file.close();
    }
    if (t->toFile) {
        r.partPath = t->request.partPath();
        r.fileBytes = QFileInfo(r.partPath).size();
        if (r.error == TransportError::None) {
            // Content-Length check: a proxy with a total timeout (new-api: 60 s) cuts long clips
            // and may still close cleanly.
            qint64 expected = -1;
            if (status == 206)
                expected = contentRangeTotal(r.header("content-range"));
            else if (!r.header("content-length").isEmpty())
                expected = r.header("content-length").toLongLong();
            if (expected >= 0 && r.fileBytes != expected) {
                r.error = TransportError::Interrupted;
                r.errorText = QStringLiteral("received %1 of %2 bytes").arg(r.fileBytes).arg(expected);
            }
        }
    }
    const quint64 id = t->id;
    const HttpResponse copy = r;
    curl_multi_remove_handle(m_multi.get(), h);
    m_active.erase(id);
    m_deliver(id, copy);
}

void NetworkWorker::dropTransfer(quint64 id)
{
    auto it = m_active.find(id);
    if (it == m_active.end())
        return;
    Transfer *t = it->second.get();
    curl_multi_remove_handle(m_multi.get(), t->easy.get());
    if (t->file.isOpen())
        t->file.close();
    if (t->request.isDownload())
        QFile::remove(t->request.partPath());
    m_active.erase(it);
}

} // namespace rc::net
