#include "engine/render/ObjectShapes.h"

#include <cmath>

namespace rc::engine {

namespace {
QPainterPath quad(QPointF a, QPointF b, QPointF c, QPointF d)
{
    QPainterPath p;
    p.addPolygon(QPolygonF{a, b, c, d});
    p.closeSubpath();
    return p;
}
} // namespace

QPainterPath drawChair(const ObjectPaint &o, QPointF b)
{
    // Seen from the front and a little to the side: the far legs and backrest post behind, the
    // seat in perspective, the near legs, and the backrest's rails between its two posts.
    const double u = o.u, leg = 0.05 * u, seatY = b.y() - 0.48 * u;
    const QPointF depth(0.16 * u, -0.1 * u); // from a front leg to the one behind it
    const QColor far = o.color.darker(135);
    QPainterPath all;
    for (const double x : {-0.3, 0.3}) {
        const QPainterPath back = roundedPath(QRectF(b.x() + x * u + depth.x() - leg / 2, b.y() + depth.y() - 1.12 * u, leg, 1.12 * u), leg / 3);
        o.fill(back, far);
        all.addPath(back);
    }
    // The backrest: three rails between the back posts.
    for (int k = 0; k < 3; ++k) {
        const double y = b.y() + depth.y() - (1.05 - k * 0.16) * u;
        o.fill(roundedPath(QRectF(b.x() - 0.3 * u + depth.x(), y, 0.6 * u, 0.07 * u), 0.02 * u), o.color.darker(115));
    }
    const QPainterPath seat = quad(QPointF(b.x() - 0.36 * u, seatY), QPointF(b.x() + 0.36 * u, seatY),
                                   QPointF(b.x() + 0.36 * u + depth.x(), seatY + depth.y()),
                                   QPointF(b.x() - 0.36 * u + depth.x(), seatY + depth.y()));
    o.fill(seat, o.color.lighter(110));
    o.fill(roundedPath(QRectF(b.x() - 0.36 * u, seatY, 0.72 * u, 0.06 * u), 0.01 * u), o.color.darker(110)); // its front edge
    for (const double x : {-0.3, 0.3}) {
        const QPainterPath front = roundedPath(QRectF(b.x() + x * u - leg / 2, seatY + 0.06 * u, leg, b.y() - seatY - 0.06 * u), leg / 3);
        o.fill(front);
        all.addPath(front);
    }
    all.addPath(seat);
    return all;
}

QPainterPath drawSofa(const ObjectPaint &o, QPointF b, int seats)
{
    // Front view: a back of one cushion per seat, the seat cushions, a base, two rolled arms
    // and short wooden legs.
    const double u = o.u, half = (0.34 * seats + 0.12) * u;
    for (const double s : {-1.0, 1.0})
        o.flat(roundedPath(QRectF(b.x() + s * (half - 0.08 * u) - 0.025 * u, b.y() - 0.08 * u, 0.05 * u, 0.08 * u), 0.01 * u), QColor(90, 60, 40));
    const QPainterPath base = roundedPath(QRectF(b.x() - half, b.y() - 0.34 * u, 2 * half, 0.27 * u), 0.05 * u);
    o.fill(base, o.color.darker(112));
    const double inner = half - 0.16 * u, cushion = 2 * inner / seats;
    for (int k = 0; k < seats; ++k) {
        const double x = b.x() - inner + k * cushion;
        o.fill(roundedPath(QRectF(x + 0.01 * u, b.y() - 0.86 * u, cushion - 0.02 * u, 0.52 * u), 0.08 * u)); // back
        o.fill(roundedPath(QRectF(x + 0.01 * u, b.y() - 0.44 * u, cushion - 0.02 * u, 0.16 * u), 0.05 * u), o.color.lighter(108)); // seat
    }
    QPainterPath all = base;
    for (const double s : {-1.0, 1.0}) {
        const QPainterPath arm = roundedPath(QRectF(b.x() + s * (half - 0.1 * u) - 0.1 * u, b.y() - 0.6 * u, 0.2 * u, 0.53 * u), 0.08 * u);
        o.fill(arm, o.color.darker(105));
        all.addPath(arm);
    }
    all.addRect(QRectF(b.x() - inner, b.y() - 0.86 * u, 2 * inner, 0.5 * u));
    return all;
}

QPainterPath drawGuitar(const ObjectPaint &o, QPointF b)
{
    // An acoustic guitar standing on its end: two bouts, the sound hole, the bridge, the neck
    // and headstock, six strings.
    const double u = o.u;
    const QColor neckWood(70, 44, 28);
    o.flat(roundedPath(QRectF(b.x() - 0.045 * u, b.y() - 1.42 * u, 0.09 * u, 0.72 * u), 0.01 * u), neckWood);
    o.flat(roundedPath(QRectF(b.x() - 0.07 * u, b.y() - 1.6 * u, 0.14 * u, 0.2 * u), 0.03 * u), neckWood.darker(120));
    o.c.p.setBrush(o.c.look.lit(QColor(220, 220, 224)));
    for (int k = 0; k < 3; ++k)
        for (const double s : {-1.0, 1.0})
            o.c.p.drawEllipse(QPointF(b.x() + s * 0.09 * u, b.y() - (1.57 - k * 0.06) * u), 0.018 * u, 0.014 * u);
    QPainterPath body;
    body.addEllipse(b + QPointF(0, -0.3 * u), 0.3 * u, 0.3 * u);
    body.addEllipse(b + QPointF(0, -0.7 * u), 0.22 * u, 0.22 * u);
    body.addRect(QRectF(b.x() - 0.2 * u, b.y() - 0.66 * u, 0.4 * u, 0.3 * u));
    body.setFillRule(Qt::WindingFill);
    o.fill(body);
    o.flat([&] { QPainterPath p; p.addEllipse(b + QPointF(0, -0.56 * u), 0.09 * u, 0.09 * u); return p; }(), QColor(20, 14, 10));
    o.c.p.setPen(QPen(o.c.look.lit(QColor(230, 200, 140)), 0));
    o.c.p.setBrush(Qt::NoBrush);
    o.c.p.drawEllipse(b + QPointF(0, -0.56 * u), 0.11 * u, 0.11 * u);
    o.c.p.setPen(Qt::NoPen);
    o.flat(roundedPath(QRectF(b.x() - 0.12 * u, b.y() - 0.22 * u, 0.24 * u, 0.04 * u), 0.01 * u), neckWood);
    o.c.p.setPen(QPen(o.c.look.lit(QColor(235, 235, 235)), 0));
    for (int k = 0; k < 6; ++k) {
        const double x = b.x() + (k - 2.5) * 0.012 * u;
        o.c.p.drawLine(QPointF(x, b.y() - 0.2 * u), QPointF(x, b.y() - 1.42 * u));
    }
    o.c.p.setPen(Qt::NoPen);
    return body;
}

QPainterPath drawLamp(const ObjectPaint &o, QPointF b, QPointF *bulb)
{
    // A table lamp: a round base, a slim stem and a drum shade lit from inside.
    const double u = o.u;
    ObjectPaint metal = o;
    metal.finish = Finish::Metal;
    QPainterPath base;
    base.addEllipse(b + QPointF(0, -0.03 * u), 0.2 * u, 0.05 * u);
    base.addRect(QRectF(b.x() - 0.2 * u, b.y() - 0.08 * u, 0.4 * u, 0.05 * u));
    metal.fill(base, QColor(170, 150, 110));
    metal.fill(roundedPath(QRectF(b.x() - 0.025 * u, b.y() - 0.62 * u, 0.05 * u, 0.55 * u), 0.01 * u), QColor(170, 150, 110));
    QPainterPath shade;
    shade.moveTo(b + QPointF(-0.2 * u, -0.98 * u));
    shade.lineTo(b + QPointF(0.2 * u, -0.98 * u));
    shade.lineTo(b + QPointF(0.34 * u, -0.58 * u));
    shade.lineTo(b + QPointF(-0.34 * u, -0.58 * u));
    shade.closeSubpath();
    // The shade glows with the bulb behind it: its colour at full strength whatever the room's
    // light, warmest at the bottom.
    const QRectF r = shade.boundingRect();
    QLinearGradient g(0, r.top(), 0, r.bottom());
    g.setColorAt(0, o.color.darker(135));
    g.setColorAt(1, QColor::fromRgbF(float(std::min(1.0, o.color.redF() * 0.75 + 0.25)), float(std::min(1.0, o.color.greenF() * 0.75 + 0.12)),
                                     float(o.color.blueF() * 0.75)));
    o.c.p.setPen(Qt::NoPen);
    o.c.p.setBrush(g);
    o.c.p.drawPath(shade);
    o.c.p.setBrush(o.color.darker(150)); // trims at the top and bottom edges
    o.c.p.drawRect(QRectF(b.x() - 0.2 * u, b.y() - 0.98 * u, 0.4 * u, 0.02 * u));
    o.c.p.drawRect(QRectF(b.x() - 0.34 * u, b.y() - 0.6 * u, 0.68 * u, 0.02 * u));
    o.c.p.setBrush(QColor(255, 236, 190));
    o.c.p.drawEllipse(b + QPointF(0, -0.58 * u), 0.33 * u, 0.03 * u); // the bright opening below
    *bulb = b + QPointF(0, -0.62 * u);
    QPainterPath all = shade;
    all.addPath(base);
    return all;
}

} // namespace rc::engine
