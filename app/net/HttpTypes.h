#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace rc::net {

enum class HttpMethod { Get, Post, Delete, Put };

// Which failures a call may repeat on its own.
enum class RetryMode {
    Never,
    // GET, DELETE and downloads: any transport error, 408, 409, 429, 5xx.
    Idempotent,
    // A paid create: repeated only when the server certainly did not start it (429, 408, 503,
    // or the connection never opened). Anything ambiguous goes back to the caller.
    CreateOnce,
};

enum class TransportError {
    None,
    Timeout,       // connect or transfer timeout, or the server went silent
    Connect,       // could not resolve or connect: nothing was sent
    Tls,           // certificate or handshake failure
    Interrupted,   // the connection dropped mid-transfer
    Refused,       // Reelcraft's own policy refused the URL (plain http to a public address)
    Disk,          // the download could not be written
    TooLarge,      // an in-memory body beyond the limit
    Cancelled,
    Other,
};

struct MultipartPart
{
    QByteArray name;
    QByteArray value;        // a text field, when filePath is empty
    QString filePath;        // a file part: streamed from disk
    QByteArray fileName;     // the filename the server sees
    QByteArray contentType;  // e.g. image/png
};

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// A few MB: far above any real JSON answer, far below what would strain memory.
constexpr qint64 kDefaultMaxBodyBytes = 8ll * 1024 * 1024;
// For answers that may carry a whole clip as base64 (Gemini's inline samples).
constexpr qint64 kInlineVideoMaxBodyBytes = 256ll * 1024 * 1024;

struct HttpRequest
{
    HttpMethod method = HttpMethod::Get;
    QUrl url;
    HeaderList headers;
    // Headers that carry a key: never logged, and dropped when a redirect leaves the origin.
    HeaderList secretHeaders;
    QByteArray body;
    QByteArray contentType;
    QList<MultipartPart> multipart; // when non-empty, the body is multipart/form-data
    // When set, a 2xx body streams to downloadPath + ".part" (resumed with Range after a cut);
    // the caller verifies the part file and renames it.
    QString downloadPath;
    int connectTimeoutMs = 15000;
    int timeoutMs = 60000;        // the whole transfer; 0 = none (downloads rely on lowSpeedSec)
    int lowSpeedSec = 60;         // abort when under 1 byte/s for this long
    RetryMode retry = RetryMode::Idempotent;
    int maxRedirects = 5;
    // In-memory answers (JSON) stop at this many bytes, checked while they stream; a call whose
    // answer may hold a whole video inline (Gemini) raises it. Downloads to a file have no cap here.
    qint64 maxBodyBytes = kDefaultMaxBodyBytes;
    QString logName;              // what the log says this call is ("create", "poll", ...)

    HttpRequest() = default;
    static HttpRequest get(const QUrl &url) { HttpRequest r; r.url = url; return r; }
    void setHeader(const QByteArray &name, const QByteArray &value) { headers.append({name, value}); }
    void setSecretHeader(const QByteArray &name, const QByteArray &value) { secretHeaders.append({name, value}); }
    bool isDownload() const { return !downloadPath.isEmpty(); }
    QString partPath() const { return downloadPath + QStringLiteral(".part"); }
};

struct HttpResponse
{
    int status = 0;                 // 0 when no HTTP answer arrived
    HeaderList headers;             // names lower-cased, of the final response only
    QByteArray body;                // error bodies of downloads land here too
    TransportError error = TransportError::None;
    QString errorText;              // curl's message, for logs and details
    bool requestSent = false;       // whether any byte of the request may have reached the server
    int attempts = 0;
    QUrl finalUrl;                  // after redirects
    QString partPath;               // downloads: the verified-length part file
    qint64 fileBytes = 0;
    qint64 elapsedMs = 0;

    bool isHttpSuccess() const { return error == TransportError::None && status >= 200 && status < 300; }
    bool isTransportError() const { return error != TransportError::None; }
    QByteArray header(const QByteArray &lowerName) const;
    QByteArray contentType() const;
    bool looksLikeJson() const;
};

QString methodName(HttpMethod method);
QString transportErrorName(TransportError error);

} // namespace rc::net
