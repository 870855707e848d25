#include "media/Thumbnailer.h"

#include "media/MediaReader.h"
#include "media/Probe.h"

#include <QSaveFile>

#include <algorithm>

namespace rc::media {

bool writeThumbnail(const QImage &frame, const QString &jpgPath, QString *error, int maxWidthPx)
{
    if (frame.isNull()) {
        if (error)
            *error = QStringLiteral("no picture to make a thumbnail from");
        return false;
    }
    const QImage small = frame.width() > maxWidthPx
                             ? frame.scaledToWidth(maxWidthPx, Qt::SmoothTransformation)
                             : frame;
    // Through a QSaveFile so a gallery never shows half a JPEG.
    QSaveFile file(jpgPath);
    if (!file.open(QIODevice::WriteOnly) || !small.save(&file, "JPEG", 85) || !file.commit()) {
        if (error)
            *error = QStringLiteral("cannot write the thumbnail %1").arg(jpgPath);
        return false;
    }
    return true;
}

bool writeThumbnail(const QString &videoPath, const QString &jpgPath, QString *error, int maxWidthPx)
{
    const auto info = probe(videoPath, error);
    if (!info)
        return false;
    VideoReader reader;
    if (!reader.open(videoPath, error))
        return false;
    const double at = std::clamp(info->durationSec / 3.0, 0.0, 5.0);
    QImage frame;
    if (at > 0)
        reader.seek(at);
    if (!reader.next(&frame)) {
        if (error)
            *error = QStringLiteral("no frame could be decoded from %1").arg(videoPath);
        return false;
    }
    return writeThumbnail(frame, jpgPath, error, maxWidthPx);
}

} // namespace rc::media
