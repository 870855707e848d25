#include "engine/Engine.h"

#include "core/Logging.h"
#include "engine/FramePipeline.h"
#include "engine/audio/SoundTrack.h"
#include "engine/plan/Planner.h"
#include "engine/render/Compositor.h"
#include "engine/timeline/Timeline.h"
#include "media/ImageFit.h"
#include "media/Mp4Writer.h"
#include "media/Thumbnailer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <cmath>
#include <vector>

namespace rc::engine {

namespace {
constexpr int kSampleRate = 48000;
constexpr int kMinSidePx = 32;
constexpr int kMaxSidePx = 4096;
constexpr int kMaxDurationSec = 120;

EngineOutcome invalid(const QString &message) { return {EngineStatus::InvalidInput, message}; }
} // namespace

QString engineVersion() { return QStringLiteral("reelcraft-procedural 1.4"); }

EngineOutcome validateJob(const EngineJob &job)
{
    if (job.prompt.trimmed().isEmpty() && job.imagePath.isEmpty())
        return invalid(QObject::tr("Write a prompt or choose a photo to animate."));
    if (job.width < kMinSidePx || job.height < kMinSidePx || job.width > kMaxSidePx
        || job.height > kMaxSidePx)
        return invalid(QObject::tr("The size %1x%2 is outside %3..%4 pixels a side.")
                           .arg(job.width).arg(job.height).arg(kMinSidePx).arg(kMaxSidePx));
    if (job.width % 2 || job.height % 2)
        return invalid(QObject::tr("The size %1x%2 must have even sides (H.264 4:2:0).")
                           .arg(job.width).arg(job.height));
    if (job.durationSec < 1 || job.durationSec > kMaxDurationSec)
        return invalid(QObject::tr("The duration must be 1 to %1 seconds.").arg(kMaxDurationSec));
    if (job.fps < 1 || job.fps > 60)
        return invalid(QObject::tr("The frame rate must be 1 to 60 frames a second."));
    if (job.outputPath.isEmpty())
        return invalid(QObject::tr("No output file was given."));
    if (!job.imagePath.isEmpty()) {
        QString error;
        if (!media::checkImage(job.imagePath, &error))
            return invalid(error);
    }
    return {};
}

EngineOutcome renderClip(const EngineJob &job,
                         const std::function<void(const EngineProgress &)> &progress,
                         const std::atomic<bool> &cancel)
{
    EngineOutcome check = validateJob(job);
    if (check.status != EngineStatus::Ok)
        return check;
    const int frameCount = job.durationSec * job.fps;
    const QString partPath = job.outputPath + QStringLiteral(".part");
    QDir().mkpath(QFileInfo(job.outputPath).absolutePath());

    media::VideoSettings video;
    video.width = job.width;
    video.height = job.height;
    video.fps = job.fps;
    if (job.tier == Tier::Pro) {
        video.preset = QStringLiteral("medium");
        video.crf = 20;
    }
    media::AudioSettings audio;
    audio.enabled = job.withAudio;
    const QList<QPair<QString, QString>> tags = {
        {QStringLiteral("prompt"), job.prompt},
        {QStringLiteral("seed"), QString::number(job.seed)},
        {QStringLiteral("engine"), engineVersion()},
    };
    QString error;
    QImage photo;
    if (!job.imagePath.isEmpty()) {
        // Decoded at most ~2x the frame's long side: enough for a push-in, and a 16k photo
        // does not hold a gigabyte for the whole render.
        const auto loaded = media::loadImage(job.imagePath, &error, 2 * std::max(job.width, job.height));
        if (!loaded)
            return invalid(error);
        photo = *loaded;
    }
    const ScenePlan plan = planScene(job.prompt, !photo.isNull());
    const Timeline timeline = buildTimeline(plan, job.durationSec, job.fps, job.seed);
    const Compositor compositor(plan, timeline, QSize(job.width, job.height), job.tier, photo, job.seed,
                                job.focalPoint);
    // Sound is made on its own thread from here on, in parallel with the first frames.
    std::unique_ptr<SoundTrack> audioOut;
    if (job.withAudio && !plan.silent)
        audioOut = std::make_unique<SoundTrack>(plan, timeline, kSampleRate);
    else if (job.withAudio)
        qCInfo(lcEngine) << "the prompt asks for silence: the audio track stays silent";
    if (cancel.load())
        return {EngineStatus::Cancelled, QObject::tr("Cancelled.")};

    media::Mp4Writer writer;
    if (!writer.open(partPath, video, audio, tags, &error))
        return {EngineStatus::DiskError, error};

    const int workers = std::clamp(QThread::idealThreadCount(), 1, 8);
    // Two working images per drawing thread: the workers and the consumer, which draws too.
    std::vector<QImage> canvases(static_cast<size_t>(workers + 1) * 2);
    FramePipeline pipe;
    pipe.frameCount = frameCount;
    pipe.workers = workers;
    // The workers draw at a lower priority in the encoder's idle moments, so they need room to
    // run ahead: up to 16 frames, at most ~48 MB of them (720p: 16 frames, 22 MB).
    const qint64 frameBytes = qint64(job.width) * job.height * 3 / 2;
    pipe.queueDepth = int(std::clamp<qint64>(48LL * 1024 * 1024 / frameBytes, workers + 2, 16));
    pipe.backgroundWorkers = true;
    pipe.render = [&](int thread, int index, media::YuvFrame *out) {
        compositor.renderFrame(index, &canvases[size_t(thread) * 2], &canvases[size_t(thread) * 2 + 1], out);
    };
    std::vector<float> chunk;
    qint64 samplesWritten = 0;
    // Writes the sound up to `until` samples: what is ready without waiting, unless the sound
    // would fall more than kMaxLagSamples behind the picture (the muxer holds video packets until
    // the audio catches up, so the lag bounds its memory) or `until` is the clip's end.
    constexpr qint64 kMaxLagSamples = 2 * kSampleRate;
    const qint64 totalSamples = qint64(frameCount) * kSampleRate / job.fps;
    auto writeSound = [&](qint64 until) {
        const qint64 mustHave = until == totalSamples ? until : until - kMaxLagSamples;
        while (samplesWritten < until) {
            const int want = int(std::min<qint64>(until - samplesWritten, 4096));
            chunk.resize(size_t(want) * 2);
            int got = want;
            if (!audioOut)
                std::fill(chunk.begin(), chunk.end(), 0.0f); // silent by request: the same track shape
            else if (samplesWritten < mustHave)
                got = audioOut->readBlocking(chunk.data(), std::min<int>(want, int(mustHave - samplesWritten)), cancel);
            else
                got = audioOut->readAvailable(chunk.data(), want);
            if (got <= 0)
                return true;
            if (!writer.writeAudio(chunk.data(), got, &error))
                return false;
            samplesWritten += got;
        }
        return true;
    };
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    pipe.consume = [&](int index, const media::YuvFrame &frame) {
        if (cancel.load())
            return true; // the pipeline sees the flag and stops as Cancelled
        if (!writer.writeVideo(frame, &error))
            return false;
        // Audio follows the video frame by frame, so the muxer interleaves finely. A prompt
        // asking for silence still gets its (silent) AAC track: every clip has the same shape.
        if (job.withAudio && !writeSound(qint64(index + 1) * kSampleRate / job.fps))
            return false;
        if (progress && (sinceProgress.elapsed() >= 100 || index + 1 == frameCount)) {
            progress({index + 1, frameCount});
            sinceProgress.restart();
        }
        return true;
    };
    const PipelineResult result = pipe.run(cancel);
    if (result == PipelineResult::Cancelled) {
        writer.abort();
        return {EngineStatus::Cancelled, QObject::tr("Cancelled.")};
    }
    if (result == PipelineResult::Failed || !writer.finish(&error)) {
        writer.abort();
        return {EngineStatus::DiskError, error};
    }
    if (!job.thumbnailPath.isEmpty()
        && !media::writeThumbnail(compositor.renderImage(frameCount / 3), job.thumbnailPath, &error))
        qCWarning(lcEngine) << "thumbnail:" << error;
    QFile::remove(job.outputPath);
    if (!QFile::rename(partPath, job.outputPath)) {
        QFile::remove(partPath);
        return {EngineStatus::DiskError, QObject::tr("Cannot move the clip to %1.").arg(job.outputPath)};
    }
    return {};
}

} // namespace rc::engine
