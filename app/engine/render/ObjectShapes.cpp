#include "engine/render/ObjectShapes.h"

#include <cmath>

namespace rc::engine {

void ObjectPaint::fill(const QPainterPath &path, const QColor &base) const
{
    const QRectF r = path.boundingRect();
    const bool metal = finish == Finish::Metal, glass = finish == Finish::Glass;
    const QColor lit = c.look.lit(base);
    // Across the width: the side toward the light brighter, the far side in shade.
    QLinearGradient g(r.left(), 0, r.right(), 0);
    const double hx = std::clamp(lightX, 0.05, 0.95);
    if (glass) {
        // See-through: the colour thin at the edges of the light, thicker where it falls.
        QColor edge = lit, bright = lit.lighter(140);
        edge.setAlpha(140);
        bright.setAlpha(190);
        g.setColorAt(0, edge);
        g.setColorAt(hx, bright);
        g.setColorAt(1, edge);
    } else {
        g.setColorAt(0, lit.lighter(metal ? 120 : 108));
        g.setColorAt(hx, lit.lighter(metal ? 175 : finish == Finish::Glossy ? 135 : 118));
        g.setColorAt(std::min(1.0, hx + 0.25), lit);
        g.setColorAt(1, lit.darker(metal ? 200 : 150));
    }
    c.p.setPen(Qt::NoPen);
    c.p.setBrush(g);
    c.p.drawPath(path);
    if (finish == Finish::Glossy || metal || glass) {
        // A sharp highlight: a narrow upright band where the light falls.
        c.p.save();
        c.p.setClipPath(path);
        const double x = r.left() + r.width() * hx;
        c.p.fillRect(QRectF(x - r.width() * 0.04, r.top(), r.width() * 0.05, r.height()), QColor(255, 255, 255, glass ? 120 : 80));
        c.p.restore();
    } else if (finish == Finish::Wood) {
        c.p.save();
        c.p.setClipPath(path);
        c.p.setPen(QPen(lit.darker(130), 0));
        c.p.setBrush(Qt::NoBrush);
        for (int k = 0; k < 7; ++k) {
            const double y = r.top() + r.height() * (k + 0.5) / 7;
            c.p.drawLine(QPointF(r.left(), y), QPointF(r.right(), y + r.height() * 0.02 * std::sin(k * 2.1)));
        }
        c.p.restore();
    } else if (finish == Finish::Leather) {
        // Stitching just inside the edge.
        c.p.save();
        c.p.setClipPath(path);
        c.p.setPen(QPen(lit.lighter(150), 0, Qt::DashLine));
        c.p.setBrush(Qt::NoBrush);
        const double inset = std::max(2.0, u * 0.03);
        c.p.drawRoundedRect(r.adjusted(inset, inset, -inset, -inset), inset * 2, inset * 2);
        c.p.restore();
    }
}

void ObjectPaint::flat(const QPainterPath &path, const QColor &col) const
{
    c.p.setPen(Qt::NoPen);
    c.p.setBrush(c.look.lit(col));
    c.p.drawPath(path);
}

QPainterPath ellipsePath(QPointF centre, double rx, double ry)
{
    QPainterPath p;
    p.addEllipse(centre, rx, ry);
    return p;
}

QPainterPath roundedPath(const QRectF &r, double radius)
{
    QPainterPath p;
    p.addRoundedRect(r, radius, radius);
    return p;
}

QPainterPath ringPath(QPointF centre, double rx, double ry, double thick)
{
    QPainterPath p;
    p.setFillRule(Qt::OddEvenFill);
    p.addEllipse(centre, rx, ry);
    p.addEllipse(centre, rx - thick, ry - thick);
    return p;
}

QPainterPath drawShoe(const ObjectPaint &o, QPointF b)
{
    // In profile, toe to the right: sole, then the upper from the heel over the collar and the
    // tongue down the laced vamp to the toe.
    const double u = o.u, L = u * 1.15;
    const bool sneaker = !(o.finish == Finish::Leather && !o.named("sneaker"));
    QPainterPath upper;
    upper.moveTo(b + QPointF(-0.5 * L, -0.08 * u));
    upper.cubicTo(b + QPointF(-0.53 * L, -0.2 * u), b + QPointF(-0.52 * L, -0.34 * u), b + QPointF(-0.45 * L, -0.42 * u));
    upper.quadTo(b + QPointF(-0.3 * L, -0.36 * u), b + QPointF(-0.16 * L, -0.4 * u));
    upper.lineTo(b + QPointF(-0.1 * L, -(sneaker ? 0.52 : 0.44) * u));
    upper.lineTo(b + QPointF(-0.02 * L, -(sneaker ? 0.49 : 0.42) * u));
    upper.cubicTo(b + QPointF(0.12 * L, -0.36 * u), b + QPointF(0.3 * L, -0.24 * u), b + QPointF(0.44 * L, -0.19 * u));
    upper.quadTo(b + QPointF(0.53 * L, -0.15 * u), b + QPointF(0.5 * L, -0.08 * u));
    upper.closeSubpath();
    o.fill(upper);
    // The opening of the collar, dark inside.
    o.flat(ellipsePath(b + QPointF(-0.3 * L, -0.385 * u), 0.11 * L, 0.022 * u), o.color.darker(260));
    const QColor soleColor = sneaker ? QColor(238, 236, 230) : QColor(40, 30, 26);
    o.flat(roundedPath(QRectF(b.x() - 0.52 * L, b.y() - 0.1 * u, 1.04 * L, 0.1 * u), 0.04 * u), soleColor);
    o.flat(roundedPath(QRectF(b.x() - 0.52 * L, b.y() - 0.03 * u, 1.04 * L, 0.03 * u), 0.015 * u), soleColor.darker(130));
    const QColor accent = o.color.lightness() > 170 ? QColor(40, 40, 48) : QColor(245, 245, 240);
    if (sneaker) {
        // A swoosh of the accent colour along the side, and laces across the vamp.
        QPainterPath stripe;
        stripe.moveTo(b + QPointF(-0.35 * L, -0.14 * u));
        stripe.quadTo(b + QPointF(0.0, -0.12 * u), b + QPointF(0.25 * L, -0.3 * u));
        stripe.quadTo(b + QPointF(0.05 * L, -0.18 * u), b + QPointF(-0.35 * L, -0.14 * u));
        o.flat(stripe, accent);
        // The toe cap.
        QPainterPath cap;
        cap.moveTo(b + QPointF(0.32 * L, -0.1 * u));
        cap.quadTo(b + QPointF(0.36 * L, -0.2 * u), b + QPointF(0.45 * L, -0.19 * u));
        cap.quadTo(b + QPointF(0.53 * L, -0.15 * u), b + QPointF(0.5 * L, -0.1 * u));
        cap.closeSubpath();
        o.flat(cap, o.color.lighter(118));
    }
    // The lacing: a darker panel down the vamp from the tongue, laces crossing it.
    const QPointF v0 = b + QPointF(-0.04 * L, -0.47 * u), v1 = b + QPointF(0.3 * L, -0.26 * u);
    const QPointF along = v1 - v0;
    const double len = std::hypot(along.x(), along.y());
    const QPointF in = QPointF(-along.y(), along.x()) / len * (0.1 * u); // into the shoe, down and back
    QPainterPath panel;
    panel.addPolygon(QPolygonF{v0, v1, v1 + in * 0.8, v0 + in});
    panel.closeSubpath();
    o.flat(panel, o.color.darker(118));
    o.c.p.setPen(QPen(o.c.look.lit(sneaker ? QColor(245, 245, 240) : o.color.darker(160)), std::max(1.0, u * 0.022), Qt::SolidLine, Qt::RoundCap));
    for (int k = 0; k < 5; ++k) {
        const QPointF at = v0 + along * ((k + 0.6) / 5.6);
        o.c.p.drawLine(at - in * 0.1, at + in * 0.85);
    }
    o.c.p.setPen(Qt::NoPen);
    if (sneaker) // a heel tab in the accent colour
        o.flat(roundedPath(QRectF(b.x() - 0.51 * L, b.y() - 0.4 * u, 0.06 * L, 0.2 * u), 0.02 * u), accent);
    return upper;
}

QPainterPath drawHandbag(const ObjectPaint &o, QPointF b)
{
    const double u = o.u;
    const double top = b.y() - 0.55 * u;
    // The handle first: the body hides its lower half, its hole shows what is behind.
    o.fill(ringPath(QPointF(b.x(), top), 0.27 * u, 0.32 * u, 0.055 * u), o.color.darker(115));
    QPainterPath body;
    body.moveTo(b + QPointF(-0.36 * u, -0.55 * u));
    body.lineTo(b + QPointF(0.36 * u, -0.55 * u));
    body.quadTo(b + QPointF(0.42 * u, -0.55 * u), b + QPointF(0.44 * u, -0.48 * u));
    body.lineTo(b + QPointF(0.5 * u, -0.06 * u));
    body.quadTo(b + QPointF(0.5 * u, 0), b + QPointF(0.44 * u, 0));
    body.lineTo(b + QPointF(-0.44 * u, 0));
    body.quadTo(b + QPointF(-0.5 * u, 0), b + QPointF(-0.5 * u, -0.06 * u));
    body.lineTo(b + QPointF(-0.44 * u, -0.48 * u));
    body.quadTo(b + QPointF(-0.42 * u, -0.55 * u), b + QPointF(-0.36 * u, -0.55 * u));
    o.fill(body);
    // The flap over the top with a gold clasp.
    QPainterPath flap;
    flap.moveTo(b + QPointF(-0.42 * u, -0.53 * u));
    flap.lineTo(b + QPointF(0.42 * u, -0.53 * u));
    flap.lineTo(b + QPointF(0.44 * u, -0.34 * u));
    flap.quadTo(b + QPointF(0, -0.22 * u), b + QPointF(-0.44 * u, -0.34 * u));
    flap.closeSubpath();
    o.fill(flap, o.color.darker(112));
    o.flat(roundedPath(QRectF(b.x() - 0.05 * u, b.y() - 0.31 * u, 0.1 * u, 0.07 * u), 0.02 * u), QColor(222, 184, 90));
    return body;
}

QPainterPath drawBackpack(const ObjectPaint &o, QPointF b)
{
    const double u = o.u;
    o.fill(ringPath(QPointF(b.x(), b.y() - 0.9 * u), 0.1 * u, 0.08 * u, 0.03 * u), o.color.darker(130)); // the top loop
    // Shoulder straps showing at both sides.
    for (const double s : {-1.0, 1.0})
        o.flat(roundedPath(QRectF(b.x() + s * 0.33 * u - 0.05 * u, b.y() - 0.78 * u, 0.1 * u, 0.7 * u), 0.04 * u), o.color.darker(150));
    const QPainterPath body = roundedPath(QRectF(b.x() - 0.33 * u, b.y() - 0.9 * u, 0.66 * u, 0.9 * u), 0.2 * u);
    o.fill(body);
    // The front pocket and its zip.
    const QRectF pocket(b.x() - 0.25 * u, b.y() - 0.42 * u, 0.5 * u, 0.36 * u);
    o.fill(roundedPath(pocket, 0.08 * u), o.color.darker(112));
    o.c.p.setPen(QPen(o.c.look.lit(o.color.darker(170)), 0));
    o.c.p.setBrush(Qt::NoBrush);
    o.c.p.drawLine(QPointF(pocket.left() + 0.04 * u, pocket.top() + 0.06 * u), QPointF(pocket.right() - 0.04 * u, pocket.top() + 0.06 * u));
    o.c.p.drawArc(QRectF(b.x() - 0.27 * u, b.y() - 0.86 * u, 0.54 * u, 0.5 * u), 20 * 16, 140 * 16);
    o.flat(roundedPath(QRectF(pocket.right() - 0.09 * u, pocket.top() + 0.04 * u, 0.03 * u, 0.07 * u), 0.01 * u), QColor(200, 200, 205));
    return body;
}

QPainterPath drawBook(const ObjectPaint &o, QPointF b)
{
    // A hardcover standing, seen from a little to the left: spine, page edges on top, cover.
    const double u = o.u, w = 0.62 * u, h = 0.9 * u, d = 0.14 * u;
    QPainterPath spine;
    spine.addPolygon(QPolygonF{b + QPointF(-w / 2 - d, -0.04 * u), b + QPointF(-w / 2, 0), b + QPointF(-w / 2, -h),
                               b + QPointF(-w / 2 - d, -h - 0.04 * u)});
    spine.closeSubpath();
    o.fill(spine, o.color.darker(135));
    QPainterPath pages;
    pages.addPolygon(QPolygonF{b + QPointF(-w / 2 - d, -h - 0.04 * u), b + QPointF(-w / 2, -h), b + QPointF(w / 2 - 0.01 * u, -h),
                               b + QPointF(w / 2 - d, -h - 0.04 * u)});
    pages.closeSubpath();
    o.flat(pages, QColor(238, 230, 210));
    const QPainterPath cover = roundedPath(QRectF(b.x() - w / 2, b.y() - h, w, h), 0.015 * u);
    o.fill(cover);
    // Gold title bars and a border on the cover, bands on the spine.
    const QColor gold(226, 190, 100);
    o.flat(roundedPath(QRectF(b.x() - w * 0.3, b.y() - h * 0.78, w * 0.6, h * 0.06), 0.01 * u), gold);
    o.flat(roundedPath(QRectF(b.x() - w * 0.2, b.y() - h * 0.68, w * 0.4, h * 0.035), 0.01 * u), gold);
    for (const double y : {0.12, 0.85})
        o.flat(roundedPath(QRectF(b.x() - w / 2 - d, b.y() - h * y - h * 0.02, d, h * 0.03), 0), gold);
    o.c.p.setPen(QPen(o.c.look.lit(gold), 0));
    o.c.p.setBrush(Qt::NoBrush);
    o.c.p.drawRect(QRectF(b.x() - w * 0.42, b.y() - h * 0.93, w * 0.84, h * 0.86));
    o.c.p.setPen(Qt::NoPen);
    return cover;
}

QPainterPath drawLaptop(const ObjectPaint &o, QPointF b)
{
    const double u = o.u, w = 1.1 * u;
    // The base in perspective, its keyboard, then the open screen glowing.
    QPainterPath base;
    base.addPolygon(QPolygonF{b + QPointF(-w * 0.5, -0.12 * u), b + QPointF(w * 0.5, -0.12 * u), b + QPointF(w * 0.6, 0),
                              b + QPointF(-w * 0.6, 0)});
    base.closeSubpath();
    o.fill(base);
    QPainterPath keys;
    keys.addPolygon(QPolygonF{b + QPointF(-w * 0.42, -0.105 * u), b + QPointF(w * 0.42, -0.105 * u), b + QPointF(w * 0.46, -0.055 * u),
                              b + QPointF(-w * 0.46, -0.055 * u)});
    keys.closeSubpath();
    o.flat(keys, o.color.darker(180));
    o.flat(roundedPath(QRectF(b.x() - w * 0.1, b.y() - 0.045 * u, w * 0.2, 0.035 * u), 0.005 * u), o.color.darker(115));
    const QRectF lid(b.x() - w * 0.5, b.y() - 0.85 * u, w, 0.74 * u);
    const QPainterPath outline = roundedPath(lid, 0.03 * u);
    o.flat(outline, QColor(22, 22, 26));
    const QRectF screen = lid.adjusted(0.035 * u, 0.035 * u, -0.035 * u, -0.05 * u);
    QLinearGradient g(0, screen.top(), 0, screen.bottom());
    g.setColorAt(0, QColor(70, 110, 200));
    g.setColorAt(1, QColor(150, 80, 170));
    o.c.p.setBrush(g); // the screen gives its own light: not dimmed by the room
    o.c.p.drawRect(screen);
    o.c.p.setBrush(QColor(255, 255, 255, 60));
    for (int k = 0; k < 3; ++k)
        o.c.p.drawRect(QRectF(screen.left() + screen.width() * 0.1, screen.top() + screen.height() * (0.25 + 0.18 * k),
                              screen.width() * (0.6 - 0.15 * k), screen.height() * 0.08));
    return outline;
}

QPainterPath drawHeadphones(const ObjectPaint &o, QPointF b)
{
    const double u = o.u;
    // The headband's arch (its lower half hidden: clipped), then the ear cups with cushions.
    o.c.p.save();
    o.c.p.setClipRect(QRectF(b.x() - u, b.y() - 1.2 * u, 2 * u, 0.78 * u));
    o.fill(ringPath(QPointF(b.x(), b.y() - 0.42 * u), 0.4 * u, 0.52 * u, 0.06 * u));
    o.c.p.restore();
    QPainterPath cups;
    for (const double s : {-1.0, 1.0}) {
        o.flat(roundedPath(QRectF(b.x() + s * 0.36 * u - 0.05 * u, b.y() - 0.55 * u, 0.1 * u, 0.18 * u), 0.03 * u), QColor(150, 150, 156));
        const QRectF cup(b.x() + s * 0.38 * u - 0.11 * u, b.y() - 0.45 * u, 0.22 * u, 0.42 * u);
        const QPainterPath shell = roundedPath(cup, 0.09 * u);
        o.fill(shell);
        o.flat(roundedPath(cup.adjusted(s < 0 ? cup.width() * 0.55 : 0, 0.03 * u, s < 0 ? 0 : -cup.width() * 0.55, -0.03 * u), 0.05 * u),
               QColor(38, 36, 40)); // the cushion toward the other cup
        cups.addPath(shell);
    }
    return cups;
}

QPainterPath drawPerfume(const ObjectPaint &o, QPointF b)
{
    const double u = o.u;
    const QRectF bottle(b.x() - 0.3 * u, b.y() - 0.6 * u, 0.6 * u, 0.6 * u);
    ObjectPaint glass = o;
    glass.finish = Finish::Glass;
    const QPainterPath outline = roundedPath(bottle, 0.08 * u);
    glass.fill(outline, QColor(225, 235, 240));
    // The scent inside, three quarters full, and the facets of the glass.
    o.fill(roundedPath(bottle.adjusted(0.04 * u, 0.16 * u, -0.04 * u, -0.04 * u), 0.05 * u));
    o.c.p.setPen(QPen(QColor(255, 255, 255, 90), 0));
    o.c.p.drawLine(QPointF(bottle.left() + 0.08 * u, bottle.top() + 0.06 * u), QPointF(bottle.left() + 0.08 * u, bottle.bottom() - 0.06 * u));
    o.c.p.setPen(Qt::NoPen);
    const QColor gold(214, 178, 96);
    ObjectPaint metal = o;
    metal.finish = Finish::Metal;
    metal.fill(roundedPath(QRectF(b.x() - 0.08 * u, b.y() - 0.69 * u, 0.16 * u, 0.1 * u), 0.01 * u), gold);
    metal.fill(roundedPath(QRectF(b.x() - 0.15 * u, b.y() - 0.95 * u, 0.3 * u, 0.27 * u), 0.03 * u), gold.darker(110));
    return outline;
}

QPainterPath drawLipstick(const ObjectPaint &o, QPointF b)
{
    const double u = o.u;
    ObjectPaint metal = o;
    metal.finish = Finish::Metal;
    const QPainterPath caseBody = roundedPath(QRectF(b.x() - 0.13 * u, b.y() - 0.5 * u, 0.26 * u, 0.5 * u), 0.02 * u);
    metal.fill(caseBody, QColor(30, 30, 34));
    metal.fill(roundedPath(QRectF(b.x() - 0.1 * u, b.y() - 0.64 * u, 0.2 * u, 0.15 * u), 0.01 * u), QColor(214, 178, 96));
    // The bullet, cut at a slant.
    QPainterPath bullet;
    bullet.moveTo(b + QPointF(-0.08 * u, -0.63 * u));
    bullet.lineTo(b + QPointF(-0.08 * u, -0.84 * u));
    bullet.quadTo(b + QPointF(-0.06 * u, -0.9 * u), b + QPointF(0.0, -0.93 * u));
    bullet.lineTo(b + QPointF(0.08 * u, -1.0 * u));
    bullet.lineTo(b + QPointF(0.08 * u, -0.63 * u));
    bullet.closeSubpath();
    ObjectPaint glossy = o;
    glossy.finish = Finish::Glossy;
    glossy.fill(bullet);
    QPainterPath all = caseBody;
    all.addPath(bullet);
    return all;
}

QPainterPath drawSunglasses(const ObjectPaint &o, QPointF b)
{
    const double u = o.u, y = b.y() - 0.45 * u;
    QPainterPath frame, lenses;
    for (const double s : {-1.0, 1.0}) {
        QPainterPath lens;
        const double x = b.x() + s * 0.28 * u;
        lens.moveTo(x - 0.22 * u, y - 0.13 * u);
        lens.lineTo(x + 0.22 * u, y - 0.13 * u);
        lens.quadTo(x + 0.22 * u, y + 0.16 * u, x + s * 0.02 * u, y + 0.16 * u);
        lens.quadTo(x - 0.22 * u, y + 0.16 * u, x - 0.22 * u, y - 0.13 * u);
        lenses.addPath(lens);
        frame.addRoundedRect(QRectF(x - 0.25 * u, y - 0.16 * u, 0.5 * u, 0.35 * u), 0.1 * u, 0.1 * u);
        // A temple going back from each outer corner.
        frame.addRect(QRectF(s < 0 ? x - 0.25 * u - 0.12 * u : x + 0.25 * u, y - 0.14 * u, 0.12 * u, 0.035 * u));
    }
    frame.addRect(QRectF(b.x() - 0.06 * u, y - 0.12 * u, 0.12 * u, 0.035 * u)); // the bridge
    o.fill(frame);
    QLinearGradient g(0, y - 0.13 * u, 0, y + 0.16 * u);
    g.setColorAt(0, QColor(20, 24, 34));
    g.setColorAt(1, QColor(60, 70, 90));
    o.c.p.setBrush(g);
    o.c.p.drawPath(lenses);
    // The sky reflected in the lenses, sliding as they turn.
    o.c.p.save();
    o.c.p.setClipPath(lenses);
    const double x = b.x() - 0.6 * u + o.lightX * 1.2 * u;
    o.c.p.setTransform(QTransform().translate(x, y).shear(-0.6, 0).translate(-x, -y), true);
    o.c.p.fillRect(QRectF(x - 0.05 * u, y - 0.2 * u, 0.08 * u, 0.4 * u), QColor(255, 255, 255, 70));
    o.c.p.restore();
    return frame;
}

} // namespace rc::engine
