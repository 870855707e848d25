#include "desktop/SingleInstance.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QThread>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace rc::desktop {
namespace {

// The message a later launch sends: a 12-byte header (magic, version, length of the body) and
// a JSON array of its files. The length is checked before anything is read, so a stray client
// cannot make the studio allocate without bound. The primary answers one byte as soon as it has
// the message, so the sender knows it may exit.
constexpr quint32 kMagic = 0x52435349; // "RCSI"
constexpr quint32 kVersion = 1;
constexpr int kHeaderBytes = 12;
constexpr quint32 kMaxBodyBytes = 1 << 20; // a handful of paths; anything larger is not ours
constexpr char kAck = 'A';

QString userId()
{
#ifdef Q_OS_UNIX
    return QString::number(::getuid());
#else
    return qEnvironmentVariable("USERNAME");
#endif
}

// XDG_RUNTIME_DIR is private to the user and emptied at logout; the temporary folder is the
// fallback (the names carry the user id there, and the socket is made user-only).
QString runtimeDir()
{
    const QString xdg = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!xdg.isEmpty() && QFileInfo(xdg).isDir())
        return xdg;
    return QDir::tempPath();
}

} // namespace

SingleInstance::SingleInstance(const QString &key, QObject *parent)
    : QObject(parent)
    , m_socketPath(QDir(runtimeDir()).filePath(key + QStringLiteral(".socket")))
    , m_lock(std::make_unique<QLockFile>(QDir(runtimeDir()).filePath(key + QStringLiteral(".lock"))))
{
    // Never stale by age: a studio may run for weeks. A lock whose process is gone is still
    // recognised as stale (QLockFile checks the process id).
    m_lock->setStaleLockTime(0);
}

SingleInstance::~SingleInstance()
{
    // The server removes its socket file on close; the lock goes with m_lock.
    if (m_server)
        m_server->close();
}

QString SingleInstance::keyForProfile(const QString &profileDir)
{
    const QFileInfo info(profileDir);
    QString canonical = info.canonicalFilePath(); // empty when the folder does not exist yet
    if (canonical.isEmpty())
        canonical = QDir::cleanPath(info.absoluteFilePath());
    const QByteArray hash = QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QStringLiteral("reelcraft-%1-%2").arg(userId(), QString::fromLatin1(hash));
}

SingleInstance::Role SingleInstance::start(const QStringList &files, int timeoutMs)
{
    if (m_role == Role::Primary)
        return m_role;
    m_error.clear();
    if (m_lock->tryLock(0)) {
        m_role = listen() ? Role::Primary : Role::Standalone;
        if (m_role == Role::Standalone)
            m_lock->unlock(); // so that a later launch can still become the primary
        return m_role;
    }
    if (m_lock->error() != QLockFile::LockFailedError) {
        m_error = tr("Cannot create the lock file %1.").arg(QDir::toNativeSeparators(m_socketPath));
        m_role = Role::Standalone;
        return m_role;
    }
    m_role = sendToPrimary(files, timeoutMs) ? Role::Secondary : Role::Standalone;
    return m_role;
}

bool SingleInstance::listen()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    // We hold the lock, so a socket file here is a crashed studio's leftover.
    QLocalServer::removeServer(m_socketPath);
    if (!m_server->listen(m_socketPath)) {
        m_error = tr("Cannot listen on %1: %2").arg(QDir::toNativeSeparators(m_socketPath), m_server->errorString());
        delete m_server;
        m_server = nullptr;
        return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    return true;
}

bool SingleInstance::sendToPrimary(const QStringList &files, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    QLocalSocket socket;
    // The primary takes the lock a moment before it listens: a launch in that moment finds no
    // socket yet, so it tries again until the deadline.
    for (;;) {
        socket.connectToServer(m_socketPath);
        if (socket.waitForConnected(int(deadline.remainingTime())))
            break;
        if (deadline.hasExpired()) {
            m_error = tr("Reelcraft is already running for this profile but does not answer (%1).")
                          .arg(socket.errorString());
            return false;
        }
        QThread::msleep(20);
    }

    const QByteArray body = QJsonDocument(QJsonArray::fromStringList(files)).toJson(QJsonDocument::Compact);
    QByteArray message;
    QDataStream header(&message, QIODevice::WriteOnly);
    header << kMagic << kVersion << quint32(body.size());
    socket.write(message + body);
    while (socket.bytesToWrite() > 0) {
        if (!socket.waitForBytesWritten(int(deadline.remainingTime()))) {
            m_error = tr("Could not pass the files to the running Reelcraft: %1").arg(socket.errorString());
            return false;
        }
    }
    while (socket.bytesAvailable() < 1) {
        if (!socket.waitForReadyRead(int(deadline.remainingTime()))) {
            m_error = tr("The running Reelcraft did not confirm the files: %1").arg(socket.errorString());
            return false;
        }
    }
    char ack = 0;
    socket.getChar(&ack);
    socket.disconnectFromServer();
    if (ack != kAck) {
        m_error = tr("The running Reelcraft did not confirm the files.");
        return false;
    }
    return true;
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readMessage(socket); });
        // Bytes may have arrived with the connection itself.
        if (socket->bytesAvailable() > 0)
            readMessage(socket);
    }
}

void SingleInstance::readMessage(QLocalSocket *socket)
{
    if (socket->bytesAvailable() < kHeaderBytes)
        return; // wait for more
    quint32 magic = 0;
    quint32 version = 0;
    quint32 bodyBytes = 0;
    QDataStream header(socket->peek(kHeaderBytes));
    header >> magic >> version >> bodyBytes;
    if (magic != kMagic || version != kVersion || bodyBytes > kMaxBodyBytes) {
        socket->abort(); // not one of ours
        return;
    }
    if (socket->bytesAvailable() < kHeaderBytes + qint64(bodyBytes))
        return;
    socket->skip(kHeaderBytes);
    const QJsonDocument body = QJsonDocument::fromJson(socket->read(bodyBytes));
    if (!body.isArray()) {
        socket->abort();
        return;
    }
    QStringList files;
    for (const QJsonValue &value : body.array())
        files << value.toString();
    // Answer first: the handler may take a while (importing a clip), and the sender waits.
    socket->putChar(kAck);
    socket->flush();
    socket->disconnectFromServer();
    emit activationRequested(files);
}

} // namespace rc::desktop
