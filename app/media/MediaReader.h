#pragma once

#include "media/YuvFrame.h"

#include <QImage>
#include <QPointF>
#include <QSize>
#include <QString>

#include <memory>
#include <vector>

namespace rc::media {

// Decodes a video file's frames in order as RGB32 QImages (BT.709 aware). The thumbnailer uses it,
// and tests use it to look at what the engine actually wrote.
class VideoReader
{
public:
    VideoReader();
    ~VideoReader();
    VideoReader(const VideoReader &) = delete;
    VideoReader &operator=(const VideoReader &) = delete;

    bool open(const QString &path, QString *error = nullptr);
    // Positions the reader so that the next frame returned is the first at or after `timeSec`.
    bool seek(double timeSec);
    // The next decoded frame; false at the end or on a decoding error.
    bool next(QImage *frame, double *timeSec = nullptr);
    // The next frame straight in the encoder's layout (BT.709, MPEG range), crop-fitted to
    // `size` around `focal` like ImageFit: no RGB round trip, for pipelines that only join,
    // fade and re-encode pictures.
    bool nextYuv(YuvFrame *frame, QSize size, QPointF focal = {0.5, 0.5}, double *timeSec = nullptr);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

struct DecodedAudio
{
    int sampleRate = 0;
    int channels = 0;
    std::vector<float> samples; // interleaved
    qint64 frames() const { return channels ? qint64(samples.size()) / channels : 0; }
};

// The whole first audio track as interleaved float. For tests and short clips: holds it all.
bool readAudio(const QString &path, DecodedAudio *out, QString *error = nullptr);

} // namespace rc::media
