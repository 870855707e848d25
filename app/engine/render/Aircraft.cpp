#include "engine/render/Vehicles.h"

#include "engine/render/Random.h"

#include <QPainterPath>

#include <cmath>

namespace rc::engine {

// A helicopter seen from the side, flying slowly across the sky nose down: a rounded cabin with
// its glass bubble, a tail boom to the fin and tail rotor, skids below, and the main rotor whose
// two blades turn many times a second (seen edge-on, each blade's visible length follows the
// cosine of its angle, over a faint disc of motion blur).
void drawHelicopter(const DrawContext &c, const SubjectPlan &s)
{
    const double W = c.W(), H = c.H();
    const double L = H * 0.34 * s.scale; // nose to tail rotor
    const double st = shotTime(c);
    const double x = std::fmod(W * 0.25 + L * 0.6 + st * W * 0.05, W + L * 1.2) - L * 0.6;
    const double y = std::min(H * 0.32, c.horizon() - H * 0.18) + std::sin(st * 1.1) * H * 0.012;
    const QColor paint = c.look.lit(s.color);
    QPainter &p = c.p;
    p.save();
    p.translate(x, y);
    p.rotate(6); // nose down, as a helicopter leans into its flight
    p.setPen(Qt::NoPen);
    // Tail boom, tapering back to the fin.
    QPainterPath boom;
    boom.moveTo(-L * 0.1, -L * 0.1);
    boom.lineTo(-L * 0.62, -L * 0.05);
    boom.lineTo(-L * 0.62, -L * 0.01);
    boom.lineTo(-L * 0.1, L * 0.03);
    boom.closeSubpath();
    p.setBrush(paint.darker(110));
    p.drawPath(boom);
    const QPointF fin[4] = {QPointF(-L * 0.56, -L * 0.04), QPointF(-L * 0.66, -L * 0.17), QPointF(-L * 0.7, -L * 0.17),
                            QPointF(-L * 0.66, -L * 0.01)};
    p.drawPolygon(fin, 4);
    // The tail rotor: a small disc with one blade turning fast.
    const QPointF hub(-L * 0.66, -L * 0.09);
    p.setBrush(QColor(200, 200, 205, 60));
    p.drawEllipse(hub, L * 0.07, L * 0.07);
    const double ta = st * 2 * M_PI * 7.3;
    p.setPen(QPen(paint.darker(150), std::max(1.0, L * 0.015)));
    p.drawLine(hub - QPointF(std::cos(ta), std::sin(ta)) * L * 0.07, hub + QPointF(std::cos(ta), std::sin(ta)) * L * 0.07);
    // Skids under the cabin.
    p.setPen(QPen(QColor(40, 40, 44), std::max(1.0, L * 0.018), Qt::SolidLine, Qt::RoundCap));
    p.drawLine(QPointF(-L * 0.05, L * 0.1), QPointF(-L * 0.02, L * 0.17));
    p.drawLine(QPointF(L * 0.15, L * 0.1), QPointF(L * 0.12, L * 0.17));
    p.drawLine(QPointF(-L * 0.16, L * 0.17), QPointF(L * 0.26, L * 0.17));
    p.setPen(Qt::NoPen);
    // The cabin and its glass.
    p.setBrush(paint);
    p.drawEllipse(QPointF(L * 0.08, 0), L * 0.24, L * 0.13);
    QPainterPath glass;
    glass.moveTo(L * 0.14, -L * 0.115);
    glass.quadTo(QPointF(L * 0.31, -L * 0.1), QPointF(L * 0.32, L * 0.02));
    glass.lineTo(L * 0.14, L * 0.02);
    glass.closeSubpath();
    p.setBrush(c.look.lit(QColor(120, 165, 200)));
    p.drawPath(glass);
    p.setBrush(paint.darker(125));
    p.drawRect(QRectF(L * 0.0, -L * 0.17, L * 0.06, L * 0.05)); // the mast
    // The main rotor: two blades at right angles, foreshortened edge-on, over a blur disc.
    const QPointF top(L * 0.03, -L * 0.17);
    p.setBrush(QColor(210, 210, 215, 45));
    p.drawEllipse(top, L * 0.62, L * 0.035);
    const double a = st * 2 * M_PI * kRotorTurnsPerSec; // ~280 rpm, read at 24 fps as a flicker, not a freeze
    p.setPen(QPen(paint.darker(150), std::max(1.2, L * 0.02), Qt::SolidLine, Qt::RoundCap));
    for (const double blade : {0.0, M_PI / 2}) {
        const double reach = std::cos(a + blade) * L * 0.62;
        const double depth = std::sin(a + blade) * L * 0.03;
        p.drawLine(top - QPointF(reach, depth), top + QPointF(reach, depth));
    }
    p.restore();
    if (c.look.ambient[2] < 0.6 && std::fmod(st, 1.0) < 0.12) // a beacon blinking at night
        c.glow(QPointF(x - L * 0.68, y - L * 0.1), L * 0.08, QColor(255, 60, 60), 0.9);
}

// A hot-air balloon: a tall envelope of coloured gores narrowing to its mouth, ropes down to a
// wicker basket, the burner's flame flaring now and then; it rises slowly and drifts with the wind.
void drawBalloon(const DrawContext &c, const SubjectPlan &s)
{
    const double W = c.W(), H = c.H();
    const double R = H * 0.14 * s.scale; // the envelope's radius
    const double st = shotTime(c);
    const double sway = std::sin(st * 0.7) * R * 0.05;
    const QPointF centre(W * 0.42 + st * W * 0.012 + sway, std::min(H * 0.4, c.horizon() - R * 1.2) - st * H * 0.025);
    QPainter &p = c.p;
    const QColor main = c.look.lit(s.color);
    // The second colour of the gores: a paler tint of the balloon's own.
    const QColor hsv = s.color.toHsv();
    const QColor stripe = c.look.lit(QColor::fromHsv(std::max(0, hsv.hsvHue()), int(hsv.hsvSaturation() * 0.55),
                                                     std::min(255, int(hsv.value() * 1.1) + 30)));
    // Ropes, then the basket.
    const QPointF mouth = centre + QPointF(0, R * 1.25);
    const QRectF basket(mouth.x() - R * 0.17, mouth.y() + R * 0.45, R * 0.34, R * 0.26);
    p.setPen(QPen(QColor(60, 45, 30), std::max(1.0, R * 0.015)));
    for (const double dx : {-0.22, -0.08, 0.08, 0.22})
        p.drawLine(mouth + QPointF(R * dx * 1.2, 0), QPointF(basket.center().x() + R * dx * 0.7, basket.top()));
    p.setPen(Qt::NoPen);
    p.setBrush(c.look.lit(QColor(140, 95, 50)));
    p.drawRoundedRect(basket, R * 0.03, R * 0.03);
    p.setBrush(c.look.lit(QColor(105, 70, 38)));
    p.drawRect(QRectF(basket.left(), basket.top(), basket.width(), R * 0.05));
    // The burner's flame: on for a breath every few seconds, lighting the envelope's mouth.
    const double burn = std::fmod(st + 0.8, 3.2);
    if (burn < 0.9) {
        const double flick = 0.7 + 0.3 * std::sin(st * 40);
        c.glow(mouth + QPointF(0, R * 0.25), R * 0.35 * flick, QColor(255, 170, 60), 0.8);
        p.setBrush(QColor(255, 200, 90));
        p.drawEllipse(mouth + QPointF(0, R * 0.28), R * 0.04, R * 0.12 * flick);
    }
    // The envelope: round above, narrowing to the mouth; gores alternate two colours.
    QPainterPath envelope;
    envelope.moveTo(mouth + QPointF(-R * 0.2, 0));
    envelope.cubicTo(centre + QPointF(-R * 0.9, R * 0.6), centre + QPointF(-R * 1.15, -R * 0.3), centre + QPointF(0, -R * 1.0));
    envelope.cubicTo(centre + QPointF(R * 1.15, -R * 0.3), centre + QPointF(R * 0.9, R * 0.6), mouth + QPointF(R * 0.2, 0));
    envelope.closeSubpath();
    p.setBrush(main);
    p.drawPath(envelope);
    p.save();
    p.setClipPath(envelope);
    p.setBrush(stripe);
    constexpr int kGores = 8;
    for (int k = 1; k < kGores; k += 2) {
        // Each gore a band between two meridians, seen from the side (x = sin of its longitude).
        const double a0 = -M_PI / 2 + M_PI * k / kGores, a1 = -M_PI / 2 + M_PI * (k + 1) / kGores;
        QPainterPath gore;
        gore.moveTo(mouth);
        gore.cubicTo(centre + QPointF(std::sin(a0) * R * 1.25, R * 0.5), centre + QPointF(std::sin(a0) * R * 1.3, -R * 0.6),
                     centre + QPointF(0, -R * 1.05));
        gore.cubicTo(centre + QPointF(std::sin(a1) * R * 1.3, -R * 0.6), centre + QPointF(std::sin(a1) * R * 1.25, R * 0.5), mouth);
        p.drawPath(gore);
    }
    // Shade on the side away from the sun.
    QLinearGradient shade(centre.x() - R, 0, centre.x() + R, 0);
    shade.setColorAt(0, QColor(255, 255, 255, 40));
    shade.setColorAt(0.6, QColor(0, 0, 0, 0));
    shade.setColorAt(1, QColor(0, 0, 0, 70));
    p.fillRect(QRectF(centre.x() - R * 1.2, centre.y() - R * 1.2, R * 2.4, R * 2.6), shade);
    p.restore();
}

} // namespace rc::engine
