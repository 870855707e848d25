#include "engine/render/Dishes.h"

#include "engine/render/Random.h"

#include <QPainterPath>

#include <cmath>

namespace rc::engine {

namespace {
bool said(const DrawContext &c, const char *word)
{
    return c.shot.text.contains(QLatin1String(word), Qt::CaseInsensitive);
}

bool anyOf(const QString &text, std::initializer_list<const char *> words)
{
    for (const char *w : words)
        if (text.contains(QLatin1String(w), Qt::CaseInsensitive))
            return true;
    return false;
}

// Soft curls of steam rising from `top`, `width` across, drifting and fading.
void steam(const DrawContext &c, QPointF top, double width, double height)
{
    c.p.setBrush(Qt::NoBrush);
    for (int k = 0; k < 3; ++k) {
        QPainterPath curl;
        const double x0 = top.x() + (k - 1) * width * 0.3;
        curl.moveTo(x0, top.y());
        for (int i = 1; i <= 8; ++i)
            curl.lineTo(x0 + std::sin(c.t * 1.8 + i * 0.8 + k * 2) * width * 0.1 * (1 + i * 0.1), top.y() - height * i / 8.0);
        c.p.setPen(QPen(QColor(255, 255, 255, 70 - k * 10), std::max(1.5, width * 0.05), Qt::SolidLine, Qt::RoundCap));
        c.p.drawPath(curl);
    }
    c.p.setPen(Qt::NoPen);
}

void plate(const DrawContext &c, QPointF centre, double r)
{
    c.p.setPen(Qt::NoPen);
    c.p.setBrush(QColor(0, 0, 0, 55));
    c.p.drawEllipse(centre + QPointF(r * 0.04, r * 0.06), r * 1.02, r * 0.36);
    c.p.setBrush(c.look.lit(QColor(236, 234, 228)));
    c.p.drawEllipse(centre, r, r * 0.34);
    c.p.setBrush(c.look.lit(QColor(222, 220, 214)));
    c.p.drawEllipse(centre + QPointF(0, r * 0.02), r * 0.7, r * 0.23);
}

// Pieces of sushi on the plate: rice in white, the topping in the dish's colour (or salmon when
// the dish's colour is the rice's own), a band of nori on some.
void sushi(const DrawContext &c, QPointF centre, double r, const QColor &color)
{
    const QColor topping = color.lightness() > 220 ? QColor(240, 120, 80) : color;
    for (int k = 0; k < 5; ++k) {
        const QPointF at = centre + QPointF((k - 2) * r * 0.3, (k % 2 ? -1 : 1) * r * 0.05 - r * 0.02);
        c.p.setBrush(c.look.lit(QColor(246, 244, 236)));
        c.p.drawRoundedRect(QRectF(at.x() - r * 0.13, at.y() - r * 0.1, r * 0.26, r * 0.12), r * 0.05, r * 0.05);
        c.p.setBrush(c.look.lit(k == 2 ? QColor(200, 40, 50) : topping));
        c.p.drawRoundedRect(QRectF(at.x() - r * 0.14, at.y() - r * 0.15, r * 0.28, r * 0.07), r * 0.04, r * 0.04);
        if (k % 2 == 0) {
            c.p.setBrush(c.look.lit(QColor(25, 40, 25)));
            c.p.drawRect(QRectF(at.x() - r * 0.03, at.y() - r * 0.15, r * 0.06, r * 0.17));
        }
    }
}

// A stack of pancakes with a pat of butter, syrup running over the top and down the sides.
void pancakes(const DrawContext &c, QPointF centre, double r, const QColor &color, bool syrup)
{
    const QColor cake = color.hue() < 0 || color.lightness() > 220 ? QColor(214, 160, 80) : color;
    const double thick = r * 0.1;
    for (int k = 0; k < 4; ++k) {
        const QPointF at = centre - QPointF(0, k * thick);
        c.p.setBrush(c.look.lit(cake.darker(115)));
        c.p.drawEllipse(at + QPointF(0, thick * 0.4), r * 0.62, r * 0.2);
        c.p.setBrush(c.look.lit(cake));
        c.p.drawEllipse(at, r * 0.62, r * 0.2);
    }
    const QPointF top = centre - QPointF(0, 3 * thick);
    if (syrup) {
        const QColor amber = c.look.lit(QColor(150, 70, 20, 230));
        c.p.setBrush(amber);
        c.p.drawEllipse(top, r * 0.45, r * 0.14);
        // Drips down the side, growing over the clip.
        const double grow = std::min(1.0, 0.4 + shotTime(c) * 0.15);
        for (const double dx : {-0.35, 0.1, 0.3})
            c.p.drawRoundedRect(QRectF(top.x() + r * dx, top.y(), r * 0.05, thick * 3.2 * grow), r * 0.025, r * 0.025);
    }
    c.p.setBrush(c.look.lit(QColor(250, 226, 130)));
    c.p.drawRoundedRect(QRectF(top.x() - r * 0.08, top.y() - r * 0.07, r * 0.16, r * 0.08), r * 0.02, r * 0.02);
}

// Any other food: a heap of rounded pieces in the dish's colour with lighter and darker ones.
void heap(const DrawContext &c, QPointF centre, double r, const QColor &color, uint64_t stream)
{
    for (int k = 0; k < 9; ++k) {
        const double a = k * 2.4;
        const double d = r * 0.35 * std::sqrt((k + 0.5) / 9.0);
        const QPointF at = centre + QPointF(std::cos(a) * d, std::sin(a) * d * 0.3 - r * 0.08);
        const double shade = randRange(c.seed, stream, uint64_t(k), 85, 120);
        c.p.setBrush(c.look.lit(color.lighter(int(shade))));
        c.p.drawEllipse(at, r * 0.2, r * 0.12);
    }
}

// A bowl of soup or noodles: the rim's ellipse, the broth inside, noodles and an egg for ramen.
void bowl(const DrawContext &c, QPointF centre, double r, const QColor &color, bool noodles)
{
    const QColor china = c.look.lit(QColor(232, 228, 220));
    c.p.setBrush(QColor(0, 0, 0, 55));
    c.p.drawEllipse(centre + QPointF(r * 0.05, r * 0.02), r * 0.7, r * 0.18);
    QPainterPath body;
    body.moveTo(centre + QPointF(-r * 0.8, -r * 0.6));
    body.cubicTo(centre + QPointF(-r * 0.78, -r * 0.1), centre + QPointF(-r * 0.4, 0), centre + QPointF(0, 0));
    body.cubicTo(centre + QPointF(r * 0.4, 0), centre + QPointF(r * 0.78, -r * 0.1), centre + QPointF(r * 0.8, -r * 0.6));
    body.closeSubpath();
    c.p.setBrush(china);
    c.p.drawPath(body);
    c.p.setBrush(c.look.lit(QColor(170, 50, 40)));
    c.p.drawRect(QRectF(centre.x() - r * 0.76, centre.y() - r * 0.42, r * 1.52, r * 0.05)); // a painted band
    const QPointF rim = centre - QPointF(0, r * 0.6);
    c.p.setBrush(china.darker(108));
    c.p.drawEllipse(rim, r * 0.8, r * 0.2);
    c.p.setBrush(c.look.lit(color));
    c.p.drawEllipse(rim + QPointF(0, r * 0.015), r * 0.72, r * 0.16);
    if (noodles) {
        c.p.setPen(QPen(c.look.lit(QColor(240, 214, 140)), std::max(1.0, r * 0.025)));
        for (int k = 0; k < 7; ++k) {
            const double y = rim.y() - r * 0.08 + k * r * 0.025;
            c.p.drawArc(QRectF(rim.x() - r * (0.55 - k * 0.02), y - r * 0.05, r * (0.9 - k * 0.04), r * 0.1), 200 * 16, 140 * 16);
        }
        c.p.setPen(Qt::NoPen);
        c.p.setBrush(c.look.lit(QColor(250, 248, 240)));
        c.p.drawEllipse(rim + QPointF(r * 0.3, -r * 0.02), r * 0.14, r * 0.07);
        c.p.setBrush(c.look.lit(QColor(245, 170, 40)));
        c.p.drawEllipse(rim + QPointF(r * 0.3, -r * 0.02), r * 0.07, r * 0.04);
        c.p.setBrush(c.look.lit(QColor(60, 140, 60)));
        for (int k = 0; k < 5; ++k)
            c.p.drawEllipse(rim + QPointF(-r * 0.35 + k * r * 0.06, r * 0.02 * (k % 2)), r * 0.03, r * 0.02);
    }
}

// A cup on its saucer with the drink's surface showing, or a stemmed glass for wine and cocktails.
void drink(const DrawContext &c, QPointF centre, double r, const QColor &color, bool glass)
{
    if (glass) {
        const QColor clear(220, 235, 245, 90);
        c.p.setBrush(clear);
        c.p.drawEllipse(centre, r * 0.3, r * 0.08);
        c.p.setBrush(c.look.lit(QColor(220, 235, 245, 140)));
        c.p.drawRect(QRectF(centre.x() - r * 0.03, centre.y() - r * 0.55, r * 0.06, r * 0.55));
        QPainterPath bowlPath;
        bowlPath.moveTo(centre + QPointF(-r * 0.35, -r * 1.25));
        bowlPath.cubicTo(centre + QPointF(-r * 0.38, -r * 0.7), centre + QPointF(r * 0.38, -r * 0.7), centre + QPointF(r * 0.35, -r * 1.25));
        bowlPath.closeSubpath();
        c.p.setBrush(c.look.lit(color));
        c.p.drawPath(bowlPath);
        c.p.setBrush(clear);
        c.p.drawRect(QRectF(centre.x() - r * 0.35, centre.y() - r * 1.45, r * 0.7, r * 0.2));
        c.p.setBrush(QColor(255, 255, 255, 90));
        c.p.drawEllipse(centre + QPointF(-r * 0.18, -r * 1.05), r * 0.05, r * 0.15);
        return;
    }
    c.p.setBrush(QColor(0, 0, 0, 55));
    c.p.drawEllipse(centre + QPointF(r * 0.05, r * 0.04), r * 0.75, r * 0.2);
    c.p.setBrush(c.look.lit(QColor(236, 234, 228)));
    c.p.drawEllipse(centre, r * 0.72, r * 0.2); // the saucer
    const QColor china = c.look.lit(QColor(244, 242, 236));
    c.p.setPen(QPen(china, std::max(2.0, r * 0.07)));
    c.p.setBrush(Qt::NoBrush);
    c.p.drawEllipse(centre + QPointF(r * 0.48, -r * 0.45), r * 0.14, r * 0.15); // the handle
    c.p.setPen(Qt::NoPen);
    QPainterPath cup;
    cup.moveTo(centre + QPointF(-r * 0.42, -r * 0.75));
    cup.lineTo(centre + QPointF(-r * 0.34, -r * 0.12));
    cup.quadTo(centre + QPointF(0, -r * 0.02), centre + QPointF(r * 0.34, -r * 0.12));
    cup.lineTo(centre + QPointF(r * 0.42, -r * 0.75));
    cup.closeSubpath();
    c.p.setBrush(china);
    c.p.drawPath(cup);
    c.p.setBrush(china.darker(110));
    c.p.drawEllipse(centre - QPointF(0, r * 0.75), r * 0.42, r * 0.11);
    c.p.setBrush(c.look.lit(color));
    c.p.drawEllipse(centre - QPointF(0, r * 0.74), r * 0.37, r * 0.085);
    c.p.setBrush(c.look.lit(color.lighter(160))); // crema or a swirl of milk
    c.p.drawEllipse(centre - QPointF(r * 0.05, r * 0.745), r * 0.15, r * 0.035);
}
} // namespace

bool isHotFood(const SubjectPlan &s, const QString &text)
{
    if (anyOf(text, {"iced", "cold ", "chilled", "frozen"}))
        return false;
    return anyOf(s.variant + QLatin1Char(' ') + s.words, {"soup", "ramen", "noodle", "coffee", "tea", "pasta", "stew",
                                                          "curry", "pancake", "espresso", "latte", "cappuccino", "chocolate"})
           || anyOf(text, {"hot ", "steaming", "steam"});
}

void drawDish(const DrawContext &c, int index, const SubjectPlan &s, QPointF base, double size)
{
    c.p.setPen(Qt::NoPen);
    const QString what = s.variant + QLatin1Char(' ') + s.words;
    const bool isDrink = s.kind == QLatin1String("drink");
    const bool glass = isDrink && (anyOf(what, {"wine", "cocktail", "champagne", "juice", "beer"}) || said(c, "glass of"));
    const bool inBowl = !isDrink && (said(c, "bowl") || anyOf(what, {"soup", "ramen", "noodle", "cereal", "stew", "curry"}));
    const double r = size * 0.62;
    double topY = base.y();
    if (isDrink) {
        drink(c, base, r * 0.7, s.color, glass);
        topY = base.y() - r * (glass ? 1.4 : 0.8);
    } else if (inBowl) {
        bowl(c, base, r, s.color, anyOf(what, {"ramen", "noodle"}));
        topY = base.y() - r * 0.7;
    } else {
        plate(c, base, r);
        if (anyOf(what, {"sushi"}))
            sushi(c, base, r, s.color);
        else if (anyOf(what, {"pancake"}))
            pancakes(c, base, r, s.color, said(c, "syrup") || said(c, "honey"));
        else
            heap(c, base, r, s.color, 360 + uint64_t(index));
        topY = base.y() - r * 0.35;
    }
    if (isHotFood(s, c.shot.text))
        steam(c, QPointF(base.x(), topY), r * 0.5, size * 0.6);
}

namespace {
bool onBlanket(const DrawContext &c)
{
    const QString &set = c.shot.setting;
    return said(c, "picnic") || said(c, "blanket") || set == QLatin1String("garden") || set == QLatin1String("farm")
           || set == QLatin1String("forest") || set == QLatin1String("mountains");
}
constexpr double kTableTopY = 0.7; // of the frame's height: the round table's top
} // namespace

void drawOutdoorTable(const DrawContext &c, double left, double right)
{
    const double W = c.W(), H = c.H();
    c.p.setPen(Qt::NoPen);
    if (onBlanket(c)) {
        // A gingham blanket lying on the grass in perspective: far edge narrower than the near.
        const double farY = H * 0.75, nearY = H * 0.995;
        const QPointF fl(left - W * 0.2, farY), fr(right + W * 0.2, farY), nl(left - W * 0.3, nearY), nr(right + W * 0.3, nearY);
        auto at = [&](double u, double v) { // u across, v from far to near
            const QPointF f = fl + (fr - fl) * u, n = nl + (nr - nl) * u;
            return f + (n - f) * v;
        };
        c.p.setBrush(QColor(0, 0, 0, 40));
        c.p.drawPolygon(QPolygonF{fl + QPointF(W * 0.01, H * 0.01), fr + QPointF(W * 0.01, H * 0.01), nr + QPointF(W * 0.01, 0), nl + QPointF(W * 0.01, 0)});
        c.p.setBrush(c.look.lit(QColor(244, 238, 226)));
        c.p.drawPolygon(QPolygonF{fl, fr, nr, nl});
        c.p.setBrush(c.look.lit(QColor(200, 40, 50, 120)));
        constexpr int kBands = 9;
        for (int k = 0; k < kBands; ++k) {
            const double u0 = (k + 0.25) / kBands, u1 = (k + 0.75) / kBands;
            c.p.drawPolygon(QPolygonF{at(u0, 0), at(u1, 0), at(u1, 1), at(u0, 1)});
            // Bands across grow wider toward the viewer.
            const double v0 = std::pow((k + 0.25) / kBands, 1.3), v1 = std::pow((k + 0.75) / kBands, 1.3);
            c.p.drawPolygon(QPolygonF{at(0, v0), at(1, v0), at(1, v1), at(0, v1)});
        }
        return;
    }
    // A small round bistro table: its top seen from above the near edge, a rim, one metal leg
    // per metre of width with a foot on the ground.
    const QPointF centre((left + right) / 2, H * kTableTopY);
    const double rx = (right - left) / 2 + W * 0.17, ry = H * 0.07;
    const QColor iron = c.look.lit(QColor(96, 96, 104)); // light enough to show on a dark street
    const int legs = rx > W * 0.3 ? 2 : 1;
    for (int k = 0; k < legs; ++k) {
        const double x = legs == 1 ? centre.x() : centre.x() + (k ? 1 : -1) * rx * 0.6;
        c.p.setBrush(QColor(0, 0, 0, 50));
        c.p.drawEllipse(QPointF(x, H * 0.95), W * 0.08, H * 0.015);
        c.p.setBrush(iron);
        c.p.drawRect(QRectF(x - H * 0.012, centre.y(), H * 0.024, H * 0.95 - centre.y()));
        c.p.drawEllipse(QPointF(x, H * 0.95), W * 0.05, H * 0.012);
    }
    c.p.setBrush(iron);
    c.p.drawEllipse(centre + QPointF(0, H * 0.014), rx, ry);
    QLinearGradient g(0, centre.y() - ry, 0, centre.y() + ry);
    g.setColorAt(0, c.look.lit(QColor(214, 200, 178)));
    g.setColorAt(1, c.look.lit(QColor(236, 226, 208)));
    c.p.setBrush(g);
    c.p.drawEllipse(centre, rx, ry);
}

QPointF onOutdoorTable(const DrawContext &c, QPointF base)
{
    return onBlanket(c) ? base : QPointF(base.x(), c.H() * (kTableTopY + 0.015));
}

} // namespace rc::engine
