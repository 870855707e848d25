#pragma once

#include <QPointF>
#include <QString>

#include <atomic>
#include <functional>

namespace rc::engine {

enum class Tier { Draft, Pro };

// One clip for the built-in engine to make. Plain values, so it crosses the process boundary
// to the worker as JSON (see EngineJobJson.h).
struct EngineJob
{
    QString prompt;
    QString imagePath;   // optional first frame
    // What the photo's crop keeps central, 0..1 of the photo in each axis (a face, a product).
    QPointF focalPoint{0.5, 0.5};
    int durationSec = 4;
    int width = 1280;
    int height = 720;
    int fps = 24;
    Tier tier = Tier::Draft;
    quint64 seed = 1;
    bool withAudio = true;
    QString outputPath;    // final MP4; written as outputPath + ".part" and renamed on success
    QString thumbnailPath; // JPEG written beside it
};

struct EngineProgress
{
    int framesDone = 0;
    int framesTotal = 0;
};

enum class EngineStatus { Ok, InvalidInput, Cancelled, DiskError, InternalError };

struct EngineOutcome
{
    EngineStatus status = EngineStatus::Ok;
    QString message; // for the user, when status != Ok
};

// Checks the job before any work: sizes, durations, the photo (exists, decodes, at most 16k a
// side), an empty prompt with no photo. Cheap; renderClip calls it too.
EngineOutcome validateJob(const EngineJob &job);

// Makes the clip. Blocks; calls `progress` from the calling thread, throttled; checks `cancel`
// often enough to stop within half a second. On any outcome but Ok no partial file is left.
EngineOutcome renderClip(const EngineJob &job,
                         const std::function<void(const EngineProgress &)> &progress,
                         const std::atomic<bool> &cancel);

// The version written into each clip's metadata; bump it when the same seed would give other pixels.
QString engineVersion();

} // namespace rc::engine
