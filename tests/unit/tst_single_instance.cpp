// One studio per user and profile: the first launch listens, a later one hands over its files
// and is told to exit, and what a crashed studio left behind does not block the next launch.
#include "desktop/SingleInstance.h"

#include <QDir>
#include <QFile>
#include <QLocalSocket>
#include <QLockFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUuid>
#include <QtConcurrent>
#include <QtTest>

using rc::desktop::SingleInstance;
using Role = SingleInstance::Role;

class TestSingleInstance : public QObject
{
    Q_OBJECT

    // A key no other test run uses, so parallel runs and leftovers cannot interfere.
    static QString freshKey() { return QStringLiteral("reelcraft-test-") + QUuid::createUuid().toString(QUuid::Id128); }

    // A second launch blocks while it waits for the first to answer, so it runs on another
    // thread and the first keeps serving on this one, as two processes would.
    static QFuture<Role> launchSecond(const QString &key, const QStringList &files, int timeoutMs = 5000)
    {
        return QtConcurrent::run([key, files, timeoutMs] {
            SingleInstance second(key);
            return second.start(files, timeoutMs);
        });
    }

    static Role waitFor(QFuture<Role> future)
    {
        while (!future.isFinished())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        return future.result();
    }

private Q_SLOTS:
    void secondLaunchHandsItsFilesToTheFirst()
    {
        const QString key = freshKey();
        SingleInstance first(key);
        QCOMPARE(first.start({}), Role::Primary);
        QVERIFY(QFile::exists(first.socketPath()));
        QSignalSpy spy(&first, &SingleInstance::activationRequested);

        const QStringList files {QStringLiteral("/tmp/a clip.mp4"), QStringLiteral("/tmp/photo ü.jpg")};
        QFuture<Role> second = launchSecond(key, files);
        QVERIFY(spy.wait(10000));
        QCOMPARE(waitFor(second), Role::Secondary);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toStringList(), files);
    }

    void secondLaunchWithNoFilesStillActivates()
    {
        const QString key = freshKey();
        SingleInstance first(key);
        QCOMPARE(first.start({}), Role::Primary);
        QSignalSpy spy(&first, &SingleInstance::activationRequested);
        QFuture<Role> second = launchSecond(key, {});
        QVERIFY(spy.wait(10000));
        QCOMPARE(waitFor(second), Role::Secondary);
        QVERIFY(spy.at(0).at(0).toStringList().isEmpty());
    }

    void eachLaunchIsReportedInOrder()
    {
        const QString key = freshKey();
        SingleInstance first(key);
        QCOMPARE(first.start({}), Role::Primary);
        QSignalSpy spy(&first, &SingleInstance::activationRequested);
        for (int i = 0; i < 3; ++i) {
            QFuture<Role> second = launchSecond(key, {QStringLiteral("/tmp/%1.mp4").arg(i)});
            QCOMPARE(waitFor(second), Role::Secondary);
        }
        QTRY_COMPARE(spy.count(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(spy.at(i).at(0).toStringList(), QStringList {QStringLiteral("/tmp/%1.mp4").arg(i)});
    }

    void profilesAreIndependent()
    {
        QTemporaryDir a;
        QTemporaryDir b;
        const QString keyA = SingleInstance::keyForProfile(a.path());
        const QString keyB = SingleInstance::keyForProfile(b.path());
        QVERIFY(keyA != keyB);
        // The same folder spelled another way is the same profile.
        QCOMPARE(SingleInstance::keyForProfile(a.path() + QStringLiteral("/./")), keyA);
        QCOMPARE(SingleInstance::keyForProfile(QDir(a.path()).filePath(QStringLiteral("sub/.."))), keyA);
        // A profile that does not exist yet still has a stable key.
        const QString missing = a.filePath(QStringLiteral("not-yet"));
        QCOMPARE(SingleInstance::keyForProfile(missing), SingleInstance::keyForProfile(missing + QLatin1Char('/')));

        SingleInstance first(keyA + QLatin1Char('-') + freshKey());
        SingleInstance other(keyB + QLatin1Char('-') + freshKey());
        QCOMPARE(first.start({}), Role::Primary);
        QCOMPARE(other.start({}), Role::Primary);
    }

    void theNextLaunchAfterTheFirstQuitsIsTheFirst()
    {
        const QString key = freshKey();
        QString socketPath;
        {
            SingleInstance first(key);
            QCOMPARE(first.start({}), Role::Primary);
            socketPath = first.socketPath();
        }
        QVERIFY(!QFile::exists(socketPath));
        SingleInstance next(key);
        QCOMPARE(next.start({}), Role::Primary);
    }

    void leftoversOfACrashedStudioDoNotBlock()
    {
        const QString key = freshKey();
        SingleInstance probe(key);
        const QString socketPath = probe.socketPath();
        const QString lockPath = socketPath.chopped(int(qstrlen(".socket"))) + QStringLiteral(".lock");

        // The id of a process that has exited, as a crashed studio's would be.
        QProcess gone;
        gone.start(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("echo $$")});
        QVERIFY(gone.waitForFinished(10000));
        const qint64 pid = gone.readAllStandardOutput().trimmed().toLongLong();
        QVERIFY(pid > 0);

        // QLockFile's format: pid, application name, host name.
        QFile lock(lockPath);
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write(QByteArray::number(pid) + "\nreelcraft\n\n");
        lock.close();
        QFile socket(socketPath); // a plain file where the socket was
        QVERIFY(socket.open(QIODevice::WriteOnly));
        socket.close();

        SingleInstance next(key);
        QCOMPARE(next.start({}), Role::Primary);
        QSignalSpy spy(&next, &SingleInstance::activationRequested);
        QFuture<Role> second = launchSecond(key, {QStringLiteral("/tmp/x.png")});
        QVERIFY(spy.wait(10000));
        QCOMPARE(waitFor(second), Role::Secondary);
    }

    void aStudioThatDoesNotAnswerLeavesTheLaunchStandalone()
    {
        const QString key = freshKey();
        SingleInstance probe(key);
        // The lock is held, as by a studio that hangs before it listens.
        QLockFile held(probe.socketPath().chopped(int(qstrlen(".socket"))) + QStringLiteral(".lock"));
        QVERIFY(held.tryLock(0));

        SingleInstance late(key);
        QCOMPARE(late.start({QStringLiteral("/tmp/a.mp4")}, 300), Role::Standalone);
        QVERIFY2(late.error().contains(QStringLiteral("does not answer")), qPrintable(late.error()));
    }

    void strangersOnTheSocketAreIgnored()
    {
        const QString key = freshKey();
        SingleInstance first(key);
        QCOMPARE(first.start({}), Role::Primary);
        QSignalSpy spy(&first, &SingleInstance::activationRequested);

        QLocalSocket stranger;
        stranger.connectToServer(first.socketPath());
        QVERIFY(stranger.waitForConnected(5000));
        stranger.write(QByteArray("GET / HTTP/1.1\r\nHost: x\r\n\r\n"));
        QVERIFY(stranger.waitForBytesWritten(5000));
        // The studio hangs up on it ...
        QTRY_COMPARE(stranger.state(), QLocalSocket::UnconnectedState);

        // ... and still serves a real launch; the stranger caused no activation.
        QFuture<Role> second = launchSecond(key, {QStringLiteral("/tmp/b.mp4")});
        QVERIFY(spy.wait(10000));
        QCOMPARE(waitFor(second), Role::Secondary);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toStringList(), QStringList {QStringLiteral("/tmp/b.mp4")});
    }

    void theSocketIsPrivateToTheUser()
    {
        SingleInstance first(freshKey());
        QCOMPARE(first.start({}), Role::Primary);
        const QFile::Permissions permissions = QFileInfo(first.socketPath()).permissions();
        QVERIFY(!(permissions & (QFile::ReadOther | QFile::WriteOther | QFile::ReadGroup | QFile::WriteGroup)));
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_single_instance.moc"
