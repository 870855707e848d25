#pragma once

#include <QImage>
#include <QString>

namespace rc::media {

// Writes a JPEG thumbnail, at most `maxWidthPx` wide, of the frame about a third into the video
// (past fades in, still early enough to be representative). For our clips and downloaded ones.
bool writeThumbnail(const QString &videoPath, const QString &jpgPath, QString *error = nullptr,
                    int maxWidthPx = 480);

// The same from a picture already in memory.
bool writeThumbnail(const QImage &frame, const QString &jpgPath, QString *error = nullptr,
                    int maxWidthPx = 480);

} // namespace rc::media
