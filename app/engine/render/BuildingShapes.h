#pragma once

#include "engine/render/Canvas.h"

#include <QColor>
#include <QPointF>

#include <algorithm>
#include <cstdint>

namespace rc::engine::buildings {

// What every shape draws with: the frame and its painter, the shot's time, how dark it is.
struct Stage
{
    const DrawContext &c;
    double st; // seconds into the shot
    double dusk; // 0 by day .. 1 at night: how much windows and lamps glow
    QColor lit(const QColor &col) const { return c.look.lit(col); }
    QColor window() const
    {
        const QColor day = c.look.lit(QColor(60, 70, 86));
        const QColor glow(255, 206, 120);
        const double k = std::clamp((dusk - 0.25) / 0.5, 0.0, 1.0);
        return QColor::fromRgbF(float(day.redF() + (glow.redF() - day.redF()) * k),
            float(day.greenF() + (glow.greenF() - day.greenF()) * k),
            float(day.blueF() + (glow.blueF() - day.blueF()) * k));
    }
};

// The shapes drawLandmarks (Buildings.cpp) chooses from, each standing on `base` (its foot, in
// frame pixels) `h` tall, in colour `col` lit by the shot's light.
void drawLatticeTower(const Stage &s, QPointF base, double h, const QColor &col);
void drawStoneTower(const Stage &s, QPointF base, double h, const QColor &col);
void drawBridge(const Stage &s, double W, double deckY, const QColor &col);
void drawHouse(const Stage &s, QPointF base, double h, const QColor &col);
void drawChurch(const Stage &s, QPointF base, double h, const QColor &col);
void drawCastle(const Stage &s, QPointF base, double h, const QColor &col);
void drawLighthouse(const Stage &s, QPointF base, double h, const QColor &col);
void drawSkyline(const Stage &s, QPointF base, double h, const QColor &col, uint64_t seed);
void drawTemple(const Stage &s, QPointF base, double h, const QColor &col);
void drawPyramid(const Stage &s, QPointF base, double h, const QColor &col);
void drawWindmill(const Stage &s, QPointF base, double h, const QColor &col);
void drawWall(const Stage &s, double W, double topY, double h, const QColor &col);
void drawBlock(const Stage &s, QPointF base, double h, const QColor &col);

} // namespace rc::engine::buildings
