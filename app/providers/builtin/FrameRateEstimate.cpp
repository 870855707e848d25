#include "providers/builtin/FrameRateEstimate.h"

namespace rc {

int FrameRateEstimate::secondsLeft(int framesDone, int framesTotal, qint64 elapsedMs)
{
    // A count that went back (a second pass) starts the measurement over.
    const bool restarted = framesDone < m_lastDone;
    m_lastDone = framesDone;
    if (m_firstDone < 0 || restarted) {
        m_firstDone = framesDone;
        m_firstMs = elapsedMs;
        return -1;
    }
    const int timedFrames = framesDone - m_firstDone;
    if (timedFrames < kMinTimedFrames || framesDone >= framesTotal)
        return -1;
    const double perFrameMs = double(elapsedMs - m_firstMs) / timedFrames;
    return int((framesTotal - framesDone) * perFrameMs / 1000.0 + 0.5);
}

} // namespace rc
