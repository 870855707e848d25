#pragma once

#include "engine/plan/ScenePlan.h"
#include "engine/timeline/Timeline.h"

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <thread>
#include <vector>

namespace rc::engine {

// The clip's mastered sound, made on its own thread while the frames render, and handed to the
// encoder's thread in order. Mastering needs the whole mix's loudness before the first sample
// leaves, so the thread measures a first pass, then renders the second into a bounded ring
// (`ringSec` of sound): the encoder never waits on synthesis once the ring is primed, and memory
// stays the ring's size whatever the clip's length. Same samples as MasteredAudio, by construction.
class SoundTrack
{
public:
    SoundTrack(const ScenePlan &plan, const Timeline &timeline, int sampleRate, double ringSec = 1.0);
    ~SoundTrack(); // stops and joins the thread
    SoundTrack(const SoundTrack &) = delete;
    SoundTrack &operator=(const SoundTrack &) = delete;

    int64_t totalFrames() const { return m_total; }
    // Copies up to `frames` stereo frames that are ready without waiting; returns how many.
    int readAvailable(float *stereo, int frames);
    // Copies exactly `frames` (fewer only at the end of the clip or on cancel), waiting for them;
    // wakes every 50 ms to honour `cancel`.
    int readBlocking(float *stereo, int frames, const std::atomic<bool> &cancel);
    double measuredLufs() const { return m_measuredLufs.load(); }

private:
    void run(const ScenePlan &plan, const Timeline &timeline, int sampleRate);
    int copyOut(float *stereo, int frames); // caller holds m_mutex

    const int64_t m_total;
    std::vector<float> m_ring; // stereo interleaved
    int64_t m_written = 0;     // frames produced so far (guarded)
    int64_t m_read = 0;        // frames consumed so far (guarded)
    bool m_stop = false;
    std::atomic<double> m_measuredLufs{-120};
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::thread m_thread;
};

} // namespace rc::engine
