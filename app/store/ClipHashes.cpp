#include "store/ClipHashes.h"

#include "core/Logging.h"
#include "store/Database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

namespace rc {

ClipHashes::ClipHashes(Database &db) : m_db(db) {}

QString ClipHashes::hashFile(const QString &path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        return QString();
    return QString::fromLatin1(hash.result().toHex());
}

bool ClipHashes::store(JobId id, const QString &hash)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE jobs SET content_hash = ? WHERE id = ?"));
    q.addBindValue(hash);
    q.addBindValue(id);
    if (q.exec())
        return true;
    qCWarning(lcStore) << "storing a content hash failed:" << q.lastError().text();
    return false;
}

JobId ClipHashes::find(const QString &hash, qint64 fileBytes)
{
    if (hash.isEmpty())
        return 0;
    QSqlQuery known(m_db.connection());
    known.prepare(QStringLiteral("SELECT id FROM jobs WHERE content_hash = ? AND deleted_at IS NULL "
                                 "AND state = 'completed' ORDER BY id LIMIT 1"));
    known.addBindValue(hash);
    if (known.exec() && known.next())
        return known.value(0).toLongLong();

    // Clips never hashed: only those of the same size can match, so only those are read.
    QSqlQuery unknown(m_db.connection());
    unknown.prepare(QStringLiteral("SELECT id, video_path FROM jobs WHERE content_hash IS NULL AND file_bytes = ? "
                                   "AND deleted_at IS NULL AND state = 'completed' ORDER BY id"));
    unknown.addBindValue(fileBytes);
    QList<QPair<JobId, QString>> candidates;
    if (unknown.exec())
        while (unknown.next())
            candidates.append({unknown.value(0).toLongLong(), unknown.value(1).toString()});
    JobId match = 0;
    for (const auto &[id, path] : std::as_const(candidates)) {
        const QString theirs = hashFile(path);
        if (theirs.isEmpty())
            continue; // a lost file stays unhashed: it may come back
        store(id, theirs);
        if (match == 0 && theirs == hash)
            match = id;
    }
    return match;
}

} // namespace rc
