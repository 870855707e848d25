#include "engine/render/Reptiles.h"

#include <QPainterPath>

#include <cmath>
#include <utility>
#include <vector>

namespace rc::engine {

namespace {

// Long animals lie on the ground, so they are drawn in the ground's own plane seen a little from
// above: u runs along the ground (forward), v across it (towards the viewer), h up. The plane is
// foreshortened (a snake's by more than a lizard's), which keeps a snake's curves and a lizard's
// splayed legs readable while the animal stays low in the frame.
constexpr double kSnakeFlat = 0.45, kSaurianFlat = 0.7;

// Seconds from the middle of the shot: what walks across the frame is centred then.
double fromMiddle(const DrawContext &c)
{
    const ShotSpan &shot = c.tl.shots[size_t(c.shotIndex)];
    return shotTime(c) - (shot.endSec - shot.startSec) / 2;
}

struct Ground
{
    QPointF origin; // the screen point of u = v = h = 0
    double flat; // how much the ground's depth shrinks on screen
    QPointF at(double u, double v, double h = 0) const { return origin + QPointF(u, v * flat - h); }
};

struct SpinePoint
{
    double u, v, h, halfWidth;
};

// Half-widths along a body from snout (0) to tail tip (1), as fractions of its length: the
// outline of each animal (a snake's head wider than its neck, a crocodile's long snout).
using Profile = std::vector<std::pair<double, double>>;

double widthAt(const Profile &p, double d)
{
    for (size_t i = 1; i < p.size(); ++i)
        if (d <= p[i].first) {
            const double f = (d - p[i - 1].first) / (p[i].first - p[i - 1].first);
            return p[i - 1].second + (p[i].second - p[i - 1].second) * f;
        }
    return p.back().second;
}

// The outline of the spine's points from `from` to `to`, offset across the ground by their width.
QPolygonF ribbon(const Ground &g, const std::vector<SpinePoint> &sp, int from, int to, double drop)
{
    QPolygonF left, right;
    for (int i = from; i <= to; ++i) {
        const SpinePoint &a = sp[size_t(std::max(i - 1, 0))], &b = sp[size_t(std::min(i + 1, int(sp.size()) - 1))];
        double du = b.u - a.u, dv = b.v - a.v;
        const double len = std::hypot(du, dv);
        if (len > 0)
            du /= len, dv /= len;
        const SpinePoint &p = sp[size_t(i)];
        left << g.at(p.u - dv * p.halfWidth, p.v + du * p.halfWidth, p.h - drop);
        right.prepend(g.at(p.u + dv * p.halfWidth, p.v - du * p.halfWidth, p.h - drop));
    }
    return left + right;
}

// A body with volume: its shaded flank a little lower, its lit back on top. A coil is drawn from
// the tail forward in short pieces so its inner turns lie over the outer ones; a body that does
// not cross itself in two polygons (each piece costs a fill).
enum class Overlap { None, Coiled };
void drawBody(QPainter &p, const Ground &g, const std::vector<SpinePoint> &sp, const QColor &back, const QColor &flank,
    double thickness, Overlap overlap = Overlap::None)
{
    p.setPen(Qt::NoPen);
    const int n = int(sp.size());
    if (overlap == Overlap::None) {
        if (thickness > 0) {
            p.setBrush(flank);
            p.drawPolygon(ribbon(g, sp, 0, n - 1, thickness), Qt::WindingFill);
        }
        p.setBrush(back);
        p.drawPolygon(ribbon(g, sp, 0, n - 1, 0), Qt::WindingFill);
        return;
    }
    // Each turn keeps a dark edge so the turns lying on each other stay apart.
    const QPen edge(flank.darker(140), std::max(1.0, thickness * 0.15));
    for (int end = n - 1; end > 0; end -= 8) {
        const int from = std::max(0, end - 9);
        p.setPen(edge);
        p.setBrush(flank);
        p.drawPolygon(ribbon(g, sp, from, end, thickness), Qt::WindingFill);
        p.setPen(QPen(back.darker(125), edge.widthF()));
        p.setBrush(back);
        p.drawPolygon(ribbon(g, sp, from, end, 0), Qt::WindingFill);
    }
    p.setPen(Qt::NoPen);
}

// Long animals side by side ("two snakes") would lie over each other: each copy lies a little
// nearer or farther by where it stands across the frame (the middle one where it was).
QPointF staggered(const DrawContext &c, QPointF base, double depth)
{
    return base + QPointF(0, (base.x() / c.W() - 0.5) * depth);
}

bool inWater(const DrawContext &c, const SubjectPlan &s)
{
    const QString &set = c.shot.setting;
    return s.action == QLatin1String("swim") || set == QLatin1String("ocean") || set == QLatin1String("underwater");
}

// Ripples along a swimmer's sides and a V of wake behind it.
void drawWake(QPainter &p, const Ground &g, const std::vector<SpinePoint> &sp, double t)
{
    p.setBrush(Qt::NoBrush);
    for (size_t i = 0; i < sp.size(); i += 7) {
        const double w = sp[i].halfWidth * (1.6 + 0.3 * std::sin(t * 3 + double(i)));
        p.setPen(QPen(QColor(255, 255, 255, 60), std::max(1.0, w * 0.08), Qt::SolidLine, Qt::RoundCap));
        p.drawLine(g.at(sp[i].u - w, sp[i].v + w * 1.2), g.at(sp[i].u + w, sp[i].v + w * 1.2));
        p.drawLine(g.at(sp[i].u - w, sp[i].v - w * 1.2), g.at(sp[i].u + w, sp[i].v - w * 1.2));
    }
    p.setPen(Qt::NoPen);
}

void drawSnake(const DrawContext &c, const SubjectPlan &s, QPointF base, double size, int index)
{
    QPainter &p = c.p;
    const double st = shotTime(c);
    const double L = std::min(size * 2.6, c.W() * 0.75);
    const bool swim = inWater(c, s);
    const bool idle = s.action == QLatin1String("idle") && !swim;
    const QColor back = c.look.lit(s.color), flank = back.darker(135);
    const int n = 64;
    std::vector<SpinePoint> sp;
    sp.reserve(n);
    static const Profile profile = {{0, 0.012}, {0.015, 0.03}, {0.035, 0.034}, {0.06, 0.024}, {0.25, 0.044},
        {0.6, 0.036}, {0.85, 0.018}, {1, 0.002}};
    base = staggered(c, base, L * 0.6);
    Ground g {base, kSnakeFlat};
    if (idle) {
        // Coiled: the tail outside, turning inwards to the middle, where the neck rises in an S.
        const double sway = std::sin(st * 1.3 + index) * L * 0.01;
        for (int i = 0; i < n; ++i) {
            const double d = double(i) / (n - 1);
            const double w = widthAt(profile, d) * L;
            if (d < 0.22) { // neck and head, raised over the coil
                const double k = (0.22 - d) / 0.22; // 0 at the coil, 1 at the snout
                const double rise = std::sin(std::min(k, 0.7) / 0.7 * M_PI / 2); // up, then the head level
                sp.push_back({L * 0.04 + k * L * 0.12 + sway * k, 0, L * 0.02 + rise * L * 0.16, w});
            } else {
                const double f = (d - 0.22) / 0.78; // 0 at the centre, 1 at the tail
                const double angle = f * 2.6 * 2 * M_PI; // two and a half turns
                const double r = L * (0.05 + 0.13 * f);
                sp.push_back({std::cos(angle) * r, std::sin(angle) * r, 0, w});
            }
        }
    } else {
        // Slithering: the body follows a sinuous path that stays on the ground while the snake
        // slides forward through it, so the wave travels back along the body as it advances.
        const double speed = L * (s.action == QLatin1String("run") ? 0.45 : 0.22);
        const double head = L * 0.55 + speed * fromMiddle(c);
        const double lambda = L * 0.42, amp = L * (swim ? 0.07 : 0.09);
        for (int i = 0; i < n; ++i) {
            const double d = double(i) / (n - 1);
            const double u = head - d * L * 0.9;
            const double env = std::min(1.0, 0.35 + d * 4);
            sp.push_back({u - L * 0.5, amp * env * std::sin(2 * M_PI * u / lambda), 0, widthAt(profile, d) * L});
        }
    }
    const double thick = swim ? 0 : L * 0.03;
    if (swim) {
        g.origin = QPointF(base.x(), std::max(c.horizon() + c.H() * 0.12, base.y() - c.H() * 0.06));
        drawWake(p, g, sp, c.t);
    } else {
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0, 0, 0, 55));
        const SpinePoint &mid = sp[size_t(n / 2)];
        p.drawEllipse(g.at(idle ? 0 : mid.u, 0) + QPointF(0, L * 0.02), L * (idle ? 0.22 : 0.42), L * 0.05);
    }
    drawBody(p, g, sp, back, flank, thick, idle ? Overlap::Coiled : Overlap::None);
    // Blotches down the back.
    p.setBrush(back.darker(150));
    for (int i = 8; i < n - 6; i += 4) {
        const SpinePoint &q = sp[size_t(i)];
        p.drawEllipse(g.at(q.u, q.v, q.h), q.halfWidth * 0.55, q.halfWidth * 0.55 * g.flat);
    }
    // Eyes on both sides of the head, and a forked tongue that flicks now and then.
    const SpinePoint &h0 = sp[0], &h1 = sp[2];
    const double facing = h0.u >= h1.u ? 1 : -1;
    const double hw = profile[2].second * L;
    p.setBrush(QColor(20, 18, 12));
    for (const double side : {-0.6, 0.6})
        p.drawEllipse(g.at(h1.u, h1.v + side * hw, h1.h) + QPointF(0, -hw * 0.2), hw * 0.28, hw * 0.22);
    if (std::fmod(st + index * 0.7, 1.6) < 0.3) {
        const QPointF tip = g.at(h0.u, h0.v, h0.h);
        const QPointF fork = tip + QPointF(facing * L * 0.04, 0);
        p.setPen(QPen(QColor(200, 40, 50), std::max(1.0, L * 0.004), Qt::SolidLine, Qt::RoundCap));
        p.drawLine(tip, fork);
        p.drawLine(fork, fork + QPointF(facing * L * 0.015, -L * 0.01));
        p.drawLine(fork, fork + QPointF(facing * L * 0.015, L * 0.01));
        p.setPen(Qt::NoPen);
    }
}

// A lizard or a crocodile: one body plan with the crocodile's snout longer, its body heavier and
// its legs shorter.
struct Saurian
{
    double length; // of `size`
    Profile profile;
    double shoulder, hip; // along the body, 0 snout .. 1 tail tip
    double leg; // of the length
    double eyeAt;
    bool scutes; // a crocodile's armoured back and teeth
};

const Saurian &saurianFor(const QString &variant)
{
    static const Saurian lizard {1.9,
        {{0, 0.015}, {0.03, 0.035}, {0.065, 0.05}, {0.1, 0.045}, {0.125, 0.03}, {0.16, 0.05}, {0.28, 0.07}, {0.4, 0.05},
            {0.48, 0.03}, {1, 0.003}},
        0.17, 0.4, 0.12, 0.06, false};
    static const Saurian crocodile {3.0,
        {{0, 0.022}, {0.1, 0.03}, {0.17, 0.055}, {0.2, 0.06}, {0.24, 0.05}, {0.3, 0.085}, {0.45, 0.09}, {0.55, 0.06},
            {0.7, 0.035}, {1, 0.004}},
        0.28, 0.52, 0.085, 0.18, true};
    return variant == QLatin1String("crocodile") ? crocodile : lizard;
}

void drawSaurian(const DrawContext &c, const SubjectPlan &s, QPointF base, double size, int index)
{
    QPainter &p = c.p;
    const Saurian &b = saurianFor(s.variant);
    const double st = shotTime(c);
    const double L = std::min(size * b.length, c.W() * 0.8);
    const bool swim = inWater(c, s);
    const bool run = s.action == QLatin1String("run");
    const bool moving = swim || run || s.action == QLatin1String("walk");
    const double period = 2 * (run ? c.tl.runPeriodSec : c.tl.stepPeriodSec) * (b.scutes ? 1.6 : 1.0);
    const double phase = moving ? 2 * M_PI * st / period : 0;
    const double speed = !moving ? 0 : L * (run ? 0.7 : (b.scutes ? 0.12 : 0.3));
    const QColor back = c.look.lit(s.color), flank = back.darker(135);
    base = staggered(c, base, L * 0.4);
    Ground g {QPointF(base.x() + speed * fromMiddle(c), base.y() - L * 0.03), kSaurianFlat};
    if (swim)
        g.origin.setY(std::max(c.horizon() + c.H() * 0.12, base.y() - c.H() * 0.06));

    // The spine bends in an S that runs back along the body with each stride; the tail sways.
    const int n = 56;
    std::vector<SpinePoint> sp;
    sp.reserve(n);
    const double amp = L * (swim ? 0.06 : (moving ? 0.045 : 0.02));
    for (int i = 0; i < n; ++i) {
        const double d = double(i) / (n - 1);
        const double env = std::min(1.0, d * 3) * (swim ? 0.3 + d : 1.0);
        const double idleSway = moving ? 0 : std::sin(st * 1.1 + index + d * 4) * d * d * L * 0.03;
        sp.push_back({L * (0.45 - d), amp * env * std::sin(phase - 2 * M_PI * d / 0.8) + idleSway, 0,
            widthAt(b.profile, d) * L});
    }
    if (!swim) {
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0, 0, 0, 45));
        p.drawEllipse(g.at(L * 0.05, 0) + QPointF(0, L * 0.03), L * 0.3, L * 0.05);
    }
    // Legs splay out sideways: the upper leg out and up to the elbow, the lower one down to a
    // foot planted ahead or behind; diagonal pairs step together, the foot lifted as it swings.
    auto leg = [&](double at, int side, bool front) {
        const SpinePoint &r = sp[size_t(std::lround(at * (n - 1)))];
        const double len = L * b.leg;
        const double ph = phase + (front == (side > 0) ? 0 : M_PI);
        const double swing = moving ? std::sin(ph) : 0;
        const double lift = moving && std::cos(ph) > 0 ? std::cos(ph) * len * 0.25 : 0;
        // The far legs show less of their spread, half hidden behind the body.
        const double spread = len * (side < 0 ? 0.6 : 1.0);
        const double sideV = r.v + side * r.halfWidth * 0.7;
        const QPointF root = g.at(r.u, sideV, L * 0.012);
        const QPointF elbow
            = g.at(r.u + (front ? 0.2 : -0.3) * len + swing * len * 0.2, sideV + side * spread * 0.55, len * 0.12);
        const double footU = r.u + (front ? 0.5 : -0.45) * len + swing * len * 0.45;
        const double footV = sideV + side * spread * 0.9;
        const QPointF foot = g.at(footU, footV, lift);
        const QColor col = side < 0 ? flank : back.darker(112);
        p.setPen(QPen(col, std::max(1.5, len * 0.2), Qt::SolidLine, Qt::RoundCap));
        p.drawLine(root, elbow);
        p.setPen(QPen(col, std::max(1.2, len * 0.14), Qt::SolidLine, Qt::RoundCap));
        p.drawLine(elbow, foot);
        // Toes fan out from the foot; a gecko's end in round pads.
        p.setPen(QPen(col, std::max(1.0, len * 0.05), Qt::SolidLine, Qt::RoundCap));
        for (int k = 0; k < 4; ++k) {
            const double a = (front ? 0.3 : -0.3) * side + (k - 1.5) * 0.45 + (front ? 0 : M_PI);
            const QPointF toe = g.at(footU + std::cos(a) * len * 0.24, footV + std::sin(a) * len * 0.24 * side, lift);
            p.drawLine(foot, toe);
            if (!b.scutes) {
                p.setPen(Qt::NoPen);
                p.setBrush(col);
                p.drawEllipse(toe, len * 0.045, len * 0.035);
                p.setPen(QPen(col, std::max(1.0, len * 0.05), Qt::SolidLine, Qt::RoundCap));
            }
        }
        p.setPen(Qt::NoPen);
    };
    const bool legsShow = !swim;
    if (legsShow) {
        leg(b.shoulder, -1, true);
        leg(b.hip, -1, false);
    }
    if (swim) {
        drawWake(p, g, sp, c.t);
        // Mostly under the surface: the back shows through the water, the head and ridges above it.
        QColor under = back;
        under.setAlpha(190);
        drawBody(p, g, sp, under, under, 0);
    } else {
        drawBody(p, g, sp, back, flank, L * 0.025);
    }
    if (legsShow) {
        leg(b.shoulder, 1, true);
        leg(b.hip, 1, false);
    }
    const double headW = widthAt(b.profile, b.eyeAt) * L;
    if (b.scutes) {
        // Two rows of armoured scutes from the neck down the tail, and teeth along the jaw.
        p.setBrush(back.darker(160));
        for (int i = int(0.24 * n); i < n - 3; i += 3) {
            const SpinePoint &q = sp[size_t(i)];
            for (const double side : {-0.35, 0.35})
                p.drawEllipse(g.at(q.u, q.v + side * q.halfWidth, q.h), L * 0.008, L * 0.008 * g.flat + 0.5);
        }
        p.setPen(QPen(QColor(235, 230, 210), std::max(1.0, L * 0.003)));
        for (int i = 1; i < int(0.16 * n); ++i) {
            const SpinePoint &q = sp[size_t(i)];
            const QPointF edge = g.at(q.u, q.v + q.halfWidth, 0);
            p.drawLine(edge, edge + QPointF(0, L * 0.008));
        }
        p.setPen(Qt::NoPen);
    } else {
        // A lizard's speckles.
        p.setBrush(back.lighter(125));
        for (int i = int(0.15 * n); i < int(0.6 * n); i += 3) {
            const SpinePoint &q = sp[size_t(i)];
            p.drawEllipse(
                g.at(q.u, q.v + ((i / 3) % 2 ? 0.4 : -0.4) * q.halfWidth, 0), L * 0.007, L * 0.007 * g.flat + 0.5);
        }
    }
    // Eyes on the sides of the head (raised bumps on a crocodile), nostrils at the snout.
    const SpinePoint &e = sp[size_t(std::lround(b.eyeAt * (n - 1)))];
    for (const double side : {-0.75, 0.75}) {
        const QPointF eye = g.at(e.u, e.v + side * headW, b.scutes ? L * 0.01 : L * 0.004);
        p.setBrush(b.scutes ? QColor(190, 180, 60) : QColor(30, 28, 20));
        p.drawEllipse(eye, L * 0.011, L * 0.009);
        p.setBrush(QColor(15, 12, 10));
        p.drawEllipse(eye, L * (b.scutes ? 0.003 : 0.006), L * 0.008);
    }
    p.setBrush(back.darker(200));
    p.drawEllipse(g.at(sp[1].u, sp[1].v, 0), L * 0.004, L * 0.003);
}

// A frog seen from the side, squat on folded hind legs; it hops (a jump every 1.1 s, legs thrown
// back, body stretched) when it moves, else its throat pulses.
void drawFrog(const DrawContext &c, const SubjectPlan &s, QPointF base, double size, int index)
{
    QPainter &p = c.p;
    const double st = shotTime(c);
    const double L = size * 0.75;
    const bool hops = s.action != QLatin1String("idle");
    const double period = 1.1, hopLen = 0.45;
    const double cyc = std::fmod(st + index * 0.37, period);
    const double hop = hops && cyc < hopLen ? cyc / hopLen : -1; // 0..1 in the air
    const double done = std::floor((st + index * 0.37) / period) + (hop >= 0 ? hop : 1);
    const double centre = (st - fromMiddle(c)) / period; // hops made by the shot's middle
    const double x = base.x() + (hops ? (done - centre) * L * 1.1 : 0);
    const double lift = hop >= 0 ? std::sin(M_PI * hop) * L * 0.9 : 0;
    const double ext = hop >= 0 ? std::sin(M_PI * std::min(1.0, hop * 1.6)) : 0; // legs straighten then fold
    const QColor skin = c.look.lit(s.color), dark = skin.darker(140), belly = skin.lighter(150);
    p.setPen(Qt::NoPen);
    if (inWater(c, s)) {
        // On a pond it sits on a lily pad, and hops from pad to pad: the one it left and the
        // one it lands on.
        for (const double pad : {std::floor(done), std::floor(done) + 1}) {
            if (!hops && pad > std::floor(done))
                break;
            const QPointF at(hops ? base.x() + (pad - centre) * L * 1.1 : x, base.y() + L * 0.02);
            p.setBrush(c.look.lit(QColor(60, 130, 55)));
            p.drawPie(QRectF(at.x() - L * 0.55, at.y() - L * 0.12, L * 1.1, L * 0.24), 20 * 16, 330 * 16);
        }
    }
    p.setBrush(QColor(0, 0, 0, 55));
    p.drawEllipse(QPointF(x, base.y()), L * 0.5 * (1 - lift / L * 0.5), L * 0.06);
    p.save();
    p.translate(x, base.y() - lift);
    p.scale(L, L);
    p.rotate(hop >= 0 ? -25 * std::cos(M_PI * hop) : 0);
    auto mix = [ext](QPointF a, QPointF b) { return a + (b - a) * ext; };
    auto hindLeg = [&](const QColor &col, double shift) {
        const QPointF hip(-0.3, -0.3);
        const QPointF knee = mix({0.05 + shift, -0.2}, {-0.65, -0.2});
        const QPointF ankle = mix({-0.35 + shift, -0.04}, {-1.0, -0.1});
        const QPointF toe = mix({0.12 + shift, 0}, {-1.3, -0.04});
        p.setPen(QPen(col, 0.22, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(hip, knee);
        p.setPen(QPen(col, 0.12, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(knee, ankle);
        p.setPen(QPen(col, 0.07, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(ankle, toe);
        p.setPen(Qt::NoPen);
    };
    hindLeg(dark, -0.06); // the far one
    p.setPen(QPen(dark, 0.07, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(QPointF(0.28, -0.3), mix({0.4, 0}, {0.6, -0.05}));
    p.setPen(Qt::NoPen);
    // Body sloping up to the head, pale belly, a throat that swells.
    p.setBrush(skin);
    p.save();
    p.rotate(-22);
    p.drawEllipse(QPointF(-0.05, -0.32), 0.42 + ext * 0.08, 0.24);
    p.restore();
    p.drawEllipse(QPointF(0.3, -0.52), 0.25, 0.17);
    const double throat = hops ? 0 : std::max(0.0, std::sin(st * 5 + index)) * 0.05;
    p.setBrush(belly);
    p.drawEllipse(QPointF(0.32, -0.4), 0.15 + throat, 0.07 + throat);
    p.setBrush(dark);
    for (int k = 0; k < 4; ++k)
        p.drawEllipse(QPointF(-0.25 + k * 0.13, -0.5 + k * 0.04 + (k % 2) * 0.05), 0.04, 0.03);
    // A bulging eye on top of the head, the wide mouth line.
    p.setBrush(skin);
    p.drawEllipse(QPointF(0.3, -0.68), 0.1, 0.09);
    p.setBrush(QColor(220, 180, 60));
    p.drawEllipse(QPointF(0.32, -0.69), 0.07, 0.065);
    p.setBrush(QColor(15, 12, 10));
    p.drawEllipse(QPointF(0.33, -0.69), 0.05, 0.03);
    p.setPen(QPen(dark.darker(130), 0.02, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(QPointF(0.54, -0.48), QPointF(0.18, -0.46));
    p.setPen(Qt::NoPen);
    hindLeg(skin.darker(110), 0); // the near one
    p.setPen(QPen(skin, 0.08, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(QPointF(0.22, -0.3), mix({0.32, 0}, {0.55, -0.02}));
    p.setPen(Qt::NoPen);
    p.restore();
}

} // namespace

void drawReptile(const DrawContext &c, int index, const SubjectPlan &s, QPointF base, double size)
{
    if (s.variant == QLatin1String("snake"))
        drawSnake(c, s, base, size, index);
    else if (s.variant == QLatin1String("frog"))
        drawFrog(c, s, base, size, index);
    else
        drawSaurian(c, s, base, size, index);
}

} // namespace rc::engine
