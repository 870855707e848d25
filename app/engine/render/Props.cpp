// Details that make a place read at a glance: rocks and craters on bare ground, and a café's
// furniture and people. Drawn with few antialiased fills and cosmetic pens (platform-notes).
#include "engine/render/Canvas.h"

#include "engine/render/Random.h"

#include <QPainterPath>

#include <cmath>

namespace rc::engine {

namespace {
QColor shade(const QColor &c, double k)
{
    return QColor::fromRgbF(float(std::clamp(c.redF() * k, 0.0, 1.0)), float(std::clamp(c.greenF() * k, 0.0, 1.0)),
                            float(std::clamp(c.blueF() * k, 0.0, 1.0)));
}
} // namespace

static void drawCups(const DrawContext &c, double tableTop);

void drawRocks(const DrawContext &c, double depth, int count, double y0, double y1, double maxSize,
               const QColor &color, uint64_t stream)
{
    c.enterLayer(depth);
    const double W = c.W();
    c.p.setPen(Qt::NoPen);
    // Sorted far to near by construction (y grows with i), so nearer rocks overlap farther ones.
    for (int i = 0; i < count; ++i) {
        const double v = (i + rand01(c.seed, stream, uint64_t(i))) / count;
        const double y = y0 + (y1 - y0) * v;
        const double x = W * randRange(c.seed, stream + 1, uint64_t(i), -0.3, 1.3);
        const double r = maxSize * (0.25 + 0.75 * v) * randRange(c.seed, stream + 2, uint64_t(i), 0.4, 1.0);
        // An irregular outline: a flat base and a jagged top.
        QPainterPath rock;
        const int corners = 7;
        rock.moveTo(x - r, y);
        for (int k = 1; k < corners; ++k) {
            const double a = M_PI * k / corners;
            const double rr = r * randRange(c.seed, stream + 3, uint64_t(i * 16 + k), 0.65, 1.05);
            rock.lineTo(x - std::cos(a) * rr, y - std::sin(a) * rr * 0.7);
        }
        rock.lineTo(x + r, y);
        rock.closeSubpath();
        // Shadow on the ground away from the sun, then the rock, then its lit face.
        const double side = c.look.sunPos.x() < 0.5 ? 1 : -1;
        c.p.setBrush(shade(c.look.lit(color), 0.45));
        c.p.drawEllipse(QPointF(x + side * r * 0.5, y), r * 1.2, r * 0.18);
        c.p.setBrush(shade(c.look.lit(color), 0.7));
        c.p.drawPath(rock);
        c.p.setBrush(shade(c.look.lit(color), 1.05));
        c.p.drawPath(rock.translated(-side * r * 0.18, -r * 0.08).intersected(rock));
    }
}

void drawCraters(const DrawContext &c, double depth, int count, double y0, double y1, double maxSize,
                 const QColor &ground, uint64_t stream)
{
    c.enterLayer(depth);
    const double W = c.W();
    c.p.setPen(Qt::NoPen);
    for (int i = 0; i < count; ++i) {
        const double v = (i + rand01(c.seed, stream, uint64_t(i))) / count;
        const double y = y0 + (y1 - y0) * v;
        const double x = W * randRange(c.seed, stream + 1, uint64_t(i), -0.2, 1.2);
        const double r = maxSize * (0.3 + 0.7 * v) * randRange(c.seed, stream + 2, uint64_t(i), 0.5, 1.0);
        const double flat = 0.22; // seen at a grazing angle
        c.p.setBrush(shade(c.look.lit(ground), 1.15)); // the raised rim
        c.p.drawEllipse(QPointF(x, y), r * 1.12, r * flat * 1.25);
        c.p.setBrush(shade(c.look.lit(ground), 0.62)); // the bowl in shadow
        c.p.drawEllipse(QPointF(x, y + r * flat * 0.1), r, r * flat);
        c.p.setBrush(shade(c.look.lit(ground), 0.85)); // the far inner wall catching light
        c.p.drawChord(QRectF(x - r * 0.9, y - r * flat * 0.5, r * 1.8, r * flat * 1.6), 180 * 16, 180 * 16);
    }
}

void drawCafeProps(const DrawContext &c, double tableTop, CafePart part)
{
    const double W = c.W(), H = c.H();
    if (part == CafePart::OnTable) {
        drawCups(c, tableTop);
        return;
    }
    // Two customers seen against the window, between it and the table: dark silhouettes that
    // breathe and turn their heads a little, so the room is alive.
    c.enterLayer(2.4);
    const QColor body = c.look.lit(QColor(38, 30, 28));
    c.p.setPen(Qt::NoPen);
    for (int i = 0; i < 2; ++i) {
        const double x = W * (i == 0 ? 0.26 : 0.63) + W * 0.03 * rand01(c.seed, 250, uint64_t(i));
        const double breathe = std::sin(c.t * (1.1 + 0.3 * i) + i * 2) * H * 0.004;
        const double turn = std::sin(c.t * 0.35 + i * 1.7) * H * 0.012;
        const double shoulderY = tableTop - H * 0.16 + breathe;
        QPainterPath torso;
        torso.moveTo(x - H * 0.11, tableTop + H * 0.05);
        torso.cubicTo(x - H * 0.11, shoulderY, x - H * 0.06, shoulderY - H * 0.02, x, shoulderY - H * 0.02);
        torso.cubicTo(x + H * 0.06, shoulderY - H * 0.02, x + H * 0.11, shoulderY, x + H * 0.11, tableTop + H * 0.05);
        torso.closeSubpath();
        c.p.setBrush(body);
        c.p.drawPath(torso);
        c.p.drawRect(QRectF(x - H * 0.02, shoulderY - H * 0.06, H * 0.04, H * 0.05)); // neck
        c.p.drawEllipse(QPointF(x + turn, shoulderY - H * 0.095), H * 0.048, H * 0.058);
    }
    // The counter on the right with an espresso machine and a stack of cups.
    c.enterLayer(1.8);
    const QRectF counter(W * 0.78, tableTop - H * 0.2, W * 0.4, H * 0.6);
    QLinearGradient cg(0, counter.top(), 0, counter.top() + H * 0.2);
    cg.setColorAt(0, c.look.lit(QColor(92, 58, 36)));
    cg.setColorAt(1, c.look.lit(QColor(64, 40, 26)));
    c.p.fillRect(counter, cg);
    c.p.fillRect(QRectF(counter.left() - W * 0.01, counter.top() - H * 0.012, counter.width(), H * 0.014),
                 c.look.lit(QColor(150, 120, 96)));
    const QRectF machine(counter.left() + W * 0.04, counter.top() - H * 0.17, W * 0.1, H * 0.16);
    c.p.setBrush(c.look.lit(QColor(176, 180, 186)));
    c.p.drawRoundedRect(machine, H * 0.01, H * 0.01);
    c.p.fillRect(QRectF(machine.left() + machine.width() * 0.15, machine.top() + machine.height() * 0.2,
                        machine.width() * 0.7, machine.height() * 0.12), c.look.lit(QColor(60, 62, 66)));
    c.p.fillRect(QRectF(machine.left() + machine.width() * 0.3, machine.top() + machine.height() * 0.45,
                        machine.width() * 0.08, machine.height() * 0.25), c.look.lit(QColor(40, 40, 44)));
    for (int k = 0; k < 3; ++k)
        c.p.fillRect(QRectF(counter.left() + W * 0.16, counter.top() - H * 0.03 * (k + 1), W * 0.035, H * 0.028),
                     c.look.lit(QColor(236, 230, 220)).darker(100 + 8 * k));
    // Steam from the machine in the same 7 s cycle as the coffee machine's hiss.
    const double cycle = std::fmod(c.t + 1.5, 7.0);
    if (cycle < 2.5)
        c.glow(QPointF(machine.left() + machine.width() * 0.35, machine.top() - H * 0.03), H * 0.05,
               QColor(255, 255, 255), 0.25 * std::sin(M_PI * cycle / 2.5));
}

static void drawCups(const DrawContext &c, double tableTop)
{
    const double W = c.W(), H = c.H();
    // Cups of coffee on the table in front, with saucers and a wisp of steam each.
    c.enterLayer(1.3);
    for (int i = 0; i < 2; ++i) {
        const QPointF base(W * (i == 0 ? 0.3 : 0.6), tableTop + H * (i == 0 ? 0.16 : 0.1));
        const double r = H * (i == 0 ? 0.07 : 0.055);
        c.p.setPen(Qt::NoPen);
        c.p.setBrush(c.look.lit(QColor(226, 222, 214)).darker(112));
        c.p.drawEllipse(base, r * 1.7, r * 0.45); // saucer
        QPainterPath cup;
        cup.moveTo(base.x() - r, base.y() - r * 1.4);
        cup.lineTo(base.x() + r, base.y() - r * 1.4);
        cup.cubicTo(base.x() + r, base.y() - r * 0.2, base.x() + r * 0.6, base.y(), base.x(), base.y());
        cup.cubicTo(base.x() - r * 0.6, base.y(), base.x() - r, base.y() - r * 0.2, base.x() - r, base.y() - r * 1.4);
        c.p.setBrush(c.look.lit(QColor(240, 236, 228)));
        c.p.drawPath(cup);
        c.p.setPen(QPen(c.look.lit(QColor(240, 236, 228)), std::max(2.0, r * 0.18)));
        c.p.setBrush(Qt::NoBrush);
        c.p.drawArc(QRectF(base.x() + r * 0.75, base.y() - r * 1.15, r * 0.6, r * 0.6), -90 * 16, 180 * 16);
        c.p.setPen(Qt::NoPen);
        c.p.setBrush(c.look.lit(QColor(70, 40, 24)));
        c.p.drawEllipse(QPointF(base.x(), base.y() - r * 1.4), r * 0.92, r * 0.22); // the coffee
        QColor steam(255, 255, 255, 70);
        c.p.setPen(QPen(steam, 0));
        for (int s = 0; s < 2; ++s) {
            QPolygonF wisp;
            for (int k = 0; k <= 10; ++k) {
                const double u = k / 10.0;
                wisp << QPointF(base.x() + (s - 0.5) * r * 0.5 + std::sin(u * 5 + c.t * 1.6 + s * 2 + i) * r * 0.25 * u,
                                base.y() - r * 1.5 - u * r * 2.2);
            }
            c.p.drawPolyline(wisp);
        }
    }
}

} // namespace rc::engine
