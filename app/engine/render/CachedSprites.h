#pragma once

#include <QColor>
#include <QGradient>
#include <QImage>

namespace rc::engine {

// The stops of every glow (sun, moon, lamps): bright core, soft middle, clear edge.
void setGlowStops(QGradient *g, const QColor &color, double opacity);

// A tree's crown for a leaf colour and a device height in quarter pixels; at most 64 per thread.
const QImage &crownSprite(QRgb leafRgb, int height4);

// One flower (petal and centre colours, device radius in quarter pixels); at most 256 per thread.
const QImage &flowerSprite(QRgb petal, QRgb centre, int radius4);

} // namespace rc::engine
