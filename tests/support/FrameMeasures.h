#pragma once

#include <QImage>
#include <QList>
#include <QRect>
#include <QString>

#include <functional>

class QTemporaryDir;

namespace rc::test {

// Measures of rendered frames that picture tests share: where the pixels of a colour are, how
// many separate shapes they make, how bright a frame is.

// Renders `prompt` on the engine at 256x144 into `dir` (from `photo` if given); the clip's path.
QString renderSmallClip(const QTemporaryDir &dir, const QString &name, const QString &prompt, int durationSec,
                        quint64 seed, const QString &photo = {});
// Every frame of a clip, decoded.
QList<QImage> decodeFrames(const QString &path);
// renderSmallClip at seed 5, decoded.
QList<QImage> renderFrames(const QTemporaryDir &dir, const QString &name, const QString &prompt, int durationSec = 2);

struct Blob
{
    int pixels = 0;
    double x = 0, y = 0;
};

// Pixels that pass `inside`, and their centre.
Blob blobOf(const QImage &img, const std::function<bool(QRgb)> &inside);
// Connected groups (4-neighbours) of at least `minPixels` pixels passing `inside`.
int shapes(const QImage &img, const std::function<bool(QRgb)> &inside, int minPixels);
// The mean of `f` over every pixel.
double mean(const QImage &img, const std::function<double(QRgb)> &f);
// The topmost row holding a pixel that passes `inside` within columns [x0, x1), or -1.
int topRow(const QImage &img, int x0, int x1, const std::function<bool(QRgb)> &inside);
// Marker-magenta pixels in column `x`, and the middle row of those (-1 if none).
int columnPixels(const QImage &img, int x);
double columnMiddle(const QImage &img, int x);
// Marked shapes as a person counts them: magenta within `cell` pixels of each other is one thing
// (a bee's black stripes cut its body into bands, but it is one bee). Returns each thing's box.
QList<QRect> things(const QImage &img, int cell = 6);

} // namespace rc::test
