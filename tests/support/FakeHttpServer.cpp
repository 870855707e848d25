#include "support/FakeHttpServer.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QPointer>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>

#include <utility>

namespace rc::test {

const RecordedPart *RecordedRequest::part(const QByteArray &name) const
{
    for (const auto &p : parts)
        if (p.name == name)
            return &p;
    return nullptr;
}

FakeResponse FakeResponse::json(int status, const QByteArray &body)
{
    FakeResponse r;
    r.status = status;
    r.setHeader("Content-Type", "application/json");
    r.body = body;
    return r;
}

FakeResponse FakeResponse::html(int status, const QByteArray &body)
{
    FakeResponse r;
    r.status = status;
    r.setHeader("Content-Type", "text/html; charset=utf-8");
    r.body = body;
    return r;
}

FakeResponse FakeResponse::bytes(const QByteArray &data, const QByteArray &contentType, const QByteArray &range)
{
    FakeResponse r;
    r.setHeader("Content-Type", contentType);
    r.setHeader("Accept-Ranges", "bytes");
    qint64 from = 0;
    if (range.startsWith("bytes=") && range.endsWith('-'))
        from = range.mid(6, range.size() - 7).toLongLong();
    if (from > 0 && from < data.size()) {
        r.status = 206;
        r.setHeader("Content-Range", QByteArray("bytes ") + QByteArray::number(from) + '-'
                                               + QByteArray::number(data.size() - 1) + '/' + QByteArray::number(data.size()));
        r.body = data.mid(from);
    } else if (from >= data.size() && from > 0) {
        r.status = 416;
        r.setHeader("Content-Range", "bytes */" + QByteArray::number(data.size()));
    } else {
        r.body = data;
    }
    return r;
}

FakeHttpServer::FakeHttpServer(QObject *parent)
    : QObject(parent), m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            m_buffers.insert(socket, QByteArray());
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_buffers.remove(socket);
                socket->deleteLater();
            });
        }
    });
}

FakeHttpServer::~FakeHttpServer() = default;

bool FakeHttpServer::listen(quint16 port)
{
    return m_server->listen(QHostAddress::LocalHost, port);
}

void FakeHttpServer::close()
{
    m_server->close();
    dropConnections();
}

quint16 FakeHttpServer::port() const
{
    return m_server->serverPort();
}

QString FakeHttpServer::origin() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(port());
}

void FakeHttpServer::injectNext(const QByteArray &method, const QString &pathPart, const FakeResponse &response, int times)
{
    m_injections.append({method, pathPart, response, times});
}

int FakeHttpServer::count(const QByteArray &method, const QString &pathPart) const
{
    int n = 0;
    for (const auto &r : m_requests)
        if (r.method == method && (pathPart.isEmpty() || r.path.contains(pathPart)))
            ++n;
    return n;
}

void FakeHttpServer::dropConnections()
{
    const auto sockets = m_buffers.keys();
    for (QTcpSocket *s : sockets)
        s->abort();
}

namespace {

QList<RecordedPart> parseMultipart(const QByteArray &contentType, const QByteArray &body)
{
    QList<RecordedPart> parts;
    const int at = contentType.indexOf("boundary=");
    if (at < 0)
        return parts;
    QByteArray boundary = contentType.mid(at + 9).trimmed();
    if (boundary.startsWith('"'))
        boundary = boundary.mid(1, boundary.indexOf('"', 1) - 1);
    const QByteArray delimiter = "--" + boundary;
    int pos = body.indexOf(delimiter);
    while (pos >= 0) {
        pos += delimiter.size();
        if (body.mid(pos, 2) == "--")
            break;
        pos += 2; // CRLF
        const int headerEnd = body.indexOf("\r\n\r\n", pos);
        const int next = body.indexOf("\r\n" + delimiter, headerEnd);
        if (headerEnd < 0 || next < 0)
            break;
        RecordedPart part;
        for (const QByteArray &line : body.mid(pos, headerEnd - pos).split('\n')) {
            const QByteArray l = line.trimmed();
            if (l.toLower().startsWith("content-disposition:")) {
                for (const QByteArray &item : l.split(';')) {
                    const QByteArray t = item.trimmed();
                    if (t.startsWith("name="))
                        part.name = t.mid(5).replace('"', "");
                    else if (t.startsWith("filename="))
                        part.fileName = t.mid(9).replace('"', "");
                }
            } else if (l.toLower().startsWith("content-type:")) {
                part.contentType = l.mid(13).trimmed();
            }
        }
        part.data = body.mid(headerEnd + 4, next - headerEnd - 4);
        parts.append(part);
        pos = next + 2;
    }
    return parts;
}

} // namespace

bool FakeHttpServer::takeRequest(QByteArray *buffer, RecordedRequest *out)
{
    const int headerEnd = buffer->indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return false;
    const QList<QByteArray> lines = buffer->left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    RecordedRequest r;
    r.method = requestLine.value(0);
    const QByteArray target = requestLine.value(1);
    const int q = target.indexOf('?');
    r.path = QString::fromUtf8(QByteArray::fromPercentEncoding(q < 0 ? target : target.left(q)));
    if (q >= 0)
        r.query = QUrlQuery(QString::fromUtf8(target.mid(q + 1)));
    for (int i = 1; i < lines.size(); ++i) {
        const int colon = lines[i].indexOf(':');
        if (colon > 0)
            r.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
    }
    int consumed = headerEnd + 4;
    if (r.header("transfer-encoding").toLower().contains("chunked")) {
        QByteArray body;
        int pos = consumed;
        for (;;) {
            const int lineEnd = buffer->indexOf("\r\n", pos);
            if (lineEnd < 0)
                return false;
            const int size = buffer->mid(pos, lineEnd - pos).trimmed().toInt(nullptr, 16);
            if (buffer->size() < lineEnd + 2 + size + 2)
                return false;
            body.append(buffer->mid(lineEnd + 2, size));
            pos = lineEnd + 2 + size + 2;
            if (size == 0)
                break;
        }
        r.body = body;
        consumed = pos;
    } else {
        const int length = r.header("content-length").toInt();
        if (buffer->size() < consumed + length)
            return false;
        r.body = buffer->mid(consumed, length);
        consumed += length;
    }
    buffer->remove(0, consumed);
    if (r.header("content-type").startsWith("multipart/form-data"))
        r.parts = parseMultipart(r.header("content-type"), r.body);
    *out = r;
    return true;
}

void FakeHttpServer::onReadyRead(QTcpSocket *socket)
{
    if (m_upgrade && m_buffers.value(socket).isEmpty()) {
        const QByteArray head = socket->peek(16384);
        if (head.startsWith("GET ") && head.toLower().contains("upgrade: websocket")) {
            if (!head.contains("\r\n\r\n"))
                return; // the rest of the handshake is on its way
            m_buffers.remove(socket);
            socket->disconnect(this);
            m_upgrade(socket);
            return;
        }
    }
    QByteArray &buffer = m_buffers[socket];
    buffer.append(socket->readAll());
    RecordedRequest request;
    while (m_buffers.contains(socket) && takeRequest(&m_buffers[socket], &request)) {
        m_requests.append(request);
        FakeResponse response;
        bool injected = false;
        for (int i = 0; i < m_injections.size(); ++i) {
            Injection &inj = m_injections[i];
            if (inj.method == request.method && request.path.contains(inj.pathPart)) {
                response = inj.response;
                if (--inj.times <= 0)
                    m_injections.removeAt(i);
                injected = true;
                break;
            }
        }
        if (!injected)
            response = m_handler ? m_handler(request) : FakeResponse::json(404, R"({"detail":"Not Found"})");
        Q_EMIT requestReceived(request.method, request.path);
        answer(socket, request, response);
    }
}

void FakeHttpServer::answer(QTcpSocket *socket, const RecordedRequest &request, const FakeResponse &response)
{
    if (response.misbehaviour == FakeResponse::Hang)
        return;
    if (response.misbehaviour == FakeResponse::Hold) {
        FakeResponse later = response;
        later.misbehaviour = FakeResponse::None;
        m_held.append({QPointer<QTcpSocket>(socket), request, later});
        Q_EMIT answerHeld();
        return;
    }
    if (response.delayMs > 0) {
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(response.delayMs, this, [this, guard, request, response] {
            if (guard)
                write(guard, request, response);
        });
        return;
    }
    write(socket, request, response);
}

int FakeHttpServer::releaseHeld()
{
    const QList<Held> held = std::exchange(m_held, {});
    int sent = 0;
    for (const Held &h : held) {
        if (!h.socket)
            continue;
        answer(h.socket, h.request, h.response);
        ++sent;
    }
    return sent;
}

void FakeHttpServer::write(QTcpSocket *socket, const RecordedRequest &, const FakeResponse &response)
{
    if (response.misbehaviour == FakeResponse::Drop) {
        socket->abort();
        return;
    }
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + " Status\r\n";
    for (const auto &h : response.headers)
        head += h.first + ": " + h.second + "\r\n";
    head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n\r\n";
    socket->write(head);
    if (response.misbehaviour == FakeResponse::CutAfterBytes) {
        socket->write(response.body.left(response.cutAfterBytes));
        socket->flush();
        socket->disconnectFromHost(); // sends what is buffered, then closes: the body stays short
        return;
    }
    socket->write(response.body);
}

QByteArray sampleMp4()
{
    static QByteArray cached;
    if (!cached.isEmpty())
        return cached;
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("sample.mp4"));
    QProcess ffmpeg;
    ffmpeg.start(QStringLiteral("ffmpeg"),
                 {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-f"), QStringLiteral("lavfi"),
                  QStringLiteral("-i"), QStringLiteral("testsrc2=size=160x90:rate=24"), QStringLiteral("-t"),
                  QStringLiteral("1"), QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"), QStringLiteral("-c:v"),
                  QStringLiteral("libx264"), QStringLiteral("-movflags"), QStringLiteral("+faststart"), out});
    if (!ffmpeg.waitForFinished(60000) || ffmpeg.exitCode() != 0)
        return QByteArray();
    QFile f(out);
    if (f.open(QIODevice::ReadOnly))
        cached = f.readAll();
    return cached;
}

} // namespace rc::test
