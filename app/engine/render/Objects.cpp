#include "engine/render/Objects.h"

#include "engine/render/ObjectShapes.h"

#include <QPainterPath>

#include <cmath>

namespace rc::engine {

namespace {
enum class Form {
    Classic, // watch, cup, bottle, phone, box: drawClassic below
    Shoe, Handbag, Backpack, Lamp, Chair, Armchair, Sofa, Book, Laptop, Headphones, Perfume, Lipstick,
    Teapot, Kettle, Vase, Clock, Candle, Sunglasses, Guitar, Teddy
};
enum class Support { Plinth, Floor, Float };

struct FormInfo
{
    Form form;
    const char *words[5]; // any of these in the variant or the prompt's words for it
    double scale;         // its unit against the product size
    double width;         // its width in units, for the plinth and the shadow
    bool turns;           // not round: a turn shows as a narrowing
    Support support;
    QRgb color;           // when the prompt names none
    Finish finish;        // when the prompt names no material
};

// Checked in order: "notebook computer" is a laptop before it is a book, "teapot" a teapot.
const FormInfo kForms[] = {
    {Form::Candle, {"candle", "taper"}, 0.9, 0.5, false, Support::Plinth, 0xf0e8d4, Finish::Matte},
    {Form::Lamp, {"lamp", "lampshade"}, 1.35, 0.7, false, Support::Plinth, 0xf0e2c4, Finish::Matte},
    {Form::Sofa, {"sofa", "couch", "settee"}, 1.15, 2.3, false, Support::Floor, 0x5a6e8c, Finish::Matte},
    {Form::Armchair, {"armchair"}, 1.4, 0.9, false, Support::Floor, 0x8c5a5a, Finish::Matte},
    {Form::Chair, {"chair", "stool", "seat"}, 1.45, 0.85, false, Support::Floor, 0x96603a, Finish::Wood},
    {Form::Lipstick, {"lipstick"}, 1.0, 0.3, false, Support::Float, 0xc81e3c, Finish::Glossy},
    {Form::Perfume, {"perfume", "fragrance", "cologne"}, 1.0, 0.6, false, Support::Plinth, 0xeba0af, Finish::Glossy},
    {Form::Teapot, {"teapot"}, 1.05, 1.0, true, Support::Plinth, 0xece8de, Finish::Glossy},
    {Form::Kettle, {"kettle"}, 1.05, 0.9, true, Support::Plinth, 0xc8cad0, Finish::Metal},
    {Form::Vase, {"vase", "urn"}, 1.2, 0.7, false, Support::Plinth, 0x3c64aa, Finish::Glossy},
    {Form::Clock, {"clock"}, 1.1, 0.85, false, Support::Plinth, 0xb48c50, Finish::Wood},
    {Form::Sunglasses, {"sunglass", "glasses", "spectacles", "shades"}, 1.1, 1.3, true, Support::Float, 0x1e1e22, Finish::Glossy},
    {Form::Guitar, {"guitar", "instrument", "ukulele", "violin"}, 1.3, 0.6, false, Support::Floor, 0xc8823c, Finish::Glossy},
    {Form::Teddy, {"teddy", "toy", "plush", "stuffed", "doll"}, 1.15, 0.7, true, Support::Plinth, 0xaa7341, Finish::Matte},
    {Form::Headphones, {"headphone", "headset", "earphone"}, 1.05, 1.0, true, Support::Float, 0x28282e, Finish::Matte},
    {Form::Laptop, {"laptop", "notebook computer", "computer", "macbook"}, 1.3, 1.3, true, Support::Plinth, 0xc8cad0, Finish::Metal},
    {Form::Book, {"book", "novel", "diary", "journal"}, 1.05, 0.8, true, Support::Plinth, 0x962828, Finish::Matte},
    {Form::Backpack, {"backpack", "rucksack", "knapsack", "schoolbag"}, 1.2, 0.85, true, Support::Plinth, 0x3c5a96, Finish::Matte},
    {Form::Handbag, {"bag", "purse", "tote", "clutch", "satchel"}, 1.2, 1.0, true, Support::Plinth, 0x965028, Finish::Leather},
    {Form::Shoe, {"shoe", "sneaker", "trainer", "boot", "footwear"}, 1.45, 1.2, true, Support::Plinth, 0xf0f0ec, Finish::Matte},
};

const FormInfo *formOf(const SubjectPlan &s)
{
    const QString what = s.variant + QLatin1Char(' ') + s.words;
    for (const FormInfo &f : kForms)
        for (const char *w : f.words)
            if (w && what.contains(QLatin1String(w), Qt::CaseInsensitive))
                return &f;
    return nullptr;
}

// The material the plan read before the object ("a leather handbag"), else the form's own.
Finish finishOf(const SubjectPlan &s, Finish fallback)
{
    static const QList<QPair<QLatin1String, Finish>> finishes = {
        {QLatin1String("leather"), Finish::Leather}, {QLatin1String("wood"), Finish::Wood},
        {QLatin1String("metal"), Finish::Metal},     {QLatin1String("glass"), Finish::Glass},
        {QLatin1String("glossy"), Finish::Glossy},   {QLatin1String("fabric"), Finish::Matte},
    };
    for (const auto &[material, finish] : finishes)
        if (s.material == material)
            return finish;
    return fallback;
}

void softShadow(const DrawContext &c, QPointF at, double halfWidth, double strength)
{
    c.p.setPen(Qt::NoPen);
    c.p.setBrush(QColor(0, 0, 0, int(30 * strength)));
    c.p.drawEllipse(at, halfWidth * 1.15, halfWidth * 0.16);
    c.p.setBrush(QColor(0, 0, 0, int(45 * strength)));
    c.p.drawEllipse(at, halfWidth * 0.85, halfWidth * 0.1);
}

// A low round plinth of pale stone the object stands on; returns the point on its top.
QPointF plinth(const DrawContext &c, QPointF base, double halfWidth, double height)
{
    softShadow(c, base, halfWidth, 1.0);
    const QColor stone = c.look.lit(QColor(214, 210, 204));
    QLinearGradient g(base.x() - halfWidth, 0, base.x() + halfWidth, 0);
    g.setColorAt(0, stone.lighter(108));
    g.setColorAt(0.4, stone);
    g.setColorAt(1, stone.darker(135));
    c.p.setPen(Qt::NoPen);
    c.p.setBrush(g);
    c.p.drawEllipse(QPointF(base.x(), base.y() - halfWidth * 0.06), halfWidth, halfWidth * 0.14);
    c.p.drawRect(QRectF(base.x() - halfWidth, base.y() - height, 2 * halfWidth, height - halfWidth * 0.06));
    c.p.setBrush(stone.lighter(112));
    const QPointF top(base.x(), base.y() - height);
    c.p.drawEllipse(top, halfWidth, halfWidth * 0.14);
    return top;
}

// A band of light sweeping across the product on its reveal.
void revealSweep(const DrawContext &c, int index, const QPainterPath &outline, double w, double h)
{
    const double sweep = eventPhase(c, EventKind::Reveal, index, 1.2);
    if (sweep < 0)
        return;
    const QRectF body = outline.boundingRect();
    c.p.save();
    c.p.setClipPath(outline);
    c.p.setCompositionMode(QPainter::CompositionMode_Plus);
    const double x = body.left() - body.width() + sweep * body.width() * 3;
    QLinearGradient band(x - w * 0.3, 0, x + w * 0.3, 0);
    band.setColorAt(0, QColor(255, 255, 255, 0));
    band.setColorAt(0.5, QColor(255, 255, 255, 150));
    band.setColorAt(1, QColor(255, 255, 255, 0));
    c.p.setTransform(QTransform().shear(-0.35, 0), true);
    c.p.fillRect(body.adjusted(-w, -h, w * 2, h), band);
    c.p.restore();
}

// The first products: a cup with steam, a bottle, a watch telling the time, a phone, a box.
void drawClassic(const DrawContext &c, int index, const SubjectPlan &s, QPointF base, double size)
{
    const double h = size, w = size * 0.62;
    c.p.setPen(Qt::NoPen);
    c.p.setBrush(QColor(0, 0, 0, 60));
    c.p.drawEllipse(base + QPointF(0, -h * 0.01), w * 0.8, w * 0.8 * 0.12);
    QRectF body;
    QPainterPath outline;
    if (s.variant == QLatin1String("cup")) {
        body = QRectF(base.x() - w * 0.5, base.y() - h * 0.6, w, h * 0.6);
        outline.addRoundedRect(body, w * 0.08, w * 0.08);
        c.p.setPen(QPen(c.look.lit(QColor(240, 240, 236)), std::max(2.0, w * 0.08)));
        c.p.setBrush(Qt::NoBrush);
        c.p.drawEllipse(QPointF(body.right() + w * 0.12, body.center().y()), w * 0.16, h * 0.14);
        c.p.setPen(Qt::NoPen);
        c.p.setBrush(c.look.lit(s.color == QColor(0x2b2b30) ? QColor(240, 240, 236) : s.color));
        c.p.drawPath(outline);
        // Steam rising in soft curls.
        for (int k = 0; k < 3; ++k) {
            QPainterPath steam;
            const double x0 = body.center().x() + (k - 1) * w * 0.22;
            steam.moveTo(x0, body.top());
            for (int i = 1; i <= 6; ++i)
                steam.lineTo(x0 + std::sin(c.t * 2 + i * 0.9 + k) * w * 0.08, body.top() - h * 0.08 * i);
            c.p.setPen(QPen(QColor(255, 255, 255, 60), 0));
            c.p.setBrush(Qt::NoBrush);
            c.p.drawPath(steam);
        }
    } else if (s.variant == QLatin1String("bottle")) {
        body = QRectF(base.x() - w * 0.32, base.y() - h, w * 0.64, h);
        outline.addRoundedRect(QRectF(body.left(), body.top() + h * 0.3, body.width(), h * 0.7), w * 0.1, w * 0.1);
        outline.addRect(QRectF(body.center().x() - w * 0.1, body.top(), w * 0.2, h * 0.32));
        c.p.setPen(Qt::NoPen);
        c.p.setBrush(c.look.lit(s.color));
        c.p.drawPath(outline);
    } else if (s.variant == QLatin1String("watch") || s.variant.isEmpty()) {
        // Strap behind, case, face, hands that tell the time.
        const QPointF centre(base.x(), base.y() - h * 0.42);
        c.p.setPen(Qt::NoPen);
        c.p.setBrush(c.look.lit(QColor(40, 40, 46)));
        c.p.drawRoundedRect(QRectF(centre.x() - w * 0.3, base.y() - h * 0.95, w * 0.6, h * 0.92), w * 0.12, w * 0.12);
        body = QRectF(centre.x() - w * 0.5, centre.y() - w * 0.55, w, w * 1.1);
        outline.addRoundedRect(body, w * 0.22, w * 0.22);
        // Vertical gradients: QPainter fills those a span at a time, diagonal ones a pixel at a time.
        QLinearGradient metal(body.topLeft(), body.bottomLeft());
        metal.setColorAt(0, c.look.lit(QColor(220, 222, 228)));
        metal.setColorAt(1, c.look.lit(QColor(110, 112, 120)));
        c.p.setBrush(metal);
        c.p.drawPath(outline);
        const QRectF face = body.adjusted(w * 0.07, w * 0.07, -w * 0.07, -w * 0.07);
        QLinearGradient fg(face.topLeft(), face.bottomLeft());
        fg.setColorAt(0, QColor(20, 30, 60));
        fg.setColorAt(1, QColor(5, 8, 16));
        c.p.setBrush(fg);
        c.p.drawRoundedRect(face, w * 0.17, w * 0.17);
        c.p.setPen(QPen(QColor(90, 220, 255), std::max(1.5, w * 0.035)));
        c.p.setBrush(Qt::NoBrush);
        const double ring = face.width() * 0.36;
        c.p.drawArc(QRectF(centre.x() - ring, centre.y() - ring, 2 * ring, 2 * ring), 90 * 16, -int(16 * (120 + c.t * 20)));
        c.p.setPen(QPen(QColor(240, 240, 240), std::max(1.5, w * 0.03)));
        const double a = c.t * 6 * M_PI / 180.0 * 6; // a brisk second hand
        c.p.drawLine(centre, centre + QPointF(std::sin(a), -std::cos(a)) * ring * 0.9);
        c.p.drawLine(centre, centre + QPointF(std::sin(1.1), -std::cos(1.1)) * ring * 0.6);
    } else {
        const double bw = s.variant == QLatin1String("phone") ? w * 0.6 : w;
        body = QRectF(base.x() - bw / 2, base.y() - h * 0.8, bw, h * 0.8);
        outline.addRoundedRect(body, w * 0.08, w * 0.08);
        c.p.setPen(Qt::NoPen);
        c.p.setBrush(c.look.lit(s.color));
        c.p.drawPath(outline);
    }
    revealSweep(c, index, outline, w, h);
}

QPainterPath drawForm(const ObjectPaint &o, Form form, QPointF b, QPointF *light, double *strength)
{
    switch (form) {
    case Form::Shoe: return drawShoe(o, b);
    case Form::Handbag: return drawHandbag(o, b);
    case Form::Backpack: return drawBackpack(o, b);
    case Form::Lamp: return drawLamp(o, b, light);
    case Form::Chair: return drawChair(o, b);
    case Form::Armchair: return drawSofa(o, b, 1);
    case Form::Sofa: return drawSofa(o, b, 3);
    case Form::Book: return drawBook(o, b);
    case Form::Laptop: return drawLaptop(o, b);
    case Form::Headphones: return drawHeadphones(o, b);
    case Form::Perfume: return drawPerfume(o, b);
    case Form::Lipstick: return drawLipstick(o, b);
    case Form::Teapot: return drawTeapot(o, b, false);
    case Form::Kettle: return drawTeapot(o, b, true);
    case Form::Vase: return drawVase(o, b);
    case Form::Clock: return drawClock(o, b);
    case Form::Candle: return drawCandle(o, b, light, strength);
    case Form::Sunglasses: return drawSunglasses(o, b);
    case Form::Guitar: return drawGuitar(o, b);
    case Form::Teddy: return drawTeddy(o, b);
    case Form::Classic: break;
    }
    return {};
}
} // namespace

bool isPartOfAnother(const ShotPlan &shot, const SubjectPlan &s)
{
    auto standIn = [](const SubjectPlan &p) {
        if (p.kind != QLatin1String("product"))
            return false;
        for (const char *w : {"pedestal", "plinth", "podium", "stand", "display", "product"})
            if (p.words == QLatin1String(w))
                return true;
        return false;
    };
    // A web said with a spider is the spider's own: Insects.cpp draws it around the spider.
    if (s.kind == QLatin1String("product") && s.words.endsWith(QLatin1String("web")))
        for (const SubjectPlan &other : shot.subjects)
            if (other.kind == QLatin1String("insect") && other.variant == QLatin1String("spider"))
                return true;
    if (!standIn(s))
        return false;
    for (const SubjectPlan &other : shot.subjects)
        if (other.kind == QLatin1String("product") && !standIn(other))
            return true;
    return false;
}

void drawObject(const DrawContext &c, int index, const SubjectPlan &s, QPointF base, double size)
{
    if (isPartOfAnother(c.shot, s))
        return;
    const FormInfo *info = formOf(s);
    if (!info) {
        drawClassic(c, index, s, base, size);
        return;
    }
    const double st = shotTime(c);
    const double u = size * info->scale;
    const QColor color = s.color == QColor(0x2b2b30) ? QColor(info->color) : s.color;
    // The slow turn: the light slides across the surface, and a shape that is not round narrows
    // a little as it shows its side.
    const double angle = st * 0.45 + index;
    ObjectPaint o{c, color, finishOf(s, info->finish), u, 0.5 + 0.32 * std::sin(angle), st, s.variant + QLatin1Char(' ') + s.words};
    const double halfWidth = info->width * u * 0.5;
    QPointF b = base;
    if (info->support == Support::Floor) {
        // Furniture stands on the floor in front of the table, not on it.
        b = QPointF(base.x(), std::max(base.y(), c.H() * 0.94));
        softShadow(c, b, halfWidth * 1.1, 1.2);
    } else if (info->support == Support::Plinth) {
        b = plinth(c, base, halfWidth * 1.05 + u * 0.06, u * 0.1);
    } else {
        // Floating above its plinth, bobbing gently; the shadow tightens as it comes down.
        const QPointF top = plinth(c, base, halfWidth * 0.8 + u * 0.06, u * 0.1);
        const double bob = 0.5 + 0.5 * std::sin(st * 1.4 + index);
        softShadow(c, top, halfWidth * (0.7 - 0.15 * bob), 1.0 - 0.4 * bob);
        b = top - QPointF(0, u * (0.12 + 0.07 * bob));
    }
    c.p.save();
    if (info->turns) {
        const double squeeze = 0.88 + 0.12 * std::cos(angle);
        c.p.translate(b.x(), 0);
        c.p.scale(squeeze, 1);
        c.p.translate(-b.x(), 0);
    }
    QPointF light;
    double strength = 1;
    const QPainterPath outline = drawForm(o, info->form, b, &light, &strength);
    revealSweep(c, index, outline, halfWidth * 2, u);
    c.p.restore();
    if (info->form == Form::Lamp || info->form == Form::Candle) {
        // Its own light on the room, stronger the darker the room is.
        const double dark = std::clamp(1 - (c.look.ambient[0] + c.look.ambient[1] + c.look.ambient[2]) / 3, 0.0, 1.0);
        const double opacity = (0.2 + 0.6 * dark) * strength;
        const QColor warm(255, 190, 110);
        if (info->form == Form::Lamp) {
            c.glow(light, u * 1.5, warm, opacity);
            c.glow(b, u * 0.9, warm, opacity * 0.6); // the pool of light under the shade
        } else {
            c.glow(light, u * 1.3 * (0.9 + 0.1 * strength), warm, opacity);
            c.glow(light, u * 0.25, QColor(255, 230, 170), 0.6 * strength);
        }
    }
}

} // namespace rc::engine
