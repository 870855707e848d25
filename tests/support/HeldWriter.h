#pragma once

#include "store/StoreWriter.h"

#include <QSemaphore>
#include <QString>

#include <memory>

namespace rc::test {

// Keeps a service's store writer busy until released (or the test ends), as a slow disk or
// another process holding the database would. It lets go by itself after a while, so that code
// that waits for the writer on the test's thread fails the test instead of hanging it.
class HeldWriter
{
public:
    explicit HeldWriter(StoreWriter &writer)
    {
        // Shared with the held write: it may still be waking up when this object is gone.
        writer.post(QStringLiteral("held by the test"), [gate = m_gate](QString *) {
            gate->held.release();
            (void)gate->release.tryAcquire(1, 15000);
            return true;
        }, nullptr, {});
        m_gate->held.acquire(); // the writer is inside the held write now
    }
    ~HeldWriter() { release(); }
    HeldWriter(const HeldWriter &) = delete;
    HeldWriter &operator=(const HeldWriter &) = delete;

    void release()
    {
        if (!m_released)
            m_gate->release.release();
        m_released = true;
    }

private:
    struct Gate
    {
        QSemaphore held, release;
    };
    std::shared_ptr<Gate> m_gate = std::make_shared<Gate>();
    bool m_released = false;
};

} // namespace rc::test
