#include "engine/render/Canvas.h"

#include "engine/render/AdditiveLight.h"
#include "engine/render/HeightField.h"
#include "engine/render/Random.h"
#include "engine/render/SoftLines.h"

#include <QPainterPath>

#include <cmath>

namespace rc::engine {

namespace {
const QRgb kSunbeam = qRgb(255, 236, 190);
const QColor kNeon[] = {QColor(255, 40, 170), QColor(40, 230, 255), QColor(170, 80, 255), QColor(255, 210, 60), QColor(60, 255, 140)};

// The beat pulse: 1 on a beat, decaying over 0.25 s; neon and light pulse with the music.
double beatPulse(const DrawContext &c)
{
    const TimelineEvent *b = c.tl.latest(EventKind::Beat, c.t + 1e-6, 0.3);
    return b ? b->strength * std::exp(-(c.t - b->timeSec) / 0.1) : 0.0;
}

void drawSkyline(const DrawContext &c, double depth, int count, double baseY, double minH, double maxH,
                 const QColor &body, uint64_t stream, bool night, bool neon, bool edgesOnly = false)
{
    c.enterLayer(depth);
    const double W = c.W(), H = c.H();
    double x = -W * 0.7;
    c.p.setRenderHint(QPainter::Antialiasing, false);
    for (int i = 0; x < W * 1.7; ++i) {
        const double w = W * randRange(c.seed, stream, uint64_t(i), 0.6, 1.4) * 1.6 / count;
        if (edgesOnly && x + w > W * 0.22 && x < W * 0.78) {
            x += w; // near buildings frame the street; the middle stays open to the road
            continue;
        }
        const double h = H * randRange(c.seed, stream + 1, uint64_t(i), minH, maxH);
        const QRectF r(x, baseY - h, w * 0.94, h + H * 1.5);
        c.p.fillRect(r, c.look.lit(body, randRange(c.seed, stream + 2, uint64_t(i), 0.8, 1.2)));
        // Windows: a regular grid; at night a seeded share is lit, flickering slowly.
        const double ww = std::max(2.0, w * 0.09), wh = std::max(2.0, H * 0.012);
        const QColor lit = night ? QColor(255, 214, 140) : c.look.lit(QColor(150, 180, 205));
        for (double wy = baseY - h + wh * 1.5; wy < baseY - wh; wy += wh * 2.2)
            for (double wx = x + ww; wx < x + w * 0.9 - ww; wx += ww * 2) {
                const uint64_t id = uint64_t(wx * 7 + wy * 131);
                if (night && rand01(c.seed, stream + 3, id) > 0.35)
                    continue;
                if (!night && rand01(c.seed, stream + 3, id) > 0.6)
                    continue;
                c.p.fillRect(QRectF(wx, wy, ww, wh), lit);
            }
        if (neon && rand01(c.seed, stream + 4, uint64_t(i)) < 0.5) {
            const QColor col = kNeon[hashOf(c.seed, stream + 5, uint64_t(i)) % 5];
            const double flick = 0.55 + 0.45 * beatPulse(c) + 0.25 * (valueNoise(c.seed + i, c.t * 6) - 0.5);
            const bool vertical = rand01(c.seed, stream + 7, uint64_t(i)) < 0.5;
            const QRectF sign = vertical ? QRectF(x + w * 0.7, baseY - h * randRange(c.seed, stream + 6, uint64_t(i), 0.4, 0.9), w * 0.16, H * 0.16)
                                         : QRectF(x + w * 0.12, baseY - h * randRange(c.seed, stream + 6, uint64_t(i), 0.3, 0.8), w * 0.7, H * 0.05);
            c.p.setRenderHint(QPainter::Antialiasing, true);
            c.glow(sign.center(), std::max(sign.width(), sign.height()) * 1.1, col, 0.9 * flick);
            QColor fill = col;
            fill.setAlphaF(float(std::clamp(0.35 * flick, 0.0, 1.0)));
            c.p.fillRect(sign, fill);
            c.p.setPen(QPen(col.lighter(100 + int(40 * flick)), std::max(1.5, H * 0.004)));
            c.p.setBrush(Qt::NoBrush);
            c.p.drawRoundedRect(sign, 3, 3);
            c.p.setPen(Qt::NoPen);
            c.p.setRenderHint(QPainter::Antialiasing, false);
        }
        x += w;
    }
    c.p.setRenderHint(QPainter::Antialiasing, true);
}
} // namespace

void drawCity(const DrawContext &c)
{
    const bool night = c.shot.light == QLatin1String("night") || c.shot.lightEnd == QLatin1String("night");
    const bool neon = c.shot.hasEffect("neon") || (night && c.shot.style == QLatin1String("scifi"));
    const double H = c.H(), W = c.W(), hz = c.horizon();
    drawSky(c);
    drawClouds(c, night ? 0.3 : 0.8);
    drawSkyline(c, 9, 18, hz + H * 0.02, 0.12, 0.3, QColor(70, 84, 110), 100, night, false);
    drawSkyline(c, 4, 10, hz + H * 0.12, 0.2, 0.45, QColor(52, 60, 80), 110, night, neon);
    // Road with traffic: at night or in a time-lapse, streams of light ("rivers of traffic").
    // A rising camera looks down at the street it leaves: the road keeps most of its place in
    // the frame (its layer sinks far less than its depth alone would make it) and its lanes
    // spread apart, seen more from above.
    c.enterLayer(1.6);
    const double rise = c.cam.rise;
    c.p.translate(0, -rise * H * 0.6 / 1.6 * 0.85);
    const double roadTop = hz + H * 0.14;
    const double laneGap = H * 0.045 * (1 + 1.2 * rise);
    c.p.fillRect(QRectF(-W, roadTop, W * 3, H * 1.5), c.look.lit(QColor(48, 50, 56)));
    const bool trails = night || c.shot.camera.timeLapse;
    const double speed = c.shot.camera.timeLapse ? 3.0 : 1.0;
    // A vehicle of the shot drives in the near lane: no other traffic runs through its band,
    // where trails would show under its body between the wheels and across its skirt.
    double clearTop = 1e9, clearBottom = -1e9;
    for (const SubjectPlan &s : c.shot.subjects)
        if (s.kind == QLatin1String("car") || s.kind == QLatin1String("bus") || s.kind == QLatin1String("train")
            || s.kind == QLatin1String("motorbike") || s.kind == QLatin1String("bicycle")) {
            const QTransform subjectLayer = c.cam.layer(1.0, c.size);
            const double ground = H * kSubjectGroundY, under = H * 0.3 * s.scale * 0.12; // under a body
            clearTop = std::min(clearTop, subjectLayer.map(QPointF(0, ground - under)).y());
            clearBottom = std::max(clearBottom, subjectLayer.map(QPointF(0, ground + H * 0.02)).y());
        }
    for (int lane = 0; lane < 4; ++lane) {
        const double y = roadTop + H * 0.03 * (1 + rise) + laneGap * lane;
        const double frameY = c.p.transform().map(QPointF(0, y)).y();
        if (frameY > clearTop - H * 0.01 && frameY < clearBottom)
            continue;
        const bool toward = lane < 2;
        const QColor head = toward ? QColor(255, 244, 220) : QColor(255, 50, 40);
        for (int k = 0; k < 14; ++k) {
            const double phase = rand01(c.seed, 120 + uint64_t(lane), uint64_t(k));
            const double v = W * 0.25 * speed * (toward ? 1 : -1) * randRange(c.seed, 130 + uint64_t(lane), uint64_t(k), 0.8, 1.2);
            const double span = W * 2.4;
            double x = std::fmod(phase * span + c.t * v + span * 10, span) - W * 0.7;
            if (trails) {
                const double len = std::abs(v) * (c.shot.camera.timeLapse ? 0.6 : 0.15);
                QLinearGradient g(x, 0, x - len * (toward ? 1 : -1), 0);
                QColor c0 = head, c1 = head;
                c1.setAlpha(0);
                g.setColorAt(0, c0);
                g.setColorAt(1, c1);
                c.p.fillRect(QRectF(std::min(x, x - len * (toward ? 1 : -1)), y - H * 0.004, len, H * 0.008), g);
            } else {
                const double cw = W * 0.05, chh = H * 0.025;
                c.p.setPen(Qt::NoPen);
                c.p.setBrush(c.look.lit(QColor(QRgb(hashOf(c.seed, 140, uint64_t(lane * 31 + k)) | 0xff404040))));
                c.p.drawRoundedRect(QRectF(x, y - chh, cw, chh), chh * 0.3, chh * 0.3);
            }
        }
    }
    drawSkyline(c, 1.6, 5, roadTop + H * 0.2, 0.6, 0.95, QColor(34, 38, 52), 150, night, neon, true);
}

void drawInterior(const DrawContext &c)
{
    const double W = c.W(), H = c.H();
    const bool cafe = c.shot.hasDetail("cafe");
    const bool rain = c.shot.hasWeather("rain");
    c.enterLayer(4);
    const QColor wall = cafe ? QColor(120, 84, 60) : QColor(206, 196, 180);
    QLinearGradient wg(0, -H * 0.3, 0, H);
    wg.setColorAt(0, c.look.lit(wall.darker(125)));
    wg.setColorAt(1, c.look.lit(wall));
    c.p.fillRect(QRectF(-W, -H, W * 3, H * 3), wg);
    // The window: the outside world seen through glass. Rain greys it; sun pours through it.
    const QRectF win = cafe || rain ? QRectF(W * 0.08, H * 0.06, W * 0.84, H * 0.58)
                                    : QRectF(W * 0.58, H * 0.05, W * 0.34, H * 0.52);
    c.p.save();
    c.p.setClipRect(win);
    QLinearGradient sky(0, win.top(), 0, win.bottom());
    sky.setColorAt(0, c.look.skyTop);
    sky.setColorAt(1, c.look.skyBottom);
    c.p.fillRect(win, sky);
    // Blurry street beyond: soft light blobs (bokeh).
    for (int i = 0; i < 14; ++i) {
        const QPointF pt(win.left() + win.width() * rand01(c.seed, 200, uint64_t(i)),
                         win.top() + win.height() * randRange(c.seed, 201, uint64_t(i), 0.5, 1.0));
        const QColor col = rain ? QColor(255, 200, 120) : QColor(255, 255, 240);
        c.glow(pt, H * randRange(c.seed, 202, uint64_t(i), 0.03, 0.07), col, rain ? 0.35 : 0.15);
    }
    c.p.fillRect(QRectF(win.left(), win.top() + win.height() * 0.72, win.width(), win.height()),
                 c.look.lit(QColor(60, 66, 76)));
    c.p.restore();
    c.p.setPen(QPen(c.look.lit(QColor(70, 50, 36)), std::max(3.0, H * 0.014)));
    c.p.setBrush(Qt::NoBrush);
    c.p.drawRect(win);
    c.p.drawLine(QPointF(win.center().x(), win.top()), QPointF(win.center().x(), win.bottom()));
    c.p.drawLine(QPointF(win.left(), win.center().y()), QPointF(win.right(), win.center().y()));
    if (cafe) {
        // Warm pendant lamps in front of the window.
        for (int i = 0; i < 3; ++i) {
            const QPointF lamp(W * (0.22 + 0.28 * i), H * 0.16);
            c.p.setPen(QPen(QColor(30, 24, 20), 0));
            c.p.drawLine(QPointF(lamp.x(), -H), lamp);
            c.glow(lamp + QPointF(0, H * 0.03), H * 0.18, QColor(255, 180, 90), 0.5);
            c.p.setPen(Qt::NoPen);
            c.p.setBrush(QColor(60, 44, 30));
            c.p.drawChord(QRectF(lamp.x() - H * 0.05, lamp.y() - H * 0.02, H * 0.1, H * 0.1), 0, 180 * 16);
        }
    }
    const double top = H * 0.66;
    if (cafe)
        drawCafeProps(c, top, CafePart::BehindTable);
    // Table top: planks of wood (or marble), in perspective.
    c.enterLayer(1.3);
    // Its outline: the top edge and the two sides widening toward the viewer, a height field.
    const QPolygonF table{QPointF(-W * 0.3, H * 1.5), QPointF(-W * 0.1, top), QPointF(W * 1.1, top), QPointF(W * 1.3, H * 1.5)};
    const bool marble = c.shot.hasDetail("marble");
    const QColor wood = marble ? QColor(226, 224, 220) : QColor(150, 96, 56);
    QLinearGradient tg(0, top, 0, H);
    tg.setColorAt(0, c.look.lit(wood.darker(115)));
    tg.setColorAt(1, c.look.lit(wood.lighter(108)));
    if (!fillHeightField(c.p, table, H * 1.5, tg)) {
        c.p.setPen(Qt::NoPen);
        c.p.setBrush(tg);
        c.p.drawPolygon(table);
    }
    const QColor grain = c.look.lit(wood.darker(135));
    for (int i = 0; i < 22; ++i) {
        const double v = (i + 0.5) / 22.0;
        const double xs = -W * 0.1 + W * 1.2 * v, xe = -W * 0.3 + W * 1.6 * v;
        QPolygonF line;
        for (int k = 0; k <= 8; ++k) {
            const double s = k / 8.0;
            line << QPointF(xs + (xe - xs) * s + std::sin(s * 6 + i) * W * 0.002, top + (H * 1.5 - top) * s);
        }
        strokePolyline(c.p, line, grain, 0);
    }
    c.p.setPen(QPen(c.look.lit(wood.lighter(130)), 0));
    c.p.drawLine(QPointF(-W * 0.1, top), QPointF(W * 1.1, top));
    if (cafe)
        drawCafeProps(c, top, CafePart::OnTable);
    if (c.shot.hasEffect("windowLight") && !rain) {
        // Sunbeams from the window across the room, breathing slightly.
        c.enterLayer(2);
        for (int i = 0; i < 4; ++i) {
            const double a = 0.16 + 0.05 * std::sin(c.t * 0.7 + i * 1.3);
            const double x0 = win.left() + win.width() * (0.1 + 0.22 * i);
            paintShaft(c.p, {win.top(), H * 1.1, x0, x0 + win.width() * 0.16, x0 - W * 0.5, x0 - W * 0.25, win.top(), H},
                       kSunbeam, a);
        }
    }
}

void drawSpace(const DrawContext &c)
{
    const double W = c.W(), H = c.H();
    drawSky(c);
    c.enterLayer(30);
    static const QRgb nebula[] = {0x8040c0, 0x2060d0, 0xd04080};
    for (int i = 0; i < 3; ++i) {
        QColor col(c.shot.palette.isEmpty() ? nebula[i] : c.shot.palette[i % c.shot.palette.size()].rgb());
        c.glow(QPointF(W * randRange(c.seed, 210, uint64_t(i), 0.1, 0.9), H * randRange(c.seed, 211, uint64_t(i), 0.1, 0.6)),
               H * 0.5, col, 0.22);
    }
    c.enterLayer(12);
    const QPointF planet(W * 0.72, H * 0.38);
    const double r = H * 0.22;
    QRadialGradient pg(planet - QPointF(r * 0.4, r * 0.4), r * 1.4);
    pg.setColorAt(0, QColor(230, 170, 120));
    pg.setColorAt(0.7, QColor(140, 80, 60));
    pg.setColorAt(1, QColor(30, 16, 20));
    c.p.setPen(Qt::NoPen);
    c.p.setBrush(pg);
    c.p.drawEllipse(planet, r, r);
    c.p.setPen(QPen(QColor(230, 210, 180, 140), std::max(1.5, H * 0.004)));
    c.p.setBrush(Qt::NoBrush);
    c.p.drawEllipse(planet, r * 1.7, r * 0.35);
    if (!c.shot.subjects.isEmpty() && c.shot.subject("astronaut"))
        drawRidge(c, 1.5, H * 0.84, H * 0.05, 2, c.look.lit(QColor(120, 120, 126)), 212);
}

void drawUnderwater(const DrawContext &c)
{
    const double W = c.W(), H = c.H();
    c.enterLayer(30);
    QLinearGradient g(0, 0, 0, H);
    g.setColorAt(0, c.look.skyTop);
    g.setColorAt(1, c.look.skyBottom);
    c.p.fillRect(QRectF(-W, -H, W * 3, H * 3), g);
    // Shafts of sunlight from the surface, swaying and pulsing slowly.
    for (int i = 0; i < 6; ++i) {
        const double x = W * (0.1 + 0.16 * i) + std::sin(c.t * 0.5 + i) * W * 0.03;
        const double strength = (50 + 25 * std::sin(c.t * 1.3 + i * 2)) / 255.0;
        paintShaft(c.p, {-H * 0.1, H, x, x + W * 0.05, x + W * 0.08, x + W * 0.2, 0, H}, qRgb(160, 230, 255), strength);
    }
    drawRidge(c, 3, H * 0.92, H * 0.06, 2, c.look.lit(QColor(180, 160, 110)), 220);
    c.enterLayer(1.4);
    for (int i = 0; i < 12; ++i) {
        const double x = W * randRange(c.seed, 221, uint64_t(i), -0.1, 1.1);
        const double h = H * randRange(c.seed, 222, uint64_t(i), 0.15, 0.4);
        QPainterPath weed;
        weed.moveTo(x - H * 0.01, H);
        for (int k = 1; k <= 8; ++k) {
            const double s = k / 8.0;
            weed.lineTo(x + std::sin(c.t * 1.2 + s * 3 + i) * H * 0.03 * s, H - h * s);
        }
        for (int k = 8; k >= 1; --k) {
            const double s = k / 8.0;
            weed.lineTo(x + H * 0.012 * (1 - s) + std::sin(c.t * 1.2 + s * 3 + i) * H * 0.03 * s, H - h * s);
        }
        weed.closeSubpath();
        c.p.setPen(Qt::NoPen);
        c.p.setBrush(QColor(30, 120 + (i * 13) % 60, 70));
        c.p.drawPath(weed);
    }
}

void drawFarm(const DrawContext &c)
{
    const double W = c.W(), H = c.H(), hz = c.horizon();
    drawSky(c);
    drawClouds(c, 0.8);
    drawRidge(c, 8, hz, H * 0.08, 1.5, c.look.lit(QColor(110, 150, 100)), 230);
    c.enterLayer(2.5);
    static const QRgb fields[] = {0xd8b850, 0x7fae4a, 0xa8c060, 0xc89a40};
    for (int i = 0; i < 6; ++i) {
        const double y0 = hz + H * 0.02 + H * 0.07 * i * (1 + i * 0.25);
        c.p.fillRect(QRectF(-W, y0, W * 3, H * 0.5), c.look.lit(QColor(fields[i % 4])));
    }
    const QRectF barn(W * 0.12, hz - H * 0.06, W * 0.1, H * 0.1);
    c.p.fillRect(barn, c.look.lit(QColor(170, 40, 30)));
    const QPointF roof[3] = {barn.topLeft() + QPointF(-W * 0.01, 0), barn.topRight() + QPointF(W * 0.01, 0),
                             QPointF(barn.center().x(), barn.top() - H * 0.05)};
    c.p.setPen(Qt::NoPen);
    c.p.setBrush(c.look.lit(QColor(90, 60, 50)));
    c.p.drawPolygon(roof, 3);
    drawTrees(c, 3, 5, hz + H * 0.03, H * 0.14, QColor(60, 120, 50), 231);
}

void drawAbstract(const DrawContext &c)
{
    const double W = c.W(), H = c.H();
    QList<QColor> pal = c.shot.palette;
    if (pal.isEmpty())
        pal = {QColor(80, 60, 160), QColor(220, 90, 140), QColor(40, 160, 180)};
    c.enterLayer(20);
    QLinearGradient g(0, 0, W, H);
    g.setColorAt(0, pal[0].darker(220));
    g.setColorAt(1, pal[pal.size() > 1 ? 1 : 0].darker(260));
    c.p.fillRect(QRectF(-W, -H, W * 3, H * 3), g);
    for (int i = 0; i < 7; ++i) {
        const QColor col = pal[i % pal.size()];
        const QPointF pt(W * (0.5 + 0.45 * std::sin(c.t * 0.23 + i * 1.9)), H * (0.5 + 0.4 * std::cos(c.t * 0.19 + i * 2.7)));
        c.glow(pt, H * (0.25 + 0.1 * (i % 3)), col, 0.35);
    }
    c.enterLayer(2);
    for (int k = 0; k < 9; ++k) {
        QColor col = pal[k % pal.size()].lighter(140);
        col.setAlpha(120);
        QPolygonF line;
        for (int i = 0; i <= 60; ++i) {
            const double x = -W * 0.2 + W * 1.4 * i / 60;
            line << QPointF(x, H * (0.3 + 0.05 * k) + H * 0.08 * std::sin(x / W * 5 + c.t * 0.8 + k * 0.6));
        }
        strokePolyline(c.p, line, col, 0);
    }
}

} // namespace rc::engine
