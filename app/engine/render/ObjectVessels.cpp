#include "engine/render/ObjectShapes.h"

#include <cmath>

namespace rc::engine {

namespace {
// A spout: a tapering curve from the body's side up and out.
QPainterPath spout(QPointF root, double u, double reach)
{
    QPainterPath s;
    s.moveTo(root + QPointF(0, -0.08 * u));
    s.cubicTo(root + QPointF(0.15 * u, -0.08 * u), root + QPointF(reach * 0.7, -0.2 * u), root + QPointF(reach, -0.36 * u));
    s.lineTo(root + QPointF(reach + 0.05 * u, -0.34 * u));
    s.cubicTo(root + QPointF(reach * 0.8, -0.12 * u), root + QPointF(0.2 * u, 0.06 * u), root + QPointF(0, 0.08 * u));
    s.closeSubpath();
    return s;
}
} // namespace

QPainterPath drawTeapot(const ObjectPaint &o, QPointF b, bool kettle)
{
    const double u = o.u;
    if (kettle) {
        // Straight-sided, its handle arching over the lid, a short spout.
        o.fill(ringPath(QPointF(b.x(), b.y() - 0.68 * u), 0.24 * u, 0.22 * u, 0.05 * u), QColor(40, 40, 44));
        o.fill(spout(b + QPointF(0.24 * u, -0.3 * u), u, 0.26 * u));
        QPainterPath body;
        body.moveTo(b + QPointF(-0.36 * u, 0));
        body.lineTo(b + QPointF(0.36 * u, 0));
        body.quadTo(b + QPointF(0.34 * u, -0.4 * u), b + QPointF(0.24 * u, -0.62 * u));
        body.lineTo(b + QPointF(-0.24 * u, -0.62 * u));
        body.quadTo(b + QPointF(-0.34 * u, -0.4 * u), b + QPointF(-0.36 * u, 0));
        o.fill(body);
        o.fill(ellipsePath(b + QPointF(0, -0.63 * u), 0.2 * u, 0.04 * u), o.color.darker(120));
        o.flat(ellipsePath(b + QPointF(0, -0.68 * u), 0.05 * u, 0.04 * u), QColor(40, 40, 44));
        return body;
    }
    // Round-bellied: handle ring on the left, spout on the right, a domed lid with a knob.
    o.fill(ringPath(QPointF(b.x() - 0.38 * u, b.y() - 0.34 * u), 0.14 * u, 0.16 * u, 0.045 * u), o.color.darker(110));
    o.fill(spout(b + QPointF(0.3 * u, -0.26 * u), u, 0.34 * u));
    const QPainterPath body = ellipsePath(b + QPointF(0, -0.3 * u), 0.38 * u, 0.3 * u);
    o.fill(body);
    o.fill(roundedPath(QRectF(b.x() - 0.2 * u, b.y() - 0.04 * u, 0.4 * u, 0.04 * u), 0.01 * u), o.color.darker(120)); // the foot
    QPainterPath lid;
    lid.moveTo(b + QPointF(-0.2 * u, -0.56 * u));
    lid.quadTo(b + QPointF(0, -0.76 * u), b + QPointF(0.2 * u, -0.56 * u));
    lid.closeSubpath();
    o.fill(lid, o.color.darker(108));
    o.fill(ellipsePath(b + QPointF(0, -0.7 * u), 0.05 * u, 0.045 * u), o.color.darker(120));
    // A painted band round the belly.
    o.flat(roundedPath(QRectF(b.x() - 0.36 * u, b.y() - 0.38 * u, 0.72 * u, 0.03 * u), 0), o.color.lightness() > 160 ? QColor(60, 90, 160) : QColor(236, 230, 214));
    return body;
}

QPainterPath drawVase(const ObjectPaint &o, QPointF b)
{
    const double u = o.u;
    // Foot, belly, shoulder, neck and a flared lip: one side's curve, then the mirror's.
    QPainterPath v;
    v.moveTo(b + QPointF(-0.14 * u, 0));
    v.lineTo(b + QPointF(0.14 * u, 0));
    v.cubicTo(b + QPointF(0.3, -0.03) * u, b + QPointF(0.36, -0.2) * u, b + QPointF(0.34, -0.36) * u);
    v.cubicTo(b + QPointF(0.32, -0.5) * u, b + QPointF(0.12, -0.6) * u, b + QPointF(0.1, -0.74) * u);
    v.cubicTo(b + QPointF(0.09, -0.82) * u, b + QPointF(0.14, -0.88) * u, b + QPointF(0.17, -0.92) * u);
    v.lineTo(b + QPointF(-0.17, -0.92) * u);
    v.cubicTo(b + QPointF(-0.14, -0.88) * u, b + QPointF(-0.09, -0.82) * u, b + QPointF(-0.1, -0.74) * u);
    v.cubicTo(b + QPointF(-0.12, -0.6) * u, b + QPointF(-0.32, -0.5) * u, b + QPointF(-0.34, -0.36) * u);
    v.cubicTo(b + QPointF(-0.36, -0.2) * u, b + QPointF(-0.3, -0.03) * u, b + QPointF(-0.14, 0) * u);
    v.closeSubpath();
    o.fill(v);
    o.flat(ellipsePath(b + QPointF(0, -0.92 * u), 0.15 * u, 0.025 * u), o.color.darker(170)); // the mouth, dark inside
    return v;
}

QPainterPath drawClock(const ObjectPaint &o, QPointF b)
{
    const double u = o.u, r = 0.4 * u;
    const QPointF centre = b + QPointF(0, -0.5 * u);
    const bool alarm = o.named("alarm");
    if (alarm) {
        // Two bells on top and two feet.
        for (const double s : {-1.0, 1.0}) {
            o.fill(ellipsePath(centre + QPointF(s * r * 0.62, -r * 0.92), r * 0.3, r * 0.22), QColor(200, 200, 206));
            o.fill(roundedPath(QRectF(centre.x() + s * r * 0.55 - r * 0.06, b.y() - r * 0.3, r * 0.12, r * 0.3), r * 0.04), QColor(60, 60, 64));
        }
    } else {
        o.fill(roundedPath(QRectF(centre.x() - r * 0.5, b.y() - r * 0.2, r, r * 0.2), r * 0.05)); // a stand
    }
    const QPainterPath frame = ellipsePath(centre, r, r);
    o.fill(frame);
    o.flat(ellipsePath(centre, r * 0.84, r * 0.84), QColor(244, 240, 230));
    o.c.p.setBrush(o.c.look.lit(QColor(40, 40, 44)));
    for (int k = 0; k < 12; ++k) {
        const double a = k * M_PI / 6;
        const QPointF at = centre + QPointF(std::sin(a), -std::cos(a)) * r * 0.7;
        o.c.p.drawEllipse(at, r * (k % 3 ? 0.025 : 0.05), r * (k % 3 ? 0.025 : 0.05));
    }
    // The hands: ten past ten, the second hand ticking round.
    auto hand = [&](double angle, double length, double width, const QColor &col) {
        const QPointF dir(std::sin(angle), -std::cos(angle));
        const QPointF side(-dir.y() * width, dir.x() * width);
        const QPolygonF poly{centre + side - dir * r * 0.08, centre + dir * length, centre - side - dir * r * 0.08};
        o.c.p.setBrush(o.c.look.lit(col));
        o.c.p.drawPolygon(poly);
    };
    hand(-M_PI / 3, r * 0.45, r * 0.05, QColor(30, 30, 34));
    hand(M_PI / 3, r * 0.65, r * 0.035, QColor(30, 30, 34));
    hand(std::floor(o.time) * M_PI / 30, r * 0.72, r * 0.012, QColor(200, 40, 40));
    o.flat(ellipsePath(centre, r * 0.05, r * 0.05), QColor(30, 30, 34));
    return frame;
}

QPainterPath drawCandle(const ObjectPaint &o, QPointF b, QPointF *flame, double *strength)
{
    const double u = o.u;
    ObjectPaint metal = o;
    metal.finish = Finish::Metal;
    metal.fill(ellipsePath(b + QPointF(0, -0.02 * u), 0.26 * u, 0.05 * u), QColor(190, 170, 120)); // the holder
    const QRectF wax(b.x() - 0.13 * u, b.y() - 0.62 * u, 0.26 * u, 0.6 * u);
    QPainterPath body;
    body.addRect(wax);
    body.addEllipse(QPointF(b.x(), wax.bottom()), 0.13 * u, 0.03 * u);
    o.fill(body);
    // The melted top, a drip down the side, the wick.
    o.fill(ellipsePath(QPointF(b.x(), wax.top()), 0.13 * u, 0.03 * u), o.color.lighter(108));
    o.fill(roundedPath(QRectF(wax.right() - 0.06 * u, wax.top(), 0.04 * u, 0.14 * u), 0.02 * u), o.color.lighter(104));
    o.flat(roundedPath(QRectF(b.x() - 0.006 * u, wax.top() - 0.06 * u, 0.012 * u, 0.06 * u), 0), QColor(30, 26, 22));
    // The flame: a teardrop that flickers (height and lean from three unrelated beats), white
    // at its heart, not dimmed by the dark room: it is the light.
    const double t = o.time;
    const double flick = 0.5 * std::sin(t * 13.1) + 0.3 * std::sin(t * 7.3 + 1.0) + 0.2 * std::sin(t * 23.7 + 2.0);
    const double fh = 0.2 * u * (1 + 0.22 * flick), lean = 0.025 * u * std::sin(t * 5.3 + 0.7);
    const QPointF root(b.x(), wax.top() - 0.05 * u);
    QPainterPath drop;
    drop.moveTo(root + QPointF(0, 0.02 * u));
    drop.cubicTo(root + QPointF(-0.07 * u, 0.01 * u), root + QPointF(-0.04 * u + lean, -fh * 0.6), root + QPointF(lean * 1.6, -fh));
    drop.cubicTo(root + QPointF(0.04 * u + lean, -fh * 0.6), root + QPointF(0.07 * u, 0.01 * u), root + QPointF(0, 0.02 * u));
    o.c.p.setPen(Qt::NoPen);
    o.c.p.setBrush(QColor(255, 170, 60));
    o.c.p.drawPath(drop);
    o.c.p.setBrush(QColor(255, 245, 200));
    o.c.p.drawEllipse(root + QPointF(lean * 0.4, -fh * 0.3), 0.025 * u, fh * 0.28);
    *flame = root + QPointF(lean, -fh * 0.45);
    *strength = 1 + 0.2 * flick;
    return body;
}

QPainterPath drawTeddy(const ObjectPaint &o, QPointF b)
{
    // Sitting: legs out in front, arms at the sides, a round head with ears and a muzzle.
    const double u = o.u;
    const QColor fur = o.color, pale = o.color.lighter(135);
    QPainterPath all;
    auto part = [&](QPointF at, double rx, double ry, const QColor &col) {
        const QPainterPath e = ellipsePath(at, rx * u, ry * u);
        o.fill(e, col);
        all.addPath(e);
    };
    part(b + QPointF(-0.3 * u, -0.46 * u), 0.1, 0.17, fur.darker(110));
    part(b + QPointF(0.3 * u, -0.46 * u), 0.1, 0.17, fur.darker(110));
    part(b + QPointF(0, -0.36 * u), 0.28, 0.32, fur);
    o.fill(ellipsePath(b + QPointF(0, -0.3 * u), 0.15 * u, 0.18 * u), pale); // the belly
    for (const double s : {-1.0, 1.0}) {
        part(b + QPointF(s * 0.2 * u, -0.1 * u), 0.14, 0.1, fur);
        o.fill(ellipsePath(b + QPointF(s * 0.25 * u, -0.09 * u), 0.06 * u, 0.07 * u), pale); // the paw pads
        part(b + QPointF(s * 0.17 * u, -0.98 * u), 0.085, 0.085, fur);
        o.fill(ellipsePath(b + QPointF(s * 0.17 * u, -0.98 * u), 0.045 * u, 0.045 * u), pale);
    }
    part(b + QPointF(0, -0.8 * u), 0.23, 0.21, fur);
    o.fill(ellipsePath(b + QPointF(0, -0.74 * u), 0.1 * u, 0.075 * u), pale);
    o.flat(ellipsePath(b + QPointF(0, -0.77 * u), 0.035 * u, 0.025 * u), QColor(30, 20, 18));
    for (const double s : {-1.0, 1.0})
        o.flat(ellipsePath(b + QPointF(s * 0.09 * u, -0.86 * u), 0.025 * u, 0.028 * u), QColor(20, 16, 14));
    // A red bow at the neck.
    QPainterPath bow;
    bow.addPolygon(QPolygonF{b + QPointF(-0.12 * u, -0.64 * u), b + QPointF(0, -0.6 * u), b + QPointF(0.12 * u, -0.64 * u),
                             b + QPointF(0.12 * u, -0.54 * u), b + QPointF(0, -0.58 * u), b + QPointF(-0.12 * u, -0.54 * u)});
    o.flat(bow, QColor(200, 40, 50));
    return all;
}

} // namespace rc::engine
