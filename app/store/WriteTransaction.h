#pragma once

#include <QSqlDatabase>
#include <QString>

namespace rc {

class Database;

// A write transaction that takes SQLite's write lock up front (BEGIN IMMEDIATE) and waits for it
// while another process or connection holds it, instead of failing with "database is locked"
// half-way through (a deferred BEGIN that has read and then wants to write cannot wait).
// Nested ones on the same thread and database join the outermost, so a job and its ledger line
// can be written by two classes and still commit together. Rolls back unless commit() succeeded.
class WriteTransaction
{
public:
    explicit WriteTransaction(Database &db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    // False when the lock could not be had within Database::kBusyWaitMs (error() says why).
    bool isOpen() const { return m_open; }
    QSqlDatabase &connection() { return m_connection; }
    // The outermost commit writes; an inner one only hands over. False (and everything rolled
    // back at the outermost level) when this or any nested part failed.
    [[nodiscard]] bool commit();
    // Marks the whole transaction as failed; the outermost level rolls back.
    void fail();
    QString error() const { return m_error; }

private:
    QSqlDatabase m_connection;
    QString m_key;
    QString m_error;
    bool m_open = false;
    bool m_done = false;
    bool m_outermost = false;
};

} // namespace rc
