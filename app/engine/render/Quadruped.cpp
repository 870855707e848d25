#include "engine/render/Quadruped.h"

#include "engine/render/Person.h"

#include <QHash>
#include <QPainterPath>

#include <cmath>

namespace rc::engine {

namespace {
using Ears = BodyPlan::Ears;
using Tail = BodyPlan::Tail;

BodyPlan plan(double size, double bodyLen, double bodyH, double legLen, double neckLen, double neckRise,
              double headR, double snoutLen, Ears ears, Tail tail, bool horns = false, bool trunk = false)
{
    BodyPlan b;
    b.size = size;
    b.bodyLen = bodyLen;
    b.bodyH = bodyH;
    b.legLen = legLen;
    b.neckLen = neckLen;
    b.neckRise = neckRise;
    b.headR = headR;
    b.snoutLen = snoutLen;
    b.ears = ears;
    b.tail = tail;
    b.horns = horns;
    b.trunk = trunk;
    return b;
}

// Keyed by the variant anchors of vocabulary.json (lexicon.variants): each stands for a WordNet
// subtree, so every animal under it shares the body. Numbers are fractions of `size`.
const QHash<QString, BodyPlan> &bodyPlans()
{
    static const QHash<QString, BodyPlan> plans = {
        //                              size  len   h     leg   neck  rise  head  snout
        {QStringLiteral("fox"), plan(0.75, 0.62, 0.22, 0.2, 0.12, 0.45, 0.13, 0.9, Ears::Pointed, Tail::Bushy)},
        {QStringLiteral("wolf"), plan(1.0, 0.6, 0.26, 0.3, 0.13, 0.45, 0.15, 0.8, Ears::Pointed, Tail::Bushy)},
        {QStringLiteral("horse"), plan(1.6, 0.62, 0.27, 0.5, 0.3, 0.72, 0.12, 1.2, Ears::Pointed, Tail::Thin)},
        {QStringLiteral("cow"), plan(1.45, 0.72, 0.36, 0.3, 0.12, 0.3, 0.15, 0.6, Ears::Round, Tail::Tuft, true)},
        {QStringLiteral("deer"), plan(1.3, 0.5, 0.24, 0.5, 0.26, 0.75, 0.12, 0.8, Ears::Pointed, Tail::None, true)},
        {QStringLiteral("bear"), plan(1.4, 0.62, 0.38, 0.25, 0.08, 0.2, 0.17, 0.5, Ears::Round, Tail::None)},
        {QStringLiteral("elephant"), plan(2.3, 0.6, 0.42, 0.36, 0.05, 0.3, 0.2, 0, Ears::Big, Tail::Thin, false, true)},
        {QStringLiteral("pig"), plan(0.9, 0.6, 0.34, 0.16, 0.05, 0.2, 0.15, 0.4, Ears::Floppy, Tail::Thin)},
        {QStringLiteral("sheep"), plan(0.95, 0.55, 0.36, 0.22, 0.08, 0.4, 0.13, 0.5, Ears::Floppy, Tail::None)},
        {QStringLiteral("goat"), plan(0.95, 0.5, 0.28, 0.3, 0.14, 0.6, 0.12, 0.7, Ears::Floppy, Tail::Thin, true)},
        {QStringLiteral("camel"), plan(2.0, 0.55, 0.3, 0.5, 0.32, 0.55, 0.11, 0.9, Ears::Round, Tail::Thin)},
        {QStringLiteral("giraffe"), plan(2.6, 0.4, 0.22, 0.45, 0.55, 0.85, 0.09, 1.0, Ears::Pointed, Tail::Tuft, true)},
        {QStringLiteral("lion"), plan(1.3, 0.6, 0.3, 0.3, 0.12, 0.45, 0.18, 0.4, Ears::Round, Tail::Tuft)},
        {QStringLiteral("tiger"), plan(1.25, 0.7, 0.26, 0.26, 0.1, 0.4, 0.15, 0.35, Ears::Round, Tail::Thin)},
        {QStringLiteral("leopard"), plan(1.0, 0.66, 0.24, 0.26, 0.1, 0.4, 0.14, 0.35, Ears::Round, Tail::Thin)},
        {QStringLiteral("rabbit"), plan(0.45, 0.45, 0.4, 0.12, 0.05, 0.5, 0.2, 0.3, Ears::Pointed, Tail::None)},
        {QStringLiteral("rodent"), plan(0.35, 0.5, 0.3, 0.1, 0.03, 0.3, 0.18, 0.6, Ears::Round, Tail::Thin)},
    };
    return plans;
}

QPointF polar(double angleRad, double length) { return {std::cos(angleRad) * length, -std::sin(angleRad) * length}; }

void drawTail(const DrawContext &c, const BodyPlan &b, QPointF rump, double size, double sway, const QColor &fur)
{
    if (b.tail == Tail::None)
        return;
    QPainterPath path;
    path.moveTo(rump);
    if (b.tail == Tail::Bushy) {
        // A thick brush that trails low behind: the fox's and the wolf's mark.
        const QPointF tip = rump + QPointF(-size * 0.42, size * 0.08 + sway * 0.3);
        path.cubicTo(rump + QPointF(-size * 0.15, -size * 0.12), tip + QPointF(size * 0.05, -size * 0.1), tip);
        path.cubicTo(tip + QPointF(size * 0.1, size * 0.06), rump + QPointF(-size * 0.1, size * 0.12),
                     rump + QPointF(0, size * 0.06));
        c.p.setPen(Qt::NoPen);
        c.p.setBrush(fur);
        c.p.drawPath(path);
        c.p.setBrush(QColor(245, 240, 230)); // a pale tip
        c.p.drawEllipse(tip + QPointF(size * 0.03, 0), size * 0.05, size * 0.035);
        return;
    }
    const QPointF tip = rump + QPointF(-size * 0.12 + sway * 0.2, size * (b.tail == Tail::Tuft ? 0.3 : 0.25));
    path.quadTo(rump + QPointF(-size * 0.12, 0), tip);
    c.p.setBrush(Qt::NoBrush);
    c.p.setPen(QPen(fur.darker(115), std::max(1.0, size * (b.tail == Tail::Thin && b.size > 1.4 ? 0.05 : 0.025)),
                    Qt::SolidLine, Qt::RoundCap));
    c.p.drawPath(path);
    c.p.setPen(Qt::NoPen);
    if (b.tail == Tail::Tuft) {
        c.p.setBrush(fur.darker(150));
        c.p.drawEllipse(tip, size * 0.035, size * 0.05);
    }
}

void drawHead(const DrawContext &c, const BodyPlan &b, QPointF head, double size, const QColor &fur, double st)
{
    const double hr = b.headR * size;
    const QColor dark = fur.darker(150);
    c.p.setPen(Qt::NoPen);
    // Ears behind the head.
    switch (b.ears) {
    case Ears::Pointed: {
        const double tall = b.size < 0.6 ? 2.6 : 1.5; // a rabbit's long ears
        const QPointF e[3] = {head + QPointF(-hr * 0.7, -hr * 0.3), head + QPointF(-hr * 0.45, -hr * tall),
                              head + QPointF(-hr * 0.05, -hr * 0.75)};
        c.p.setBrush(fur);
        c.p.drawPolygon(e, 3);
        break;
    }
    case Ears::Floppy:
        c.p.setBrush(dark);
        c.p.drawEllipse(head + QPointF(-hr * 0.55, hr * 0.25), hr * 0.3, hr * 0.6);
        break;
    case Ears::Round:
        c.p.setBrush(fur);
        c.p.drawEllipse(head + QPointF(-hr * 0.45, -hr * 0.8), hr * 0.32, hr * 0.32);
        break;
    case Ears::Big: // an elephant's: a broad flap that waves a little
        c.p.setBrush(fur.darker(112));
        c.p.drawEllipse(head + QPointF(-hr * 0.55, hr * 0.1), hr * (0.75 + 0.06 * std::sin(st * 2)), hr * 1.05);
        break;
    case Ears::None:
        break;
    }
    if (b.horns) {
        c.p.setPen(QPen(QColor(225, 215, 190), std::max(1.0, hr * 0.14), Qt::SolidLine, Qt::RoundCap));
        c.p.drawLine(head + QPointF(0, -hr * 0.7), head + QPointF(-hr * 0.25, -hr * 1.5));
        c.p.setPen(Qt::NoPen);
    }
    c.p.setBrush(fur);
    c.p.drawEllipse(head, hr, hr * 0.85);
    if (b.snoutLen > 0) {
        // The muzzle points forward and a little down; its length is the animal's.
        const double len = hr * b.snoutLen;
        const QPointF tip = head + QPointF(hr * 0.5 + len * 0.8, hr * 0.35);
        c.p.drawEllipse(tip - QPointF(len * 0.4, 0), len * 0.55 + hr * 0.15, hr * 0.42);
        c.p.setBrush(QColor(30, 25, 25));
        c.p.drawEllipse(tip + QPointF(len * 0.12, -hr * 0.1), hr * 0.1, hr * 0.08); // nose
    }
    if (b.trunk) {
        QPainterPath trunk;
        const QPointF from = head + QPointF(hr * 0.7, hr * 0.2);
        const double swing = 0.15 * std::sin(st * 1.3);
        trunk.moveTo(from);
        trunk.cubicTo(from + QPointF(hr * 0.5, hr * 0.4), from + QPointF(hr * (0.4 + swing), hr * 1.3),
                      from + QPointF(hr * (0.6 + swing), hr * 1.9));
        c.p.setBrush(Qt::NoBrush);
        c.p.setPen(QPen(fur, hr * 0.35, Qt::SolidLine, Qt::RoundCap));
        c.p.drawPath(trunk);
        c.p.setPen(Qt::NoPen);
    }
    c.p.setBrush(QColor(25, 30, 25));
    c.p.drawEllipse(head + QPointF(hr * 0.35, -hr * 0.2), hr * 0.1, hr * 0.12);
}
} // namespace

BodyPlan bodyPlanFor(const QString &variant)
{
    return bodyPlans().value(variant, plan(1.1, 0.6, 0.3, 0.3, 0.12, 0.45, 0.15, 0.6, Ears::Round, Tail::Thin));
}

bool hasBodyPlan(const QString &variant) { return bodyPlans().contains(variant); }

void drawQuadruped(const DrawContext &c, const SubjectPlan &s, QPointF base, double size)
{
    const BodyPlan b = bodyPlanFor(s.variant);
    // Tall animals shrink to keep their head in the frame.
    const double standing = b.legLen + b.bodyH + b.neckLen * b.neckRise + b.headR * 1.5;
    size = std::min(size * b.size, c.H() * 0.7 / standing);
    const double st = c.t - c.tl.shots[size_t(c.shotIndex)].startSec;
    const bool run = s.action == QLatin1String("run");
    const bool moving = run || s.action == QLatin1String("walk");
    const double period = 2 * (run ? c.tl.runPeriodSec : c.tl.stepPeriodSec); // one stride: two steps
    const double phase = moving ? 2 * M_PI * st / period : 0;
    double x = base.x();
    if (moving)
        x += st * size * (run ? 1.1 : 0.45) - size * (run ? 1.8 : 1.0);
    const double bob = moving ? std::abs(std::sin(phase)) * size * (run ? 0.05 : 0.015) : 0;
    const QPointF g(x, base.y());
    const double bw = size * b.bodyLen, bh = size * b.bodyH, leg = size * b.legLen;
    const QPointF body(g.x(), g.y() - leg - bh * 0.4 - bob);
    const QColor fur = c.look.lit(s.color.isValid() ? s.color : QColor(150, 120, 90));

    c.p.setPen(Qt::NoPen);
    c.p.setBrush(QColor(0, 0, 0, 60));
    c.p.drawEllipse(g, bw * 0.6, bw * 0.07);
    // Legs: diagonal pairs swing together (a trot); a run reaches further. The far pair is darker.
    const double reach = run ? 0.7 : 0.35;
    const double legW = std::max(1.5, bh * (b.size > 2 ? 0.34 : 0.22));
    for (int k = 0; k < 4; ++k) {
        const bool front = k % 2 == 0, far = k < 2;
        const double swing = std::sin(phase + (front == far ? 0 : M_PI)) * reach;
        const QPointF hip(body.x() + (front ? bw * 0.34 : -bw * 0.34), body.y() + bh * 0.1);
        const QPointF foot(hip.x() + swing * leg * 0.5, g.y() - std::max(0.0, std::cos(phase + (front == far ? 0 : M_PI))) * leg * (run ? 0.15 : 0.05));
        c.p.setPen(QPen(far ? fur.darker(135) : fur.darker(110), legW, Qt::SolidLine, Qt::RoundCap));
        c.p.drawLine(hip, foot);
    }
    c.p.setPen(Qt::NoPen);
    drawTail(c, b, body + QPointF(-bw * 0.46, -bh * 0.15), size, std::sin(st * 1.7) * size * 0.1, fur);
    c.p.setBrush(fur);
    c.p.drawEllipse(body, bw * 0.5, bh * 0.5);
    // Neck up to the head: its length and rise give the horse, giraffe and camel their outline.
    const QPointF shoulder(body.x() + bw * 0.38, body.y() - bh * 0.15);
    const double nod = moving ? std::sin(phase * 2) * 0.05 : 0;
    const QPointF head = shoulder + polar(b.neckRise * M_PI / 2 - nod, size * b.neckLen + bh * 0.2);
    c.p.setPen(QPen(fur, std::max(2.0, bh * 0.5), Qt::SolidLine, Qt::RoundCap));
    c.p.drawLine(shoulder, head);
    c.p.setPen(Qt::NoPen);
    drawHead(c, b, head, size, fur, st);
    // A person riding sits on the back and moves with it (the size Subjects.cpp gives people).
    drawRider(c, body + QPointF(-bw * 0.05, -bh * 0.45), c.H() * 0.5);
}

} // namespace rc::engine
