#include "service/JobIdPool.h"

#include "store/JobRepository.h"
#include "store/StoreWriter.h"

#include <QMutexLocker>

#include <algorithm>
#include <memory>

namespace rc {

JobIdPool::JobIdPool(StoreWriter &writer, JobRepository &jobs, int blockSize)
    : m_writer(writer), m_jobs(jobs), m_blockSize(std::max(1, blockSize))
{
}

JobIdPool::~JobIdPool()
{
    m_writer.drain();
}

void JobIdPool::received(JobId first, int count)
{
    QMutexLocker lock(&m_mutex);
    m_blocks.push_back(Block{first, first + count - 1});
    m_reservedUpTo = std::max(m_reservedUpTo, first + count - 1);
}

void JobIdPool::topUp()
{
    {
        QMutexLocker lock(&m_mutex);
        qint64 left = 0;
        for (const Block &b : m_blocks)
            left += b.last - b.next + 1;
        if (m_reserving || left * 2 > m_blockSize)
            return;
        m_reserving = true;
    }
    auto first = std::make_shared<JobId>(0);
    m_writer.post(QStringLiteral("job ids reserved ahead"),
                  [this, first](QString *error) { return m_jobs.reserveIds(m_blockSize, first.get(), error); },
                  nullptr, [this, first](const StoreWriter::Result &result) {
                      // On the writer thread, right after the commit (see StoreWriter::post).
                      if (result.ok)
                          received(*first, m_blockSize);
                      QMutexLocker lock(&m_mutex);
                      m_reserving = false;
                  });
}

JobId JobIdPool::take(QString *error)
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        {
            QMutexLocker lock(&m_mutex);
            while (!m_blocks.empty()) {
                Block &b = m_blocks.front();
                if (b.next > b.last) {
                    m_blocks.pop_front();
                    continue;
                }
                m_lastTaken = b.next++;
                const JobId id = m_lastTaken;
                lock.unlock();
                topUp();
                return id;
            }
            if (!m_reserving)
                break;
        }
        // A block is on its way: it is in the pool once everything handed over before is done.
        m_writer.drain();
    }
    JobId first = 0;
    const StoreWriter::Result result = m_writer.call(QStringLiteral("job ids"), [&](QString *e) {
        return m_jobs.reserveIds(m_blockSize, &first, e);
    });
    if (!result.ok) {
        if (error)
            *error = result.error;
        return 0;
    }
    received(first, m_blockSize);
    return take(error);
}

void JobIdPool::giveBack()
{
    // Read on the writer thread, behind a block that may still be on its way.
    m_writer.post(QStringLiteral("unused job ids given back"),
                  [this](QString *) {
                      JobId upTo = 0, lastUsed = 0;
                      {
                          QMutexLocker lock(&m_mutex);
                          upTo = m_reservedUpTo;
                          lastUsed = m_lastTaken;
                          m_blocks.clear();
                      }
                      return upTo == 0 || m_jobs.giveBackIds(upTo, lastUsed);
                  },
                  nullptr, {});
}

} // namespace rc
