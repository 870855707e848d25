#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QUrlQuery>

#include <functional>

class QTcpServer;
class QTcpSocket;

namespace rc::test {

// One part of a multipart/form-data body, as the server saw it.
struct RecordedPart
{
    QByteArray name;
    QByteArray fileName;    // empty for a text field
    QByteArray contentType; // the part's own Content-Type, if any
    QByteArray data;
};

struct RecordedRequest
{
    QByteArray method;
    QString path;            // without the query
    QUrlQuery query;
    QMap<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;
    QList<RecordedPart> parts;

    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
    const RecordedPart *part(const QByteArray &name) const;
};

// What the fake answers, including ways to misbehave that a real server library would not allow.
struct FakeResponse
{
    enum Misbehaviour {
        None,
        CutAfterBytes, // send the full headers and `cutAfterBytes` of the body, then drop the connection
        Hang,          // never answer (the client's timeout must fire)
        Drop,          // close the connection without a word
        Hold,          // keep the answer until releaseHeld() (slow for exactly as long as a test wants)
    };
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    Misbehaviour misbehaviour = None;
    qint64 cutAfterBytes = 0;
    int delayMs = 0;

    void setHeader(const QByteArray &name, const QByteArray &value) { headers.append(qMakePair(name, value)); }
    static FakeResponse json(int status, const QByteArray &body);
    static FakeResponse html(int status, const QByteArray &body);
    // Bytes with Range support ("bytes=N-" -> 206 with Content-Range).
    static FakeResponse bytes(const QByteArray &data, const QByteArray &contentType, const QByteArray &rangeHeader);
};

// A small HTTP/1.1 server on 127.0.0.1 over QTcpServer, so a test can cut a connection mid-body,
// which Qt's HttpServer in 6.4 cannot. Keep-alive, Content-Length and chunked request bodies,
// multipart parsing, a log of every request, and one-shot injected answers per route.
// Runs on the thread that created it: tests wait with QSignalSpy::wait / QTRY_*, never sleep.
class FakeHttpServer : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeHttpServer)

public:
    using Handler = std::function<FakeResponse(const RecordedRequest &)>;

    explicit FakeHttpServer(QObject *parent = nullptr);
    ~FakeHttpServer() override;

    // port 0: any free one. A fixed port lets a "restarted" server come back where it was.
    bool listen(quint16 port = 0);
    // Stops listening and drops every connection, as a server that dies would.
    void close();
    quint16 port() const;
    QString origin() const; // "http://127.0.0.1:<port>"
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    // A connection whose first request asks to upgrade to a WebSocket is handed over untouched
    // (its handshake still unread) to `upgrade`, e.g. QWebSocketServer::handleConnection.
    using Upgrade = std::function<void(QTcpSocket *)>;
    void setWebSocketUpgrade(Upgrade upgrade) { m_upgrade = std::move(upgrade); }

    // The next `times` requests whose method matches and whose path contains `pathPart` get
    // `response` instead of the normal answer. Injections are used in the order they were added.
    void injectNext(const QByteArray &method, const QString &pathPart, const FakeResponse &response, int times = 1);
    // Forgets the injections not used up yet (the server "comes back").
    void clearInjections() { m_injections.clear(); }

    const QList<RecordedRequest> &requests() const { return m_requests; }
    int count(const QByteArray &method, const QString &pathPart = QString()) const;
    void clearRequests() { m_requests.clear(); }
    // Closes every open connection, as a restarting server would.
    void dropConnections();
    // Sends the answers kept by FakeResponse::Hold; returns how many went out.
    int releaseHeld();
    int heldCount() const { return int(m_held.size()); }

Q_SIGNALS:
    void requestReceived(const QByteArray &method, const QString &path);
    void answerHeld();

private:
    struct Injection
    {
        QByteArray method;
        QString pathPart;
        FakeResponse response;
        int times = 1;
    };
    void onReadyRead(QTcpSocket *socket);
    bool takeRequest(QByteArray *buffer, RecordedRequest *out);
    void answer(QTcpSocket *socket, const RecordedRequest &request, const FakeResponse &response);
    void write(QTcpSocket *socket, const RecordedRequest &request, const FakeResponse &response);

    struct Held
    {
        QPointer<QTcpSocket> socket;
        RecordedRequest request;
        FakeResponse response;
    };
    QTcpServer *m_server;
    QList<Held> m_held;
    Handler m_handler;
    Upgrade m_upgrade;
    QList<Injection> m_injections;
    QList<RecordedRequest> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

// A real, small H.264 MP4 (1 s, 160x90), made once per process with ffmpeg; empty if that fails.
QByteArray sampleMp4();

} // namespace rc::test
