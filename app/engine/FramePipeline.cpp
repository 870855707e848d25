#include "engine/FramePipeline.h"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

namespace rc::engine {

namespace {
struct Slot
{
    media::YuvFrame frame;
    bool ready = false;
};
} // namespace

PipelineResult FramePipeline::run(const std::atomic<bool> &cancel)
{
    const int depth = std::max({queueDepth, workers, 1});
    std::vector<Slot> ring(static_cast<size_t>(depth));
    std::mutex mutex;
    std::condition_variable changed;
    int nextToClaim = 0;
    int consumed = 0;
    bool stop = false;

    auto workerLoop = [&](int workerId) {
        for (;;) {
            int index;
            {
                std::unique_lock lock(mutex);
                changed.wait(lock, [&] {
                    return stop || nextToClaim >= frameCount || nextToClaim < consumed + depth;
                });
                if (stop || nextToClaim >= frameCount)
                    return;
                index = nextToClaim++;
            }
            // The slot is this worker's alone until it is marked ready: no lock while drawing.
            render(workerId, index, &ring[size_t(index % depth)].frame);
            {
                std::lock_guard lock(mutex);
                ring[size_t(index % depth)].ready = true;
            }
            changed.notify_all();
        }
    };

    std::vector<std::thread> pool;
    for (int w = 0; w < std::max(1, workers); ++w)
        pool.emplace_back(workerLoop, w);

    PipelineResult result = PipelineResult::Done;
    for (int i = 0; i < frameCount; ++i) {
        Slot &slot = ring[size_t(i % depth)];
        {
            std::unique_lock lock(mutex);
            // Wakes at least every 50 ms to honour a cancel while a slow frame is drawn.
            while (!slot.ready && !cancel.load())
                changed.wait_for(lock, std::chrono::milliseconds(50));
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
            slot.ready = false;
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
