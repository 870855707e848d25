#pragma once

#include <QtGlobal>

namespace rc {

// Time left for a render that reports frames done, from the speed measured between reports.
// The clock starts when the worker is launched, but its start-up (loading the engine, the photo,
// the vocabulary) is no frame work: dividing the whole elapsed time by frames done made a short
// clip start at "4 min left" and finish in seconds. So the first report only marks the start, and
// the estimate is unknown (-1) until enough frames were timed after it.
class FrameRateEstimate
{
public:
    // Seconds left after `framesDone` of `framesTotal` at `elapsedMs` since launch; -1 while the
    // speed is not known yet.
    int secondsLeft(int framesDone, int framesTotal, qint64 elapsedMs);

    // Frames that must be timed before an estimate is given: one frame's time is too noisy.
    static constexpr int kMinTimedFrames = 3;

private:
    int m_firstDone = -1; // frames done at the first report, when the timing starts
    int m_lastDone = -1;
    qint64 m_firstMs = 0;
};

} // namespace rc
