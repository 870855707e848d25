#include "engine/Engine.h"

#include "core/Logging.h"
#include "engine/FramePipeline.h"
#include "engine/render/ColorPass.h"
#include "media/ImageFit.h"
#include "media/Mp4Writer.h"
#include "media/Thumbnailer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QPainter>
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

QString engineVersion() { return QStringLiteral("reelcraft-procedural 0.1"); }

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
    media::AudioSettings audio;
    audio.enabled = job.withAudio;
    const QList<QPair<QString, QString>> tags = {
        {QStringLiteral("prompt"), job.prompt},
        {QStringLiteral("seed"), QString::number(job.seed)},
        {QStringLiteral("engine"), engineVersion()},
    };
    media::Mp4Writer writer;
    QString error;
    if (!writer.open(partPath, video, audio, tags, &error))
        return {EngineStatus::DiskError, error};

    const int workers = std::clamp(QThread::idealThreadCount(), 1, 8);
    std::vector<QImage> canvases(static_cast<size_t>(workers));
    FramePipeline pipe;
    pipe.frameCount = frameCount;
    pipe.workers = workers;
    pipe.queueDepth = workers + 2;
    const double hue0 = double(job.seed % 360);
    pipe.render = [&](int worker, int index, media::YuvFrame *out) {
        QImage &canvas = canvases[size_t(worker)];
        if (canvas.size() != QSize(job.width, job.height))
            canvas = QImage(job.width, job.height, QImage::Format_RGB32);
        const double t = double(index) / job.fps;
        QPainter p(&canvas);
        p.setRenderHint(QPainter::Antialiasing);
        QLinearGradient sky(0, 0, 0, job.height);
        sky.setColorAt(0, QColor::fromHsvF(std::fmod(hue0 / 360.0, 1.0), 0.5, 0.9));
        sky.setColorAt(1, QColor::fromHsvF(std::fmod(hue0 / 360.0 + 0.1, 1.0), 0.6, 0.4));
        p.fillRect(canvas.rect(), sky);
        p.setBrush(QColor(255, 230, 160));
        p.setPen(Qt::NoPen);
        const double r = job.height * 0.12;
        p.drawEllipse(QPointF(job.width * (0.2 + 0.6 * t / job.durationSec), job.height * 0.4), r, r);
        p.end();
        Grade grade;
        grade.vignette = 0.4f;
        gradeToYuv(canvas, grade, out);
    };
    std::vector<float> chunk;
    qint64 samplesWritten = 0;
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    pipe.consume = [&](int index, const media::YuvFrame &frame) {
        if (!writer.writeVideo(frame, &error))
            return false;
        const qint64 until = qint64(index + 1) * kSampleRate / job.fps;
        chunk.assign(size_t(until - samplesWritten) * 2, 0.0f);
        for (qint64 s = samplesWritten; s < until; ++s) {
            const double t = double(s) / kSampleRate;
            const float v = float(0.2 * std::sin(2 * M_PI * 220.0 * t));
            chunk[size_t(s - samplesWritten) * 2] = chunk[size_t(s - samplesWritten) * 2 + 1] = v;
        }
        if (!writer.writeAudio(chunk.data(), int(until - samplesWritten), &error))
            return false;
        samplesWritten = until;
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
    if (!job.thumbnailPath.isEmpty() && !media::writeThumbnail(partPath, job.thumbnailPath, &error))
        qCWarning(lcEngine) << "thumbnail:" << error;
    QFile::remove(job.outputPath);
    if (!QFile::rename(partPath, job.outputPath)) {
        QFile::remove(partPath);
        return {EngineStatus::DiskError, QObject::tr("Cannot move the clip to %1.").arg(job.outputPath)};
    }
    return {};
}

} // namespace rc::engine
