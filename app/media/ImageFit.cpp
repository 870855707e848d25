#include "media/ImageFit.h"

#include <QFileInfo>
#include <QImageReader>

#include <algorithm>
#include <cmath>

namespace rc::media {

namespace {
template<typename T>
std::optional<T> failWith(QString *error, const QString &text)
{
    if (error)
        *error = text;
    return std::nullopt;
}
} // namespace

QRectF cropRectFor(QSize source, QSize target, QPointF focal)
{
    if (source.isEmpty() || target.isEmpty())
        return {};
    const double srcAspect = double(source.width()) / source.height();
    const double dstAspect = double(target.width()) / target.height();
    double w = source.width(), h = source.height();
    if (srcAspect > dstAspect)
        w = h * dstAspect;
    else
        h = w / dstAspect;
    const double fx = std::clamp(focal.x(), 0.0, 1.0) * source.width();
    const double fy = std::clamp(focal.y(), 0.0, 1.0) * source.height();
    const double x = std::clamp(fx - w / 2, 0.0, source.width() - w);
    const double y = std::clamp(fy - h / 2, 0.0, source.height() - h);
    return QRectF(x, y, w, h);
}

QImage fitImage(const QImage &image, QSize target, QPointF focal)
{
    if (image.isNull() || target.isEmpty())
        return {};
    const QRect crop = cropRectFor(image.size(), target, focal).toAlignedRect() & image.rect();
    return image.copy(crop)
        .scaled(target, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
        .convertToFormat(QImage::Format_RGB32);
}

std::optional<QSize> checkImage(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists())
        return failWith<QSize>(error, QObject::tr("The photo %1 does not exist.").arg(path));
    if (!info.isFile() || !info.isReadable())
        return failWith<QSize>(error, QObject::tr("The photo %1 cannot be read.").arg(path));
    if (info.size() == 0)
        return failWith<QSize>(error, QObject::tr("The photo %1 is empty.").arg(info.fileName()));
    QImageReader reader(path);
    reader.setAutoTransform(true);
    if (!reader.canRead())
        return failWith<QSize>(error, QObject::tr("%1 is not an image this program can read.")
                                          .arg(info.fileName()));
    const QSize size = reader.size();
    if (!size.isValid() || size.isEmpty())
        return failWith<QSize>(error, QObject::tr("The photo %1 is damaged: it has no readable size.")
                                          .arg(info.fileName()));
    if (size.width() > kMaxImageSidePx || size.height() > kMaxImageSidePx)
        return failWith<QSize>(error, QObject::tr("The photo %1 is %2x%3 pixels; the largest side "
                                                  "accepted is %4 pixels.")
                                          .arg(info.fileName())
                                          .arg(size.width())
                                          .arg(size.height())
                                          .arg(kMaxImageSidePx));
    return size;
}

std::optional<QImage> loadImage(const QString &path, QString *error, int maxSide)
{
    const auto size = checkImage(path, error);
    if (!size)
        return std::nullopt;
    QImageReader reader(path);
    reader.setAutoTransform(true);
    // Qt refuses images above 256 MB by default; a 16k square RGBA photo is 1 GB, and is
    // accepted only when it is scaled down while decoding (below).
    reader.setAllocationLimit(1100);
    const int longest = std::max(size->width(), size->height());
    if (maxSide > 0 && longest > maxSide) {
        const double s = double(maxSide) / longest;
        reader.setScaledSize(QSize(std::max(1, int(std::lround(size->width() * s))),
                                   std::max(1, int(std::lround(size->height() * s)))));
    }
    QImage image = reader.read();
    if (image.isNull())
        return failWith<QImage>(error, QObject::tr("The photo %1 is damaged: %2")
                                           .arg(QFileInfo(path).fileName(), reader.errorString()));
    return image.convertToFormat(QImage::Format_RGB32);
}

} // namespace rc::media
