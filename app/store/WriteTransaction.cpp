#include "store/WriteTransaction.h"

#include "core/Logging.h"
#include "store/Database.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace rc {
namespace {

struct Level
{
    int depth = 0;
    bool failed = false;
};

// Per thread, because each thread has its own connection (Database::connection()).
thread_local QHash<QString, Level> t_levels;

} // namespace

WriteTransaction::WriteTransaction(Database &db)
    : m_connection(db.connection()), m_key(m_connection.connectionName())
{
    Level &level = t_levels[m_key];
    if (level.depth > 0) {
        ++level.depth;
        m_open = true;
        return;
    }
    m_outermost = true;
    if (!beginImmediate(m_connection, &m_error)) {
        t_levels.remove(m_key);
        qCWarning(lcStore) << "cannot start a write:" << m_error;
        return;
    }
    level.depth = 1;
    level.failed = false;
    m_open = true;
}

WriteTransaction::~WriteTransaction()
{
    if (m_open && !m_done) {
        fail();
        (void)commit(); // unwinds this level; the outermost rolls back
    }
}

void WriteTransaction::fail()
{
    auto it = t_levels.find(m_key);
    if (it != t_levels.end())
        it->failed = true;
}

bool WriteTransaction::commit()
{
    if (!m_open || m_done)
        return false;
    m_done = true;
    auto it = t_levels.find(m_key);
    if (it == t_levels.end())
        return false;
    if (!m_outermost) {
        --it->depth;
        return !it->failed;
    }
    const bool failed = it->failed;
    t_levels.erase(it);
    QSqlQuery q(m_connection);
    if (failed) {
        q.exec(QStringLiteral("ROLLBACK"));
        m_error = QStringLiteral("a part of the write failed");
        return false;
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        m_error = q.lastError().text();
        qCWarning(lcStore) << "commit failed:" << m_error;
        QSqlQuery(m_connection).exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    return true;
}

} // namespace rc
