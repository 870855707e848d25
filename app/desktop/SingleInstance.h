#pragma once

#include <QObject>
#include <QStringList>
#include <memory>

class QLocalServer;
class QLocalSocket;
class QLockFile;

namespace rc::desktop {

// Keeps one studio per user and profile. The first instance to start() holds a lock file and
// listens on a local socket; a later launch finds the lock taken, hands its files to the first
// over the socket and should exit. The first emits activationRequested() for each such launch:
// raise the window and open the files.
//
// The lock, not the socket, decides who is first: two launches at the same moment cannot both
// listen, and a socket file left by a crashed studio is simply replaced (QLockFile sees that the
// process that held the lock is gone).
//
// Per profile, because two profiles are two independent studios; per user, because the socket
// may live in the shared temporary folder. Lives on the GUI thread; needs a QCoreApplication.
class SingleInstance : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    enum class Role {
        Primary, // this process is the studio; activationRequested() will report later launches
        Secondary, // the running studio has the files; this process should exit(0)
        Standalone, // neither worked (see error()): run on your own, with no single-instance
    };

    // `key` names the lock and the socket; keyForProfile() gives the studio's.
    explicit SingleInstance(const QString &key, QObject *parent = nullptr);
    ~SingleInstance() override;

    // A name unique to this user and this profile folder (however the folder is spelled).
    static QString keyForProfile(const QString &profileDir);

    // Becomes the primary, or sends `files` to the running one. Give absolute paths: the running
    // instance has another working folder (filesFromArguments() in OpenRequest.h resolves them).
    // Waits at most `timeoutMs` for the running instance to answer.
    Role start(const QStringList &files, int timeoutMs = 3000);

    Role role() const { return m_role; }
    QString error() const { return m_error; }
    QString socketPath() const { return m_socketPath; }

signals:
    // Another launch asked for the studio; `files` may be empty (then only raise the window).
    void activationRequested(const QStringList &files);

private:
    bool listen();
    bool sendToPrimary(const QStringList &files, int timeoutMs);
    void onNewConnection();
    void readMessage(QLocalSocket *socket);

    QString m_socketPath;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer *m_server = nullptr;
    Role m_role = Role::Standalone;
    QString m_error;
};

} // namespace rc::desktop
