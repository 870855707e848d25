#pragma once

#include "media/YuvFrame.h"

#include <QImage>
#include <QList>
#include <QPair>
#include <QString>

#include <memory>

namespace rc::media {

struct VideoSettings
{
    int width = 1280;  // even
    int height = 720;  // even
    int fps = 24;
    // Above 1, the rate is the fraction fps / fpsDenominator (24000 / 1001 for 23.976), kept
    // exact so that a re-encode keeps a source's timing.
    int fpsDenominator = 1;
    QString preset = QStringLiteral("veryfast"); // libx264 preset
    int crf = 23;
    // x264's frame threads change the bitstream, so a fixed count keeps a seed's bytes identical
    // on every machine. 0 would let x264 pick from the core count.
    int threads = 4;
};

// A chapter mark: players list these and jump between them.
struct Chapter
{
    double startSec = 0;
    double endSec = 0;
    QString title;
};

struct AudioSettings
{
    bool enabled = true;
    int sampleRate = 48000;
    int channels = 2;
    int bitRate = 160000;
};

// Writes an MP4: H.264 High yuv420p (BT.709 tagged, MPEG range) + AAC-LC, +faststart, with free
// metadata tags (written as mdta keys so that any key survives, e.g. "prompt", "seed").
// Usage: open(), then writeVideo()/writeAudio() in any interleaving, then finish(). On any error,
// or when the caller gives up, abort() closes and deletes the file. Not thread-safe: one thread
// drives one writer.
class Mp4Writer
{
public:
    Mp4Writer();
    ~Mp4Writer(); // aborts if not finished
    Mp4Writer(const Mp4Writer &) = delete;
    Mp4Writer &operator=(const Mp4Writer &) = delete;

    // Chapter marks to write into the file; call before open().
    void setChapters(const QList<Chapter> &chapters);
    bool open(const QString &path, const VideoSettings &video, const AudioSettings &audio,
              const QList<QPair<QString, QString>> &tags, QString *error);
    // Frame i is stamped i * fpsDenominator / fps: exactly one call per frame, in order.
    bool writeVideo(const YuvFrame &frame, QString *error);
    // Any QImage; converted to the frame size with libswscale (BT.709 coefficients).
    bool writeVideo(const QImage &image, QString *error);
    // Interleaved float samples in [-1, 1], `frames` per channel; buffered into AAC frames.
    bool writeAudio(const float *interleaved, int frames, QString *error);
    bool finish(QString *error);
    void abort();

    int videoFramesWritten() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace rc::media
