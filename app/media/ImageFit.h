#pragma once

#include <QImage>
#include <QPointF>
#include <QRectF>
#include <QSize>
#include <QString>

#include <optional>

namespace rc::media {

// The largest side a photo may have; bigger ones are refused before decoding.
constexpr int kMaxImageSidePx = 16384;

// The part of a `source`-sized picture that fills `target` by cropping, never stretching: the
// largest rectangle of the target's aspect that fits, placed so that `focal` (0..1 in each axis,
// of the source) is as central as the edges allow.
QRectF cropRectFor(QSize source, QSize target, QPointF focal = {0.5, 0.5});

// Crop-fit `image` to exactly `target` pixels (RGB32, smooth scaling) around `focal`.
QImage fitImage(const QImage &image, QSize target, QPointF focal = {0.5, 0.5});

// Header-only check of a photo: exists, not empty, a known image format, at most
// kMaxImageSidePx a side. Cheap enough to run before queueing. Returns the pixel size.
std::optional<QSize> checkImage(const QString &path, QString *error = nullptr);

// Decodes a photo after checkImage's checks, applying its EXIF orientation. When `maxSide` > 0,
// large photos are decoded scaled down (JPEG scales during decoding) so memory stays bounded.
std::optional<QImage> loadImage(const QString &path, QString *error = nullptr, int maxSide = 0);

} // namespace rc::media
