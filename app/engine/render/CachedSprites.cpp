// Small images drawn once per render thread and then blitted: cheaper than painting the same
// antialiased shapes every frame. Each is a pure function of its key, so whether it came from the
// cache or was just made never changes a pixel, and same seed still means same bytes.
#include "engine/render/CachedSprites.h"

#include <QPainter>
#include <QRadialGradient>

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <vector>

namespace rc::engine {

void setGlowStops(QGradient *g, const QColor &color, double opacity)
{
    QColor c0 = color, c1 = color, mid = color;
    c0.setAlphaF(float(std::clamp(opacity, 0.0, 1.0)));
    c1.setAlphaF(0);
    mid.setAlphaF(float(std::clamp(opacity * 0.3, 0.0, 1.0)));
    g->setColorAt(0, c0);
    g->setColorAt(0.35, mid);
    g->setColorAt(1, c1);
}

// A tree's crown (three discs) for a leaf colour and a device height in whole pixels, made once
// per render thread and blitted: the antialiased discs cost ~30 us a tree. The third disc's
// extra sway (a fifth of the crown's, under half a pixel) is left out. Bounded like the flowers'.
const QImage &crownSprite(QRgb leafRgb, int height4)
{
    thread_local std::unordered_map<uint64_t, QImage> cache;
    const uint64_t key = uint64_t(leafRgb) << 32 | uint32_t(height4);
    auto it = cache.find(key);
    if (it != cache.end())
        return it->second;
    if (cache.size() >= 64)
        cache.clear();
    const double h = height4 / 4.0;
    const int side = 2 * (int(std::ceil(h * 0.4)) + 1);
    QImage img(side, side, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::transparent);
    {
        QPainter sp(&img);
        sp.setRenderHint(QPainter::Antialiasing);
        sp.setPen(Qt::NoPen);
        const QPointF o(side / 2.0, side / 2.0);
        const QColor leaf = QColor::fromRgb(leafRgb);
        sp.setBrush(leaf);
        sp.drawEllipse(o, h * 0.3, h * 0.3);
        sp.setBrush(leaf.lighter(112));
        sp.drawEllipse(o + QPointF(-h * 0.12, -h * 0.13), h * 0.2, h * 0.2);
        sp.setBrush(leaf.darker(112));
        sp.drawEllipse(o + QPointF(h * 0.14, -h * 0.18), h * 0.18, h * 0.18);
    }
    return cache.emplace(key, std::move(img)).first->second;
}

// One flower (petal disc and centre) at a device radius in quarter pixels, drawn once per
// render thread and then blitted: 90 small antialiased ellipse pairs a frame cost ~0.3 ms, as
// many blits a third of that. A pure function of its key, so the cache never changes a pixel.
const QImage &flowerSprite(QRgb petal, QRgb centre, int radius4)
{
    struct Key
    {
        QRgb petal, centre;
        int radius4;
        bool operator==(const Key &o) const { return petal == o.petal && centre == o.centre && radius4 == o.radius4; }
    };
    struct KeyHash
    {
        size_t operator()(const Key &k) const { return (size_t(k.petal) * 0x9e3779b97f4a7c15ull) ^ (size_t(k.centre) * 31) ^ size_t(k.radius4); }
    };
    thread_local std::unordered_map<Key, QImage, KeyHash> cache;
    const Key key{petal, centre, radius4};
    auto it = cache.find(key);
    if (it != cache.end())
        return it->second;
    if (cache.size() >= 256) // a clip whose light changes keeps making new ones: stay bounded
        cache.clear();
    const double r = radius4 / 4.0;
    const int side = 2 * (int(std::ceil(r)) + 1);
    QImage img(side, side, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::transparent);
    {
        QPainter sp(&img);
        sp.setRenderHint(QPainter::Antialiasing);
        sp.setPen(Qt::NoPen);
        const QPointF mid(side / 2.0, side / 2.0);
        sp.setBrush(QColor::fromRgb(petal));
        sp.drawEllipse(mid, r, r);
        sp.setBrush(QColor::fromRgb(centre));
        sp.drawEllipse(mid, r * 0.35, r * 0.35);
    }
    return cache.emplace(key, std::move(img)).first->second;
}

} // namespace rc::engine
