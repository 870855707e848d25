#pragma once

#include "core/Job.h"
#include "providers/remote/HttpFailure.h"
#include "providers/remote/InlineVideo.h"

#include <QByteArray>
#include <QPointF>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace rc::net {

// Media work a remote provider needs but the network layer must not link: the factories fill it
// from app/media; tests may fill it with cheap stand-ins. Each runs on a pool thread.
struct MediaHooks
{
    // Crops (around `focal`, 0..1 on each axis) and scales a photo to exactly width x height and
    // writes it to `out` (format from the suffix).
    std::function<bool(const QString &in, int width, int height, QPointF focal, const QString &out, QString *error)> fitImage;
    // A deeper check than the structure check (it decodes); optional.
    std::function<bool(const QString &video, QString *error)> verifyVideo;
    // A JPEG from the video; optional (without it a job has no thumbnail).
    std::function<bool(const QString &video, const QString &jpeg, QString *error)> writeThumbnail;
};

// What the last step of a remote job needs: the part file (or the inline video), where it goes,
// and what to make the thumbnail from.
struct ResultFilesInput
{
    QString videoPath;            // final path; the bytes are in videoPath + ".part"
    QString thumbnailPath;        // empty: none wanted
    QString serverName;
    InlineVideo inlineVideo;      // decoded into the part file first when set
    QByteArray thumbnailBytes;    // the server's thumbnail (any image format), else made locally
    MediaHooks media;
    std::shared_ptr<std::atomic<bool>> cancelled;
};

struct ResultFiles
{
    std::optional<Failure> failure;
    JobOutput output;
    QString warning; // the video is fine but has no thumbnail, and why
};

// Checks the part file (MP4 structure, then the media hook), renames it into place and writes
// the JPEG thumbnail. Blocking and thread-safe: runs on a pool thread. On failure or cancel the
// part file is removed; the final file exists only on success.
ResultFiles finishResultFiles(const ResultFilesInput &in);

} // namespace rc::net
