#pragma once

#include <QColor>
#include <QGradient>
#include <QImage>

namespace rc::engine {

// The stops of every glow (sun, moon, lamps): bright core, soft middle, clear edge.
void setGlowStops(QGradient *g, const QColor &color, double opacity);

// A large glow (device radius, colour, opacity in 1/1024) as a ready tinted sprite; a few per thread.
struct GlowKey
{
    int radius;
    QRgb color;
    int opacity1024;
    bool operator==(const GlowKey &o) const { return radius == o.radius && color == o.color && opacity1024 == o.opacity1024; }
};
const QImage &glowSprite(const GlowKey &key);

// A tree's crown for a leaf colour and a device height in quarter pixels; at most 64 per thread.
const QImage &crownSprite(QRgb leafRgb, int height4);

// One flower (petal and centre colours, device radius in quarter pixels); at most 256 per thread.
const QImage &flowerSprite(QRgb petal, QRgb centre, int radius4);

} // namespace rc::engine
