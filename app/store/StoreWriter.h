#pragma once

#include <QMutex>
#include <QString>
#include <QWaitCondition>
#include <deque>
#include <functional>
#include <memory>

class QObject;
class QThread;

namespace rc {

class Database;

// The one thread that writes the store for the generation service, with its own connection, so
// a job's transitions never wait for the disk (or for another process's lock) on the UI thread.
// Writes run in the order they were handed over, each in one WriteTransaction: a write that
// touches the jobs and the ledger (a job and its estimate, its final cost or release) commits
// both or neither. The caller learns every result: post() delivers it on the caller's thread,
// call() waits for it where the next step needs it (a block of job ids, resume's report). A
// failed write is also logged here, so it is never silent, even when nobody is left to hear the
// result (at exit). Destroying the writer drains it.
class StoreWriter
{
public:
    struct Result
    {
        bool ok = false;
        QString error; // when !ok: the write's own message, else SQLite's ("database or disk is full")
    };
    // Runs on the writer thread inside the transaction; false (with *error when known) rolls it
    // back. JobRepository and Ledger calls made here use the writer's connection and join the
    // transaction.
    using Write = std::function<bool(QString *error)>;
    using Done = std::function<void(const Result &)>;

    explicit StoreWriter(Database &db);
    ~StoreWriter();
    StoreWriter(const StoreWriter &) = delete;
    StoreWriter &operator=(const StoreWriter &) = delete;

    // Queues `write`; `done` runs on `context`'s thread after it committed or failed. `context`
    // must outlive the writer or drain() (its owner destroys the writer first); a result still
    // queued for it when it goes is dropped with its events. With no context, `done` runs on the
    // writer thread right after the commit, before a later drain() or call() returns (it must
    // touch only thread-safe state). `what` names the write in a failure's log line.
    void post(const QString &what, Write write, QObject *context, Done done);
    // Queues `write` behind everything posted before and waits for its result.
    [[nodiscard]] Result call(const QString &what, Write write);
    // Waits until every write handed over so far has committed or failed.
    void drain();
    // How many writes handed over have not committed or failed yet (the one running included):
    // how far behind the disk is, for a status line or a test that holds the writer.
    int backlog();

private:
    struct Task
    {
        QString what;
        Write write;
        QObject *context = nullptr;
        Done done;
        std::shared_ptr<Result> waitedFor; // call(): the result goes here, then m_done wakes it
    };
    void run();
    Result execute(Task &task);
    quint64 enqueue(Task task);
    void waitFor(quint64 ticket);

    Database &m_db;
    QMutex m_mutex;
    QWaitCondition m_wake;  // a task arrived, or stop
    QWaitCondition m_done;  // a task finished
    std::deque<Task> m_tasks;
    quint64 m_queued = 0;   // tickets handed out
    quint64 m_finished = 0; // tickets done, in order
    bool m_stop = false;
    QThread *m_thread = nullptr;
};

} // namespace rc
