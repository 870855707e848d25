#include "store/Database.h"

#include "core/Logging.h"

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
    // Only this thread's connection can be closed here; others close with their threads' end.
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
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        qCWarning(lcStore) << "cannot open" << m_path << db.lastError().text();
        return db;
    }
    QSqlQuery q(db);
    // WAL: a kill at any moment leaves the last committed transaction intact; NORMAL sync is
    // durable across an application crash (only an OS crash may lose the last commits).
    q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
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

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace rc
