#include "engine/render/Bird.h"

#include "engine/render/Random.h"

#include <QHash>
#include <QPainterPath>

#include <cmath>

namespace rc::engine {

namespace {
using Habit = BirdLook::Habit;

BirdLook look(double size, double span, double flapHz, double glide, Habit habit)
{
    BirdLook b;
    b.size = size;
    b.span = span;
    b.flapHz = flapHz;
    b.glide = glide;
    b.habit = habit;
    return b;
}

// Keyed by the bird variants of vocabulary.json (lexicon.variants.bird). Flap rates stay at or
// under 4 Hz: faster ones alias into a flicker at 24 frames a second.
QHash<QString, BirdLook> makeLooks()
{
    QHash<QString, BirdLook> m;
    BirdLook gull = look(1.0, 1.35, 2.2, 0.45, Habit::Fly);
    gull.wing = QColor(170, 178, 188);
    gull.wingTip = QColor(25, 25, 30);
    gull.beakColor = QColor(240, 200, 60);
    m.insert(QStringLiteral("gull"), gull);
    BirdLook eagle = look(1.6, 1.5, 1.1, 0.75, Habit::Fly);
    eagle.head = QColor(245, 242, 232);
    eagle.beakColor = QColor(240, 190, 40);
    eagle.hooked = true;
    eagle.wingTip = QColor(40, 28, 20);
    m.insert(QStringLiteral("eagle"), eagle);
    BirdLook duck = look(1.0, 0.9, 3.5, 0, Habit::Swim);
    duck.head = QColor(30, 110, 60);
    duck.belly = QColor(200, 190, 170);
    duck.beakColor = QColor(235, 190, 50);
    duck.flatBeak = true;
    duck.legs = 0.18;
    m.insert(QStringLiteral("duck"), duck);
    BirdLook swan = look(1.5, 1.1, 2.0, 0.2, Habit::Swim);
    swan.neck = 0.75;
    swan.beakColor = QColor(235, 120, 40);
    swan.flatBeak = true;
    m.insert(QStringLiteral("swan"), swan);
    BirdLook owl = look(1.1, 1.0, 2.0, 0.5, Habit::Perch);
    owl.owlFace = true;
    owl.upright = true;
    owl.belly = QColor(215, 195, 160);
    owl.beakColor = QColor(70, 60, 50);
    owl.hooked = true;
    owl.beak = 0.1;
    owl.legs = 0.05;
    m.insert(QStringLiteral("owl"), owl);
    BirdLook parrot = look(0.9, 1.0, 3.5, 0.1, Habit::Perch);
    parrot.head = QColor(220, 40, 40);
    parrot.wing = QColor(40, 90, 220);
    parrot.wingTip = QColor(240, 200, 40);
    parrot.beakColor = QColor(60, 55, 50);
    parrot.hooked = true;
    m.insert(QStringLiteral("parrot"), parrot);
    BirdLook penguin = look(1.3, 0.45, 2.0, 0, Habit::Walk);
    penguin.upright = true;
    penguin.belly = QColor(240, 240, 236);
    penguin.beakColor = QColor(230, 140, 40);
    penguin.legs = 0.08;
    m.insert(QStringLiteral("penguin"), penguin);
    BirdLook chicken = look(1.0, 0.7, 4.0, 0, Habit::Walk);
    chicken.head = QColor(220, 40, 30); // the comb and wattle read as a red head at this size
    chicken.beakColor = QColor(235, 180, 50);
    chicken.legs = 0.35;
    m.insert(QStringLiteral("chicken"), chicken);
    BirdLook flamingo = look(1.2, 1.2, 2.5, 0.2, Habit::Walk);
    flamingo.neck = 0.8;
    flamingo.legs = 1.3;
    flamingo.beakColor = QColor(30, 30, 30);
    flamingo.hooked = true;
    m.insert(QStringLiteral("flamingo"), flamingo);
    BirdLook songbird = look(0.45, 1.0, 4.0, 0.1, Habit::Fly);
    songbird.belly = QColor(215, 200, 175);
    songbird.beakColor = QColor(60, 50, 40);
    songbird.beak = 0.16;
    m.insert(QStringLiteral("songbird"), songbird);
    return m;
}

const BirdLook &fallbackLook()
{
    static const BirdLook b = [] {
        BirdLook l = look(0.7, 1.1, 3.0, 0.2, Habit::Fly);
        l.beakColor = QColor(80, 70, 60);
        return l;
    }();
    return b;
}

bool waterIn(const ShotPlan &shot)
{
    return shot.setting == QLatin1String("ocean") || shot.setting == QLatin1String("beach");
}

QColor orBody(const QColor &marking, const QColor &body) { return marking.isValid() ? marking : body; }

// 0 wings level .. 1 fully up, -1 fully down; gliders hold their wings a little raised for part
// of each cycle (a soaring eagle flaps now and then).
double wingLift(const BirdLook &b, double t, double phase)
{
    const double cycle = t * b.flapHz + phase;
    if (b.glide > 0) {
        // Every glide cycle of 4 flaps, the bird flaps (1 - glide) of it and holds the rest.
        const double u = std::fmod(cycle / 4.0, 1.0);
        if (u > 1 - b.glide)
            return 0.3;
    }
    return std::sin(2 * M_PI * cycle) * 0.95 + 0.05;
}

// Side view facing +x (or -x when `dir` is -1): body, tail, head, beak, eye; both wings in flight.
void drawBody(const DrawContext &c, const BirdLook &b, const QColor &bodyColor, QPointF at, double len,
              int dir, double lift, bool flying, double tilt, double legDrop = 0)
{
    QPainter &p = c.p;
    const QColor body = c.look.lit(bodyColor);
    const QColor wing = c.look.lit(orBody(b.wing, bodyColor.darker(120)));
    p.save();
    p.translate(at);
    p.scale(dir, 1);
    // Legs straight down to the ground `legDrop` below, before the body turns with its tilt.
    if (!flying && legDrop > 0) {
        p.setPen(QPen(c.look.lit(orBody(b.beakColor, QColor(200, 150, 60))).darker(110), std::max(1.0, len * 0.035)));
        p.drawLine(QPointF(len * 0.04, 0), QPointF(len * 0.06, legDrop));
        p.drawLine(QPointF(-len * 0.08, 0), QPointF(-len * 0.06, legDrop));
        p.setPen(Qt::NoPen);
    }
    p.rotate(-tilt);
    p.setPen(Qt::NoPen);
    const double span = len * b.span;
    auto wingPath = [&](double tipLift, double forward) {
        // From the shoulder to a tip `tipLift` of the span above (below when negative).
        const QPointF shoulder(len * 0.05, -len * 0.06);
        const QPointF tip(-len * 0.25 + forward, -span * tipLift);
        QPainterPath w;
        w.moveTo(shoulder + QPointF(len * 0.18, 0));
        w.quadTo(QPointF(len * 0.1 + forward, -span * tipLift * 0.6), tip);
        w.quadTo(QPointF(-len * 0.2, -span * tipLift * 0.5), shoulder + QPointF(-len * 0.22, len * 0.04));
        w.closeSubpath();
        return std::make_pair(w, tip);
    };
    auto tipMark = [&](QPointF tip, double tipLift) {
        if (!b.wingTip.isValid())
            return;
        p.setBrush(c.look.lit(b.wingTip));
        const QPointF toward = QPointF(len * 0.05, span * tipLift * 0.25);
        p.drawEllipse(tip + toward, len * 0.1, std::max(len * 0.05, std::abs(span * tipLift) * 0.12));
    };
    if (flying) { // the far wing, darker, behind the body
        const auto [w, tip] = wingPath(lift * 0.85 + 0.12, -len * 0.05);
        p.setBrush(wing.darker(125));
        p.drawPath(w);
        tipMark(tip, lift * 0.85 + 0.12);
    }
    // Tail, fanned behind.
    const QPointF tail[3] = {QPointF(-len * 0.35, -len * 0.04), QPointF(-len * 0.7, -len * 0.1),
                             QPointF(-len * 0.68, len * 0.08)};
    p.setBrush(wing);
    p.drawPolygon(tail, 3);
    const double bodyH = b.owlFace ? len * 0.4 : len * (flying ? 0.17 : 0.22);
    p.setBrush(body);
    p.drawEllipse(QPointF(0, 0), b.owlFace ? len * 0.3 : len * 0.45, bodyH);
    if (b.belly.isValid()) {
        p.setBrush(c.look.lit(b.belly));
        p.drawEllipse(QPointF(len * 0.05, bodyH * 0.35), len * 0.32, bodyH * 0.6);
    }
    // Head on its neck (swans and flamingos curve theirs up).
    QPointF head(len * 0.45, -len * 0.14);
    if (b.neck > 0) {
        head = QPointF(len * 0.42, -len * b.neck);
        QPainterPath neck;
        neck.moveTo(len * 0.3, -len * 0.05);
        neck.cubicTo(QPointF(len * 0.65, -len * 0.2), QPointF(len * 0.2, -len * b.neck * 0.7), head);
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(body, len * 0.1, Qt::SolidLine, Qt::RoundCap));
        p.drawPath(neck);
        p.setPen(Qt::NoPen);
    }
    if (b.owlFace)
        head = QPointF(len * 0.1, -len * 0.45);
    const double hr = len * (b.owlFace ? 0.3 : b.neck > 0 ? 0.09 : 0.16);
    if (b.owlFace) { // ear tufts
        p.setBrush(body.darker(115));
        const QPointF l[3] = {head + QPointF(-hr * 0.9, -hr * 0.4), head + QPointF(-hr * 0.75, -hr * 1.35), head + QPointF(-hr * 0.3, -hr * 0.8)};
        const QPointF r[3] = {head + QPointF(hr * 0.9, -hr * 0.4), head + QPointF(hr * 0.75, -hr * 1.35), head + QPointF(hr * 0.3, -hr * 0.8)};
        p.drawPolygon(l, 3);
        p.drawPolygon(r, 3);
    }
    p.setBrush(c.look.lit(orBody(b.head, bodyColor)));
    p.drawEllipse(head, hr, hr * 0.92);
    // Beak.
    p.setBrush(c.look.lit(orBody(b.beakColor, QColor(90, 80, 60))));
    const double bl = len * b.beak;
    if (b.owlFace) {
        const QPointF k[3] = {head + QPointF(-hr * 0.12, hr * 0.05), head + QPointF(hr * 0.12, hr * 0.05), head + QPointF(0, hr * 0.4)};
        p.drawPolygon(k, 3);
    } else if (b.flatBeak) {
        p.drawRoundedRect(QRectF(head.x() + hr * 0.6, head.y() - hr * 0.05, bl, hr * 0.42), hr * 0.2, hr * 0.2);
    } else {
        QPainterPath k;
        k.moveTo(head + QPointF(hr * 0.7, -hr * 0.35));
        if (b.hooked)
            k.quadTo(head + QPointF(hr * 0.8 + bl, -hr * 0.3), head + QPointF(hr * 0.6 + bl, hr * 0.35));
        else
            k.lineTo(head + QPointF(hr * 0.7 + bl, hr * 0.05));
        k.lineTo(head + QPointF(hr * 0.7, hr * 0.3));
        k.closeSubpath();
        p.drawPath(k);
    }
    // Eyes: an owl's two big ones face us (they catch the light at night); others one in profile.
    if (b.owlFace) {
        for (int side : {-1, 1}) {
            const QPointF e = head + QPointF(side * hr * 0.42, -hr * 0.1);
            p.setBrush(c.look.lit(QColor(235, 225, 200)));
            p.drawEllipse(e, hr * 0.36, hr * 0.36);
            p.setBrush(QColor(240, 170, 30));
            p.drawEllipse(e, hr * 0.22, hr * 0.22);
            p.setBrush(QColor(10, 10, 10));
            p.drawEllipse(e, hr * 0.11, hr * 0.11);
        }
    } else {
        p.setBrush(QColor(15, 15, 15));
        p.drawEllipse(head + QPointF(hr * 0.35, -hr * 0.2), std::max(0.8, hr * 0.14), std::max(0.8, hr * 0.14));
    }
    if (flying) { // the near wing over the body
        const auto [w, tip] = wingPath(lift, len * 0.05);
        p.setBrush(wing);
        p.drawPath(w);
        tipMark(tip, lift);
    } else if (!b.owlFace && !b.upright) { // folded wing on the side
        p.setBrush(wing);
        p.drawEllipse(QPointF(-len * 0.08, -len * 0.02), len * 0.3, len * 0.11);
    } else if (b.upright && !b.owlFace) { // a penguin's flippers
        p.setBrush(wing.darker(110));
        p.drawEllipse(QPointF(-len * 0.05, len * 0.05), len * 0.28, len * 0.07);
    }
    p.restore();
}
} // namespace

BirdLook birdLookFor(const QString &variant)
{
    static const QHash<QString, BirdLook> looks = makeLooks();
    return looks.value(variant, fallbackLook());
}

bool birdFlies(const ShotPlan &shot, const SubjectPlan &s)
{
    const QString &a = s.action;
    if (a == QLatin1String("fly"))
        return birdLookFor(s.variant).habit == Habit::Fly || shot.setting == QLatin1String("sky");
    if (a == QLatin1String("idle") || a == QLatin1String("walk") || a == QLatin1String("run")
        || a == QLatin1String("swim") || a == QLatin1String("float") || a == QLatin1String("eat"))
        return false;
    return birdLookFor(s.variant).habit == Habit::Fly;
}

void drawFlyingBirds(const DrawContext &c, int index, const SubjectPlan &s)
{
    const double W = c.W(), H = c.H();
    const BirdLook b = birdLookFor(s.variant);
    const int count = std::clamp(s.count, 1, 12);
    // One bird is the subject and shows its markings; a flock's birds are smaller and spread out.
    const double len = H * 0.1 * b.size * s.scale * (count == 1 ? 1.0 : 0.75 / std::sqrt(count / 6.0 + 0.5));
    const double skyTop = H * 0.1, skyBottom = std::max(skyTop + H * 0.1, c.horizon() - H * 0.12);
    const double speed = W * (b.glide > 0.5 ? 0.06 : 0.1) * (count == 1 ? 1.0 : 0.7);
    const int dir = rand01(c.seed, 310 + uint64_t(index)) < 0.5 ? 1 : -1;
    // The flock's centre enters from a seeded place in the left half and crosses; it comes round
    // again after leaving the frame.
    const double centre = randRange(c.seed, 311 + uint64_t(index), 0, 0.25, 0.5) * W + c.t * speed;
    for (int k = 0; k < count; ++k) {
        // The flock keeps its shape as it crosses: each bird a seeded offset from the centre,
        // bobbing on its own phase.
        const double dx = k == 0 ? 0 : randRange(c.seed, 312, uint64_t(k), -0.28, 0.28) * W;
        const double dy = k == 0 ? 0 : randRange(c.seed, 313, uint64_t(k), -0.14, 0.14) * H;
        const double phase = rand01(c.seed, 314, uint64_t(k));
        double x = std::fmod(centre + dx + W * 3.25, W * 1.5) - W * 0.25;
        if (dir < 0)
            x = W - x;
        const double yMid = skyTop + (skyBottom - skyTop) * (count == 1 ? 0.45 : 0.4);
        const double y = std::clamp(yMid + dy + std::sin(c.t * 0.6 + phase * 6) * H * 0.03, skyTop, skyBottom);
        const double size = len * (k == 0 ? 1.0 : randRange(c.seed, 315, uint64_t(k), 0.75, 1.0));
        drawBody(c, b, s.color, QPointF(x, y), size, dir, wingLift(b, c.t, phase), true,
                 (b.glide > 0.5 ? 3 : 0) + std::sin(c.t * 0.6 + phase * 6) * 4);
    }
}

void drawGroundBird(const DrawContext &c, int index, const SubjectPlan &s, QPointF base, int copy)
{
    const double H = c.H();
    const BirdLook b = birdLookFor(s.variant);
    const double st = c.t - c.tl.shots[size_t(c.shotIndex)].startSec;
    const double len = H * 0.16 * std::sqrt(b.size) * s.scale;
    const int dir = (index + copy) % 2 ? -1 : 1;
    const bool onWater = waterIn(c.shot) && (b.habit == Habit::Swim || s.action == QLatin1String("swim")
                                             || s.action == QLatin1String("float"));
    if (onWater) {
        // Floating: the body sits in the water a little nearer than the horizon, bobbing with the
        // swell, and paddles slowly across with a ripple behind.
        const double y = c.horizon() + H * 0.16 + copy * H * 0.04 + (c.tl.swell(c.t) - 0.5) * H * 0.012;
        const QPointF at(base.x() + dir * st * len * 0.12, y);
        drawBody(c, b, s.color, at, len, dir, 0, false, 0);
        c.p.setPen(QPen(QColor(255, 255, 255, 90), 0));
        for (int k = 1; k <= 2; ++k)
            c.p.drawLine(at + QPointF(-dir * len * (0.4 + 0.25 * k), len * 0.2 + k * 2), at + QPointF(-dir * len * (0.1 + 0.25 * k), len * 0.2 + k * 2));
        c.p.setPen(Qt::NoPen);
        return;
    }
    const bool walking = s.action == QLatin1String("walk") || s.action == QLatin1String("run")
                         || (b.habit == Habit::Walk && s.action != QLatin1String("idle"));
    const bool perched = !walking && b.habit == Habit::Perch;
    const double legDrop = len * (b.upright ? b.legs : b.legs + 0.12);
    double x = base.x();
    double bob = 0;
    if (walking) {
        // Steps follow the timeline's step period; the head and body bob at each footfall.
        const double p = st / c.tl.stepPeriodSec;
        x += dir * (st * len * 0.35 - len * 0.8);
        bob = std::abs(std::sin(M_PI * p)) * len * 0.04;
    }
    double groundY = base.y();
    if (perched) {
        // A branch across the lower frame to sit on.
        groundY = base.y() - H * 0.18;
        c.p.setPen(QPen(c.look.lit(QColor(90, 60, 35)), std::max(2.0, H * 0.022), Qt::SolidLine, Qt::RoundCap));
        c.p.drawLine(QPointF(x - len * 1.6, groundY + H * 0.01), QPointF(x + len * 1.2, groundY - H * 0.01));
        c.p.setPen(Qt::NoPen);
    } else {
        c.p.setPen(Qt::NoPen);
        c.p.setBrush(QColor(0, 0, 0, 60));
        c.p.drawEllipse(QPointF(x, groundY), len * 0.45, len * 0.06);
    }
    // An upright body stands on its lower end, not its centre: it rises by half its length.
    const double rise = b.owlFace ? len * 0.35 : b.upright ? len * 0.4 : 0;
    const double tilt = b.owlFace ? 0 : b.upright ? 65 : 10;
    drawBody(c, b, s.color, QPointF(x, groundY - legDrop - rise - bob), len, dir, 0, false, tilt, legDrop + rise + bob);
}

} // namespace rc::engine
