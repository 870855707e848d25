#pragma once

#include <QFuture>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <functional>

namespace rc {

class Database;

// One thread that reads the store for the studio's questions (what a selection holds, what a
// deletion would remove, the projects, whether records and files agree), with its own
// connection, so a slow disk or another process holding the database never freezes the window.
// Reads run in the order they were asked; each returns a QFuture the caller continues on its own
// thread (`.then(context, ...)`), and the caller drops an answer that no longer fits what it
// shows. Destroying the reader waits for the reads under way and closes its connection.
class StoreReader
{
public:
    explicit StoreReader(Database &db);
    ~StoreReader();
    StoreReader(const StoreReader &) = delete;
    StoreReader &operator=(const StoreReader &) = delete;

    // Runs `read` on the reader thread after the reads already asked for. JobRepository and
    // Ledger calls made there use the reader's connection.
    template<typename Read> auto read(Read read) -> QFuture<decltype(read())>
    {
        m_used = true;
        return QtConcurrent::run(&m_thread, std::move(read));
    }

private:
    Database &m_db;
    bool m_used = false; // a reader never asked (the command line) starts no thread
    QThreadPool m_thread; // one thread, kept alive: its connection is opened once
};

} // namespace rc
