#include "engine/render/Insects.h"

#include "engine/render/Random.h"

#include <QPainterPath>

#include <cmath>

namespace rc::engine {

namespace {

// Crawlers are seen a little from above, the ground foreshortened by this much.
constexpr double kFlat = 0.55;

// Seconds from the middle of the shot: what walks across the frame is centred then.
double fromMiddle(const DrawContext &c)
{
    const ShotSpan &shot = c.tl.shots[size_t(c.shotIndex)];
    return shotTime(c) - (shot.endSec - shot.startSec) / 2;
}

double smooth(double x)
{
    return x * x * (3 - 2 * x);
}

// Where a hovering insect is at `t`: it rests near one point (a flower) for `rest` of each
// `periodSec`, wobbling, then flies to the next; `dir` is the way it faces (towards where it went).
QPointF hoverPath(
    const DrawContext &c, uint64_t stream, double t, double periodSec, double rest, double wobble, double *dir)
{
    const double W = c.W(), H = c.H();
    auto point = [&](int64_t j) {
        return QPointF(randRange(c.seed, stream, uint64_t(j), 0.18, 0.82) * W,
            randRange(c.seed, stream + 1, uint64_t(j), 0.38, 0.72) * H);
    };
    const double cyc = t / periodSec;
    const int64_t j = int64_t(std::floor(cyc));
    const double f = cyc - double(j);
    const QPointF a = point(j), b = point(j + 1);
    const QPointF jitter(
        std::sin(t * 3.1 + double(stream)) * wobble, std::sin(t * 4.3 + double(stream) * 2) * wobble * 0.7);
    if (f < rest) {
        const QPointF prev = point(j - 1);
        *dir = a.x() >= prev.x() ? 1 : -1;
        return a + jitter;
    }
    *dir = b.x() >= a.x() ? 1 : -1;
    return a + (b - a) * smooth((f - rest) / (1 - rest)) + jitter;
}

// A butterfly seen from above, wings open: two pairs of wings of the subject's colour with dark
// margins, white spots and veins. `open` 0..1 is how far the flap has spread them.
void drawButterfly(QPainter &p, QPointF at, double span, double open, double tiltDeg, const QColor &wing)
{
    p.save();
    p.translate(at);
    p.rotate(tiltDeg);
    p.scale(span, span);
    const QColor edge(25, 20, 18);
    for (const int side : {-1, 1}) {
        p.save();
        p.scale(side * (0.12 + 0.88 * open), 1);
        QPainterPath fore;
        fore.moveTo(0.02, -0.04);
        fore.cubicTo(0.15, -0.3, 0.38, -0.42, 0.5, -0.36);
        fore.cubicTo(0.52, -0.2, 0.4, -0.04, 0.03, 0.0);
        QPainterPath hind;
        hind.moveTo(0.02, 0.01);
        hind.cubicTo(0.3, 0.0, 0.4, 0.12, 0.33, 0.24);
        hind.cubicTo(0.24, 0.36, 0.08, 0.3, 0.02, 0.08);
        p.setPen(QPen(edge, 0.035, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(wing.darker(108));
        p.drawPath(hind);
        p.setBrush(wing);
        p.drawPath(fore);
        p.setPen(QPen(edge, 0.012));
        for (const QPointF v : {QPointF(0.42, -0.34), QPointF(0.46, -0.2), QPointF(0.3, 0.22)})
            p.drawLine(QPointF(0.03, 0), v);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(250, 248, 240));
        for (const QPointF s : {QPointF(0.45, -0.33), QPointF(0.41, -0.37), QPointF(0.48, -0.27)})
            p.drawEllipse(s, 0.016, 0.014);
        p.restore();
    }
    p.setPen(Qt::NoPen);
    p.setBrush(edge);
    p.drawEllipse(QPointF(0, 0.04), 0.03, 0.17);
    p.drawEllipse(QPointF(0, -0.12), 0.035, 0.035);
    p.setPen(QPen(edge, 0.012, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(QPointF(0, -0.14), QPointF(-0.08, -0.3));
    p.drawLine(QPointF(0, -0.14), QPointF(0.08, -0.3));
    p.restore();
}

// A bee (or, unstriped, a fly) from the side: a striped abdomen, a fuzzy thorax, wings beating
// too fast to see, drawn as a blur of three faint positions.
void drawBee(QPainter &p, QPointF at, double len, double dir, double t, const QColor &body, bool stripes)
{
    p.save();
    p.translate(at);
    p.scale(dir * len, len);
    const QColor dark(30, 24, 16);
    if (len > 40) { // legs dangling under the thorax, where they can be seen
        p.setPen(QPen(dark, 0.03, Qt::SolidLine, Qt::RoundCap));
        for (int k = 0; k < 3; ++k)
            p.drawLine(QPointF(0.04 + k * 0.06, 0.08), QPointF(-0.02 + k * 0.08, 0.22 + 0.02 * std::sin(t * 6 + k)));
    }
    p.setPen(Qt::NoPen);
    const QPointF abdomen(-0.2, 0.03);
    const double rx = 0.27, ry = 0.18;
    p.setBrush(body);
    p.drawEllipse(abdomen, rx, ry);
    if (stripes) {
        // Bands across the abdomen, each as tall as the ellipse where it crosses (a clip path
        // would cost a mask per bee).
        p.setBrush(dark);
        auto half = [&](double x) {
            const double f = (x - abdomen.x()) / rx;
            return ry * std::sqrt(std::max(0.0, 1 - f * f)) + 0.005;
        };
        for (const double x : {-0.07, -0.22, -0.37}) {
            const double x0 = x - 0.035, x1 = x + 0.035;
            const QPointF band[4] = {{x0, abdomen.y() - half(x0)}, {x1, abdomen.y() - half(x1)},
                {x1, abdomen.y() + half(x1)}, {x0, abdomen.y() + half(x0)}};
            p.drawPolygon(band, 4);
        }
    }
    p.setBrush(dark);
    const QPointF sting[3] = {{-0.46, 0.0}, {-0.56, 0.05}, {-0.46, 0.08}};
    p.drawPolygon(sting, 3);
    p.setBrush(stripes ? QColor(70, 50, 25) : body.darker(140));
    p.drawEllipse(QPointF(0.1, -0.01), 0.14, 0.13);
    p.setBrush(dark);
    p.drawEllipse(QPointF(0.28, 0.03), 0.1, 0.1);
    p.setBrush(QColor(10, 8, 6));
    p.drawEllipse(QPointF(0.31, 0.0), 0.04, 0.055);
    p.setPen(QPen(dark, 0.02, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(QPointF(0.3, -0.05), QPointF(0.38, -0.2));
    p.drawLine(QPointF(0.38, -0.2), QPointF(0.46, -0.18));
    p.setPen(Qt::NoPen);
    const double beat = std::sin(t * 90); // faster than the frame rate: the blur shifts every frame
    p.setBrush(QColor(235, 245, 255, 95));
    p.translate(0.08, -0.1);
    for (int k = 0; k < 2; ++k) {
        p.rotate(k == 0 ? 62 + beat * 10 : -34); // up and back over the abdomen
        p.drawEllipse(QPointF(-0.2, 0), 0.22, 0.08);
    }
    p.restore();
}

// A dragonfly from above: a long thin segmented abdomen, big eyes, four long clear wings that
// shimmer. `angleDeg` points it along its flight.
void drawDragonfly(QPainter &p, QPointF at, double len, double angleDeg, double t, const QColor &body)
{
    p.save();
    p.translate(at);
    p.rotate(angleDeg);
    p.scale(len, len);
    const double flicker = std::sin(t * 70) * 6;
    for (const double x : {0.02, 0.1})
        for (const int side : {-1, 1}) {
            p.save();
            p.translate(x, 0);
            p.rotate(side * (90 + (x < 0.05 ? 10 : -6)) + flicker);
            p.setPen(QPen(QColor(60, 70, 80, 140), 0.008));
            p.setBrush(QColor(220, 235, 250, 95));
            p.drawEllipse(QPointF(0.24, 0), 0.24, 0.05);
            p.drawLine(QPointF(0.02, 0), QPointF(0.46, 0));
            p.restore();
        }
    p.setPen(QPen(body, 0.055, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(QPointF(0, 0), QPointF(-0.62, 0));
    p.setPen(QPen(body.darker(170), 0.012));
    for (int k = 1; k < 8; ++k)
        p.drawLine(QPointF(-0.07 * k, -0.028), QPointF(-0.07 * k, 0.028));
    p.setPen(Qt::NoPen);
    p.setBrush(body);
    p.drawEllipse(QPointF(0.06, 0), 0.09, 0.055);
    p.setBrush(body.lighter(140));
    p.drawEllipse(QPointF(0.16, -0.035), 0.045, 0.045);
    p.drawEllipse(QPointF(0.16, 0.035), 0.045, 0.045);
    p.restore();
}

// Ground crawlers seen a little from above, walking right: a beetle's dome (a ladybug's red with
// black spots), an ant's three segments, a spider's eight legs. Six or eight legs step in
// alternating tripods (fours).
enum class Crawler { Beetle, Ant, Spider };

void drawCrawler(QPainter &p, QPointF at, double len, Crawler kind, double phase, const QColor &color, bool spotted)
{
    auto g = [&](double u, double v, double h = 0) { return at + QPointF(u * len, (v * kFlat - h) * len); };
    const QColor dark(22, 18, 14);
    const QColor legCol = kind == Crawler::Beetle ? dark : color.darker(120);
    const int pairs = kind == Crawler::Spider ? 4 : 3;
    const double reach = kind == Crawler::Spider ? 0.5 : (kind == Crawler::Ant ? 0.34 : 0.3);
    const double hipU = kind == Crawler::Ant ? 0.02 : (kind == Crawler::Spider ? 0.12 : 0.02);
    auto legs = [&](int side) {
        for (int i = 0; i < pairs; ++i) {
            const double ph = phase + M_PI * ((i + (side > 0 ? 1 : 0)) % 2);
            const double spread = (i - (pairs - 1) / 2.0) / ((pairs - 1) / 2.0); // -1 rear .. 1 front
            const double swing = std::sin(ph) * 0.07;
            const double lift = std::cos(ph) > 0 ? std::cos(ph) * 0.04 : 0;
            const QPointF hip = g(hipU + spread * 0.06, side * 0.06, 0.08);
            const QPointF knee = g(hipU + spread * reach * 0.5 + swing * 0.5, side * reach * 0.55, 0.16);
            const QPointF foot = g(hipU + spread * reach * 0.9 + swing, side * reach, lift);
            p.setPen(
                QPen(side < 0 ? legCol.darker(115) : legCol, std::max(1.0, len * 0.03), Qt::SolidLine, Qt::RoundCap));
            p.drawLine(hip, knee);
            p.drawLine(knee, foot);
        }
        p.setPen(Qt::NoPen);
    };
    legs(-1);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0, 0, 0, 50));
    p.drawEllipse(g(0, 0), len * 0.42, len * 0.12);
    if (kind == Crawler::Beetle) {
        p.setBrush(dark);
        p.drawEllipse(g(0.3, 0, 0.06), len * 0.1, len * 0.08); // head
        p.drawEllipse(g(0.2, 0, 0.09), len * 0.1, len * 0.12); // pronotum
        const QRectF dome(g(-0.42, 0, 0.1) - QPointF(0, len * 0.2), g(0.16, 0, 0.1) + QPointF(0, len * 0.16));
        p.setBrush(color);
        p.drawEllipse(dome);
        p.setPen(QPen(dark, std::max(1.0, len * 0.015)));
        p.drawLine(QPointF(dome.left() + len * 0.02, dome.center().y()), QPointF(dome.right(), dome.center().y()));
        p.setPen(Qt::NoPen);
        if (spotted) {
            p.setBrush(dark);
            for (const QPointF s : {QPointF(-0.1, -0.1), QPointF(-0.1, 0.1), QPointF(-0.25, -0.07),
                     QPointF(-0.25, 0.07), QPointF(0.02, -0.07), QPointF(0.02, 0.07)})
                p.drawEllipse(g(s.x(), s.y() / kFlat * 1.2, 0.1), len * 0.045, len * 0.04);
        }
        p.setBrush(QColor(255, 255, 255, 70));
        p.drawEllipse(dome.center() + QPointF(len * 0.02, -len * 0.09), len * 0.12, len * 0.04);
        p.setPen(QPen(dark, std::max(1.0, len * 0.015), Qt::SolidLine, Qt::RoundCap));
        p.drawLine(g(0.36, -0.03, 0.08), g(0.48, -0.12, 0.12));
        p.drawLine(g(0.36, 0.03, 0.08), g(0.48, 0.12, 0.12));
    } else if (kind == Crawler::Ant) {
        p.setBrush(color);
        p.drawEllipse(g(-0.28, 0, 0.12), len * 0.17, len * 0.12);
        p.drawEllipse(g(-0.1, 0, 0.1), len * 0.04, len * 0.035);
        p.drawEllipse(g(0.02, 0, 0.12), len * 0.12, len * 0.06);
        p.drawEllipse(g(0.22, 0, 0.14), len * 0.09, len * 0.085);
        p.setPen(QPen(color, std::max(1.0, len * 0.02), Qt::SolidLine, Qt::RoundCap));
        for (const int side : {-1, 1}) {
            const QPointF elbow = g(0.36, side * 0.06, 0.3);
            p.drawLine(g(0.27, side * 0.03, 0.18), elbow);
            p.drawLine(elbow, g(0.47, side * 0.12, 0.22));
        }
    } else {
        p.setBrush(color);
        p.drawEllipse(g(-0.22, 0, 0.14), len * 0.22, len * 0.17);
        p.drawEllipse(g(0.1, 0, 0.1), len * 0.12, len * 0.09);
        p.setBrush(color.lighter(160));
        p.drawEllipse(g(-0.24, 0, 0.2), len * 0.06, len * 0.03);
    }
    p.setPen(Qt::NoPen);
    legs(1);
}

// A spider hanging at the hub of its orb web: radial threads, a spiral round them, the spider's
// legs flexing now and then.
void drawWebSpider(QPainter &p, QPointF hub, double radius, double len, double t, const QColor &color, double lineW)
{
    const int spokes = 14, rings = 11;
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(QColor(235, 235, 240, 130), lineW));
    auto spoke = [&](int k, double r) {
        const double a = 2 * M_PI * k / spokes + 0.1;
        const double stretch = 1 + 0.12 * std::sin(a * 3);
        return hub + QPointF(std::cos(a), std::sin(a)) * r * stretch;
    };
    for (int k = 0; k < spokes; ++k)
        p.drawLine(hub, spoke(k, radius));
    for (int r = 1; r <= rings; ++r) {
        QPolygonF ring;
        for (int k = 0; k <= spokes; ++k)
            ring << spoke(k % spokes, radius * (0.12 + 0.88 * r / rings));
        p.drawPolyline(ring);
    }
    const QPointF body = hub + QPointF(0, len * 0.05 * std::sin(t * 0.8));
    p.setPen(QPen(color.darker(110), std::max(1.0, len * 0.035), Qt::SolidLine, Qt::RoundCap));
    for (const int side : {-1, 1})
        for (int i = 0; i < 4; ++i) {
            const double a = (-55 + i * 35) * M_PI / 180 + 0.06 * std::sin(t * 2.3 + i * 1.7 + side);
            const QPointF knee = body + QPointF(side * std::cos(a) * len * 0.3, std::sin(a) * len * 0.3 - len * 0.12);
            const QPointF foot = body + QPointF(side * std::cos(a) * len * 0.55, std::sin(a) * len * 0.62);
            p.drawLine(body, knee);
            p.drawLine(knee, foot);
        }
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawEllipse(body + QPointF(0, -len * 0.08), len * 0.1, len * 0.09);
    p.drawEllipse(body + QPointF(0, len * 0.14), len * 0.15, len * 0.19);
    p.setBrush(color.lighter(170));
    p.drawEllipse(body + QPointF(0, len * 0.12), len * 0.04, len * 0.07);
}

// A snail gliding along the ground under its spiral shell.
void drawSnail(QPainter &p, QPointF ground, double len, double t, const QColor &shell)
{
    const QColor skin(200, 180, 150);
    p.setPen(Qt::NoPen);
    p.setBrush(skin);
    const double stretch = 1 + 0.05 * std::sin(t * 2);
    p.drawRoundedRect(QRectF(ground.x() - len * 0.45, ground.y() - len * 0.12, len * 0.95 * stretch, len * 0.12),
        len * 0.06, len * 0.06);
    p.setPen(QPen(skin, std::max(1.0, len * 0.03), Qt::SolidLine, Qt::RoundCap));
    const QPointF head(ground.x() + len * 0.45 * stretch, ground.y() - len * 0.1);
    p.drawLine(head, head + QPointF(len * 0.08, -len * 0.2));
    p.drawLine(head, head + QPointF(len * 0.14, -len * 0.12));
    p.setPen(Qt::NoPen);
    const QPointF c(ground.x() - len * 0.05, ground.y() - len * 0.35);
    p.setBrush(shell);
    p.drawEllipse(c, len * 0.3, len * 0.28);
    QPainterPath spiral;
    spiral.moveTo(c);
    for (int i = 1; i <= 30; ++i) {
        const double a = i * 0.4, r = len * 0.27 * i / 30.0;
        spiral.lineTo(c + QPointF(std::cos(a) * r, std::sin(a) * r));
    }
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(shell.darker(150), std::max(1.0, len * 0.03)));
    p.drawPath(spiral);
    p.setPen(Qt::NoPen);
}

bool spottedLadybug(const SubjectPlan &s)
{
    return s.words.contains(QLatin1String("lady")) || s.variant == QLatin1String("ladybug");
}

} // namespace

void drawInsects(const DrawContext &c, int index, const SubjectPlan &s)
{
    QPainter &p = c.p;
    const double W = c.W(), H = c.H();
    const double t = c.t, st = shotTime(c);
    const QString &v = s.variant;
    // Small things framed so they read: the main one a good tenth of the frame, more when the
    // shot is a close-up; companions smaller, a swarm's smaller still.
    const bool closeup = c.shot.camera.framing == QLatin1String("closeup");
    const int count = std::clamp(s.count, 1, 12);
    const double main = H * (closeup ? 0.32 : 0.2) * s.scale;
    const QColor color = c.look.lit(s.color);
    const uint64_t stream = 900 + uint64_t(index) * 17;
    const double groundY = H * kSubjectGroundY;
    for (int k = 0; k < count; ++k) {
        const double size = k == 0 ? main : main * (count > 4 ? 0.45 : 0.7);
        const uint64_t ks = stream + uint64_t(k) * 4;
        if (v == QLatin1String("butterfly")) {
            // Flitting: a wandering loop with a little rise and fall at each wingbeat.
            const double flapHz = 2.4 + rand01(c.seed, ks, 1) * 0.8;
            const double beat = std::cos(2 * M_PI * flapHz * t + k);
            const double a = rand01(c.seed, ks, 2) * 6.28, b = rand01(c.seed, ks, 3) * 6.28;
            const QPointF at(W * (k == 0 ? 0.5 : randRange(c.seed, ks, 4, 0.2, 0.8)) + W * 0.2 * std::sin(t * 0.42 + a)
                    + W * 0.05 * std::sin(t * 1.3 + b),
                H * (k == 0 ? 0.48 : randRange(c.seed, ks, 5, 0.3, 0.65)) + H * 0.08 * std::sin(t * 0.7 + b)
                    - beat * size * 0.06);
            // The wings stay open longer than closed: they snap up and spread again.
            drawButterfly(p, at, size, std::pow(0.5 + 0.5 * beat, 0.6), 12 * std::sin(t * 0.6 + a), color);
        } else if (v == QLatin1String("dragonfly")) {
            double dir = 1;
            const QPointF at = hoverPath(c, ks, t + k * 0.4, 1.3, 0.68, size * 0.05, &dir);
            drawDragonfly(p, at, size * 1.2, dir > 0 ? 0 : 180, t, color);
        } else if (v == QLatin1String("spider") && s.action != QLatin1String("walk")
            && s.action != QLatin1String("run")) {
            const QPointF hub(W * (0.5 + (k - (count - 1) / 2.0) * 0.3), H * 0.4);
            drawWebSpider(p, hub, H * (count > 1 ? 0.16 : 0.3), size * 0.9, t + k, color, std::max(1.0, H * 0.0025));
        } else if (v == QLatin1String("ant") || v == QLatin1String("beetle") || v == QLatin1String("spider")
            || v == QLatin1String("snail")) {
            // Crawling across the ground, one behind the other (an ant trail).
            const double speed = size * (v == QLatin1String("snail") ? 0.12 : (v == QLatin1String("ant") ? 0.9 : 0.5));
            const double x = W * 0.5 + speed * fromMiddle(c) - k * main * 0.9;
            const double y = groundY - H * 0.02 + (k % 2 ? 1 : -1) * (k ? H * 0.015 : 0);
            const double phase = 2 * M_PI * st * (v == QLatin1String("ant") ? 4 : 2.5) + k;
            if (v == QLatin1String("snail"))
                drawSnail(p, QPointF(x, y), size, t, color);
            else
                drawCrawler(p, QPointF(x, y), size,
                    v == QLatin1String("ant") ? Crawler::Ant
                                              : (v == QLatin1String("spider") ? Crawler::Spider : Crawler::Beetle),
                    phase, color, spottedLadybug(s));
        } else {
            // Bees (and other flying insects, unstriped): a swarm mills about its drifting centre,
            // a few bees hover from flower to flower.
            double dir = 1;
            QPointF at;
            if (count > 4) {
                const QPointF centre(W * 0.5 + W * 0.15 * std::sin(t * 0.3), H * 0.45 + H * 0.05 * std::sin(t * 0.5));
                const double w1 = randRange(c.seed, ks, 6, 0.6, 1.4), w2 = randRange(c.seed, ks, 7, 0.8, 1.8);
                const double r = k == 0 ? 0.05 : randRange(c.seed, ks, 8, 0.3, 1.0);
                at = centre + QPointF(std::sin(t * w1 + k) * W * 0.22 * r, std::sin(t * w2 + k * 2.1) * H * 0.2 * r);
                dir = std::cos(t * w1 + k) >= 0 ? 1 : -1;
            } else {
                at = hoverPath(c, ks, t + k * 0.7, 1.7, 0.55, size * 0.08, &dir);
            }
            drawBee(p, at, size * 0.75, dir, t + k, color, v == QLatin1String("bee"));
        }
    }
}

} // namespace rc::engine
