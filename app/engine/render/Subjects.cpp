#include "engine/render/Canvas.h"

#include "engine/render/Bird.h"
#include "engine/render/Dishes.h"
#include "engine/render/Insects.h"
#include "engine/render/Objects.h"
#include "engine/render/Person.h"
#include "engine/render/Quadruped.h"
#include "engine/render/Random.h"
#include "engine/render/Reptiles.h"
#include "engine/render/SeaLife.h"
#include "engine/render/Vehicles.h"

#include <QPainterPath>

#include <cmath>

namespace rc::engine {

double shotTime(const DrawContext &c) { return c.t - c.tl.shots[size_t(c.shotIndex)].startSec; }

double eventPhase(const DrawContext &c, EventKind kind, int subject, double lengthSec)
{
    for (const auto &e : c.tl.events) {
        if (e.timeSec > c.t)
            break;
        const double len = e.lengthSec > 0 ? e.lengthSec : lengthSec;
        if (e.kind == kind && e.subject == subject && c.t < e.timeSec + len)
            return (c.t - e.timeSec) / len;
    }
    return -1;
}

namespace {

void shadow(const DrawContext &c, QPointF at, double w)
{
    c.p.setPen(Qt::NoPen);
    c.p.setBrush(QColor(0, 0, 0, 60));
    c.p.drawEllipse(at, w, w * 0.12);
}

void drawCat(const DrawContext &c, int index, const SubjectPlan &s, QPointF base, double size, bool dog)
{
    const double st = shotTime(c);
    const double pounce = eventPhase(c, EventKind::Pounce, index, c.tl.pounceSec);
    const bool walking = s.action == QLatin1String("walk") || s.action == QLatin1String("run");
    double x = base.x(), lift = 0, stretch = 1;
    if (walking)
        x += (st * size * 0.5) - size * 1.2;
    if (pounce >= 0) {
        lift = std::sin(M_PI * pounce) * size * 0.55;
        stretch = 1.15;
    } else if (s.action == QLatin1String("play")) {
        stretch = 1 - 0.05 * std::sin(st * 5); // a crouch that wiggles before the next pounce
    }
    const QPointF g(x, base.y());
    shadow(c, g, size * 0.55 * (1 - lift / size * 0.5));
    const QColor fur = c.look.lit(s.color);
    const QColor dark = fur.darker(140);
    const double bw = size * 0.55 * stretch, bh = size * 0.28;
    const QPointF body(g.x(), g.y() - bh * 0.9 - size * 0.12 - lift);
    // Legs: four pairs; walking swings them with the step events' period.
    const double gait = walking ? std::sin(2 * M_PI * st / (2 * c.tl.stepPeriodSec)) : 0;
    c.p.setPen(Qt::NoPen);
    c.p.setBrush(dark);
    for (int k = 0; k < 4; ++k) {
        const double lx = body.x() + (k < 2 ? -bw * 0.35 : bw * 0.35) + (k % 2 ? 1 : -1) * gait * size * 0.06;
        const double legTop = body.y() + bh * 0.2;
        const double legLen = (g.y() - lift) - legTop;
        c.p.drawRoundedRect(QRectF(lx - size * 0.035, legTop, size * 0.07, legLen), size * 0.03, size * 0.03);
    }
    // Tail: a filled curve that sways.
    QPainterPath tail;
    const QPointF t0(body.x() - bw * 0.48, body.y() - bh * 0.1);
    const double sway = std::sin(st * (s.action == QLatin1String("play") ? 4 : 1.6)) * size * 0.15;
    tail.moveTo(t0);
    tail.cubicTo(t0 + QPointF(-size * 0.25, -size * 0.05), t0 + QPointF(-size * 0.3 + sway, -size * 0.3),
                 t0 + QPointF(-size * 0.15 + sway, -size * (dog ? 0.25 : 0.42)));
    tail.cubicTo(t0 + QPointF(-size * 0.24 + sway, -size * 0.28), t0 + QPointF(-size * 0.2, -size * 0.02),
                 t0 + QPointF(0, size * 0.06));
    c.p.setBrush(fur);
    c.p.drawPath(tail);
    c.p.drawEllipse(body, bw * 0.5, bh * 0.5);
    if (!dog) { // tabby stripes
        c.p.setPen(QPen(dark, std::max(1.0, size * 0.02)));
        for (int k = -2; k <= 2; ++k)
            c.p.drawLine(body + QPointF(k * bw * 0.12, -bh * 0.45), body + QPointF(k * bw * 0.12 + size * 0.02, -bh * 0.15));
        c.p.setPen(Qt::NoPen);
    }
    // Head; it tilts up while meowing / barking, mouth open.
    const double voice = eventPhase(c, dog ? EventKind::Bark : EventKind::Meow, index, dog ? 0.3 : 0.6);
    const double tilt = voice >= 0 ? std::sin(M_PI * voice) * size * 0.06 : 0;
    const QPointF head(body.x() + bw * 0.5, body.y() - bh * 0.55 - tilt);
    const double hr = size * 0.17;
    c.p.setBrush(fur);
    if (dog) {
        c.p.drawEllipse(head, hr, hr * 0.9);
        c.p.drawEllipse(head + QPointF(hr * 0.8, hr * 0.25), hr * 0.55, hr * 0.4); // snout
        c.p.setBrush(dark);
        c.p.drawEllipse(head + QPointF(-hr * 0.6, hr * 0.2), hr * 0.3, hr * 0.65); // ear
    } else {
        const QPointF ears[2][3] = {
            {head + QPointF(-hr * 0.8, -hr * 0.3), head + QPointF(-hr * 0.55, -hr * 1.35), head + QPointF(-hr * 0.05, -hr * 0.75)},
            {head + QPointF(hr * 0.05, -hr * 0.75), head + QPointF(hr * 0.55, -hr * 1.35), head + QPointF(hr * 0.8, -hr * 0.3)}};
        c.p.drawPolygon(ears[0], 3);
        c.p.drawPolygon(ears[1], 3);
        c.p.drawEllipse(head, hr, hr * 0.9);
    }
    c.p.setBrush(QColor(30, 40, 30));
    const double blink = std::fmod(st + index, 3.7) < 0.12 ? 0.15 : 1.0;
    c.p.drawEllipse(head + QPointF(hr * 0.1, -hr * 0.15), hr * 0.11, hr * 0.16 * blink);
    c.p.drawEllipse(head + QPointF(hr * 0.55, -hr * 0.15), hr * 0.11, hr * 0.16 * blink);
    if (voice >= 0) {
        c.p.setBrush(QColor(90, 20, 30));
        c.p.drawEllipse(head + QPointF(hr * (dog ? 1.0 : 0.35), hr * 0.45), hr * 0.16, hr * 0.22 * std::sin(M_PI * voice) + 1);
    }
}

} // namespace

void drawSubjects(const DrawContext &c)
{
    const double W = c.W(), H = c.H();
    c.enterLayer(1.0);
    const bool interior = c.shot.setting == QLatin1String("interior");
    // Grounded subjects stand side by side, each as many times as the prompt counts ("two dogs"),
    // up to four of a kind.
    QList<QPair<int, int>> grounded; // subject index, copy
    for (int i = 0; i < c.shot.subjects.size(); ++i) {
        const QString &k = c.shot.subjects[i].kind;
        if (k == QLatin1String("bird") && birdFlies(c.shot, c.shot.subjects[i]))
            continue;
        if (k != QLatin1String("fish") && k != QLatin1String("tree")
            && k != QLatin1String("flower") && k != QLatin1String("building") && k != QLatin1String("insect")
            && k != QLatin1String("plane") && k != QLatin1String("plant") && !isPartOfAnother(c.shot, c.shot.subjects[i]))
            // Plural food is pieces on one plate ("pancakes"); drinks are counted ("two cups").
            for (int copy = 0; copy < (k == QLatin1String("dish") ? 1 : std::clamp(c.shot.subjects[i].count, 1, 4)); ++copy)
                grounded.append({i, copy});
    }
    QList<QPair<int, int>> order = grounded;
    for (int i = 0; i < c.shot.subjects.size(); ++i)
        if (!std::any_of(grounded.begin(), grounded.end(), [i](const QPair<int, int> &g) { return g.first == i; }))
            order.append({i, 0});
    auto baseAt = [&](int slot) {
        const double gap = grounded.size() > 3 ? 0.2 : 0.28;
        const double spread = grounded.size() > 1 ? (slot - (grounded.size() - 1) / 2.0) * gap : 0;
        return QPointF(W * (0.5 + spread), interior ? H * 0.8 : H * kSubjectGroundY);
    };
    // Outdoors, dishes and drinks stand on a blanket or a small table laid under them all.
    QList<double> dishXs;
    for (int slot = 0; slot < grounded.size(); ++slot)
        if (const QString &k = c.shot.subjects[grounded[slot].first].kind; k == QLatin1String("dish") || k == QLatin1String("drink"))
            dishXs.append(baseAt(slot).x());
    if (!interior && !dishXs.isEmpty())
        drawOutdoorTable(c, *std::min_element(dishXs.begin(), dishXs.end()), *std::max_element(dishXs.begin(), dishXs.end()));
    for (const auto &[i, copy] : order) {
        const SubjectPlan &s = c.shot.subjects[i];
        const int slot = int(grounded.indexOf(QPair<int, int>(i, copy)));
        const QPointF base = baseAt(slot);
        const QString &k = s.kind;
        // Four-legged animals other than the house cat and dog draw from their body plan (fox,
        // horse, cow, elephant...). Kinds without an archetype of their own yet borrow the nearest
        // one, in their own colour and size; reptiles and insects have theirs (Reptiles.cpp,
        // Insects.cpp; a turtle SeaCreatures.cpp). Dishes and drinks stand on the table in their
        // vessel (Dishes.cpp).
        const double scale = s.scale;
        const bool ownBody = k == QLatin1String("animal")
                             || ((k == QLatin1String("cat") || k == QLatin1String("dog")) && hasBodyPlan(s.variant));
        if (ownBody)
            drawQuadruped(c, s, base, H * 0.34 * scale);
        else if (k == QLatin1String("cat") || k == QLatin1String("dog"))
            drawCat(c, i, s, base, H * 0.34 * scale, k == QLatin1String("dog"));
        else if (k == QLatin1String("reptile") && s.variant == QLatin1String("turtle")) {
            // A turtle in the water swims as the sea turtle does; on land it walks, a tortoise.
            const QString &set = c.shot.setting;
            if (set == QLatin1String("underwater") || set == QLatin1String("ocean"))
                drawSeaCreature(c, i, s, SeaForm::Turtle);
            else
                drawTurtle(c, QPointF(base.x() + shotTime(c) * W * 0.02, base.y() - H * 0.06 * scale), H * 0.3 * scale, 1,
                           false, 0, s.color);
        } else if (k == QLatin1String("reptile"))
            drawReptile(c, i, s, base, H * 0.34 * scale);
        else if (k == QLatin1String("bus") || k == QLatin1String("train") || k == QLatin1String("bicycle")
                 || k == QLatin1String("motorbike") || k == QLatin1String("car") || k == QLatin1String("plane"))
            drawVehicle(c, s, base, H * 0.3 * scale);
        else if (k == QLatin1String("dish") || k == QLatin1String("drink"))
            drawDish(c, i, s, interior ? base : onOutdoorTable(c, base), H * 0.42 * scale);
        else if (k == QLatin1String("insect"))
            drawInsects(c, i, s);
        else if (k == QLatin1String("person") || k == QLatin1String("astronaut"))
            drawPerson(c, s, base, H * 0.5, k == QLatin1String("astronaut") ? Figure::Astronaut : Figure::Person);
        else if (k == QLatin1String("product"))
            drawObject(c, i, s, base, H * 0.36 * scale);
        else if (k == QLatin1String("boat"))
            drawVehicle(c, s, QPointF(base.x() - W * 0.15, c.horizon() + H * 0.12), H * 0.3 * scale);
        else if (k == QLatin1String("bird") && slot < 0)
            drawFlyingBirds(c, i, s);
        else if (k == QLatin1String("bird"))
            drawGroundBird(c, i, s, base, copy);
        else if (k == QLatin1String("fish"))
            drawSeaLife(c, i, s);
    }
}

} // namespace rc::engine
