#include "store/StoreReader.h"

#include "store/Database.h"

namespace rc {

StoreReader::StoreReader(Database &db)
    : m_db(db)
{
    m_thread.setMaxThreadCount(1);
    m_thread.setExpiryTimeout(-1);
}

StoreReader::~StoreReader()
{
    // Queued behind every read asked for: they finish first. The connection belongs to the
    // reader's thread, so it is closed there, before the thread goes.
    if (m_used)
        read([db = &m_db] { db->releaseThisThreadsConnection(); }).waitForFinished();
    m_thread.waitForDone();
}

} // namespace rc
