#include "engine/render/Plants.h"

#include "engine/render/Random.h"

#include <QPainterPath>

#include <cmath>

namespace rc::engine {

namespace {

enum class PlantForm {
    Tulip,
    Rose,
    Sunflower,
    Daisy,
    Flower,
    Lotus,
    Blossom,
    Cactus,
    Fern,
    Bamboo,
    Bonsai,
    Palm,
    Leafy
};

bool named(const SubjectPlan &s, const char *word)
{
    return s.variant.contains(QLatin1String(word)) || s.words.contains(QLatin1String(word));
}

PlantForm formFor(const SubjectPlan &s)
{
    if (named(s, "tulip"))
        return PlantForm::Tulip;
    if (named(s, "rose"))
        return PlantForm::Rose;
    if (named(s, "sunflower"))
        return PlantForm::Sunflower;
    if (named(s, "daisy") || named(s, "daisies") || named(s, "chamomile"))
        return PlantForm::Daisy;
    if (named(s, "lotus") || named(s, "water lily") || named(s, "lily pad"))
        return PlantForm::Lotus;
    if (named(s, "blossom") || named(s, "cherry") || named(s, "sakura"))
        return PlantForm::Blossom;
    if (named(s, "cactus") || named(s, "cacti") || named(s, "saguaro"))
        return PlantForm::Cactus;
    if (named(s, "fern"))
        return PlantForm::Fern;
    if (named(s, "bamboo"))
        return PlantForm::Bamboo;
    if (named(s, "bonsai"))
        return PlantForm::Bonsai;
    if (named(s, "palm"))
        return PlantForm::Palm;
    return s.kind == QLatin1String("flower") ? PlantForm::Flower : PlantForm::Leafy;
}

// The vocabulary gives every flower one pink and every plant one green: a variant the prompt
// gives no colour takes its own (a sunflower yellow, a daisy white).
QColor colourOf(const SubjectPlan &s, PlantForm form)
{
    const bool plain = s.color == QColor(0xe84a7f) || s.color == QColor(0x3a8a3a) || s.color == QColor(0x2e7d32);
    // "cherry blossoms": the cherry is the tree, not the colour of its flowers.
    const bool cherry = form == PlantForm::Blossom && s.color == QColor(0xd8402f);
    if (!plain && !cherry)
        return s.color;
    switch (form) {
    case PlantForm::Tulip:
        return QColor(226, 40, 60);
    case PlantForm::Rose:
        return QColor(190, 20, 45);
    case PlantForm::Sunflower:
        return QColor(255, 196, 20);
    case PlantForm::Daisy:
        return QColor(250, 250, 246);
    case PlantForm::Lotus:
        return QColor(244, 150, 190);
    case PlantForm::Blossom:
        return QColor(255, 186, 206);
    case PlantForm::Cactus:
        return QColor(72, 128, 70);
    case PlantForm::Bamboo:
        return QColor(120, 160, 60);
    default:
        return s.color;
    }
}

// A leaf or petal: two curves from `base` to `tip`, `width` wide at `bulge` of its length.
QPainterPath blade(QPointF base, QPointF tip, double width, double bulge = 0.45)
{
    const QPointF d = tip - base;
    const double len = std::max(1e-6, std::hypot(d.x(), d.y()));
    const QPointF n(-d.y() / len * width, d.x() / len * width);
    const QPointF m = base + d * bulge;
    QPainterPath p;
    p.moveTo(base);
    p.quadTo(m + n, tip);
    p.quadTo(m - n, base);
    return p;
}

QPointF polar(double angle, double r)
{
    return {std::sin(angle) * r, -std::cos(angle) * r};
}

struct Stem
{
    QPointF base, head;
    double h; // the plant's height in pixels
};

void drawStem(const DrawContext &c, const Stem &s, double width, const QColor &green)
{
    QPainterPath path;
    path.moveTo(s.base);
    path.quadTo(QPointF(s.base.x(), s.base.y() - s.h * 0.5), s.head);
    c.p.setBrush(Qt::NoBrush);
    c.p.setPen(QPen(green, width, Qt::SolidLine, Qt::RoundCap));
    c.p.drawPath(path);
    c.p.setPen(Qt::NoPen);
}

// Two leaves from the stem: long blades from the ground (tulip), or ovals up the stem.
void drawStemLeaves(const DrawContext &c, const Stem &s, const QColor &green, bool blades, double sway, double breadth)
{
    c.p.setBrush(green.darker(112));
    if (blades) {
        c.p.drawPath(blade(s.base, s.base + QPointF(-s.h * 0.22 + sway * 0.3, -s.h * 0.5), s.h * 0.07, 0.35));
        c.p.setBrush(green);
        c.p.drawPath(blade(s.base, s.base + QPointF(s.h * 0.2 + sway * 0.3, -s.h * 0.42), s.h * 0.065, 0.35));
        return;
    }
    for (int k = 0; k < 2; ++k) {
        const double along = k ? 0.55 : 0.35, side = k ? 1 : -1;
        const QPointF at = s.base + (s.head - s.base) * along;
        c.p.drawPath(blade(at, at + QPointF(side * s.h * 0.2, -s.h * 0.08 + sway * 0.1), s.h * 0.055 * breadth));
        c.p.setBrush(green);
    }
}

void drawTulip(const DrawContext &c, QPointF head, double r, const QColor &col, double open)
{
    const QColor back = col.darker(125);
    const double spread = 0.5 + open * 0.5;
    c.p.setBrush(back);
    for (int side : {-1, 1})
        c.p.drawPath(blade(head + QPointF(0, r * 0.7), head + QPointF(side * r * 0.62 * spread, -r * 0.95), r * 0.55));
    c.p.setBrush(col);
    c.p.drawEllipse(head + QPointF(0, r * 0.12), r * 0.56, r * 0.68);
    c.p.drawPath(blade(head + QPointF(0, r * 0.75), head + QPointF(0, -r * (0.9 + 0.1 * open)), r * 0.62));
    c.p.setBrush(col.lighter(118)); // the light on the front petal
    c.p.drawEllipse(head + QPointF(-r * 0.18, -r * 0.05), r * 0.12, r * 0.35);
}

void drawRose(const DrawContext &c, QPointF head, double r, const QColor &col, double open)
{
    c.p.setBrush(QColor(50, 100, 40));
    for (int k = -1; k <= 1; k += 2) // sepals under the bloom
        c.p.drawPath(blade(head + QPointF(0, r * 0.5), head + QPointF(k * r * 0.7, r * 0.9), r * 0.18));
    const double outer = r * (0.55 + 0.45 * open);
    c.p.setBrush(col.darker(120));
    for (int k = 0; k < 5; ++k)
        c.p.drawEllipse(head + polar(k * 2 * M_PI / 5 + 0.3, outer * 0.5), outer * 0.5, outer * 0.45);
    c.p.setBrush(col);
    c.p.drawEllipse(head, r * 0.62, r * 0.58);
    // The spiral of the inner petals: arcs closing in, each a darker fold.
    c.p.setBrush(Qt::NoBrush);
    c.p.setPen(QPen(col.darker(160), std::max(1.0, r * 0.06), Qt::SolidLine, Qt::RoundCap));
    for (int k = 0; k < 4; ++k) {
        const double rr = r * (0.5 - k * 0.11);
        const QPointF o = head + QPointF((k % 2 ? 1 : -1) * r * 0.05, -r * 0.04 * k);
        c.p.drawArc(QRectF(o.x() - rr, o.y() - rr * 0.9, rr * 2, rr * 1.8), (30 + k * 95) * 16, 220 * 16);
    }
    c.p.setPen(Qt::NoPen);
}

void drawRayed(const DrawContext &c, QPointF head, double r, const QColor &petal, const QColor &centre, double centreR,
    int rays, double rayWidth, double open)
{
    c.p.setBrush(petal.darker(110));
    const double reach = r * (0.45 + 0.55 * open);
    for (int k = 0; k < rays; ++k) {
        const double a = (k + 0.5 * (k % 2)) * 2 * M_PI / rays;
        c.p.drawPath(blade(head + polar(a, centreR * r * 0.8), head + polar(a, reach), r * rayWidth));
        if (k == rays / 2)
            c.p.setBrush(petal);
    }
    c.p.setBrush(centre);
    c.p.drawEllipse(head, centreR * r, centreR * r);
}

void drawSunflower(const DrawContext &c, QPointF head, double r, const QColor &col, double open)
{
    drawRayed(c, head, r, col, c.look.lit(QColor(92, 54, 20)), 0.5, 24, 0.13, open);
    c.p.setBrush(c.look.lit(QColor(58, 32, 12)));
    c.p.drawEllipse(head, r * 0.34, r * 0.34);
    // Seeds in a ring: the disc's texture.
    c.p.setBrush(c.look.lit(QColor(110, 72, 30)));
    for (int k = 0; k < 14; ++k)
        c.p.drawEllipse(head + polar(k * 2 * M_PI / 14, r * 0.42), r * 0.035, r * 0.035);
}

void drawFivePetals(const DrawContext &c, QPointF head, double r, const QColor &col, double open)
{
    const double reach = r * (0.35 + 0.65 * open);
    c.p.setBrush(col);
    for (int k = 0; k < 5; ++k)
        c.p.drawEllipse(head + polar(k * 2 * M_PI / 5, reach * 0.55), reach * 0.42, reach * 0.42);
    c.p.setBrush(col.darker(115));
    c.p.drawEllipse(head, r * 0.3, r * 0.3);
    c.p.setBrush(c.look.lit(QColor(250, 200, 60)));
    c.p.drawEllipse(head, r * 0.2, r * 0.2);
}

void drawLotus(const DrawContext &c, QPointF base, double r, const QColor &col, double open, double bob)
{
    const QPointF b = base + QPointF(0, bob);
    c.p.setBrush(c.look.lit(QColor(40, 110, 60)));
    c.p.drawEllipse(b + QPointF(-r * 0.4, r * 0.15), r * 1.7, r * 0.38); // the pad it floats on
    c.p.setBrush(c.look.lit(QColor(60, 140, 70)));
    c.p.drawEllipse(b + QPointF(-r * 0.4, r * 0.1), r * 1.55, r * 0.3);
    const double fan = 0.6 + 0.4 * open;
    for (int row = 0; row < 2; ++row) {
        const int n = row ? 3 : 6;
        c.p.setBrush(row ? col : col.darker(118));
        for (int k = 0; k < n; ++k) {
            const double a = (k - (n - 1) / 2.0) * (row ? 0.45 : 0.38) * fan;
            const double len = r * (row ? 1.0 : 1.15);
            c.p.drawPath(blade(b, b + polar(a, len), r * 0.34));
        }
    }
    c.p.setBrush(col.lighter(130)); // pale petal tips
    c.p.drawEllipse(b + QPointF(0, -r * 0.85), r * 0.1, r * 0.14);
}

// A cherry tree in flower, and its petals falling across the frame.
void drawBlossomTree(const DrawContext &c, QPointF base, double h, const QColor &col, double sway)
{
    const QColor bark = c.look.lit(QColor(80, 50, 40));
    c.p.setPen(QPen(bark, h * 0.06, Qt::SolidLine, Qt::RoundCap));
    c.p.drawLine(base, base + QPointF(0, -h * 0.45));
    c.p.setPen(QPen(bark, h * 0.025, Qt::SolidLine, Qt::RoundCap));
    const QPointF fork = base + QPointF(0, -h * 0.42);
    for (int k = 0; k < 5; ++k)
        c.p.drawLine(fork, fork + QPointF((k - 2) * h * 0.16 + sway * 0.5, -h * (0.25 + 0.08 * (k % 2))));
    c.p.setPen(Qt::NoPen);
    // The crown: clusters of small flowers with the sky showing between them.
    for (int k = 0; k < 48; ++k) {
        const double a = randRange(c.seed, 700, uint64_t(k), -1.5, 1.5);
        const double d = std::sqrt(rand01(c.seed, 701, uint64_t(k))) * h * 0.42;
        const QPointF at
            = base + QPointF(0, -h * 0.66) + QPointF(std::sin(a) * d * 1.4 + sway, -std::cos(a) * d * 0.55);
        const double r = h * randRange(c.seed, 702, uint64_t(k), 0.04, 0.068);
        c.p.setBrush(k % 3 == 0 ? col.lighter(115) : k % 3 == 1 ? col : col.darker(108));
        c.p.drawEllipse(at, r * 1.2, r);
    }
}

void drawFallingPetals(const DrawContext &c, const QColor &col, double wind)
{
    const double W = c.W(), H = c.H();
    c.p.setBrush(col.lighter(105));
    for (int k = 0; k < 40; ++k) {
        const double fall = randRange(c.seed, 710, uint64_t(k), 0.05, 0.1) * H;
        const double y = std::fmod(rand01(c.seed, 711, uint64_t(k)) * H * 1.2 + c.t * fall, H * 1.2) - H * 0.1;
        const double x = rand01(c.seed, 712, uint64_t(k)) * W * 1.2 - W * 0.1 + std::sin(c.t * 1.5 + k) * W * 0.02
            + (c.t * W * 0.03 * wind);
        const double sz = H * randRange(c.seed, 713, uint64_t(k), 0.006, 0.011);
        // A tumbling petal: a small turned oval as six points (saving and turning the painter
        // for each of forty petals costs more than drawing them).
        const QPointF at(std::fmod(x + W * 10, W * 1.2) - W * 0.1, y);
        const double turn = (c.t * 90 + k * 37) * M_PI / 180, ca = std::cos(turn), sa = std::sin(turn);
        QPointF petal[6];
        for (int i = 0; i < 6; ++i) {
            const double px = std::cos(i * M_PI / 3) * sz, py = std::sin(i * M_PI / 3) * sz * 0.6;
            petal[i] = at + QPointF(px * ca - py * sa, px * sa + py * ca);
        }
        c.p.drawPolygon(petal, 6);
    }
}

void drawCactus(const DrawContext &c, QPointF base, double h, const QColor &col, double open)
{
    const double w = h * 0.16;
    const QColor shade = col.darker(125);
    auto column = [&](QRectF r) {
        c.p.setBrush(col);
        c.p.drawRoundedRect(r, r.width() / 2, r.width() / 2);
        c.p.setBrush(shade); // the shaded side
        c.p.drawRoundedRect(QRectF(r.center().x(), r.top(), r.width() / 2, r.height()), r.width() / 4, r.width() / 4);
    };
    // Arms: a bend out from the trunk, then up.
    for (int side : {-1, 1}) {
        const double y = base.y() - h * (side < 0 ? 0.45 : 0.6), reach = w * 1.3;
        c.p.setBrush(col);
        c.p.drawRoundedRect(
            QRectF(side < 0 ? base.x() - reach - w * 0.35 : base.x(), y - w * 0.35, reach + w * 0.35, w * 0.7),
            w * 0.35, w * 0.35);
        column(QRectF(base.x() + side * reach - w * 0.35, y - h * 0.3, w * 0.7, h * 0.3 + w * 0.35));
    }
    column(QRectF(base.x() - w / 2, base.y() - h, w, h + w * 0.2));
    c.p.setPen(QPen(col.lighter(125), std::max(1.0, w * 0.05))); // ribs
    for (int k = -1; k <= 1; ++k)
        c.p.drawLine(
            QPointF(base.x() + k * w * 0.22, base.y() - h + w * 0.3), QPointF(base.x() + k * w * 0.22, base.y()));
    c.p.setPen(Qt::NoPen);
    if (open > 0.05) { // a cactus "blooming": a flower crowns it
        c.p.setBrush(c.look.lit(QColor(240, 80, 140)));
        for (int k = 0; k < 5; ++k)
            c.p.drawEllipse(QPointF(base.x(), base.y() - h) + polar(k * 2 * M_PI / 5, w * 0.25 * open), w * 0.22 * open,
                w * 0.22 * open);
    }
}

void drawFern(const DrawContext &c, QPointF base, double h, const QColor &col, double sway)
{
    // Each frond: its stalk one strip, each pair of leaflets one kite, every one its own
    // polygon. Stroked as lines, or filled as one path of many parts, a fern costs milliseconds.
    const double stalk = std::max(0.6, h * 0.006);
    constexpr int kSegments = 10;
    for (int f = 0; f < 9; ++f) {
        const double a = (f - 4) * 0.3 + sway / h * (1 - std::abs(f - 4) * 0.1);
        const double len = h * (1 - std::abs(f - 4) * 0.07);
        c.p.setBrush(f % 2 ? col : col.darker(115));
        QPolygonF left {base}, right {base};
        QPointF prev = base;
        for (int i = 1; i <= kSegments; ++i) {
            const double u = double(i) / kSegments;
            // Each frond arches out and droops at its tip.
            const QPointF pt = base
                + QPointF(std::sin(a) * len * u * 1.1,
                    -len * u * std::cos(a) * (1 - 0.35 * u * u) + len * 0.15 * u * u * std::abs(std::sin(a)));
            const QPointF d = pt - prev;
            const double dl = std::max(1e-6, std::hypot(d.x(), d.y()));
            const QPointF n(-d.y() / dl, d.x() / dl);
            left << pt + n * stalk;
            right.prepend(pt - n * stalk);
            // A pair of leaflets as one kite over the segment: side by side they make the
            // frond's serrated, feather-like outline.
            const double leaflet = h * 0.085 * (1 - u * 0.85);
            const QPointF pair[4] = {prev, pt + n * leaflet + d * 0.6, pt + d * 0.15, pt - n * leaflet + d * 0.6};
            c.p.drawPolygon(pair, 4);
            prev = pt;
        }
        c.p.drawPolygon(left + right);
    }
}

void drawBamboo(const DrawContext &c, QPointF base, double h, const QColor &col, double sway)
{
    for (int k = 0; k < 5; ++k) {
        const double x0 = base.x() + (k - 2) * h * 0.11;
        const double tall = h * (1.2 - 0.1 * std::abs(k - 2)) * 1.15;
        const double w = h * 0.05;
        const double lean = sway * (1 + 0.2 * k);
        QPointF prev(x0, base.y());
        const int segs = 7;
        for (int i = 1; i <= segs; ++i) {
            const double u = double(i) / segs;
            const QPointF pt(x0 + lean * u * u, base.y() - tall * u);
            c.p.setPen(QPen(k % 2 ? col : col.darker(112), w, Qt::SolidLine, Qt::FlatCap));
            c.p.drawLine(prev, pt);
            c.p.setPen(QPen(col.darker(150), w * 1.15, Qt::SolidLine, Qt::FlatCap)); // the node
            c.p.drawLine(pt + QPointF(0, w * 0.12), pt - QPointF(0, w * 0.12));
            if (i >= 3) { // leaves from the upper nodes
                c.p.setPen(Qt::NoPen);
                c.p.setBrush(c.look.lit(QColor(70, 140, 50)));
                const int side = (i + k) % 2 ? 1 : -1;
                c.p.drawPath(blade(pt, pt + QPointF(side * h * 0.22 + lean * 0.2, h * 0.05), h * 0.03));
            }
            prev = pt;
        }
    }
    c.p.setPen(Qt::NoPen);
}

void drawPot(const DrawContext &c, QPointF base, double w, const QColor &col)
{
    QPainterPath pot;
    pot.moveTo(base + QPointF(-w * 0.5, -w * 0.75));
    pot.lineTo(base + QPointF(w * 0.5, -w * 0.75));
    pot.lineTo(base + QPointF(w * 0.36, 0));
    pot.lineTo(base + QPointF(-w * 0.36, 0));
    pot.closeSubpath();
    c.p.setBrush(c.look.lit(col));
    c.p.drawPath(pot);
    c.p.setBrush(c.look.lit(col.lighter(112)));
    c.p.drawRect(QRectF(base.x() - w * 0.55, base.y() - w * 0.8, w * 1.1, w * 0.16));
}

void drawBonsai(const DrawContext &c, QPointF base, double h, const QColor &col, double sway)
{
    drawPot(c, base, h * 0.5, QColor(60, 80, 110));
    const QPointF soil = base + QPointF(0, -h * 0.38);
    QPainterPath trunk;
    trunk.moveTo(soil + QPointF(-h * 0.05, 0));
    trunk.cubicTo(
        soil + QPointF(h * 0.2, -h * 0.2), soil + QPointF(-h * 0.25, -h * 0.35), soil + QPointF(h * 0.02, -h * 0.55));
    trunk.lineTo(soil + QPointF(h * 0.06, -h * 0.53));
    trunk.cubicTo(
        soil + QPointF(-h * 0.15, -h * 0.33), soil + QPointF(h * 0.28, -h * 0.2), soil + QPointF(h * 0.07, 0));
    c.p.setBrush(c.look.lit(QColor(95, 70, 50)));
    c.p.drawPath(trunk);
    const QPointF pads[3]
        = {soil + QPointF(h * 0.04, -h * 0.6), soil + QPointF(-h * 0.2, -h * 0.4), soil + QPointF(h * 0.25, -h * 0.3)};
    for (int k = 0; k < 3; ++k) {
        const QPointF at = pads[k] + QPointF(sway * 0.2, 0);
        c.p.setBrush(col.darker(115));
        c.p.drawEllipse(at + QPointF(0, h * 0.02), h * 0.2, h * 0.08);
        c.p.setBrush(col);
        c.p.drawEllipse(at, h * 0.17, h * 0.065);
    }
}

void drawPalm(const DrawContext &c, QPointF base, double h, const QColor &col, double sway)
{
    const QPointF top = base + QPointF(h * 0.18 + sway * 0.3, -h * 1.1);
    QPainterPath trunk;
    trunk.moveTo(base);
    trunk.quadTo(base + QPointF(h * 0.02, -h * 0.6), top);
    c.p.setBrush(Qt::NoBrush);
    c.p.setPen(QPen(c.look.lit(QColor(130, 100, 70)), h * 0.05, Qt::SolidLine, Qt::RoundCap));
    c.p.drawPath(trunk);
    c.p.setPen(Qt::NoPen);
    for (int k = 0; k < 7; ++k) {
        const double a = -2.2 + k * 0.73 + sway / h;
        const QPointF tip = top + QPointF(std::sin(a) * h * 0.45, -std::cos(a) * h * 0.25 + h * 0.12);
        c.p.setBrush(k % 2 ? col : col.darker(115));
        c.p.drawPath(blade(top, tip, h * 0.06, 0.5));
    }
    c.p.setBrush(c.look.lit(QColor(90, 60, 30)));
    c.p.drawEllipse(top + QPointF(-h * 0.02, h * 0.03), h * 0.03, h * 0.03);
    c.p.drawEllipse(top + QPointF(h * 0.03, h * 0.04), h * 0.03, h * 0.03);
}

void drawLeafy(const DrawContext &c, QPointF base, double h, const QColor &col, double sway, bool potted, bool grassy)
{
    QPointF from = base;
    if (potted) {
        drawPot(c, base, h * 0.42, QColor(196, 98, 60));
        from = base + QPointF(0, -h * 0.32);
    }
    // Grasses and reeds: many thin blades; other plants: broad leaves.
    const int n = grassy ? 15 : 9;
    for (int k = 0; k < n; ++k) {
        const double a = (k - (n - 1) / 2.0) * (grassy ? 0.12 : 0.33) + sway / h * 0.8 * (grassy ? 2 : 1);
        const double len = h * (0.75 - std::abs(k - (n - 1) / 2.0) * (grassy ? 0.02 : 0.06)) * (grassy ? 1.3 : 1.0);
        c.p.setBrush(k % 2 ? col : col.darker(118));
        c.p.drawPath(blade(from + QPointF((k - (n - 1) / 2.0) * h * (grassy ? 0.02 : 0), 0), from + polar(a, len),
            len * (grassy ? 0.04 : 0.16), 0.55));
    }
}

void drawPlant(const DrawContext &c, int index, const SubjectPlan &s)
{
    const double W = c.W(), H = c.H();
    const PlantForm form = formFor(s);
    const bool interior = c.shot.setting == QLatin1String("interior");
    const bool windy = c.shot.hasWeather("wind") || c.shot.hasWeather("storm");
    const double st = shotTime(c);
    // Growing or blooming opens the head over the first 80 % of the shot.
    const double open = s.action == QLatin1String("grow") ? std::clamp(c.progress / 0.8, 0.0, 1.0) : 1.0;
    const QColor col = c.look.lit(colourOf(s, form));
    const QColor green = c.look.lit(form == PlantForm::Cactus || form == PlantForm::Bamboo ? colourOf(s, form)
            : s.kind == QLatin1String("flower")                                            ? QColor(56, 130, 50)
                                                                                           : colourOf(s, form));
    const bool single = form == PlantForm::Blossom || form == PlantForm::Bonsai || form == PlantForm::Palm;
    const int n = single ? 1 : std::clamp(s.count, 1, 5);
    const double groundY = interior ? H * 0.8 : H * kSubjectGroundY;
    c.p.setPen(Qt::NoPen);
    for (int k = 0; k < n; ++k) {
        const double spread = n > 1 ? (k - (n - 1) / 2.0) * std::min(0.2, 0.7 / n) : 0;
        const double jitter = n > 1 ? randRange(c.seed, 720 + uint64_t(index), uint64_t(k), 0.85, 1.05) : 1.0;
        const double h = H * (n > 2 ? 0.5 : 0.58) * s.scale * jitter * (interior ? 0.8 : 1.0);
        const QPointF base(W * (0.5 + spread), groundY + (n > 1 ? (k % 2) * H * 0.03 : 0));
        // Two sines of unrelated periods: a sway that never repeats exactly, like a breeze.
        const double swayAmp = h * (windy ? 0.1 : 0.03);
        const double sway = (std::sin(st * 1.3 + k * 1.9) * 0.65 + std::sin(st * 2.3 + k) * 0.35) * swayAmp;
        switch (form) {
        case PlantForm::Lotus:
            drawLotus(c, QPointF(base.x(), H * 0.78), h * 0.22, col, open, std::sin(st * 1.1 + k) * H * 0.004);
            continue;
        case PlantForm::Blossom:
            drawBlossomTree(c, base + QPointF(W * 0.05, 0), h * 1.3, col, sway * 0.4);
            drawFallingPetals(c, col, windy ? 1.0 : 0.3);
            continue;
        case PlantForm::Cactus:
            drawCactus(c, base, h * 1.1, col, s.action == QLatin1String("grow") ? open : 0);
            continue;
        case PlantForm::Fern:
            drawFern(c, base, h * 1.1, green, sway);
            continue;
        case PlantForm::Bamboo:
            drawBamboo(c, base, h, green, sway * 2);
            continue;
        case PlantForm::Bonsai:
            drawBonsai(c, base, h * 0.9, green, sway * 0.3);
            continue;
        case PlantForm::Palm:
            drawPalm(c, base, h * 1.2, green, sway);
            continue;
        case PlantForm::Leafy:
            drawLeafy(c, base, h * 0.8, green, sway,
                interior || s.words.contains(QLatin1String("pot")) || s.words.contains(QLatin1String("house")),
                named(s, "grass") || named(s, "wheat") || named(s, "reed") || named(s, "seaweed"));
            continue;
        default:
            break;
        }
        // Flowers on a stem: indoors in a vase, outdoors from the ground.
        const double stemH = h * (s.action == QLatin1String("grow") ? 0.6 + 0.4 * open : 1.0);
        const Stem stem {base, base + QPointF(sway, -stemH), stemH};
        drawStem(c, stem, std::max(1.5, h * (form == PlantForm::Sunflower ? 0.035 : 0.02)), green);
        drawStemLeaves(c, stem, green, form == PlantForm::Tulip, sway, form == PlantForm::Sunflower ? 1.8 : 1.0);
        if (interior) // the vase in front of the stems
            drawPot(c, base, h * 0.3, QColor(230, 230, 236));
        const double r = h
            * (form == PlantForm::Sunflower    ? 0.2
                    : form == PlantForm::Tulip ? 0.17
                                               : 0.15)
            * (0.5 + 0.5 * open);
        switch (form) {
        case PlantForm::Tulip:
            drawTulip(c, stem.head, r, col, open);
            break;
        case PlantForm::Rose:
            drawRose(c, stem.head, r, col, open);
            break;
        case PlantForm::Sunflower:
            drawSunflower(c, stem.head, r, col, open);
            break;
        case PlantForm::Daisy:
            drawRayed(c, stem.head, r, col, c.look.lit(QColor(250, 200, 40)), 0.28, 18, 0.1, open);
            break;
        default:
            drawFivePetals(c, stem.head, r, col, open);
            break;
        }
    }
}

} // namespace

bool drawsAsPlant(const SubjectPlan &s)
{
    if (s.kind == QLatin1String("flower") || s.kind == QLatin1String("plant"))
        return true;
    // A tree of a named form is the hero; any other tree stays in the backdrop's woods.
    if (s.kind == QLatin1String("tree")) {
        const PlantForm f = formFor(s);
        return f == PlantForm::Bonsai || f == PlantForm::Palm || f == PlantForm::Blossom;
    }
    return false;
}

void drawPlants(const DrawContext &c)
{
    c.enterLayer(1.0);
    for (int i = 0; i < c.shot.subjects.size(); ++i)
        if (drawsAsPlant(c.shot.subjects[i]))
            drawPlant(c, i, c.shot.subjects[i]);
}

} // namespace rc::engine
