#pragma once

#include "media/YuvFrame.h"

#include <atomic>
#include <functional>

namespace rc::engine {

enum class PipelineResult { Done, Cancelled, Failed };

// Renders frames on a pool of worker threads into a bounded ring of slots and hands them to the
// calling thread strictly in order. Frames must be pure functions of their index, so which
// thread drew a frame, and when, never shows. Memory: `queueDepth` frames, whatever the clip's
// length.
//
// The consumer (the encoder's feeder) is the critical path, so the workers can run at a lower
// priority (`backgroundWorkers`): they draw ahead in the moments the encoder's own threads leave
// a core idle instead of taking the core from them. Whenever the consumer would wait for a frame
// it draws the next unclaimed one itself at normal priority, so a machine busy with other work
// slows the clip down but never starves it.
struct FramePipeline
{
    int frameCount = 0;
    int workers = 2;
    int queueDepth = 4; // >= workers + 1, so that a worker always has a slot while the consumer waits
    bool backgroundWorkers = false;
    // Draws frame `frameIndex` into `out`. `threadId` is 0..workers-1 for the workers and
    // `workers` for the consumer's own thread, so per-thread scratch can be indexed by it.
    std::function<void(int threadId, int frameIndex, media::YuvFrame *out)> render;
    // Called on the calling thread in frame order; false stops the pipeline as Failed.
    std::function<bool(int frameIndex, const media::YuvFrame &frame)> consume;

    PipelineResult run(const std::atomic<bool> &cancel);
};

} // namespace rc::engine
