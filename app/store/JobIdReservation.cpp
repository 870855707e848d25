// Job ids taken ahead of their inserts (JobIdPool asks for them on the writer's thread): a
// reservation moves the table's AUTOINCREMENT counter, so no other process or import can take them.
#include "store/JobRepository.h"

#include "core/Logging.h"
#include "store/Database.h"
#include "store/StoreError.h"
#include "store/WriteTransaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace rc {

bool JobRepository::reserveIds(int count, JobId *first, QString *error)
{
    WriteTransaction tx(m_db);
    if (!tx.isOpen()) {
        if (error)
            *error = tx.error();
        return false;
    }
    // AUTOINCREMENT never hands out a rowid at or below sqlite_sequence's figure, so moving it
    // on by `count` keeps those ids for this caller alone, whoever inserts next (another process,
    // an import on this one). The row is missing until the table's first insert.
    QSqlQuery q(tx.connection());
    bool ok = q.exec(QStringLiteral("INSERT INTO sqlite_sequence (name, seq) SELECT 'jobs', 0 "
                                    "WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'jobs')"));
    if (ok) {
        q.prepare(QStringLiteral("UPDATE sqlite_sequence SET seq = max(seq, (SELECT ifnull(max(id), 0) FROM jobs)) + ? "
                                 "WHERE name = 'jobs'"));
        q.addBindValue(count);
        ok = q.exec();
    }
    if (ok)
        ok = q.exec(QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'jobs'")) && q.next();
    if (!ok) {
        if (error)
            *error = q.lastError().text();
        noteStoreError(q.lastError().text());
        tx.fail();
        (void)tx.commit();
        return false;
    }
    const JobId last = q.value(0).toLongLong();
    q.finish();
    if (!tx.commit()) {
        if (error)
            *error = tx.error();
        return false;
    }
    *first = last - count + 1;
    return true;
}

bool JobRepository::giveBackIds(JobId reservedUpTo, JobId lastUsed)
{
    // Only while nobody reserved or inserted after this caller: the ids then come back for the
    // next run, so a command that made one job does not leave a hole in the numbering.
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE sqlite_sequence SET seq = max(?, (SELECT ifnull(max(id), 0) FROM jobs)) "
                             "WHERE name = 'jobs' AND seq = ?"));
    q.addBindValue(lastUsed);
    q.addBindValue(reservedUpTo);
    if (q.exec())
        return true;
    qCWarning(lcStore) << "give back job ids failed:" << q.lastError().text();
    noteStoreError(q.lastError().text());
    return false;
}

} // namespace rc
