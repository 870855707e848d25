#include "engine/audio/SoundTrack.h"

#include "engine/audio/AudioMix.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstring>

namespace rc::engine {

namespace {
constexpr int kBlockFrames = 1024;
}

SoundTrack::SoundTrack(const ScenePlan &plan, const Timeline &timeline, int sampleRate, double ringSec)
    : m_total(int64_t(std::llround(timeline.durationSec * sampleRate))),
      m_ring(size_t(std::max<int64_t>(kBlockFrames * 2, int64_t(ringSec * sampleRate))) * 2)
{
    m_thread = std::thread([this, &plan, &timeline, sampleRate] { run(plan, timeline, sampleRate); });
}

SoundTrack::~SoundTrack()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void SoundTrack::run(const ScenePlan &plan, const Timeline &timeline, int sampleRate)
{
    MasteredAudio audio(plan, timeline, sampleRate); // the measuring pass happens here
    m_measuredLufs = audio.measuredLufs();
    const int64_t ringFrames = int64_t(m_ring.size() / 2);
    std::vector<float> block(size_t(kBlockFrames) * 2);
    for (int64_t done = 0; done < m_total;) {
        const int n = int(std::min<int64_t>(kBlockFrames, m_total - done));
        audio.render(block.data(), n);
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_stop || m_written + n - m_read <= ringFrames; });
        if (m_stop)
            return;
        for (int i = 0; i < n; ++i) {
            const size_t at = size_t((m_written + i) % ringFrames) * 2;
            m_ring[at] = block[size_t(i) * 2];
            m_ring[at + 1] = block[size_t(i) * 2 + 1];
        }
        m_written += n;
        done += n;
        lock.unlock();
        m_changed.notify_all();
    }
}

int SoundTrack::copyOut(float *stereo, int frames)
{
    const int64_t ringFrames = int64_t(m_ring.size() / 2);
    const int n = int(std::min<int64_t>(frames, m_written - m_read));
    for (int i = 0; i < n; ++i) {
        const size_t at = size_t((m_read + i) % ringFrames) * 2;
        stereo[2 * i] = m_ring[at];
        stereo[2 * i + 1] = m_ring[at + 1];
    }
    m_read += n;
    return n;
}

int SoundTrack::readAvailable(float *stereo, int frames)
{
    int n;
    {
        std::lock_guard lock(m_mutex);
        n = copyOut(stereo, frames);
    }
    if (n > 0)
        m_changed.notify_all();
    return n;
}

int SoundTrack::readBlocking(float *stereo, int frames, const std::atomic<bool> &cancel)
{
    int got = 0;
    while (got < frames && !cancel.load()) {
        std::unique_lock lock(m_mutex);
        if (m_read >= m_total)
            break;
        m_changed.wait_for(lock, std::chrono::milliseconds(50), [&] { return m_written > m_read; });
        got += copyOut(stereo + size_t(got) * 2, frames - got);
        lock.unlock();
        m_changed.notify_all();
    }
    return got;
}

} // namespace rc::engine
