#include "engine/render/HeightField.h"

#include "engine/render/DirectCanvas.h"

#include <algorithm>
#include <array>
#include <functional>
#include <cmath>
#include <optional>
#include <vector>

namespace rc::engine {

namespace {
// The colour of each device row from `first` on, as opaque 0xffRRGGBB.
using RowColours = std::vector<QRgb>;

bool fill(QPainter &p, const QPolygonF &top, double bottom,
          const std::function<RowColours(const CanvasTarget &, int first, int end)> &coloursOf)
{
    if (top.size() < 2 || p.opacity() < 1 || p.compositionMode() != QPainter::CompositionMode_SourceOver)
        return false;
    const std::optional<CanvasTarget> target = directTarget(p);
    if (!target)
        return false;
    const QTransform &tf = target->toDevice;
    const QRect clip = target->clip;
    const int n = int(top.size());
    std::vector<double> px(static_cast<size_t>(n)), py(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i) {
        const QPointF d = tf.map(top[i]);
        px[size_t(i)] = d.x();
        py[size_t(i)] = d.y();
    }
    const int yEnd = std::clamp(int(std::lround(tf.map(QPointF(0, bottom)).y())), clip.top(), clip.bottom() + 1);
    const int x0 = std::clamp(int(std::ceil(px.front())), clip.left(), clip.right() + 1);
    const int x1 = std::clamp(int(std::floor(px.back())), clip.left(), clip.right() + 1);
    if (x0 >= x1 || yEnd <= clip.top())
        return true;
    // Per column: the four sub-sample heights, the first touched row and the first full row.
    std::vector<std::array<float, 4>> ys(static_cast<size_t>(x1 - x0));
    std::vector<int> firstRow(static_cast<size_t>(x1 - x0)), fullRow(static_cast<size_t>(x1 - x0));
    int seg = 0, rowMin = yEnd, rowAllFull = clip.top();
    for (int x = x0; x < x1; ++x) {
        std::array<float, 4> &s = ys[size_t(x - x0)];
        double lo = 1e18, hi = -1e18;
        for (int k = 0; k < 4; ++k) {
            const double xs = x + (k + 0.5) / 4;
            while (seg + 2 < n && px[size_t(seg + 1)] < xs)
                ++seg;
            const double span = px[size_t(seg + 1)] - px[size_t(seg)];
            const double u = span > 0 ? std::clamp((xs - px[size_t(seg)]) / span, 0.0, 1.0) : 0.0;
            const double y = py[size_t(seg)] + (py[size_t(seg + 1)] - py[size_t(seg)]) * u;
            s[size_t(k)] = float(y);
            lo = std::min(lo, y);
            hi = std::max(hi, y);
        }
        const int first = std::clamp(int(std::floor(lo)), clip.top(), yEnd);
        firstRow[size_t(x - x0)] = first;
        fullRow[size_t(x - x0)] = std::clamp(int(std::ceil(hi)), first, yEnd);
        rowMin = std::min(rowMin, first);
        rowAllFull = std::max(rowAllFull, fullRow[size_t(x - x0)]);
    }
    const RowColours colours = coloursOf(*target, rowMin, yEnd);
    for (int y = rowMin; y < yEnd; ++y) {
        const QRgb c = colours[size_t(y - rowMin)];
        uint32_t *row = target->row(y);
        if (y >= rowAllFull) {
            // Below the line's lowest point every column is inside: one solid run.
            std::fill(row + x0, row + x1, uint32_t(c));
            continue;
        }
        for (int x = x0; x < x1; ++x) {
            const size_t i = size_t(x - x0);
            if (y >= fullRow[i]) {
                row[x] = c;
            } else if (y >= firstRow[i]) {
                const std::array<float, 4> &s = ys[i];
                float cov = 0;
                for (int k = 0; k < 4; ++k)
                    cov += std::clamp(float(y + 1) - s[size_t(k)], 0.0f, 1.0f);
                blendOver(row[x], c, int(cov * 64.0f + 0.5f)); // cov 0..4 sub-samples
            }
        }
    }
    return true;
}

// A gradient's colour at `t` (0..1) between its stops, per channel.
QRgb colourAt(const QGradientStops &stops, double t)
{
    if (t <= stops.front().first)
        return stops.front().second.rgb();
    for (qsizetype i = 1; i < stops.size(); ++i)
        if (t <= stops[i].first) {
            const double span = stops[i].first - stops[i - 1].first;
            const double u = span > 0 ? (t - stops[i - 1].first) / span : 1.0;
            const QColor &a = stops[i - 1].second, &b = stops[i].second;
            auto mix = [u](int from, int to) { return int(std::lround(from + (to - from) * u)); };
            return qRgb(mix(a.red(), b.red()), mix(a.green(), b.green()), mix(a.blue(), b.blue()));
        }
    return stops.back().second.rgb();
}
} // namespace

bool fillHeightField(QPainter &p, const QPolygonF &top, double bottom, const QColor &color)
{
    if (color.alpha() != 255)
        return false;
    const QRgb c = color.rgb() | 0xff000000u;
    return fill(p, top, bottom, [c](const CanvasTarget &, int first, int end) { return RowColours(size_t(end - first), c); });
}

bool fillHeightField(QPainter &p, const QPolygonF &top, double bottom, const QLinearGradient &gradient)
{
    const QGradientStops stops = gradient.stops();
    const double from = gradient.start().y(), to = gradient.finalStop().y();
    if (stops.isEmpty() || gradient.start().x() != gradient.finalStop().x() || from == to
        || gradient.spread() != QGradient::PadSpread)
        return false;
    for (const QGradientStop &stop : stops)
        if (stop.second.alpha() != 255)
            return false;
    return fill(p, top, bottom, [&](const CanvasTarget &target, int first, int end) {
        RowColours colours(size_t(end - first));
        for (int y = first; y < end; ++y) {
            const double logicalY = (y + 0.5 - target.toDevice.dy()) / target.toDevice.m22();
            colours[size_t(y - first)] = colourAt(stops, std::clamp((logicalY - from) / (to - from), 0.0, 1.0)) | 0xff000000u;
        }
        return colours;
    });
}

} // namespace rc::engine
