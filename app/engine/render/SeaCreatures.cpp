#include "engine/render/SeaLife.h"

#include "engine/render/Random.h"

#include <QPainterPath>

#include <cmath>
#include <vector>

namespace rc::engine {

namespace {
bool openWater(const ShotPlan &shot)
{
    return shot.setting == QLatin1String("ocean") || shot.setting == QLatin1String("beach");
}

// A limb along the polyline `pts`, `rootWidth` wide at its first point narrowing to `tipWidth`.
void taperedLimb(QPainter &p, const std::vector<QPointF> &pts, double rootWidth, double tipWidth)
{
    const int n = int(pts.size());
    QPolygonF outline;
    QPolygonF back;
    for (int i = 0; i < n; ++i) {
        const QPointF d = pts[size_t(std::min(i + 1, n - 1))] - pts[size_t(std::max(i - 1, 0))];
        const double len = std::hypot(d.x(), d.y());
        const QPointF normal = len > 0 ? QPointF(-d.y() / len, d.x() / len) : QPointF(0, 1);
        const double half = (rootWidth + (tipWidth - rootWidth) * i / double(n - 1)) / 2;
        outline << pts[size_t(i)] + normal * half;
        back.prepend(pts[size_t(i)] - normal * half);
    }
    p.drawPolygon(outline + back);
}

// An octopus seen from the side: a soft mantle over its eyes and eight arms that hang and curl,
// their tips rolling in and out; the mantle swells and squeezes as it breathes (or jets).
void drawOctopus(const DrawContext &c, QPointF at, double size, double phase, const QColor &color)
{
    QPainter &p = c.p;
    const double breathe = std::sin(c.t * 2 * M_PI / 1.8 + phase);
    const QColor body = c.look.lit(color);
    p.setPen(Qt::NoPen);
    const QPointF root = at + QPointF(0, size * 0.12);
    for (int pass = 0; pass < 2; ++pass) { // the far arms (darker) first, then the near ones
        p.setBrush(pass == 0 ? body.darker(130) : body);
        for (int k = pass; k < 8; k += 2) {
            const double side = (k - 3.5) / 3.5; // -1 leftmost .. 1 rightmost
            double angle = M_PI / 2 - side * 0.9; // hanging down, fanned out
            const double curl = (0.22 + 0.12 * std::sin(c.t * 1.7 + k * 1.3 + phase)) * (side < 0 ? 1 : -1);
            std::vector<QPointF> arm{root + QPointF(side * size * 0.16, 0)};
            for (int i = 1; i <= 11; ++i) {
                angle += curl * (i / 11.0) * 1.6 + 0.06 * std::sin(c.t * 2.4 + i * 0.7 + k);
                arm.push_back(arm.back() + QPointF(std::cos(angle), std::sin(angle)) * size * 0.075);
            }
            taperedLimb(p, arm, size * 0.1, size * 0.015);
        }
    }
    // The mantle, leaning back a little, with a paler underside and two eyes at its base.
    const double rx = size * (0.24 - 0.02 * breathe), ry = size * (0.3 + 0.03 * breathe);
    QPainterPath mantle;
    mantle.moveTo(at + QPointF(-rx, size * 0.14));
    mantle.cubicTo(at + QPointF(-rx * 1.35, -ry * 1.2), at + QPointF(rx * 0.9, -ry * 1.9), at + QPointF(rx * 1.05, -ry * 0.1));
    mantle.quadTo(at + QPointF(rx * 1.1, size * 0.1), at + QPointF(rx * 0.6, size * 0.16));
    mantle.closeSubpath();
    p.setBrush(body);
    p.drawPath(mantle);
    p.setBrush(body.lighter(118));
    p.drawEllipse(at + QPointF(0, size * 0.1), rx * 0.85, size * 0.07);
    for (const double ex : {-0.45, 0.45}) {
        p.setBrush(QColor(240, 230, 200));
        p.drawEllipse(at + QPointF(rx * ex, size * 0.03), size * 0.05, size * 0.04);
        p.setBrush(QColor(20, 18, 16));
        p.drawEllipse(at + QPointF(rx * ex, size * 0.035), size * 0.035, size * 0.012);
    }
}

// A crab, `size` across its shell, standing at `ground`: a wide shell, four jointed legs a side
// that step in turn as it walks sideways, two claws held up that snap, eyes on stalks.
void drawCrab(const DrawContext &c, QPointF ground, double size, double walkPhase, const QColor &color)
{
    QPainter &p = c.p;
    const QColor shell = c.look.lit(color);
    const QColor leg = shell.darker(115);
    const QPointF centre = ground - QPointF(0, size * 0.36);
    p.setPen(QPen(leg, std::max(1.2, size * 0.055), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    for (const int side : {-1, 1})
        for (int k = 0; k < 4; ++k) {
            // Alternate legs lift and swing: a foot is on the ground for half its cycle.
            const double stepPhase = walkPhase + k * M_PI / 2 + (side > 0 ? M_PI : 0);
            const double lift = std::max(0.0, std::sin(stepPhase)) * size * 0.1;
            const double swing = std::cos(stepPhase) * size * 0.07;
            const QPointF hip = centre + QPointF(side * size * (0.3 + 0.04 * k), size * (0.02 + 0.05 * k));
            const QPointF knee = centre + QPointF(side * size * (0.6 + 0.08 * k) + swing * 0.5, -size * (0.12 - 0.04 * k) - lift);
            const QPointF foot = QPointF(centre.x() + side * size * (0.72 + 0.07 * k) + swing, ground.y() - lift);
            p.drawPolyline(QPolygonF{hip, knee, foot});
        }
    // Claws: an arm forward and up to a pincer whose moving finger opens and shuts.
    const double snap = 0.5 + 0.5 * std::sin(c.t * 5 + walkPhase * 0.3);
    for (const int side : {-1, 1}) {
        const QPointF shoulder = centre + QPointF(side * size * 0.28, -size * 0.1);
        const QPointF elbow = centre + QPointF(side * size * 0.5, -size * 0.38);
        const QPointF hand = centre + QPointF(side * size * 0.34, -size * 0.6);
        p.setPen(QPen(shell, std::max(1.5, size * 0.08), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawPolyline(QPolygonF{shoulder, elbow, hand});
        p.setPen(Qt::NoPen);
        p.setBrush(shell);
        p.save();
        p.translate(hand);
        p.rotate(side < 0 ? -20 : 20);
        p.drawEllipse(QPointF(0, -size * 0.05), size * 0.13, size * 0.09); // the palm
        const QPointF fixedFinger[3] = {QPointF(-size * 0.08, -size * 0.1), QPointF(side * size * 0.02, -size * 0.32),
                                        QPointF(size * 0.08, -size * 0.1)};
        p.drawPolygon(fixedFinger, 3);
        p.translate(side * size * 0.08, -size * 0.1);
        p.rotate(side * (10 + 35 * snap));
        const QPointF movingFinger[3] = {QPointF(-size * 0.04, 0), QPointF(0, -size * 0.2), QPointF(size * 0.04, 0)};
        p.setBrush(shell.darker(112));
        p.drawPolygon(movingFinger, 3);
        p.restore();
    }
    // Eyes on stalks, then the shell over everything: wide and low, a paler rim below.
    p.setPen(QPen(leg, std::max(1.0, size * 0.03)));
    for (const int side : {-1, 1})
        p.drawLine(centre + QPointF(side * size * 0.1, -size * 0.15), centre + QPointF(side * size * 0.14, -size * 0.32));
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(15, 15, 18));
    for (const int side : {-1, 1})
        p.drawEllipse(centre + QPointF(side * size * 0.14, -size * 0.33), size * 0.04, size * 0.04);
    p.setBrush(shell.lighter(120));
    p.drawEllipse(centre + QPointF(0, size * 0.06), size * 0.44, size * 0.16);
    QPainterPath carapace;
    carapace.moveTo(centre + QPointF(-size * 0.5, size * 0.04));
    carapace.cubicTo(centre + QPointF(-size * 0.5, -size * 0.3), centre + QPointF(size * 0.5, -size * 0.3),
                     centre + QPointF(size * 0.5, size * 0.04));
    carapace.quadTo(centre + QPointF(0, size * 0.16), centre + QPointF(-size * 0.5, size * 0.04));
    p.setBrush(shell);
    p.drawPath(carapace);
    p.setBrush(shell.lighter(125));
    p.drawEllipse(centre + QPointF(-size * 0.12, -size * 0.1), size * 0.12, size * 0.04); // a glint
}

} // namespace

// A turtle, `len` from head to tail, facing `dir`. Swimming, its big front flippers sweep down
// and back while it glides; on land it walks on four stubby legs. The shell is a dome with
// darker plates; the skin is a paler, yellower shade of the same colour.
void drawTurtle(const DrawContext &c, QPointF at, double len, int dir, bool swimming, double phase, const QColor &color)
{
    QPainter &p = c.p;
    const QColor shell = c.look.lit(color);
    QColor skin = QColor::fromHsvF(shell.hsvHueF() < 0 ? 0.15 : shell.hsvHueF(), shell.hsvSaturationF() * 0.7,
                                   std::min(1.0, shell.valueF() * 1.25 + 0.05));
    p.save();
    p.translate(at);
    p.scale(dir, 1);
    p.setPen(Qt::NoPen);
    const double stroke = std::sin(c.t * 2 * M_PI / 2.4 + phase); // one stroke every 2.4 s
    auto flipper = [&](QPointF root, double angleDeg, double length, double width, const QColor &col) {
        p.save();
        p.translate(root);
        p.rotate(angleDeg);
        QPainterPath f;
        f.moveTo(0, -width * 0.5);
        f.cubicTo(QPointF(length * 0.4, -width * 0.9), QPointF(length * 0.9, -width * 0.3), QPointF(length, 0));
        f.cubicTo(QPointF(length * 0.7, width * 0.3), QPointF(length * 0.3, width * 0.6), QPointF(0, width * 0.5));
        f.closeSubpath();
        p.setBrush(col);
        p.drawPath(f);
        p.restore();
    };
    if (swimming) {
        // Far flippers behind the shell (darker), near ones in front of it.
        flipper(QPointF(len * 0.18, -len * 0.04), -150 + 40 * stroke, len * 0.5, len * 0.14, skin.darker(130));
        flipper(QPointF(-len * 0.3, 0), 160, len * 0.18, len * 0.08, skin.darker(130));
    } else {
        const double step = std::sin(c.t * 2 * M_PI / 1.4 + phase) * len * 0.04;
        p.setBrush(skin.darker(125));
        p.drawRoundedRect(QRectF(len * 0.12 - step, 0, len * 0.1, len * 0.2), len * 0.04, len * 0.04);
        p.drawRoundedRect(QRectF(-len * 0.26 + step, 0, len * 0.1, len * 0.2), len * 0.04, len * 0.04);
    }
    // Head and neck, its eye; the tail.
    p.setBrush(skin);
    p.drawEllipse(QPointF(len * 0.44, -len * 0.03 + (swimming ? 0 : -len * 0.04)), len * 0.11, len * 0.075);
    p.drawRect(QRectF(len * 0.25, -len * 0.06 + (swimming ? 0 : -len * 0.04), len * 0.16, len * 0.09));
    const QPointF tail[3] = {QPointF(-len * 0.34, -len * 0.02), QPointF(-len * 0.48, len * 0.02), QPointF(-len * 0.34, len * 0.05)};
    p.drawPolygon(tail, 3);
    p.setBrush(QColor(15, 15, 18));
    p.drawEllipse(QPointF(len * 0.48, -len * 0.05 + (swimming ? 0 : -len * 0.04)), len * 0.018, len * 0.018);
    // The shell: a dome over a flat, paler belly plate, with a row of plates drawn on it.
    const double dome = len * (swimming ? 0.22 : 0.3);
    QPainterPath carapace;
    carapace.moveTo(-len * 0.38, len * 0.04);
    carapace.cubicTo(QPointF(-len * 0.34, -dome * 1.3), QPointF(len * 0.3, -dome * 1.3), QPointF(len * 0.34, len * 0.02));
    carapace.closeSubpath();
    p.setBrush(skin.darker(108));
    p.drawRoundedRect(QRectF(-len * 0.34, -len * 0.01, len * 0.66, len * 0.07), len * 0.03, len * 0.03);
    p.setBrush(shell);
    p.drawPath(carapace);
    p.setPen(QPen(shell.darker(150), std::max(1.0, len * 0.018)));
    p.setBrush(Qt::NoBrush);
    for (int k = 0; k < 3; ++k) {
        const double cx = -len * 0.2 + k * len * 0.19;
        const double top = -dome * (k == 1 ? 0.95 : 0.78);
        p.drawPolygon(QPolygonF{QPointF(cx - len * 0.08, -dome * 0.35), QPointF(cx - len * 0.05, top), QPointF(cx + len * 0.05, top),
                                QPointF(cx + len * 0.08, -dome * 0.35), QPointF(cx, -dome * 0.1)});
    }
    p.setPen(Qt::NoPen);
    if (swimming) {
        flipper(QPointF(len * 0.16, len * 0.02), 150 - 45 * stroke, len * 0.55, len * 0.16, skin);
        flipper(QPointF(-len * 0.28, len * 0.03), 170 - 10 * stroke, len * 0.2, len * 0.09, skin);
    } else {
        const double step = std::sin(c.t * 2 * M_PI / 1.4 + phase) * len * 0.04;
        p.setBrush(skin);
        p.drawRoundedRect(QRectF(len * 0.18 + step, 0, len * 0.1, len * 0.2), len * 0.04, len * 0.04);
        p.drawRoundedRect(QRectF(-len * 0.2 - step, 0, len * 0.1, len * 0.2), len * 0.04, len * 0.04);
    }
    p.restore();
}

void drawSeaCreature(const DrawContext &c, int index, const SubjectPlan &s, SeaForm form)
{
    const double W = c.W(), H = c.H();
    const int count = std::clamp(s.count, 1, 5);
    const double unit = H * s.scale / (count > 1 ? std::sqrt(double(count)) : 1.0);
    const bool surface = openWater(c.shot);
    const bool underwater = c.shot.setting == QLatin1String("underwater");
    // The sea floor: under the sea the bottom of the frame; in open water below the surface,
    // seen dimmed through it; anywhere else (a beach's sand, a table) the ground.
    const double floorY = underwater ? H * 0.9 : H * 0.88;
    const int dir = rand01(c.seed, 340 + uint64_t(index)) < 0.5 ? 1 : -1;
    c.p.save();
    if (surface && form != SeaForm::Crab)
        c.p.setOpacity(0.8);
    for (int k = 0; k < count; ++k) {
        const double phase = rand01(c.seed, 341, uint64_t(k)) * 2 * M_PI;
        const double start = randRange(c.seed, 342 + uint64_t(index), uint64_t(k), 0.25, 0.55) * W + k * W * 0.2;
        if (form == SeaForm::Crab) {
            // Sideways across the sand or the sea floor, a few steps a second.
            const double size = unit * 0.22;
            const double x = std::fmod(start + dir * shotTime(c) * W * 0.08 + W * 4, W * 1.3) - W * 0.15;
            drawCrab(c, QPointF(x, floorY - k * H * 0.03), size, shotTime(c) * 2 * M_PI * 1.6 + phase, s.color);
        } else if (form == SeaForm::Octopus) {
            // Near the floor under the sea (or mid-water in open water), drifting and bobbing.
            const double size = unit * 0.42;
            const double x = start + dir * shotTime(c) * W * 0.025;
            const double y = (surface ? c.horizon() + H * 0.2 : H * 0.5) + std::sin(c.t * 2 * M_PI / 1.8 + phase) * H * 0.025
                             + k * H * 0.06;
            drawOctopus(c, QPointF(x, y), size, phase, s.color);
        } else {
            // A turtle glides across the water column, rising and sinking with its strokes.
            const double len = unit * 0.45;
            const double top = surface ? c.horizon() + H * 0.12 + len * 0.3 : H * 0.2;
            const double y = (top + floorY - len * 0.3) / 2 + std::sin(c.t * 2 * M_PI / 2.4 + phase) * H * 0.02 + k * H * 0.08;
            double x = std::fmod(start + W * 0.1 + shotTime(c) * W * 0.05 + W * 4, W * 1.4) - W * 0.2; // in view at first
            if (dir < 0)
                x = W - x;
            drawTurtle(c, QPointF(x, y), len, dir, true, phase, s.color);
        }
    }
    c.p.restore();
}

} // namespace rc::engine
