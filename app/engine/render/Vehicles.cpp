#include "engine/render/Vehicles.h"

#include <QPainterPath>

#include <cmath>

namespace rc::engine {

namespace {
bool wordsSay(const SubjectPlan &s, const char *word) { return s.words.contains(QLatin1String(word)); }

void shadowUnder(const DrawContext &c, QPointF at, double w)
{
    c.p.setPen(Qt::NoPen);
    c.p.setBrush(QColor(0, 0, 0, 60));
    c.p.drawEllipse(at, w, w * 0.08);
}

// A wheel that turns as the vehicle moves: `travelled` pixels roll it by travelled / r radians.
void wheel(const DrawContext &c, QPointF centre, double r, double travelled, int spokes)
{
    c.p.setPen(Qt::NoPen);
    c.p.setBrush(QColor(25, 25, 28));
    c.p.drawEllipse(centre, r, r);
    c.p.setBrush(QColor(120, 122, 128));
    c.p.drawEllipse(centre, r * (spokes > 2 ? 0.12 : 0.45), r * (spokes > 2 ? 0.12 : 0.45));
    c.p.setPen(QPen(QColor(170, 170, 175), 0));
    const double a0 = travelled / r;
    for (int k = 0; k < spokes; ++k) {
        const double a = a0 + M_PI * k / spokes;
        const QPointF d(std::cos(a) * r * 0.85, std::sin(a) * r * 0.85);
        c.p.drawLine(centre - d, centre + d);
    }
    c.p.setPen(Qt::NoPen);
}

// A side's row of windows across [left, right] between `top` and `bottom`.
void windowRow(const DrawContext &c, double left, double right, double top, double bottom, int count)
{
    const double gap = (right - left) * 0.025;
    const double w = ((right - left) - gap * (count + 1)) / count;
    const bool night = c.look.ambient[2] < 0.6;
    // Lit from inside at night, sky-blue glass by day.
    c.p.setBrush(night ? QColor(255, 220, 150) : c.look.lit(QColor(150, 190, 220)));
    for (int k = 0; k < count; ++k)
        c.p.drawRoundedRect(QRectF(left + gap + k * (w + gap), top, w, bottom - top), w * 0.12, w * 0.12);
}

// x of a vehicle that crosses the frame at `speed` px/s, `length` long, starting near `startX`.
double crossing(const DrawContext &c, double startX, double speed, double length)
{
    const double W = c.W();
    const double lap = W + length * 1.2;
    return std::fmod(startX + length * 0.6 + shotTime(c) * speed, lap) - length * 0.6;
}

void rails(const DrawContext &c, double y, double size, bool wire, double wireY)
{
    const double W = c.W();
    c.p.setPen(Qt::NoPen);
    c.p.setBrush(c.look.lit(QColor(70, 60, 50)));
    for (double x = -W * 0.5; x < W * 1.5; x += size * 0.14) // sleepers
        c.p.drawRect(QRectF(x, y - size * 0.01, size * 0.06, size * 0.035));
    c.p.setBrush(c.look.lit(QColor(150, 150, 155)));
    c.p.drawRect(QRectF(-W * 0.5, y - size * 0.025, W * 2, std::max(1.5, size * 0.018)));
    if (wire) {
        c.p.setPen(QPen(QColor(30, 30, 34), 0));
        c.p.drawLine(QPointF(-W * 0.5, wireY), QPointF(W * 1.5, wireY));
        c.p.setPen(Qt::NoPen);
    }
}

void drawCar(const DrawContext &c, const SubjectPlan &s, QPointF base, double size)
{
    const double x = crossing(c, base.x() - c.W() * 0.3, c.W() * 0.15, size);
    const QPointF at(x, base.y());
    shadowUnder(c, at, size * 0.5);
    c.p.setPen(Qt::NoPen);
    c.p.setBrush(c.look.lit(s.color));
    c.p.drawRoundedRect(QRectF(at.x() - size * 0.5, at.y() - size * 0.3, size, size * 0.2), size * 0.06, size * 0.06);
    c.p.drawRoundedRect(QRectF(at.x() - size * 0.28, at.y() - size * 0.44, size * 0.5, size * 0.18), size * 0.08, size * 0.08);
    c.p.setBrush(c.look.lit(QColor(150, 190, 220)));
    c.p.drawRoundedRect(QRectF(at.x() - size * 0.22, at.y() - size * 0.41, size * 0.18, size * 0.11), 3, 3);
    c.p.drawRoundedRect(QRectF(at.x() - size * 0.01, at.y() - size * 0.41, size * 0.18, size * 0.11), 3, 3);
    for (int k = 0; k < 2; ++k)
        wheel(c, QPointF(at.x() + (k ? size * 0.3 : -size * 0.3), at.y() - size * 0.1), size * 0.1, x, 1);
    if (c.look.ambient[2] < 0.7)
        c.glow(at + QPointF(size * 0.5, -size * 0.2), size * 0.4, QColor(255, 240, 200), 0.6);
}

// A bus, a tram or one carriage: a long box on wheels with a row (or two) of windows.
void drawCoach(const DrawContext &c, const SubjectPlan &s, double left, double ground, double length, double height,
               double wheelR, int decks, bool cab, double travelled)
{
    const double bottom = ground - wheelR * 1.1;
    const QRectF body(left, bottom - height, length, height);
    c.p.setPen(Qt::NoPen);
    const QColor paint = c.look.lit(s.color);
    c.p.setBrush(paint);
    c.p.drawRoundedRect(body, height * 0.12, height * 0.12);
    // A darker skirt along the bottom and a pale roof line.
    c.p.setBrush(paint.darker(135));
    c.p.drawRect(QRectF(body.left() + height * 0.05, body.bottom() - height * 0.14, length - height * 0.1, height * 0.1));
    c.p.setBrush(paint.lighter(118));
    c.p.drawRect(QRectF(body.left() + height * 0.1, body.top() + height * 0.02, length - height * 0.2, height * 0.05));
    const double deck = height / decks;
    for (int d = 0; d < decks; ++d) {
        const double top = body.top() + d * deck + deck * 0.16;
        windowRow(c, body.left() + length * 0.04, body.right() - length * (cab ? 0.12 : 0.04), top, top + deck * 0.4,
                  std::max(3, int(length / height * 2.2)));
    }
    if (cab) { // the driver's windscreen at the front
        c.p.setBrush(c.look.lit(QColor(120, 160, 190)));
        c.p.drawRoundedRect(QRectF(body.right() - length * 0.1, body.top() + height * 0.12, length * 0.085, height * 0.5),
                            height * 0.05, height * 0.05);
        if (c.look.ambient[2] < 0.7)
            c.glow(QPointF(body.right(), body.bottom() - height * 0.2), height * 0.6, QColor(255, 240, 200), 0.6);
    }
    for (const double at : {0.16, 0.84})
        wheel(c, QPointF(body.left() + length * at, ground - wheelR), wheelR, travelled, 1);
}

void drawBus(const DrawContext &c, const SubjectPlan &s, QPointF base, double size)
{
    const bool doubleDecker = wordsSay(s, "double");
    const double length = size * 2.3, height = size * (doubleDecker ? 0.95 : 0.62);
    const double x = crossing(c, base.x() - c.W() * 0.35, c.W() * 0.08, length);
    shadowUnder(c, QPointF(x, base.y()), length * 0.5);
    drawCoach(c, s, x - length / 2, base.y(), length, height, size * 0.1, doubleDecker ? 2 : 1, true, x);
}

void drawTrainOrTram(const DrawContext &c, const SubjectPlan &s, QPointF base, double size, bool tram)
{
    const double carLength = size * (tram ? 2.8 : 2.2), height = size * (tram ? 0.62 : 0.7);
    const int cars = tram ? 1 : 3;
    const double gap = size * 0.06;
    const double total = cars * carLength + (cars - 1) * gap;
    const double wireY = base.y() - height - size * 0.55;
    rails(c, base.y(), size, tram, wireY);
    const double x = crossing(c, base.x() - c.W() * 0.4, c.W() * (tram ? 0.07 : 0.2), total);
    for (int k = 0; k < cars; ++k) {
        // The first car leads (the cab); the others follow to its left.
        const double left = x + total / 2 - (k + 1) * carLength - k * gap;
        drawCoach(c, s, left, base.y(), carLength, height, size * 0.075, 1, k == 0, x);
    }
    if (tram) { // the pantograph up to the wire
        const double roof = base.y() - size * 0.075 * 1.1 - height;
        const QPointF mid(x - carLength * 0.05, roof);
        c.p.setPen(QPen(QColor(40, 40, 44), std::max(1.0, size * 0.012)));
        c.p.drawLine(mid, mid + QPointF(size * 0.12, (wireY - roof) / 2));
        c.p.drawLine(mid + QPointF(size * 0.12, (wireY - roof) / 2), mid + QPointF(0, wireY - roof));
        c.p.setPen(Qt::NoPen);
    }
}

void drawRider(const DrawContext &c, const SubjectPlan &s, QPointF seat, QPointF bars, QPointF pedalA,
               QPointF pedalB, double size)
{
    // Torso leaning to the handlebars, head above it, both legs to the pedals, in the rider's
    // own clothes (the bicycle keeps its paint).
    const QColor clothes = c.look.lit(s.riderColor.isValid() ? s.riderColor : QColor(60, 70, 100));
    const QPointF shoulder = seat + (bars - seat) * 0.55 + QPointF(0, -size * 0.32);
    c.p.setPen(QPen(clothes.darker(115), size * 0.05, Qt::SolidLine, Qt::RoundCap));
    for (const QPointF &pedal : {pedalB, pedalA}) {
        const QPointF knee = seat + (pedal - seat) * 0.5 + QPointF(size * 0.1, -size * 0.04);
        c.p.drawLine(seat, knee);
        c.p.drawLine(knee, pedal);
    }
    c.p.setPen(QPen(clothes, size * 0.07, Qt::SolidLine, Qt::RoundCap));
    c.p.drawLine(seat, shoulder);
    c.p.setPen(QPen(clothes, size * 0.035, Qt::SolidLine, Qt::RoundCap));
    c.p.drawLine(shoulder, bars);
    c.p.setPen(Qt::NoPen);
    c.p.setBrush(c.look.lit(QColor(224, 180, 150)));
    c.p.drawEllipse(shoulder + QPointF(size * 0.05, -size * 0.09), size * 0.055, size * 0.06);
}

void drawTwoWheeler(const DrawContext &c, const SubjectPlan &s, QPointF base, double size, bool motor)
{
    const double r = size * (motor ? 0.16 : 0.17), wheelBase = size * (motor ? 0.62 : 0.58);
    const double x = crossing(c, base.x() - c.W() * 0.3, c.W() * (motor ? 0.16 : 0.09), wheelBase + 2 * r);
    const QPointF rear(x - wheelBase / 2, base.y() - r), front(x + wheelBase / 2, base.y() - r);
    shadowUnder(c, QPointF(x, base.y()), wheelBase * 0.6);
    wheel(c, rear, r, x, motor ? 1 : 6);
    wheel(c, front, r, x, motor ? 1 : 6);
    const QColor paint = c.look.lit(s.color);
    const QPointF crank(x - wheelBase * 0.05, base.y() - r);
    const QPointF seat(x - wheelBase * 0.15, base.y() - r - size * 0.3);
    const QPointF bars(x + wheelBase * 0.38, base.y() - r - size * 0.34);
    if (motor) {
        c.p.setPen(Qt::NoPen);
        c.p.setBrush(paint);
        c.p.drawRoundedRect(QRectF(rear.x() + r * 0.2, rear.y() - size * 0.2, wheelBase * 0.75, size * 0.18), size * 0.05, size * 0.05);
        c.p.setBrush(QColor(60, 60, 64));
        c.p.drawRoundedRect(QRectF(crank.x() - size * 0.08, crank.y() - size * 0.06, size * 0.18, size * 0.1), 2, 2);
        c.p.setPen(QPen(paint.darker(120), size * 0.03, Qt::SolidLine, Qt::RoundCap));
        c.p.drawLine(front, bars);
    } else {
        c.p.setPen(QPen(paint, std::max(1.5, size * 0.025), Qt::SolidLine, Qt::RoundCap));
        c.p.drawLine(rear, crank);
        c.p.drawLine(crank, seat);
        c.p.drawLine(seat, rear);
        c.p.drawLine(seat + (bars - seat) * 0.1, bars + QPointF(-size * 0.02, size * 0.06));
        c.p.drawLine(crank, bars + QPointF(-size * 0.02, size * 0.06));
        c.p.drawLine(bars, front);
    }
    c.p.setPen(Qt::NoPen);
    // Pedals go round with the wheels (a bicycle's gear: ~2.5 wheel turns a crank turn).
    const double crankA = x / r / (motor ? 1e9 : 2.5);
    const double crankR = motor ? 0 : size * 0.07;
    const QPointF pa = crank + QPointF(std::cos(crankA), std::sin(crankA)) * crankR;
    const QPointF pb = crank - QPointF(std::cos(crankA), std::sin(crankA)) * crankR;
    drawRider(c, s, seat + QPointF(0, -size * 0.02), bars, motor ? crank + QPointF(size * 0.05, 0) : pa, motor ? crank + QPointF(size * 0.05, 0) : pb, size);
}

void drawBoat(const DrawContext &c, const SubjectPlan &s, QPointF base, double size, bool ship)
{
    const double bob = (c.tl.swell(c.t) - 0.5) * size * (ship ? 0.03 : 0.08);
    const QPointF at(base.x() + shotTime(c) * size * (ship ? 0.08 : 0.05), base.y() + bob);
    c.p.setPen(Qt::NoPen);
    if (!ship) {
        QPainterPath hull;
        hull.moveTo(at + QPointF(-size * 0.5, -size * 0.15));
        hull.lineTo(at + QPointF(size * 0.5, -size * 0.15));
        hull.lineTo(at + QPointF(size * 0.35, 0));
        hull.lineTo(at + QPointF(-size * 0.38, 0));
        hull.closeSubpath();
        c.p.setBrush(c.look.lit(QColor(120, 60, 40)));
        c.p.drawPath(hull);
        const QPointF sail[3] = {at + QPointF(0, -size * 0.18), at + QPointF(0, -size * 0.9), at + QPointF(size * 0.38, -size * 0.2)};
        c.p.setBrush(c.look.lit(s.color));
        c.p.drawPolygon(sail, 3);
        return;
    }
    // A ship or ferry: a long dark hull with a red waterline, white decks with windows, a funnel.
    const double L = size * 2.6;
    QPainterPath hull;
    hull.moveTo(at + QPointF(-L * 0.5, -size * 0.3));
    hull.lineTo(at + QPointF(L * 0.55, -size * 0.34));
    hull.lineTo(at + QPointF(L * 0.44, 0));
    hull.lineTo(at + QPointF(-L * 0.46, 0));
    hull.closeSubpath();
    c.p.setBrush(c.look.lit(QColor(40, 50, 70)));
    c.p.drawPath(hull);
    c.p.setBrush(c.look.lit(QColor(170, 40, 35)));
    c.p.drawRect(QRectF(at.x() - L * 0.46, at.y() - size * 0.06, L * 0.9, size * 0.06));
    const QColor deck = c.look.lit(s.color);
    c.p.setBrush(deck);
    c.p.drawRect(QRectF(at.x() - L * 0.38, at.y() - size * 0.55, L * 0.7, size * 0.25));
    c.p.drawRect(QRectF(at.x() - L * 0.25, at.y() - size * 0.75, L * 0.42, size * 0.2));
    windowRow(c, at.x() - L * 0.37, at.x() + L * 0.31, at.y() - size * 0.5, at.y() - size * 0.4, 12);
    windowRow(c, at.x() - L * 0.24, at.x() + L * 0.16, at.y() - size * 0.7, at.y() - size * 0.62, 7);
    c.p.setBrush(c.look.lit(QColor(200, 60, 40)));
    c.p.drawRect(QRectF(at.x() - L * 0.1, at.y() - size * 1.0, L * 0.08, size * 0.26));
    // A wake behind it.
    c.p.setPen(QPen(QColor(255, 255, 255, 110), 0));
    for (int k = 0; k < 3; ++k)
        c.p.drawLine(at + QPointF(-L * (0.5 + 0.12 * k), k * 2.0), at + QPointF(-L * (0.62 + 0.2 * k), k * 3.0));
    c.p.setPen(Qt::NoPen);
}

void drawPlane(const DrawContext &c, const SubjectPlan &s)
{
    const double W = c.W(), H = c.H();
    const double L = H * 0.42 * s.scale;
    const double x = crossing(c, W * 0.1, W * 0.07, L);
    const double y = std::min(H * 0.25, c.horizon() - H * 0.2) + std::sin(shotTime(c) * 0.4) * H * 0.01;
    const QColor paint = c.look.lit(s.color);
    // Contrails first, fading behind.
    for (int k = 0; k < 6; ++k) {
        c.p.setPen(QPen(QColor(255, 255, 255, 120 - k * 18), std::max(1.0, L * 0.02)));
        c.p.drawLine(QPointF(x - L * (0.5 + 0.5 * k), y), QPointF(x - L * (1.0 + 0.5 * k), y + k * 0.5));
    }
    c.p.setPen(Qt::NoPen);
    // The far wing, darker, above the fuselage; then the fuselage, tail and near wing.
    const QPointF farWing[4] = {QPointF(x + L * 0.02, y - L * 0.03), QPointF(x - L * 0.12, y - L * 0.22),
                                QPointF(x - L * 0.2, y - L * 0.22), QPointF(x - L * 0.12, y - L * 0.03)};
    c.p.setBrush(paint.darker(130));
    c.p.drawPolygon(farWing, 4);
    QPainterPath body;
    body.moveTo(x + L * 0.5, y);
    body.cubicTo(QPointF(x + L * 0.46, y - L * 0.06), QPointF(x + L * 0.4, y - L * 0.065), QPointF(x + L * 0.3, y - L * 0.065));
    body.lineTo(x - L * 0.38, y - L * 0.06);
    body.lineTo(x - L * 0.5, y - L * 0.2); // the tail fin's leading edge
    body.lineTo(x - L * 0.56, y - L * 0.2);
    body.lineTo(x - L * 0.52, y - L * 0.02);
    body.lineTo(x - L * 0.35, y + L * 0.04);
    body.lineTo(x + L * 0.3, y + L * 0.05);
    body.cubicTo(QPointF(x + L * 0.42, y + L * 0.05), QPointF(x + L * 0.48, y + L * 0.03), QPointF(x + L * 0.5, y));
    c.p.setBrush(paint);
    c.p.drawPath(body);
    c.p.setBrush(c.look.lit(QColor(40, 60, 90)));
    for (int k = 0; k < 14; ++k) // passenger windows
        c.p.drawEllipse(QPointF(x + L * (0.3 - k * 0.045), y - L * 0.025), std::max(0.6, L * 0.008), std::max(0.6, L * 0.01));
    c.p.drawRect(QRectF(x + L * 0.4, y - L * 0.045, L * 0.05, L * 0.018)); // cockpit
    const QPointF nearWing[4] = {QPointF(x + L * 0.08, y + L * 0.01), QPointF(x - L * 0.14, y + L * 0.2),
                                 QPointF(x - L * 0.22, y + L * 0.2), QPointF(x - L * 0.1, y + L * 0.01)};
    c.p.setBrush(paint.darker(108));
    c.p.drawPolygon(nearWing, 4);
    c.p.setBrush(paint.darker(140));
    c.p.drawRoundedRect(QRectF(x - L * 0.07, y + L * 0.07, L * 0.1, L * 0.04), L * 0.02, L * 0.02); // engine
    if (c.look.ambient[2] < 0.6 && std::fmod(shotTime(c), 1.2) < 0.15) // a blinking beacon at night
        c.glow(QPointF(x - L * 0.53, y - L * 0.2), L * 0.08, QColor(255, 60, 60), 0.9);
}
} // namespace

VehicleForm vehicleFormFor(const SubjectPlan &s)
{
    const QString &k = s.kind;
    if (k == QLatin1String("bus"))
        return VehicleForm::Bus;
    if (k == QLatin1String("train"))
        return s.variant == QLatin1String("tram") ? VehicleForm::Tram : VehicleForm::Train;
    if (k == QLatin1String("bicycle"))
        return VehicleForm::Bicycle;
    if (k == QLatin1String("motorbike"))
        return VehicleForm::Motorbike;
    if (k == QLatin1String("boat"))
        return s.variant == QLatin1String("ship") ? VehicleForm::Ship : VehicleForm::Sailboat;
    if (k == QLatin1String("plane"))
        return s.variant == QLatin1String("helicopter") ? VehicleForm::Helicopter
               : s.variant == QLatin1String("balloon")  ? VehicleForm::Balloon
                                                         : VehicleForm::Plane;
    return VehicleForm::Car;
}

void drawVehicle(const DrawContext &c, const SubjectPlan &s, QPointF base, double size)
{
    switch (vehicleFormFor(s)) {
    case VehicleForm::Car: drawCar(c, s, base, size); break;
    case VehicleForm::Bus: drawBus(c, s, base, size); break;
    case VehicleForm::Tram: drawTrainOrTram(c, s, base, size, true); break;
    case VehicleForm::Train: drawTrainOrTram(c, s, base, size, false); break;
    case VehicleForm::Bicycle: drawTwoWheeler(c, s, base, size, false); break;
    case VehicleForm::Motorbike: drawTwoWheeler(c, s, base, size, true); break;
    case VehicleForm::Sailboat: drawBoat(c, s, base, size * 0.55, false); break;
    case VehicleForm::Ship: drawBoat(c, s, base, size * 0.45, true); break;
    case VehicleForm::Plane: drawPlane(c, s); break;
    case VehicleForm::Helicopter: drawHelicopter(c, s); break;
    case VehicleForm::Balloon: drawBalloon(c, s); break;
    }
}

} // namespace rc::engine
