#include "store/Database.h"

#include "core/Logging.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

namespace rc {

Database::Database(QString path)
    : m_path(std::move(path)), m_baseName(QUuid::createUuid().toString(QUuid::Id128))
{
}

Database::~Database()
{
    // Only this thread's connection can be closed here; worker threads release their own.
    releaseThisThreadsConnection();
}

void Database::releaseThisThreadsConnection() const
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
}

QString Database::connectionName() const
{
    return m_baseName + QLatin1Char('-') + QString::number(quintptr(QThread::currentThreadId()), 16);
}

QSqlDatabase Database::connection() const
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyWaitMs));
    if (!db.open()) {
        qCWarning(lcStore) << "cannot open" << m_path << db.lastError().text();
        return db;
    }
    // WAL: a kill at any moment leaves the last committed transaction intact; NORMAL sync is
    // durable across an application crash (only an OS crash may lose the last commits).
    // Switching a fresh file to WAL needs a moment alone with it: another process opening the
    // same new profile may hold it, so ask again until it is WAL or the wait ran out.
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) && q.next()
            && q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0)
            break;
        if (waited.elapsed() > kBusyWaitMs) {
            qCWarning(lcStore) << "cannot switch" << m_path << "to WAL:" << q.lastError().text();
            break;
        }
        QThread::msleep(20);
    }
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    q.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    return db;
}

bool Database::open(QString *error)
{
    QSqlDatabase db = connection();
    if (!db.isOpen()) {
        if (error)
            *error = QStringLiteral("Cannot open the history database %1: %2").arg(m_path, db.lastError().text());
        return false;
    }
    return migrate(db, -1, error);
}

namespace {

bool isBusy(const QSqlError &error)
{
    // SQLITE_BUSY (5) and SQLITE_LOCKED (6), with or without their extended codes.
    const int code = error.nativeErrorCode().toInt() & 0xff;
    return code == 5 || code == 6 || error.text().contains(QLatin1String("locked"));
}

bool begin(QSqlDatabase &db, const QString &statement, QString *error)
{
    // SQLite's busy handler waits on the lock itself (QSQLITE_BUSY_TIMEOUT); the loop covers
    // the cases it returns at once (a lock held while the WAL is being recovered).
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        QSqlQuery q(db);
        if (q.exec(statement))
            return true;
        if (!isBusy(q.lastError()) || waited.elapsed() > kBusyWaitMs) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
        QThread::msleep(10);
    }
}

} // namespace

bool beginImmediate(QSqlDatabase &db, QString *error)
{
    return begin(db, QStringLiteral("BEGIN IMMEDIATE"), error);
}

bool beginExclusive(QSqlDatabase &db, QString *error)
{
    return begin(db, QStringLiteral("BEGIN EXCLUSIVE"), error);
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace rc
