#pragma once

#include <QSqlDatabase>
#include <QString>

namespace rc {

// The SQLite file behind history and spend. Each thread that touches it gets its own connection
// (QtSql connections must not cross threads); all share the file in WAL mode, so readers never
// block the writer. Opening applies the numbered migrations (Migrations.cpp) in one transaction.
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
    int schemaVersion() const;

private:
    QString connectionName() const;
    QString m_path;
    QString m_baseName;
};

// Applies migrations 1..N that the database does not have yet. `targetVersion` < 0 means all;
// tests stop at an older version to check that later migrations carry data forward.
bool migrate(QSqlDatabase &db, int targetVersion, QString *error);
int latestSchemaVersion();

} // namespace rc
