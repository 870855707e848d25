#include "engine/FramePipeline.h"

#include "core/Logging.h"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

#include <time.h>

#if defined(Q_OS_LINUX) || defined(__linux__)
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace rc::engine {

namespace {
struct Slot
{
    media::YuvFrame frame;
    int readyIndex = -1; // the frame the slot holds, once drawn
};

// CPU time of the calling thread: what a frame costs to draw, however long a low-priority
// thread waited for a core meanwhile.
std::chrono::nanoseconds threadCpuTime()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return std::chrono::seconds(ts.tv_sec) + std::chrono::nanoseconds(ts.tv_nsec);
}

// Lowers the calling thread's priority (Linux: a per-thread nice value; raising it needs no
// privilege, and it cannot be lowered back without). Five steps leave a worker a third of a
// normal thread's share when both want a core, so the encoder's threads come first. Measured
// (bench_engine, 2 cores): 10 steps hid slightly more of the drawing on a quiet machine but made
// a clip 40% slower beside two busy processes; 5 steps cost nothing there.
void lowerThisThreadsPriority()
{
#if defined(__linux__)
    if (setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), 5) != 0)
        qCDebug(lcEngine) << "render thread keeps its priority";
#endif
}
} // namespace

PipelineResult FramePipeline::run(const std::atomic<bool> &cancel)
{
    const int threads = std::max(1, workers);
    const int depth = std::max({queueDepth, threads + 1, 1});
    std::vector<Slot> ring(static_cast<size_t>(depth));
    std::mutex mutex;
    std::condition_variable changed;
    int nextToClaim = 0;
    int consumed = 0;
    bool stop = false;
    // The cost of the last frame drawn: how long the consumer waits for a frame in progress
    // before it helps (twice that), so that it does not delay the encoder by drawing a frame
    // when the one it needs is about to be ready.
    std::chrono::nanoseconds lastFrameCost{std::chrono::milliseconds(2)};

    // Under the lock: the next frame to draw, or -1 when the ring has no free slot for it.
    auto claim = [&]() {
        if (stop || nextToClaim >= frameCount || nextToClaim >= consumed + depth)
            return -1;
        return nextToClaim++;
    };
    auto draw = [&](int threadId, int index) {
        // The slot is this thread's alone until it is marked ready: no lock while drawing.
        const auto started = threadCpuTime();
        render(threadId, index, &ring[size_t(index % depth)].frame);
        const auto cost = threadCpuTime() - started;
        {
            std::lock_guard lock(mutex);
            ring[size_t(index % depth)].readyIndex = index;
            lastFrameCost = cost;
        }
        changed.notify_all();
    };

    auto workerLoop = [&](int workerId) {
        if (backgroundWorkers)
            lowerThisThreadsPriority();
        for (;;) {
            int index;
            {
                std::unique_lock lock(mutex);
                changed.wait(lock, [&] { return stop || nextToClaim >= frameCount || nextToClaim < consumed + depth; });
                index = claim();
                if (index < 0)
                    return;
            }
            draw(workerId, index);
        }
    };

    std::vector<std::thread> pool;
    for (int w = 0; w < threads; ++w)
        pool.emplace_back(workerLoop, w);

    PipelineResult result = PipelineResult::Done;
    for (int i = 0; i < frameCount; ++i) {
        Slot &slot = ring[size_t(i % depth)];
        {
            std::unique_lock lock(mutex);
            // Frame i unclaimed means the workers are not getting a core: draw it now.
            // Otherwise wait for it a little, then help with the next unclaimed frame.
            // (At most 50 ms, which also bounds how late a cancel is seen.)
            const auto helpAfter = std::chrono::steady_clock::now()
                                   + std::min<std::chrono::nanoseconds>(2 * lastFrameCost, std::chrono::milliseconds(50));
            while (slot.readyIndex != i && !cancel.load()) {
                if (nextToClaim > i && std::chrono::steady_clock::now() < helpAfter) {
                    changed.wait_until(lock, helpAfter);
                    continue;
                }
                const int index = claim();
                if (index >= 0) {
                    lock.unlock();
                    draw(threads, index);
                    lock.lock();
                } else {
                    // Every slot is taken: wait, waking at least every 50 ms to honour a cancel.
                    changed.wait_for(lock, std::chrono::milliseconds(50));
                }
            }
        }
        if (cancel.load()) {
            result = PipelineResult::Cancelled;
            break;
        }
        if (!consume(i, slot.frame)) {
            result = PipelineResult::Failed;
            break;
        }
        {
            std::lock_guard lock(mutex);
            consumed = i + 1;
        }
        changed.notify_all();
    }
    {
        std::lock_guard lock(mutex);
        stop = true;
    }
    changed.notify_all();
    for (auto &t : pool)
        t.join();
    return result;
}

} // namespace rc::engine
