#include "engine/render/SoftLines.h"

#include "engine/render/DirectCanvas.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <optional>
#include <utility>

namespace rc::engine {

namespace {
// floor and ceil to int without a libm call per pixel (x86-64's baseline has no rounding
// instruction); exact for |x| < 2^31.
inline int floorToInt(double x)
{
    const int i = int(x);
    return i - (x < i);
}
inline int ceilToInt(double x)
{
    const int i = int(x);
    return i + (x > i);
}

// One segment in device pixels. Each pixel column (for a flat segment; row for a steep one)
// whose centre lies in [start, end) gets the share of the line's thickness, measured across
// that column, that each pixel in it covers.
void strokeSegment(const CanvasTarget &t, QPointF a, QPointF b, double width, uint32_t colour, double alpha)
{
    const double dx = b.x() - a.x(), dy = b.y() - a.y();
    if (dx == 0 && dy == 0)
        return;
    const bool flat = std::abs(dx) >= std::abs(dy);
    double along0 = flat ? a.x() : a.y(), along1 = flat ? b.x() : b.y();
    double across0 = flat ? a.y() : a.x(), across1 = flat ? b.y() : b.x();
    if (along0 > along1) {
        std::swap(along0, along1);
        std::swap(across0, across1);
    }
    const double slope = (across1 - across0) / (along1 - along0);
    const double half = 0.5 * width * std::sqrt(1 + slope * slope);
    const int alongMin = flat ? t.clip.left() : t.clip.top(), alongEnd = flat ? t.clip.right() + 1 : t.clip.bottom() + 1;
    const int acrossMin = flat ? t.clip.top() : t.clip.left(), acrossEnd = flat ? t.clip.bottom() + 1 : t.clip.right() + 1;
    const int from = std::max(alongMin, ceilToInt(std::max(along0 - 0.5, -1e9)));
    const int to = std::min(alongEnd, ceilToInt(std::min(along1 - 0.5, 1e9)));
    const double scale = 256.0 * alpha;
    for (int i = from; i < to; ++i) {
        const double centre = across0 + (i + 0.5 - along0) * slope;
        const double low = centre - half, high = centre + half;
        if (high <= acrossMin || low >= acrossEnd)
            continue;
        const int j0 = std::max(acrossMin, floorToInt(low));
        const int j1 = std::min(acrossEnd, ceilToInt(high));
        for (int j = j0; j < j1; ++j) {
            const double covered = std::min<double>(j + 1, high) - std::max<double>(j, low);
            const int weight = int(covered * scale + 0.5);
            uint32_t *pixel = flat ? t.row(j) + i
                                   : t.row(i) + j;
            blendOver(*pixel, colour, weight);
        }
    }
}
} // namespace

void strokePolyline(QPainter &p, const QPolygonF &line, const QColor &colour, double width)
{
    const std::optional<CanvasTarget> target = p.compositionMode() == QPainter::CompositionMode_SourceOver
                                                   ? directTarget(p)
                                                   : std::nullopt;
    if (!target) {
        p.save();
        p.setPen(QPen(colour, width));
        p.setBrush(Qt::NoBrush);
        p.drawPolyline(line);
        p.restore();
        return;
    }
    const QTransform &tf = target->toDevice;
    const double deviceWidth = width <= 0 ? 1.0 : width * std::sqrt(tf.m11() * tf.m22());
    const double alpha = colour.alphaF() * target->opacity;
    const uint32_t opaque = colour.rgb() | 0xff000000u;
    for (int i = 0; i + 1 < line.size(); ++i)
        strokeSegment(*target, tf.map(line[i]), tf.map(line[i + 1]), deviceWidth, opaque, alpha);
}

void strokeLine(QPainter &p, QPointF from, QPointF to, const QColor &colour, double width)
{
    strokePolyline(p, QPolygonF{from, to}, colour, width);
}

} // namespace rc::engine
