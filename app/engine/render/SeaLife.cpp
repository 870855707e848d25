#include "engine/render/SeaLife.h"

#include "engine/render/Random.h"

#include <QPainterPath>

#include <cmath>

namespace rc::engine {

namespace {
bool openWater(const ShotPlan &shot)
{
    return shot.setting == QLatin1String("ocean") || shot.setting == QLatin1String("beach");
}

// A side view facing +x, `len` long from snout to tail fork; `beat` -1..1 is the tail's stroke
// (the rear third bends and the fin swings), so the outline changes over the swim cycle.
// `banded`: a clownfish's three white bands, edged in black.
void drawFishBody(QPainter &p, SeaForm form, QPointF at, double len, int dir, double beat, const QColor &body,
                  double angleDeg = 0, bool banded = false)
{
    const double h = len * (form == SeaForm::Fish ? 0.2 : form == SeaForm::Shark ? 0.12 : 0.13);
    p.save();
    p.translate(at);
    p.scale(dir, 1);
    p.rotate(angleDeg);
    p.setPen(Qt::NoPen);
    const QColor fin = body.darker(125);
    constexpr int kSteps = 8;
    QPointF top[kSteps + 1], bottom[kSteps + 1];
    for (int i = 0; i <= kSteps; ++i) {
        const double s = double(i) / kSteps; // 0 snout .. 1 tail base
        const double x = len * (0.45 - 0.8 * s);
        const double half = h * (s < 0.3 ? std::sqrt(s / 0.3) : 1 - (s - 0.3) / 0.7 * 0.8);
        const double bend = beat * len * 0.06 * s * s;
        // A dolphin's and a whale's snout is a short beak: their outline narrows early.
        const double rise = form == SeaForm::Dolphin || form == SeaForm::Whale ? -h * 0.15 * (1 - s) : 0;
        top[i] = QPointF(x, bend - half + rise);
        bottom[i] = QPointF(x, bend + half * (form == SeaForm::Whale ? 1.15 : 0.9));
    }
    QPainterPath outline;
    outline.moveTo(top[0]);
    for (int i = 1; i <= kSteps; ++i)
        outline.lineTo(top[i]);
    // Tail fin: a fork at the end that swings with the stroke (whales and dolphins: flukes).
    const QPointF base = (top[kSteps] + bottom[kSteps]) / 2;
    const double finLen = len * (form == SeaForm::Fish ? 0.2 : 0.16);
    const double swing = beat * finLen * 0.6;
    outline.lineTo(base + QPointF(-finLen, -finLen * 0.9 + swing));
    outline.lineTo(base + QPointF(-finLen * 0.55, swing * 0.5));
    outline.lineTo(base + QPointF(-finLen, finLen * 0.9 + swing));
    for (int i = kSteps; i >= 0; --i)
        outline.lineTo(bottom[i]);
    outline.closeSubpath();
    p.setBrush(body);
    p.drawPath(outline);
    // Dorsal fin: tall on a shark, curved on a dolphin, a small one on a fish.
    if (form != SeaForm::Whale) {
        const double fh = len * (form == SeaForm::Shark ? 0.16 : form == SeaForm::Dolphin ? 0.11 : 0.08);
        const QPointF f0 = top[3], f1 = top[4];
        const QPointF fin3[3] = {f0, f1 + QPointF(-len * 0.06, -fh), f1 + QPointF(-len * 0.04, 0)};
        p.setBrush(fin);
        p.drawPolygon(fin3, 3);
    }
    // A paler belly and the eye.
    p.setBrush(body.lighter(form == SeaForm::Fish ? 125 : 145));
    p.drawEllipse(QPointF(len * 0.05, h * 0.45), len * 0.3, h * 0.35);
    if (banded) {
        p.save();
        p.setClipPath(outline);
        for (const double s : {0.12, 0.42, 0.78}) { // along the body, snout to tail base
            const int i = int(std::lround(s * kSteps));
            const double x = top[i].x(), y = (top[i].y() + bottom[i].y()) / 2;
            p.setBrush(QColor(20, 20, 24));
            p.drawRect(QRectF(x - len * 0.045, y - h * 1.3, len * 0.09, h * 2.6));
            p.setBrush(QColor(250, 250, 245));
            p.drawRect(QRectF(x - len * 0.03, y - h * 1.3, len * 0.06, h * 2.6));
        }
        p.restore();
    }
    p.setBrush(QColor(15, 15, 20));
    const double eye = std::max(0.8, len * (form == SeaForm::Fish ? 0.035 : 0.02));
    p.drawEllipse(QPointF(len * 0.34, -h * 0.2), eye, eye);
    p.restore();
}

void drawJellyfish(const DrawContext &c, QPointF at, double size, double pulse, const QColor &color)
{
    // The bell contracts (narrow, tall) and relaxes (wide) once a pulse; the tentacles trail.
    QPainter &p = c.p;
    const double w = size * (0.5 + 0.12 * pulse), h = size * (0.38 - 0.08 * pulse);
    QColor bell = c.look.lit(color);
    bell.setAlpha(200);
    p.setPen(QPen(QColor(bell.red(), bell.green(), bell.blue(), 150), 0));
    p.setBrush(Qt::NoBrush);
    for (int k = 0; k < 5; ++k) {
        QPainterPath tentacle;
        const double x0 = at.x() + (k - 2) * w * 0.35;
        tentacle.moveTo(x0, at.y());
        for (int i = 1; i <= 6; ++i)
            tentacle.lineTo(x0 + std::sin(c.t * 2.2 + i * 0.9 + k) * size * 0.06, at.y() + size * 0.16 * i);
        p.drawPath(tentacle);
    }
    p.setPen(Qt::NoPen);
    p.setBrush(bell);
    QPainterPath dome;
    dome.moveTo(at + QPointF(-w, 0));
    dome.cubicTo(at + QPointF(-w, -h * 1.4), at + QPointF(w, -h * 1.4), at + QPointF(w, 0));
    // A scalloped rim.
    for (int k = 4; k >= 0; --k)
        dome.quadTo(at + QPointF(-w + w * 0.4 * (k + 0.5), h * 0.18), at + QPointF(-w + w * 0.4 * k, 0));
    p.drawPath(dome);
    p.setBrush(QColor(255, 255, 255, 60));
    p.drawEllipse(at + QPointF(-w * 0.25, -h * 0.7), w * 0.3, h * 0.25);
}

// A dolphin or whale in open water: under the surface between leaps (a dark shape), out of it
// along an arch during each Leap event, with spray where it leaves and re-enters.
void drawLeaper(const DrawContext &c, int index, const SubjectPlan &s, SeaForm form, double len, int copy)
{
    const double W = c.W(), H = c.H();
    const double waterY = c.horizon() + H * 0.1;
    const int dir = (index + copy) % 2 ? -1 : 1;
    const double air = form == SeaForm::Whale ? 2.4 : 1.1;
    const double lag = copy * 0.3; // a pod leaps one after another
    DrawContext late = c;
    late.t = c.t - lag;
    const double u = eventPhase(late, EventKind::Leap, index, air);
    const QColor body = c.look.lit(s.color);
    const double x0 = W * (0.3 + 0.16 * copy) + (dir < 0 ? W * 0.3 : 0);
    const double reach = len * (form == SeaForm::Whale ? 0.9 : 1.6);
    if (u < 0) {
        // Between leaps only a darker patch under the surface shows where it swims.
        c.p.setPen(Qt::NoPen);
        c.p.setBrush(QColor(0, 10, 30, 50));
        c.p.drawEllipse(QPointF(x0 + dir * reach * 0.5, waterY + len * 0.12), len * 0.45, len * 0.06);
        return;
    }
    // Along the arch: up out of the water, over, and back in nose first.
    const double height = form == SeaForm::Whale ? len * 0.25 : len * 0.9;
    const QPointF at(x0 + dir * reach * u, waterY + len * 0.1 - std::sin(M_PI * u) * height);
    const double slope = -std::cos(M_PI * u) * M_PI * height / reach; // dy/dx along the path
    const double angle = std::atan(-slope) * 180 / M_PI;
    c.p.save();
    c.p.setClipRect(QRectF(-W, -H, W * 3, waterY + H)); // nothing below the surface shows
    drawFishBody(c.p, form, at, len, dir, std::sin(u * 6) * 0.5, body, -angle);
    c.p.restore();
    // Spray at the surface where it left and where it dives back.
    c.p.setPen(Qt::NoPen);
    c.p.setBrush(QColor(240, 248, 255, 200));
    for (const double where : {0.0, 1.0}) {
        const double since = std::abs(u - where);
        if (since > 0.25)
            continue;
        const double fade = 1 - since / 0.25;
        for (int k = 0; k < 7; ++k) {
            const double a = M_PI * (0.15 + 0.7 * k / 6.0);
            const double r = len * 0.3 * (since + 0.1) * (1 + rand01(c.seed, 320, uint64_t(k)));
            c.p.drawEllipse(QPointF(x0 + dir * reach * where + std::cos(a) * r, waterY - std::sin(a) * r * 1.2),
                            len * 0.03 * fade + 1, len * 0.03 * fade + 1);
        }
    }
    if (form == SeaForm::Whale && u < 0.3) { // its blow
        c.p.setBrush(QColor(255, 255, 255, int(120 * (1 - u / 0.3))));
        c.p.drawEllipse(QPointF(x0, waterY - len * (0.35 + u)), len * 0.08, len * 0.2);
    }
}
} // namespace

SeaForm seaFormFor(const QString &variant)
{
    if (variant == QLatin1String("shark"))
        return SeaForm::Shark;
    if (variant == QLatin1String("dolphin"))
        return SeaForm::Dolphin;
    if (variant == QLatin1String("whale"))
        return SeaForm::Whale;
    if (variant == QLatin1String("jellyfish"))
        return SeaForm::Jellyfish;
    if (variant == QLatin1String("octopus"))
        return SeaForm::Octopus;
    if (variant == QLatin1String("crab"))
        return SeaForm::Crab;
    if (variant == QLatin1String("turtle"))
        return SeaForm::Turtle;
    return SeaForm::Fish;
}

void drawSeaLife(const DrawContext &c, int index, const SubjectPlan &s)
{
    const double W = c.W(), H = c.H();
    const SeaForm form = seaFormFor(s.variant);
    if (form == SeaForm::Octopus || form == SeaForm::Crab || form == SeaForm::Turtle) {
        drawSeaCreature(c, index, s, form);
        return;
    }
    const int count = std::clamp(s.count, 1, 12);
    const double unit = H * s.scale;
    if (leapsAtSurface(c.shot, s)) {
        const double len = unit * (form == SeaForm::Whale ? 0.7 : 0.3);
        for (int k = 0; k < std::min(count, 4); ++k)
            drawLeaper(c, index, s, form, len * (k ? 0.85 : 1.0), k);
        return;
    }
    // Under the sea the whole frame is water; in open water fish keep below the surface and show
    // through it, dimmed.
    const bool surface = openWater(c.shot);
    const double top = surface ? c.horizon() + H * 0.12 : H * 0.12;
    const double bottom = surface ? H * 0.95 : H * 0.82;
    double len = unit * (form == SeaForm::Whale ? 0.75 : form == SeaForm::Shark ? 0.4 : form == SeaForm::Dolphin ? 0.32 : 0.16);
    if (count > 1)
        len *= 0.55 / std::sqrt(count / 3.0 + 0.5);
    const int dir = rand01(c.seed, 330 + uint64_t(index)) < 0.5 ? 1 : -1;
    const double speed = W * (form == SeaForm::Whale ? 0.03 : form == SeaForm::Jellyfish ? 0.01 : 0.07);
    const double lead = randRange(c.seed, 331 + uint64_t(index), 0, 0.2, 0.6) * W + c.t * speed;
    c.p.save();
    if (surface)
        c.p.setOpacity(0.75);
    for (int k = 0; k < count; ++k) {
        // A school keeps its shape: each fish a seeded offset from the leader, its own tail beat.
        const double dx = k == 0 ? 0 : -randRange(c.seed, 332, uint64_t(k), 0.03, 0.3) * W;
        const double dy = k == 0 ? 0 : randRange(c.seed, 333, uint64_t(k), -0.22, 0.22) * (bottom - top);
        const double phase = rand01(c.seed, 334, uint64_t(k)) * 2 * M_PI;
        double x = std::fmod(lead + dx + W * 3, W * 1.4) - W * 0.2;
        if (dir < 0)
            x = W - x;
        const double y = std::clamp((top + bottom) / 2 + dy + std::sin(c.t * 0.8 + phase) * H * 0.02, top + len * 0.2, bottom - len * 0.2);
        QColor col = s.color;
        if (count > 1) // a school's fish differ a little in shade
            col = col.lighter(90 + int(rand01(c.seed, 335, uint64_t(k)) * 25));
        const double size = len * (k == 0 ? 1.0 : randRange(c.seed, 336, uint64_t(k), 0.8, 1.0));
        if (form == SeaForm::Jellyfish) {
            const double pulse = std::sin(c.t * 2 * M_PI / 1.6 + phase);
            drawJellyfish(c, QPointF(x, y - std::fmod(c.t * H * 0.02 + k * H * 0.1, H * 0.2)), size * 1.6, pulse, col);
            continue;
        }
        const double beatHz = form == SeaForm::Whale ? 0.3 : form == SeaForm::Shark ? 0.8 : form == SeaForm::Dolphin ? 1.2 : 2.4;
        drawFishBody(c.p, form, QPointF(x, y), size, dir, std::sin(c.t * beatHz * 2 * M_PI + phase), c.look.lit(col), 0,
                     s.variant.startsWith(QLatin1String("clown")));
    }
    c.p.restore();
}

} // namespace rc::engine
