#include "engine/render/Canvas.h"

#include "engine/render/Random.h"
#include "engine/render/SoftLines.h"

#include <QPainterPath>

#include <cmath>

namespace rc::engine {

namespace {
// The area a rain shower is seen in: the window indoors, the whole frame outdoors.
QRectF rainArea(const DrawContext &c)
{
    const double W = c.W(), H = c.H();
    if (c.shot.setting != QLatin1String("interior"))
        return QRectF(0, 0, W, H);
    return QRectF(W * 0.08, H * 0.06, W * 0.84, H * 0.58);
}

void drawRain(const DrawContext &c)
{
    const double W = c.W(), H = c.H();
    const bool indoor = c.shot.setting == QLatin1String("interior");
    const QRectF area = rainArea(c);
    c.p.resetTransform();
    c.p.save();
    c.p.setClipRect(area);
    // Sparse, low-contrast streaks: dense bright ones double x264's work (platform-notes).
    const int n = int((indoor ? 90 : 170) * (W * H) / (1280.0 * 720.0)) + 30;
    const double slant = c.shot.hasWeather("wind") || c.shot.hasWeather("storm") ? 0.25 : 0.08;
    const double len = H * 0.045;
    const QColor streak(210, 220, 235, indoor ? 60 : 80);
    for (int i = 0; i < n; ++i) {
        const double speed = H * randRange(c.seed, 400, uint64_t(i), 1.6, 2.4);
        const double y = std::fmod(rand01(c.seed, 401, uint64_t(i)) * H * 1.3 + c.t * speed, H * 1.3) - H * 0.15;
        const double x = area.left() + std::fmod(rand01(c.seed, 402, uint64_t(i)) * area.width() + y * slant, area.width());
        strokeLine(c.p, QPointF(x, y), QPointF(x - len * slant, y - len), streak, 0);
    }
    if (!indoor) {
        // Small splashes where drops land on the ground.
        c.p.setPen(QPen(QColor(220, 230, 240, 90), 0));
        c.p.setBrush(Qt::NoBrush);
        for (int i = 0; i < 40; ++i) {
            const double life = std::fmod(c.t * 3 + rand01(c.seed, 403, uint64_t(i)), 1.0);
            const uint64_t gen = uint64_t(c.t * 3 + rand01(c.seed, 403, uint64_t(i)));
            const double x = rand01(c.seed, 404, uint64_t(i) * 977 + gen) * W;
            const double y = c.horizon() + (H - c.horizon()) * rand01(c.seed, 405, uint64_t(i) * 977 + gen);
            const double r = H * 0.012 * life;
            c.p.drawArc(QRectF(x - r, y - r * 0.3, 2 * r, r * 0.6), 0, 180 * 16);
        }
    }
    c.p.restore();
    if (indoor) {
        // Drops on the glass: each DropHit event leaves a bead that creeps down, with a ring.
        c.p.save();
        c.p.setClipRect(area);
        for (const auto &e : c.tl.events) {
            if (e.kind != EventKind::DropHit)
                continue;
            if (e.timeSec > c.t)
                break;
            const double age = c.t - e.timeSec;
            if (age > 5)
                continue;
            const QPointF at(area.left() + area.width() * e.x, area.top() + area.height() * e.y * 0.8 + H * 0.01 * age * age);
            const double r = H * 0.006 * (0.6 + e.strength);
            c.p.setPen(Qt::NoPen);
            c.p.setBrush(QColor(230, 240, 255, 150));
            c.p.drawEllipse(at, r, r * 1.2);
            c.p.setBrush(QColor(255, 255, 255, 200));
            c.p.drawEllipse(at + QPointF(-r * 0.3, -r * 0.4), r * 0.3, r * 0.3);
            if (age < 0.25) {
                const double rr = r * (1.5 + 10 * age);
                c.p.setPen(QPen(QColor(255, 255, 255, int(200 * (1 - age / 0.25))), 0));
                c.p.setBrush(Qt::NoBrush);
                c.p.drawEllipse(at, rr, rr * 0.8);
            }
        }
        c.p.restore();
    }
}

void drawSnow(const DrawContext &c)
{
    const double W = c.W(), H = c.H();
    c.p.resetTransform();
    c.p.setPen(Qt::NoPen);
    c.p.setBrush(QColor(255, 255, 255, 210));
    const int n = int(200 * (W * H) / (1280.0 * 720.0)) + 40;
    for (int i = 0; i < n; ++i) {
        const double depth = randRange(c.seed, 410, uint64_t(i), 0.4, 1.0);
        const double y = std::fmod(rand01(c.seed, 411, uint64_t(i)) * H * 1.2 + c.t * H * 0.12 * depth, H * 1.2) - H * 0.1;
        const double x = std::fmod(rand01(c.seed, 412, uint64_t(i)) * W * 1.2 + std::sin(c.t * 0.8 + i) * H * 0.02 + c.t * W * 0.01, W * 1.2) - W * 0.1;
        const double r = H * 0.004 * depth;
        c.p.drawEllipse(QPointF(x, y), r, r);
    }
}

void drawFog(const DrawContext &c, double amount)
{
    const double W = c.W(), H = c.H();
    c.p.resetTransform();
    c.p.save();
    c.p.setOpacity(amount);
    // The band was made at its shown size: placed on whole pixels it is a blend, not a resample.
    const QImage &band = c.sprites.fog;
    const bool ready = band.size() == fogBandSize(c.size);
    for (int i = 0; i < 6 && !band.isNull(); ++i) {
        const double x = std::fmod(rand01(c.seed, 420, uint64_t(i)) * W * 2 + c.t * W * 0.02 * (1 + i % 3), W * 2) - W * 0.8;
        const double y = c.horizon() + H * (randRange(c.seed, 421, uint64_t(i), -0.2, 0.3));
        if (ready)
            c.p.drawImage(QPoint(int(std::lround(x)), int(std::lround(y - H * 0.15))), band);
        else
            c.p.drawImage(QRectF(x, y - H * 0.15, W * 1.4, H * 0.35), band);
    }
    c.p.restore();
}

void drawMotes(const DrawContext &c, int count, const QColor &color, double size, double rise, uint64_t stream, bool glow)
{
    const double W = c.W(), H = c.H();
    c.p.resetTransform();
    c.p.setPen(Qt::NoPen);
    for (int i = 0; i < count; ++i) {
        const double x = std::fmod(rand01(c.seed, stream, uint64_t(i)) * W + std::sin(c.t * 0.7 + i) * H * 0.04 + c.t * W * 0.01, W);
        const double y = std::fmod(rand01(c.seed, stream + 1, uint64_t(i)) * H * 1.2 - c.t * H * rise + H * 12, H * 1.2) - H * 0.1;
        const double tw = 0.5 + 0.5 * std::sin(c.t * 3 + i * 2.1);
        if (glow)
            c.glow(QPointF(x, y), size * 4, color, 0.35 * tw);
        QColor col = color;
        col.setAlphaF(float(0.4 + 0.6 * tw));
        c.p.setBrush(col);
        c.p.drawEllipse(QPointF(x, y), size, size);
    }
}
} // namespace

void drawWeather(const DrawContext &c)
{
    if (c.shot.hasWeather("fog"))
        drawFog(c, 0.8);
    if (c.shot.hasWeather("rain") || c.shot.hasWeather("storm"))
        drawRain(c);
    if (c.shot.hasWeather("snow"))
        drawSnow(c);
}

void drawEffects(const DrawContext &c)
{
    const double H = c.H();
    if (c.shot.hasEffect("fireflies"))
        drawMotes(c, 24, QColor(255, 230, 120), H * 0.004, 0.01, 430, true);
    if (c.shot.hasEffect("windowLight") && !c.shot.hasWeather("rain"))
        drawMotes(c, 40, QColor(255, 240, 200, 160), H * 0.0025, 0.008, 440, false);
    if (c.shot.hasEffect("dust") || c.shot.hasDetail("mars"))
        drawMotes(c, 30, QColor(230, 170, 120, 120), H * 0.003, -0.004, 450, false);
    if (c.shot.hasEffect("bubbles") || c.shot.setting == QLatin1String("underwater"))
        drawMotes(c, 30, QColor(220, 245, 255, 150), H * 0.006, 0.08, 460, false);
    if (c.shot.hasEffect("leaves"))
        drawMotes(c, 20, QColor(220, 120, 40), H * 0.007, -0.05, 470, false);
    if (c.shot.hasEffect("butterflies") || (c.shot.setting == QLatin1String("garden") && c.shot.subject("cat")))
        drawMotes(c, 3, QColor(255, 250, 240), H * 0.008, 0.0, 480, false);
}

void drawLightning(const DrawContext &c)
{
    const TimelineEvent *flash = c.tl.latest(EventKind::Flash, c.t + 1e-6, 0.5);
    if (!flash)
        return;
    const double age = c.t - flash->timeSec;
    // A double flicker: bright at once, a dip, a second weaker pulse, then gone.
    const double env = flash->strength * (std::exp(-age / 0.05) + 0.6 * std::exp(-std::pow((age - 0.12) / 0.04, 2)));
    const double W = c.W(), H = c.H();
    c.p.resetTransform();
    if (age < 0.2) {
        QPainterPath bolt;
        double x = W * flash->x, y = 0;
        bolt.moveTo(x, y);
        for (int k = 1; k <= 9; ++k) {
            x += W * randRange(c.seed, 490, uint64_t(flash->frame * 16 + k), -0.04, 0.04);
            y = c.horizon() * k / 9.0;
            bolt.lineTo(x, y);
        }
        c.p.setPen(QPen(QColor(235, 240, 255, 230), std::max(1.5, H * 0.004)));
        c.p.setBrush(Qt::NoBrush);
        c.p.drawPath(bolt);
    }
    c.p.fillRect(QRectF(0, 0, W, H), QColor(225, 230, 255, std::clamp(int(200 * env), 0, 255)));
}

} // namespace rc::engine
