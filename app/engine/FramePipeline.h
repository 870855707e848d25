#pragma once

#include "media/YuvFrame.h"

#include <atomic>
#include <functional>

namespace rc::engine {

enum class PipelineResult { Done, Cancelled, Failed };

// Renders frames on a pool of worker threads into a bounded ring of slots and hands them to the
// calling thread strictly in order. Frames must be pure functions of their index, so the order in
// which workers finish never shows. Memory: `queueDepth` frames, whatever the clip's length.
struct FramePipeline
{
    int frameCount = 0;
    int workers = 2;
    int queueDepth = 4; // >= workers, so that no worker idles while the encoder catches up
    // Called on worker `workerId` (0..workers-1): fill `out` with frame `frameIndex`.
    std::function<void(int workerId, int frameIndex, media::YuvFrame *out)> render;
    // Called on the calling thread in frame order; false stops the pipeline as Failed.
    std::function<bool(int frameIndex, const media::YuvFrame &frame)> consume;

    PipelineResult run(const std::atomic<bool> &cancel);
};

} // namespace rc::engine
