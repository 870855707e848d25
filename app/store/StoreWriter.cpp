#include "store/StoreWriter.h"

#include "core/Logging.h"
#include "store/Database.h"
#include "store/StoreError.h"
#include "store/WriteTransaction.h"

#include <QMetaObject>
#include <QMutexLocker>
#include <QObject>
#include <QThread>

namespace rc {

StoreWriter::StoreWriter(Database &db) : m_db(db)
{
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("store writer"));
    m_thread->start();
}

StoreWriter::~StoreWriter()
{
    {
        QMutexLocker lock(&m_mutex);
        m_stop = true; // run() empties the queue before it returns
        m_wake.wakeAll();
    }
    m_thread->wait();
    delete m_thread;
}

quint64 StoreWriter::enqueue(Task task)
{
    QMutexLocker lock(&m_mutex);
    m_tasks.push_back(std::move(task));
    m_wake.wakeAll();
    return ++m_queued;
}

void StoreWriter::waitFor(quint64 ticket)
{
    QMutexLocker lock(&m_mutex);
    while (m_finished < ticket)
        m_done.wait(&m_mutex);
}

void StoreWriter::post(const QString &what, Write write, QObject *context, Done done)
{
    enqueue(Task{what, std::move(write), context, std::move(done), nullptr});
}

StoreWriter::Result StoreWriter::call(const QString &what, Write write)
{
    auto result = std::make_shared<Result>();
    waitFor(enqueue(Task{what, std::move(write), nullptr, Done(), result}));
    return *result;
}

void StoreWriter::drain()
{
    quint64 ticket = 0;
    {
        QMutexLocker lock(&m_mutex);
        ticket = m_queued;
    }
    waitFor(ticket);
}

int StoreWriter::backlog()
{
    QMutexLocker lock(&m_mutex);
    return int(m_queued - m_finished);
}

void StoreWriter::run()
{
    // Open the connection now (WAL set-up, pragmas), not in the first write a caller may wait on.
    m_db.connection();
    for (;;) {
        Task task;
        {
            QMutexLocker lock(&m_mutex);
            while (m_tasks.empty() && !m_stop)
                m_wake.wait(&m_mutex);
            if (m_tasks.empty())
                break; // stopping, and nothing is left to write
            task = std::move(m_tasks.front());
            m_tasks.pop_front();
        }
        const Result result = execute(task);
        if (!result.ok)
            qCCritical(lcStore).noquote() << QStringLiteral("could not write %1: %2").arg(task.what, result.error);
        if (task.waitedFor)
            *task.waitedFor = result;
        if (task.context && task.done)
            QMetaObject::invokeMethod(task.context, [done = std::move(task.done), result] { done(result); },
                                      Qt::QueuedConnection);
        else if (task.done)
            task.done(result); // no context: here, before drain() or call() can return
        QMutexLocker lock(&m_mutex);
        ++m_finished;
        m_done.wakeAll();
    }
    // The connection belongs to this thread: close it here, before the thread ends.
    m_db.releaseThisThreadsConnection();
}

StoreWriter::Result StoreWriter::execute(Task &task)
{
    (void)takeStoreError(); // a note left by an earlier write must not name this one's failure
    WriteTransaction tx(m_db);
    if (!tx.isOpen())
        return {false, tx.error()};
    QString error;
    if (!task.write(&error)) {
        tx.fail();
        // The write said only that it failed: SQLite's own words, when a statement left them.
        if (error.isEmpty())
            error = takeStoreError();
    }
    if (!tx.commit())
        return {false, error.isEmpty() ? tx.error() : error};
    return {true, QString()};
}

} // namespace rc
