// The landmarks' silhouettes (see BuildingShapes.h); which one a prompt gets is Buildings.cpp's.
#include "engine/render/BuildingShapes.h"

#include "engine/render/Random.h"

#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace rc::engine::buildings {

namespace {

void fillPolygon(const Stage &s, std::initializer_list<QPointF> points, const QColor &col)
{
    s.c.p.setBrush(col);
    s.c.p.drawPolygon(QPolygonF(QList<QPointF>(points)));
}


void windowGrid(const Stage &s, QRectF area, int cols, int rows, double fill = 0.55)
{
    const double cw = area.width() / cols, rh = area.height() / rows;
    s.c.p.setBrush(s.window());
    for (int r = 0; r < rows; ++r)
        for (int k = 0; k < cols; ++k)
            s.c.p.drawRect(
                QRectF(area.left() + (k + (1 - fill) / 2) * cw, area.top() + (r + 0.2) * rh, cw * fill, rh * 0.6));
}


void waveFlag(const Stage &s, QPointF pole, double size, const QColor &col)
{
    s.c.p.setPen(QPen(s.lit(QColor(60, 50, 40)), std::max(1.0, size * 0.06)));
    s.c.p.drawLine(pole, pole + QPointF(0, -size * 1.3));
    s.c.p.setPen(Qt::NoPen);
    QPainterPath flag;
    const QPointF top = pole + QPointF(0, -size * 1.3);
    flag.moveTo(top);
    for (int i = 1; i <= 6; ++i)
        flag.lineTo(top + QPointF(size * i / 6.0, std::sin(s.st * 5 - i * 0.9) * size * 0.08));
    for (int i = 6; i >= 0; --i)
        flag.lineTo(top + QPointF(size * i / 6.0, size * 0.55 + std::sin(s.st * 5 - i * 0.9) * size * 0.08));
    s.c.p.setBrush(s.lit(col));
    s.c.p.drawPath(flag);
}

} // namespace

void drawLatticeTower(const Stage &s, QPointF base, double h, const QColor &col)
{
    const double w = h * 0.27;
    QPainterPath body; // four legs curving in to a needle, an arch between them
    body.moveTo(base + QPointF(-w / 2, 0));
    body.cubicTo(base + QPointF(-w * 0.25, -h * 0.25), base + QPointF(-w * 0.08, -h * 0.55),
        base + QPointF(-w * 0.03, -h * 0.92));
    body.lineTo(base + QPointF(0, -h));
    body.lineTo(base + QPointF(w * 0.03, -h * 0.92));
    body.cubicTo(base + QPointF(w * 0.08, -h * 0.55), base + QPointF(w * 0.25, -h * 0.25), base + QPointF(w / 2, 0));
    body.lineTo(base + QPointF(w * 0.28, 0));
    body.quadTo(base + QPointF(0, -h * 0.2), base + QPointF(-w * 0.28, 0));
    body.closeSubpath();
    s.c.p.setBrush(s.lit(col));
    s.c.p.drawPath(body);
    // The lattice: criss-cross struts in a darker iron, clipped to the body.
    s.c.p.save();
    s.c.p.setClipPath(body, Qt::IntersectClip);
    // By night the iron is floodlit: its struts glow amber against the dark.
    const QColor iron = s.lit(col.darker(150)), lamp(255, 196, 100);
    const double flood = std::clamp((s.dusk - 0.4) / 0.4, 0.0, 1.0);
    s.c.p.setPen(QPen(QColor::fromRgbF(float(iron.redF() + (lamp.redF() - iron.redF()) * flood),
                          float(iron.greenF() + (lamp.greenF() - iron.greenF()) * flood),
                          float(iron.blueF() + (lamp.blueF() - iron.blueF()) * flood)),
        std::max(1.0, h * 0.006)));
    for (double y = 0; y < h; y += h * 0.045) {
        s.c.p.drawLine(base + QPointF(-w, -y), base + QPointF(w, -y - h * 0.09));
        s.c.p.drawLine(base + QPointF(w, -y), base + QPointF(-w, -y - h * 0.09));
    }
    s.c.p.restore();
    s.c.p.setPen(Qt::NoPen);
    s.c.p.setBrush(s.lit(col.darker(125)));
    for (double level : {0.22, 0.5}) { // the platforms
        const double half = w * (level < 0.3 ? 0.3 : 0.12);
        s.c.p.drawRect(QRectF(base.x() - half, base.y() - h * level, half * 2, h * 0.022));
    }
    if (s.dusk > 0.4) // the beacon at its tip
        s.c.glow(base + QPointF(0, -h), h * 0.05, QColor(255, 230, 180), 0.8 * s.dusk);
}

// A square stone tower with a clock face and a pointed roof.
void drawStoneTower(const Stage &s, QPointF base, double h, const QColor &col)
{
    const double w = h * 0.22, body = h * 0.74;
    s.c.p.setBrush(s.lit(col));
    s.c.p.drawRect(QRectF(base.x() - w / 2, base.y() - body, w, body));
    s.c.p.setBrush(s.lit(col).darker(120));
    s.c.p.drawRect(QRectF(base.x() + w * 0.25, base.y() - body, w * 0.25, body));
    s.c.p.drawRect(QRectF(base.x() - w * 0.6, base.y() - body - h * 0.03, w * 1.2, h * 0.03)); // the cornice
    fillPolygon(s,
        {QPointF(base.x() - w * 0.6, base.y() - body - h * 0.03), QPointF(base.x(), base.y() - h),
            QPointF(base.x() + w * 0.6, base.y() - body - h * 0.03)},
        s.lit(QColor(70, 86, 92)));
    const QPointF face(base.x(), base.y() - body + w * 0.6);
    s.c.p.setBrush(s.dusk > 0.3 ? s.window() : s.lit(QColor(240, 236, 222)));
    s.c.p.drawEllipse(face, w * 0.34, w * 0.34);
    // The hands tell the clip's time, the minute hand turning (slowly) as it plays.
    s.c.p.setPen(QPen(QColor(30, 30, 34), std::max(1.0, w * 0.05), Qt::SolidLine, Qt::RoundCap));
    const double minute = s.st * 0.1 + 1.0;
    s.c.p.drawLine(face, face + QPointF(std::sin(minute), -std::cos(minute)) * w * 0.28);
    s.c.p.drawLine(face, face + QPointF(std::sin(minute / 12 + 2), -std::cos(minute / 12 + 2)) * w * 0.18);
    s.c.p.setPen(Qt::NoPen);
    s.c.p.setBrush(s.window());
    for (int k = 0; k < 3; ++k)
        s.c.p.drawRoundedRect(
            QRectF(base.x() - w * 0.1, base.y() - body * (0.6 - k * 0.18), w * 0.2, body * 0.1), w * 0.1, w * 0.1);
}

void drawBridge(const Stage &s, double W, double deckY, const QColor &col)
{
    const double H = s.c.H(), towerH = H * 0.34;
    const double towers[2] = {W * 0.22, W * 0.78};
    // The deck, and a darker underside.
    s.c.p.setBrush(s.lit(QColor(70, 70, 76)));
    s.c.p.drawRect(QRectF(-W * 0.6, deckY, W * 2.2, H * 0.025));
    s.c.p.setBrush(s.lit(col)); // the stiffening truss under the deck, painted like the towers
    s.c.p.drawRect(QRectF(-W * 0.6, deckY + H * 0.025, W * 2.2, H * 0.02));
    // Cables: the main one hangs from tower to tower, the side spans down to the banks.
    auto cableY = [&](double x) {
        const double a = towers[0], b = towers[1], top = deckY - towerH * 0.95;
        if (x >= a && x <= b) {
            const double u = (x - a) / (b - a) * 2 - 1;
            return top + (deckY - H * 0.02 - top) * (1 - u * u);
        }
        const double u = x < a ? (a - x) / (a + W * 0.6) : (x - b) / (W * 1.6 - b);
        return top + (deckY - top) * std::min(1.0, u * 1.1);
    };
    s.c.p.setPen(QPen(s.lit(col), std::max(1.0, H * 0.004)));
    for (double x = -W * 0.55; x < W * 1.55; x += W * 0.025) // suspenders
        s.c.p.drawLine(QPointF(x, cableY(x)), QPointF(x, deckY));
    s.c.p.setPen(QPen(s.lit(col), std::max(1.5, H * 0.008)));
    QPainterPath cable;
    cable.moveTo(-W * 0.6, cableY(-W * 0.6));
    for (double x = -W * 0.6; x <= W * 1.6; x += W * 0.02)
        cable.lineTo(x, cableY(x));
    s.c.p.setBrush(Qt::NoBrush);
    s.c.p.drawPath(cable);
    s.c.p.setPen(Qt::NoPen);
    for (double x : towers) { // two legs and their cross beams
        const double tw = H * 0.035;
        s.c.p.setBrush(s.lit(col));
        s.c.p.drawRect(QRectF(x - tw * 1.4, deckY - towerH, tw * 0.8, towerH + H * 0.16));
        s.c.p.drawRect(QRectF(x + tw * 0.6, deckY - towerH, tw * 0.8, towerH + H * 0.16));
        for (double y : {0.0, 0.35, 0.7})
            s.c.p.drawRect(QRectF(x - tw * 1.4, deckY - towerH * (1 - y), tw * 2.8, H * 0.012));
        if (s.dusk > 0.4)
            s.c.glow(QPointF(x, deckY - towerH), H * 0.02, QColor(255, 60, 50), 0.9 * s.dusk);
    }
    if (s.dusk > 0.3) // lamps along the deck
        for (double x = -W * 0.5; x < W * 1.5; x += W * 0.06)
            s.c.glow(QPointF(x, deckY - H * 0.006), H * 0.012, QColor(255, 210, 140), 0.7 * s.dusk);
}

void drawHouse(const Stage &s, QPointF base, double h, const QColor &col)
{
    const double w = h * 1.5, wall = h * 0.62;
    s.c.p.setBrush(s.lit(QColor(120, 60, 50)));
    s.c.p.drawRect(QRectF(base.x() + w * 0.22, base.y() - h * 1.08, w * 0.09, h * 0.3)); // chimney
    s.c.p.setBrush(s.lit(col));
    s.c.p.drawRect(QRectF(base.x() - w / 2, base.y() - wall, w, wall));
    fillPolygon(s, {base + QPointF(-w * 0.58, -wall), base + QPointF(0, -h), base + QPointF(w * 0.58, -wall)},
        s.lit(QColor(150, 50, 40)));
    s.c.p.setBrush(s.lit(QColor(90, 60, 40)));
    s.c.p.drawRect(QRectF(base.x() - w * 0.07, base.y() - wall * 0.6, w * 0.14, wall * 0.6)); // door
    s.c.p.setBrush(s.window());
    for (double x : {-0.32, 0.2})
        s.c.p.drawRect(QRectF(base.x() + x * w, base.y() - wall * 0.72, w * 0.13, wall * 0.3));
    s.c.p.drawEllipse(base + QPointF(0, -wall - (h - wall) * 0.38), h * 0.06, h * 0.06);
}

void drawChurch(const Stage &s, QPointF base, double h, const QColor &col)
{
    const double nave = h * 0.42, w = h * 0.8, tw = h * 0.2;
    const QColor stone = s.lit(col);
    s.c.p.setBrush(stone.darker(110));
    s.c.p.drawRect(QRectF(base.x() - w * 0.1, base.y() - nave, w * 0.7, nave));
    fillPolygon(s,
        {base + QPointF(-w * 0.12, -nave), base + QPointF(w * 0.25, -nave - h * 0.2), base + QPointF(w * 0.62, -nave)},
        s.lit(QColor(90, 80, 80)));
    // The tower with its spire and cross, at the front.
    const double towerTop = base.y() - h * 0.62;
    s.c.p.setBrush(stone);
    s.c.p.drawRect(QRectF(base.x() - w * 0.1 - tw, towerTop, tw, base.y() - towerTop));
    fillPolygon(s,
        {QPointF(base.x() - w * 0.1 - tw * 1.05, towerTop), QPointF(base.x() - w * 0.1 - tw / 2, base.y() - h),
            QPointF(base.x() - w * 0.1 + tw * 0.05, towerTop)},
        s.lit(QColor(80, 90, 96)));
    const QPointF tip(base.x() - w * 0.1 - tw / 2, base.y() - h);
    s.c.p.setPen(QPen(s.lit(QColor(200, 170, 90)), std::max(1.0, h * 0.012)));
    s.c.p.drawLine(tip, tip + QPointF(0, -h * 0.07));
    s.c.p.drawLine(tip + QPointF(-h * 0.025, -h * 0.05), tip + QPointF(h * 0.025, -h * 0.05));
    s.c.p.setPen(Qt::NoPen);
    // Arched windows: stained glass that glows at night.
    s.c.p.setBrush(s.dusk > 0.3 ? s.window() : s.lit(QColor(60, 70, 110)));
    for (int k = 0; k < 4; ++k) {
        const QRectF r(base.x() + w * (0.0 + k * 0.14), base.y() - nave * 0.75, w * 0.06, nave * 0.45);
        s.c.p.drawRoundedRect(r, r.width() / 2, r.width() / 2);
    }
    s.c.p.drawEllipse(QPointF(base.x() - w * 0.1 - tw / 2, towerTop + tw * 0.7), tw * 0.25, tw * 0.25);
    s.c.p.setBrush(s.lit(QColor(80, 55, 40)));
    s.c.p.drawRoundedRect(
        QRectF(base.x() - w * 0.1 - tw * 0.7, base.y() - tw * 0.8, tw * 0.4, tw * 0.8), tw * 0.2, tw * 0.2);
}

namespace {

void crenellated(const Stage &s, QRectF r, const QColor &col)
{
    s.c.p.setBrush(col);
    s.c.p.drawRect(r);
    const int n = std::max(3, int(r.width() / (s.c.H() * 0.025)) | 1);
    const double mw = r.width() / n;
    for (int k = 0; k < n; k += 2)
        s.c.p.drawRect(QRectF(r.left() + k * mw, r.top() - mw * 0.8, mw, mw * 0.8 + 1));
}

} // namespace

void drawCastle(const Stage &s, QPointF base, double h, const QColor &col)
{
    const QColor stone = s.lit(col), shade = stone.darker(118);
    const double w = h * 1.9;
    crenellated(s, QRectF(base.x() - w * 0.14, base.y() - h * 0.82, w * 0.28, h * 0.82), shade); // the keep
    waveFlag(s, QPointF(base.x(), base.y() - h * 0.86), h * 0.16, QColor(190, 30, 40));
    crenellated(s, QRectF(base.x() - w * 0.45, base.y() - h * 0.42, w * 0.9, h * 0.42), stone); // curtain wall
    for (int side : {-1, 1}) {
        const QRectF tower(base.x() + side * w * 0.45 - h * 0.12, base.y() - h * 0.68, h * 0.24, h * 0.68);
        crenellated(s, tower, side < 0 ? stone : shade);
        s.c.p.setBrush(s.window());
        s.c.p.drawRoundedRect(
            QRectF(tower.center().x() - h * 0.02, tower.top() + h * 0.12, h * 0.04, h * 0.09), h * 0.02, h * 0.02);
    }
    s.c.p.setBrush(s.lit(QColor(50, 36, 28))); // the gate
    const QRectF gate(base.x() - h * 0.09, base.y() - h * 0.24, h * 0.18, h * 0.24);
    s.c.p.drawChord(QRectF(gate.left(), gate.top(), gate.width(), gate.width()), 0, 180 * 16); // its arch
    s.c.p.drawRect(gate.adjusted(0, gate.width() / 2 - 0.5, 0, 0));
    s.c.p.setBrush(s.window());
    for (int k = -1; k <= 1; k += 2)
        s.c.p.drawRoundedRect(
            QRectF(base.x() + k * w * 0.07 - h * 0.02, base.y() - h * 0.68, h * 0.04, h * 0.1), h * 0.02, h * 0.02);
}

void drawLighthouse(const Stage &s, QPointF base, double h, const QColor &col)
{
    const double bw = h * 0.24, tw = h * 0.15, bodyH = h * 0.78;
    const QPointF top(base.x(), base.y() - bodyH);
    // Painted bands: the plan's colour on white, each band a trapezoid of the tapering tower.
    const int bands = 5;
    for (int k = 0; k < bands; ++k) {
        const double y0 = double(k) / bands, y1 = double(k + 1) / bands;
        const double w0 = bw + (tw - bw) * y0, w1 = bw + (tw - bw) * y1;
        fillPolygon(s,
            {base + QPointF(-w0 / 2, -bodyH * y0), base + QPointF(w0 / 2, -bodyH * y0),
                base + QPointF(w1 / 2, -bodyH * y1), base + QPointF(-w1 / 2, -bodyH * y1)},
            k % 2 ? s.lit(QColor(242, 240, 234)) : s.lit(col));
    }
    s.c.p.setBrush(s.lit(QColor(40, 40, 44)));
    s.c.p.drawRect(QRectF(top.x() - tw * 0.75, top.y() - h * 0.025, tw * 1.5, h * 0.03)); // gallery
    const QRectF lantern(top.x() - tw * 0.38, top.y() - h * 0.14, tw * 0.76, h * 0.115);
    const bool lit = s.dusk > 0.3 || s.c.shot.hasWeather("fog") || s.c.shot.hasWeather("storm");
    s.c.p.setBrush(lit ? QColor(255, 236, 170) : s.lit(QColor(170, 200, 210)));
    s.c.p.drawRect(lantern);
    s.c.p.setBrush(s.lit(QColor(40, 40, 44)));
    s.c.p.drawChord(QRectF(top.x() - tw * 0.5, lantern.top() - h * 0.08, tw, h * 0.16), 0, 180 * 16); // the cap
    s.c.p.setBrush(s.window());
    s.c.p.drawRect(QRectF(base.x() - bw * 0.08, base.y() - bodyH * 0.5, bw * 0.16, bodyH * 0.07));
    if (!lit)
        return;
    // The beam turns: seen from the side it sweeps out to one side, shortens as it swings toward
    // or away from us, then sweeps out to the other; the lamp flares when it faces us.
    const QPointF lamp = lantern.center();
    const double a = s.st * 1.6 + 0.6;
    const double reach = std::sin(a) * s.c.H() * 0.95, facing = std::cos(a);
    s.c.p.save();
    s.c.p.setCompositionMode(QPainter::CompositionMode_Plus);
    QLinearGradient g(lamp, lamp + QPointF(reach, 0));
    g.setColorAt(0, QColor(255, 240, 190, int(160 * s.dusk + 40)));
    g.setColorAt(1, QColor(255, 240, 190, 0));
    s.c.p.setBrush(g);
    const double spread = s.c.H() * 0.04 + std::abs(reach) * 0.06;
    s.c.p.drawPolygon(QPolygonF({lamp + QPointF(0, -h * 0.02), lamp + QPointF(reach, -spread),
        lamp + QPointF(reach, spread), lamp + QPointF(0, h * 0.02)}));
    s.c.p.restore();
    s.c.glow(lamp, h * (0.12 + 0.2 * std::max(0.0, facing)), QColor(255, 236, 180), 0.9);
}

void drawSkyline(const Stage &s, QPointF base, double h, const QColor &col, uint64_t seed)
{
    const double W = h * 2.4;
    for (int pass = 0; pass < 2; ++pass)
        for (int k = 0; k < 7; ++k) {
            const double x = base.x() - W / 2 + (k + 0.5 * pass) * W / 7;
            const double tall = h * (pass ? 0.55 : 0.7) * randRange(seed, 740 + uint64_t(pass), uint64_t(k), 0.5, 1.0)
                * (k == 3 && !pass ? 1.45 : 1);
            const double bw = W / 7 * (pass ? 0.8 : 0.7);
            const QColor body = s.lit(pass ? col.darker(125) : col);
            s.c.p.setBrush(pass ? body : body.lighter(110));
            s.c.p.drawRect(QRectF(x, base.y() - tall, bw, tall));
            if (k == 3 && !pass) { // the tallest wears a spire
                s.c.p.setPen(QPen(body, std::max(1.0, h * 0.008)));
                s.c.p.drawLine(QPointF(x + bw / 2, base.y() - tall), QPointF(x + bw / 2, base.y() - tall - h * 0.12));
                s.c.p.setPen(Qt::NoPen);
            }
            windowGrid(s, QRectF(x + bw * 0.1, base.y() - tall + h * 0.02, bw * 0.8, tall - h * 0.04), 4,
                std::max(3, int(tall / (h * 0.05))), 0.5);
        }
}

void drawTemple(const Stage &s, QPointF base, double h, const QColor &col)
{
    const double w = h * 1.8;
    const QColor marble = s.lit(col), shade = marble.darker(125);
    for (int k = 0; k < 3; ++k) { // stepped base
        s.c.p.setBrush(k % 2 ? shade : marble);
        s.c.p.drawRect(
            QRectF(base.x() - w / 2 + k * h * 0.04, base.y() - h * 0.05 * (k + 1), w - k * h * 0.08, h * 0.05));
    }
    const double colTop = base.y() - h * 0.72, colBottom = base.y() - h * 0.15;
    s.c.p.setBrush(shade.darker(130));
    s.c.p.drawRect(QRectF(base.x() - w * 0.43, colTop, w * 0.86, colBottom - colTop)); // the shadowed cella
    for (int k = 0; k < 8; ++k) {
        const double x = base.x() - w * 0.42 + k * w * 0.84 / 7;
        s.c.p.setBrush(marble);
        s.c.p.drawRect(QRectF(x - h * 0.035, colTop, h * 0.07, colBottom - colTop));
        s.c.p.setBrush(shade);
        s.c.p.drawRect(QRectF(x + h * 0.01, colTop, h * 0.025, colBottom - colTop));
    }
    s.c.p.setBrush(marble);
    s.c.p.drawRect(QRectF(base.x() - w * 0.48, colTop - h * 0.1, w * 0.96, h * 0.1));
    fillPolygon(s,
        {QPointF(base.x() - w * 0.5, colTop - h * 0.1), QPointF(base.x(), base.y() - h),
            QPointF(base.x() + w * 0.5, colTop - h * 0.1)},
        marble.lighter(104));
    fillPolygon(s,
        {QPointF(base.x() - w * 0.4, colTop - h * 0.12), QPointF(base.x(), base.y() - h * 0.94),
            QPointF(base.x() + w * 0.4, colTop - h * 0.12)},
        shade);
}

void drawPyramid(const Stage &s, QPointF base, double h, const QColor &col)
{
    const double w = h * 2.1;
    const QPointF apex = base + QPointF(w * 0.08, -h);
    fillPolygon(
        s, {base + QPointF(-w / 2, 0), apex, base + QPointF(w * 0.2, 0)}, s.lit(col).lighter(108)); // the lit face
    fillPolygon(
        s, {base + QPointF(w * 0.2, 0), apex, base + QPointF(w / 2, 0)}, s.lit(col).darker(140)); // the shaded one
    s.c.p.setPen(QPen(s.lit(col).darker(125), std::max(1.0, h * 0.006))); // courses of stone
    for (int k = 1; k < 12; ++k) {
        const double u = k / 12.0;
        s.c.p.drawLine(base + QPointF(-w / 2, 0) + (apex - base - QPointF(-w / 2, 0)) * u,
            base + QPointF(w * 0.2, 0) + (apex - base - QPointF(w * 0.2, 0)) * u);
    }
    s.c.p.setPen(Qt::NoPen);
}

void drawWindmill(const Stage &s, QPointF base, double h, const QColor &col)
{
    const double bw = h * 0.36, tw = h * 0.2, bodyH = h * 0.62;
    fillPolygon(s,
        {base + QPointF(-bw / 2, 0), base + QPointF(-tw / 2, -bodyH), base + QPointF(tw / 2, -bodyH),
            base + QPointF(bw / 2, 0)},
        s.lit(col));
    fillPolygon(s,
        {base + QPointF(-tw * 0.62, -bodyH), base + QPointF(0, -bodyH - h * 0.14), base + QPointF(tw * 0.62, -bodyH)},
        s.lit(QColor(70, 60, 56)));
    s.c.p.setBrush(s.lit(QColor(70, 50, 36)));
    s.c.p.drawRoundedRect(
        QRectF(base.x() - bw * 0.12, base.y() - bodyH * 0.25, bw * 0.24, bodyH * 0.25), bw * 0.1, bw * 0.1);
    s.c.p.setBrush(s.window());
    s.c.p.drawRect(QRectF(base.x() - tw * 0.12, base.y() - bodyH * 0.62, tw * 0.24, bodyH * 0.12));
    // Four lattice sails turning about the hub; faster in the wind.
    const QPointF hub = base + QPointF(0, -bodyH + h * 0.02);
    const bool windy = s.c.shot.hasWeather("wind") || s.c.shot.hasWeather("storm");
    const double angle = s.st * (windy ? 1.6 : 0.7) * 180 / M_PI;
    s.c.p.save();
    s.c.p.translate(hub);
    s.c.p.rotate(angle);
    const QColor frame = s.lit(QColor(90, 70, 50)), cloth = s.lit(QColor(236, 230, 214));
    for (int k = 0; k < 4; ++k) {
        s.c.p.setBrush(frame);
        s.c.p.drawRect(QRectF(-h * 0.012, 0, h * 0.024, h * 0.62));
        s.c.p.setBrush(cloth);
        s.c.p.drawRect(QRectF(h * 0.016, h * 0.12, h * 0.1, h * 0.48));
        s.c.p.setPen(QPen(frame, std::max(1.0, h * 0.006)));
        for (int i = 0; i < 5; ++i)
            s.c.p.drawLine(QPointF(h * 0.016, h * (0.12 + i * 0.12)), QPointF(h * 0.116, h * (0.12 + i * 0.12)));
        s.c.p.setPen(Qt::NoPen);
        s.c.p.rotate(90);
    }
    s.c.p.restore();
    s.c.p.setBrush(frame);
    s.c.p.drawEllipse(hub, h * 0.03, h * 0.03);
}

// Courses of stone across the whole frame (a little past its edges, for the camera's moves), each
// course's joints offset from the one below.
void drawWall(const Stage &s, double W, double topY, double h, const QColor &col)
{
    QPainter &p = s.c.p;
    const double left = -W * 0.2, width = W * 1.4;
    p.setBrush(s.lit(col));
    p.drawRect(QRectF(left, topY, width, h));
    p.setBrush(s.lit(col).lighter(112));
    p.drawRect(QRectF(left, topY - h * 0.08, width, h * 0.1)); // the coping stones
    const int courses = 4;
    const double course = h / courses, stone = course * 2.2, joint = std::max(1.0, course * 0.08);
    p.setBrush(s.lit(col).darker(135));
    for (int row = 0; row < courses; ++row) {
        const double y = topY + row * course;
        p.drawRect(QRectF(left, y, width, joint));
        for (double x = left + (row % 2) * stone * 0.5; x < left + width; x += stone)
            p.drawRect(QRectF(x, y, joint, course));
    }
}

void drawBlock(const Stage &s, QPointF base, double h, const QColor &col)
{
    const double w = h * 0.6;
    s.c.p.setBrush(s.lit(col));
    s.c.p.drawRect(QRectF(base.x() - w / 2, base.y() - h, w, h));
    s.c.p.setBrush(s.lit(col).darker(125));
    s.c.p.drawRect(QRectF(base.x() + w * 0.3, base.y() - h, w * 0.2, h));
    windowGrid(s, QRectF(base.x() - w * 0.45, base.y() - h * 0.95, w * 0.72, h * 0.85), 5, 10);
}

} // namespace rc::engine::buildings
