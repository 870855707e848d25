#pragma once

#include "core/Job.h"

#include <QMutex>
#include <QString>
#include <deque>

namespace rc {

class JobRepository;
class StoreWriter;

// Job ids reserved ahead in the store, so that submit() can name a new job at once, from memory,
// and leave its insert to the writer. The writer reserves a block at a time (one short write:
// JobRepository::reserveIds), which no other process on the profile can take, and a new block
// is asked for while half of the current one is left, so the thread that submits rarely waits.
// At exit, give back what is unused, so the numbering has no hole after a short command.
// take() runs on the service's thread; blocks arrive on the writer's: a mutex guards the pool.
class JobIdPool
{
public:
    JobIdPool(StoreWriter &writer, JobRepository &jobs, int blockSize = 8);
    // Waits for the writer: a block on its way, or a give-back, still fills or reads this pool.
    ~JobIdPool();
    JobIdPool(const JobIdPool &) = delete;
    JobIdPool &operator=(const JobIdPool &) = delete;

    // Asks the writer for a block when few ids are left and none is on its way; returns at once.
    void topUp();
    // The next id: from memory when one is reserved; otherwise waits for the writer to reserve
    // (the first submit right after start-up, or a burst larger than a block). 0 and *error
    // (SQLite's words) when the store refused to reserve.
    JobId take(QString *error);
    // Hands the unused tail of the last block back to the writer (see JobRepository::giveBackIds).
    void giveBack();

private:
    struct Block
    {
        JobId next = 0;
        JobId last = 0;
    };
    void received(JobId first, int count);

    StoreWriter &m_writer;
    JobRepository &m_jobs;
    const int m_blockSize;
    QMutex m_mutex;
    std::deque<Block> m_blocks;  // in the order reserved
    bool m_reserving = false;    // a block is on its way
    JobId m_reservedUpTo = 0;    // the end of the last block
    JobId m_lastTaken = 0;
};

} // namespace rc
