#include "support/FrameMeasures.h"

#include "engine/Engine.h"
#include "media/MediaReader.h"
#include "support/SubjectSilhouette.h"

#include <QDebug>
#include <QTemporaryDir>
#include <QPoint>
#include <QVector>

#include <algorithm>
#include <atomic>

namespace rc::test {

using namespace rc::engine;
using namespace rc::media;

QString renderSmallClip(const QTemporaryDir &dir, const QString &name, const QString &prompt, int durationSec,
                        quint64 seed, const QString &photo)
{
    EngineJob job;
    job.prompt = prompt;
    job.imagePath = photo;
    job.width = 256;
    job.height = 144;
    job.durationSec = durationSec;
    job.seed = seed;
    job.outputPath = dir.filePath(name + QStringLiteral(".mp4"));
    std::atomic<bool> cancel{false};
    const EngineOutcome out = renderClip(job, {}, cancel);
    if (out.status != EngineStatus::Ok)
        qWarning() << out.message;
    return job.outputPath;
}

QList<QImage> decodeFrames(const QString &path)
{
    VideoReader reader;
    QList<QImage> frames;
    if (!reader.open(path))
        return frames;
    QImage f;
    while (reader.next(&f))
        frames << f;
    return frames;
}

QList<QImage> renderFrames(const QTemporaryDir &dir, const QString &name, const QString &prompt, int durationSec)
{
    return decodeFrames(renderSmallClip(dir, name, prompt, durationSec, 5));
}

Blob blobOf(const QImage &img, const std::function<bool(QRgb)> &inside)
{
    Blob b;
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x)
            if (inside(img.pixel(x, y))) {
                ++b.pixels;
                b.x += x;
                b.y += y;
            }
    if (b.pixels > 0) {
        b.x /= b.pixels;
        b.y /= b.pixels;
    }
    return b;
}

int shapes(const QImage &img, const std::function<bool(QRgb)> &inside, int minPixels)
{
    const int w = img.width(), h = img.height();
    QVector<char> seen(w * h, 0);
    int count = 0;
    for (int y0 = 0; y0 < h; ++y0)
        for (int x0 = 0; x0 < w; ++x0) {
            if (seen[y0 * w + x0] || !inside(img.pixel(x0, y0)))
                continue;
            int size = 0;
            QList<QPoint> stack{{x0, y0}};
            seen[y0 * w + x0] = 1;
            while (!stack.isEmpty()) {
                const QPoint p = stack.takeLast();
                ++size;
                for (const QPoint d : {QPoint(1, 0), QPoint(-1, 0), QPoint(0, 1), QPoint(0, -1)}) {
                    const QPoint q = p + d;
                    if (q.x() < 0 || q.y() < 0 || q.x() >= w || q.y() >= h || seen[q.y() * w + q.x()]
                        || !inside(img.pixel(q)))
                        continue;
                    seen[q.y() * w + q.x()] = 1;
                    stack.append(q);
                }
            }
            count += size >= minPixels ? 1 : 0;
        }
    return count;
}

double mean(const QImage &img, const std::function<double(QRgb)> &f)
{
    double sum = 0;
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x)
            sum += f(img.pixel(x, y));
    return sum / (img.width() * img.height());
}

// The topmost row holding a pixel that passes `inside` within columns [x0, x1), or -1.
int topRow(const QImage &img, int x0, int x1, const std::function<bool(QRgb)> &inside)
{
    for (int y = 0; y < img.height(); ++y)
        for (int x = std::max(0, x0); x < std::min(img.width(), x1); ++x)
            if (inside(img.pixel(x, y)))
                return y;
    return -1;
}


// Magenta pixels in column `x` of a marked frame, and the middle row of those (-1 if none).
int columnPixels(const QImage &img, int x)
{
    int n = 0;
    for (int y = 0; y < img.height(); ++y)
        n += isMarkerMagenta(img.pixel(x, y)) ? 1 : 0;
    return n;
}
double columnMiddle(const QImage &img, int x)
{
    double sum = 0;
    int n = 0;
    for (int y = 0; y < img.height(); ++y)
        if (isMarkerMagenta(img.pixel(x, y)))
            sum += y, ++n;
    return n ? sum / n : -1;
}

// Marked shapes as a person counts them: magenta within a few pixels of each other is one thing
// (a bee's black stripes cut its body into bands, but it is one bee). Returns each thing's box.
QList<QRect> things(const QImage &img, int cell)
{
    const int w = (img.width() + cell - 1) / cell, h = (img.height() + cell - 1) / cell;
    QVector<QRect> box(w * h);
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x)
            if (isMarkerMagenta(img.pixel(x, y)))
                box[(y / cell) * w + x / cell] |= QRect(x, y, 1, 1);
    QVector<char> seen(w * h, 0);
    QList<QRect> found;
    for (int i = 0; i < w * h; ++i) {
        if (seen[i] || box[i].isNull())
            continue;
        QRect all;
        QList<int> stack{i};
        seen[i] = 1;
        while (!stack.isEmpty()) {
            const int k = stack.takeLast();
            all |= box[k];
            for (int dy = -1; dy <= 1; ++dy)
                for (int dx = -1; dx <= 1; ++dx) {
                    const int x = k % w + dx, y = k / w + dy;
                    if (x < 0 || y < 0 || x >= w || y >= h || seen[y * w + x] || box[y * w + x].isNull())
                        continue;
                    seen[y * w + x] = 1;
                    stack.append(y * w + x);
                }
        }
        found << all;
    }
    return found;
}

} // namespace rc::test
