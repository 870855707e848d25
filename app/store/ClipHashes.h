#pragma once

#include "core/Job.h"

#include <QString>

namespace rc {

class Database;

// Content hashes of the clips' videos (SHA-256, hex), to tell that a file about to come in is
// already in the gallery. A hash is stored when a clip is imported; a clip without one (generated,
// or from before hashes were kept) is hashed the first time a file of its exact byte size is
// checked, and the hash kept. Hashing every video up front would stall the first start on a large
// library for nothing: files of equal size are rare, so almost no video is ever read.
class ClipHashes
{
public:
    explicit ClipHashes(Database &db);

    // The file's content hash, or empty when it cannot be read.
    static QString hashFile(const QString &path);
    bool store(JobId id, const QString &hash);
    // A clip in the gallery (not deleted) whose video has this content, or 0.
    JobId find(const QString &hash, qint64 fileBytes);

private:
    Database &m_db;
};

} // namespace rc
