#include "engine/render/DirectCanvas.h"

#include <QPainterPath>

#include <cmath>

namespace rc::engine {

namespace {
bool isAxisAlignedRectangle(const QPainterPath &path, const QRectF &box)
{
    if (path.elementCount() < 4 || path.elementCount() > 5)
        return false;
    auto near = [](double a, double b) { return std::abs(a - b) < 1e-6; };
    for (int i = 0; i < path.elementCount(); ++i) {
        const QPainterPath::Element e = path.elementAt(i);
        if (e.type == QPainterPath::CurveToElement || e.type == QPainterPath::CurveToDataElement)
            return false;
        if (!(near(e.x, box.left()) || near(e.x, box.right())) || !(near(e.y, box.top()) || near(e.y, box.bottom())))
            return false;
    }
    return true;
}
} // namespace

std::optional<CanvasTarget> directTarget(QPainter &p)
{
    QPaintDevice *device = p.device();
    if (!device || device->devType() != QInternal::Image)
        return std::nullopt;
    auto *image = static_cast<QImage *>(device);
    if (image->format() != QImage::Format_RGB32 && image->format() != QImage::Format_ARGB32_Premultiplied)
        return std::nullopt;
    const QTransform tf = p.combinedTransform();
    if (tf.type() > QTransform::TxScale || tf.m11() <= 0 || tf.m22() <= 0)
        return std::nullopt;
    QRect clip = image->rect();
    if (p.hasClipping()) {
        // Only a rectangle (what setClipRect makes) is honoured; anything else draws with QPainter.
        const QPainterPath path = p.clipPath();
        const QRectF box = path.boundingRect();
        if (!isAxisAlignedRectangle(path, box))
            return std::nullopt;
        const QRectF device = tf.mapRect(box);
        clip &= QRect(QPoint(int(std::lround(device.left())), int(std::lround(device.top()))),
                      QPoint(int(std::lround(device.right())) - 1, int(std::lround(device.bottom())) - 1));
    }
    return CanvasTarget{image, tf, clip, p.opacity(), image->bits(), image->bytesPerLine()};
}

} // namespace rc::engine
