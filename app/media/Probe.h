#pragma once

#include <QMap>
#include <QSize>
#include <QString>

#include <optional>

namespace rc::media {

// What a finished MP4 (ours or a provider's download) holds, read from its headers.
struct MediaInfo
{
    double durationSec = 0;      // the container's duration
    double videoDurationSec = 0; // the video track's own duration
    QSize size;
    double fps = 0;
    // The same rate as the fraction the stream declares (24000/1001 for 23.976), so a re-encode
    // keeps the source's timing exactly; 0/0 when the stream does not say.
    int fpsNumerator = 0;
    int fpsDenominator = 0;
    qint64 videoFrames = 0;      // from the track header; 0 when the container does not say
    QString videoCodec;          // "h264"
    QString videoProfile;        // "High"
    QString pixelFormat;         // "yuv420p"
    QString colorSpace;          // "bt709"
    bool hasAudio = false;
    QString audioCodec;          // "aac"
    QString audioProfile;        // "LC"
    int sampleRate = 0;
    int channels = 0;
    QMap<QString, QString> tags; // container metadata
    QString container;           // the demuxer that read it: "mov,mp4,m4a,3gp,3g2,mj2", "matroska,webm"
};

// Opens `path` and reads its streams; nullopt with a reason in `error` when it is not a playable
// video (missing, truncated, no video stream).
std::optional<MediaInfo> probe(const QString &path, QString *error = nullptr);

// True when the moov atom precedes mdat, so playback can start before the whole file arrives.
bool isFastStart(const QString &path);

} // namespace rc::media
