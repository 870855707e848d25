#pragma once

#include <QSqlDatabase>
#include <QString>

namespace rc {

// The SQLite file behind history and spend. Each thread that touches it gets its own connection
// (QtSql connections must not cross threads); all share the file in WAL mode, so readers never
// block the writer. Writers take the lock up front (WriteTransaction) and wait for one another,
// also across processes (the studio and a command on one profile). Opening applies the numbered
// migrations (Migrations.cpp) under one exclusive lock, so two processes opening a fresh profile
// at once cannot both migrate it.
class Database
{
public:
    explicit Database(QString path);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating when needed) and migrates. False with a message a user can act on.
    bool open(QString *error);
    QString path() const { return m_path; }
    // This thread's connection, opened on first use.
    QSqlDatabase connection() const;
    // Closes this thread's connection, if any: a worker thread that read the store calls it
    // before it ends, so no open handle outlives its thread.
    void releaseThisThreadsConnection() const;
    int schemaVersion() const;

private:
    QString connectionName() const;
    QString m_path;
    QString m_baseName;
};

// How long a writer waits for another connection or process to finish its write before giving
// up. Transactions are short (one job transition), so only a stuck process comes near this.
constexpr int kBusyWaitMs = 60000;

// BEGIN IMMEDIATE (the write lock now) or BEGIN EXCLUSIVE on `db`, waiting up to kBusyWaitMs for
// a busy database. False with SQLite's message when the wait ran out or the disk refused.
[[nodiscard]] bool beginImmediate(QSqlDatabase &db, QString *error);
[[nodiscard]] bool beginExclusive(QSqlDatabase &db, QString *error);

// Applies migrations 1..N that the database does not have yet. `targetVersion` < 0 means all;
// tests stop at an older version to check that later migrations carry data forward.
bool migrate(QSqlDatabase &db, int targetVersion, QString *error);
int latestSchemaVersion();

} // namespace rc
