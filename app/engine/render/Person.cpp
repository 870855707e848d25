#include "engine/render/Person.h"

#include <QPainterPath>

#include <cmath>

namespace rc::engine {

namespace {

bool is(const QString &s, const char *id) { return s == QLatin1String(id); }

// Long hair for the words that name a woman or a girl: the one cue that reads at this size.
bool longHaired(const SubjectPlan &s)
{
    static const char *const words[] = {"woman", "women", "girl", "lady", "mother", "grandmother", "grandma",
                                        "bride", "ballerina", "queen", "princess", "sister", "daughter"};
    for (const char *w : words)
        if (s.words.contains(QLatin1String(w), Qt::CaseInsensitive))
            return true;
    return false;
}

// A point `len` along a limb that leaves `from` at `angleDeg` (0 points down, positive turns it
// toward -x, as QPainter::rotate does).
QPointF along(QPointF from, double angleDeg, double len)
{
    const double a = angleDeg * M_PI / 180;
    return from + QPointF(-std::sin(a), std::cos(a)) * len;
}

// Seconds per beat and where the current moment is within it (0 on the beat): the music's beats
// when the clip has music, else a lively tempo of the figure's own.
void beatAt(const DrawContext &c, double *beatSec, double *phase, int *index = nullptr)
{
    *beatSec = c.tl.bpm > 0 ? 60.0 / c.tl.bpm : 0.5;
    const TimelineEvent *e = c.tl.bpm > 0 ? c.tl.latest(EventKind::Beat, c.t, *beatSec * 1.5) : nullptr;
    *phase = e ? std::min(1.0, (c.t - e->timeSec) / *beatSec) : std::fmod(shotTime(c), *beatSec) / *beatSec;
    if (index)
        *index = int(e ? std::lround(e->timeSec / *beatSec) : std::floor(shotTime(c) / *beatSec));
}

class PersonPainter
{
public:
    PersonPainter(const DrawContext &c, const SubjectPlan &s, double size, Figure figure)
        : c(c), s(s), astronaut(figure == Figure::Astronaut)
    {
        child = !astronaut && is(s.age, "young");
        old = !astronaut && is(s.age, "old");
        u = size * (child ? 0.62 : 1.0); // the body's unit; a child's head is kept larger below
        headR = size * (child ? 0.068 : 0.075);
        suit = c.look.lit(astronaut ? QColor(236, 236, 232) : s.color);
        limb = suit.darker(astronaut ? 115 : 130);
        skin = c.look.lit(QColor(224, 180, 150));
        hair = c.look.lit(old ? QColor(200, 200, 196) : QColor(60, 40, 30));
        legW = u * (astronaut ? 0.085 : 0.06);
        legL = u * 0.47;
        dress = !astronaut && is(s.outfit, "dress");
    }

    void draw(QPointF base);
    void mounted(QPointF seat);

private:
    const DrawContext &c;
    const SubjectPlan &s;
    bool astronaut, child = false, old = false, dress = false;
    double u = 0, headR = 0, legW = 0, legL = 0;
    QColor suit, limb, skin, hair;

    void limbAt(QPointF from, double angle, double len, double width, const QColor &col) const
    {
        c.p.save();
        c.p.translate(from);
        c.p.rotate(angle);
        c.p.setBrush(col);
        c.p.drawRoundedRect(QRectF(-width / 2, 0, width, len), width / 2, width / 2);
        c.p.restore();
    }
    // An arm bent at the elbow, sleeve to the elbow and a hand at the end.
    void arm(QPointF shoulder, QPointF elbow, QPointF hand) const
    {
        QPen pen(limb, legW * 0.85, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        c.p.setPen(pen);
        c.p.setBrush(Qt::NoBrush);
        c.p.drawPolyline(QList<QPointF>{shoulder, elbow, hand});
        c.p.setPen(Qt::NoPen);
        c.p.setBrush(skin);
        c.p.drawEllipse(hand, legW * 0.5, legW * 0.5);
    }
    void shadow(QPointF at, double w) const
    {
        c.p.setPen(Qt::NoPen);
        c.p.setBrush(QColor(0, 0, 0, 60));
        c.p.drawEllipse(at, w, w * 0.12);
    }
    // Torso from the hip, leaning `leanDeg` forward (toward +x); returns the shoulder.
    QPointF torso(QPointF hip, double leanDeg) const;
    void skirt(QPointF hip, double spread) const;
    QPointF head(QPointF shoulder, double leanDeg) const;
    void counter(QPointF base, double *top) const;
    void steam(QPointF from) const;
    void guitar(QPointF hip, QPointF shoulder, double strum) const;
};

QPointF PersonPainter::torso(QPointF hip, double leanDeg) const
{
    const double len = u * 0.36, w = u * 0.22;
    c.p.save();
    c.p.translate(hip);
    c.p.rotate(leanDeg);
    c.p.setPen(Qt::NoPen);
    c.p.setBrush(suit);
    c.p.drawRoundedRect(QRectF(-w / 2, -len + u * 0.03, w, len), u * 0.06, u * 0.06);
    if (astronaut) {
        c.p.setBrush(suit.darker(125));
        c.p.drawRoundedRect(QRectF(-w / 2 - u * 0.07, -len + u * 0.05, u * 0.09, u * 0.26), u * 0.03, u * 0.03);
    }
    c.p.restore();
    return along(hip, 180 + leanDeg, len - u * 0.08);
}

void PersonPainter::skirt(QPointF hip, double spread) const
{
    // A dress flares from the waist to the knees: a trapezoid in the clothing colour.
    const double top = u * 0.1, bottom = u * 0.17 + spread;
    QPainterPath p;
    p.moveTo(hip + QPointF(-top, -u * 0.04));
    p.lineTo(hip + QPointF(top, -u * 0.04));
    p.lineTo(hip + QPointF(bottom, legL * 0.62));
    p.quadTo(hip + QPointF(0, legL * 0.7), hip + QPointF(-bottom, legL * 0.62));
    p.closeSubpath();
    c.p.setPen(Qt::NoPen);
    c.p.setBrush(suit);
    c.p.drawPath(p);
}

QPointF PersonPainter::head(QPointF shoulder, double leanDeg) const
{
    const QPointF h = along(shoulder, 180 + leanDeg, u * 0.075 + headR) + QPointF(u * 0.01, 0);
    c.p.setPen(Qt::NoPen);
    if (astronaut) {
        const double r = u * 0.11;
        c.p.setBrush(suit);
        c.p.drawEllipse(h, r, r);
        QLinearGradient visor(h.x(), h.y() - u * 0.06, h.x(), h.y() + u * 0.06);
        visor.setColorAt(0, QColor(255, 210, 120));
        visor.setColorAt(1, QColor(120, 60, 30));
        c.p.setBrush(visor);
        c.p.drawRoundedRect(QRectF(h.x() - u * 0.02, h.y() - u * 0.055, u * 0.12, u * 0.1), u * 0.04, u * 0.04);
        return h;
    }
    const double rx = headR, ry = headR * 1.13;
    if (longHaired(s)) { // hair falling behind the head to the shoulders
        c.p.setBrush(hair);
        c.p.drawRoundedRect(QRectF(h.x() - rx * 1.1, h.y() - ry * 0.9, rx * 1.5, ry * 2.1), rx * 0.5, rx * 0.5);
    }
    c.p.setBrush(skin);
    c.p.drawEllipse(h, rx, ry);
    c.p.setBrush(hair);
    c.p.drawChord(QRectF(h.x() - rx * 1.04, h.y() - ry * 1.06, rx * 2.08, ry * 1.4), 0, 180 * 16);
    if (is(s.variant, "chef")) { // a white toque
        c.p.setBrush(c.look.lit(QColor(246, 246, 242)));
        c.p.drawRect(QRectF(h.x() - rx * 0.8, h.y() - ry * 1.9, rx * 1.6, ry * 1.0));
        c.p.drawEllipse(QPointF(h.x(), h.y() - ry * 1.95), rx * 1.05, ry * 0.55);
    }
    return h;
}

void PersonPainter::counter(QPointF base, double *top) const
{
    // A stove counter in front of the cook, waist high, a pan on its hob.
    const double h = u * 0.5;
    const QRectF body(base.x() - u * 0.12, base.y() - h, u * 0.62, h);
    c.p.setPen(Qt::NoPen);
    c.p.setBrush(c.look.lit(QColor(150, 154, 160)));
    c.p.drawRect(body);
    c.p.setBrush(c.look.lit(QColor(110, 114, 120)));
    c.p.drawRect(QRectF(body.left(), body.top(), body.width(), u * 0.035));
    c.p.setBrush(c.look.lit(QColor(120, 124, 130)));
    c.p.drawRect(QRectF(body.left() + u * 0.05, body.top() + u * 0.1, body.width() - u * 0.1, h * 0.45));
    c.p.setBrush(c.look.lit(QColor(40, 40, 44))); // the hob's knobs
    for (int k = 0; k < 3; ++k)
        c.p.drawEllipse(QPointF(body.left() + body.width() * (0.3 + 0.2 * k), body.top() + u * 0.065), u * 0.018, u * 0.018);
    *top = body.top();
}

void PersonPainter::steam(QPointF from) const
{
    // Puffs rise from the pan, grow and fade: each one starts where the last left off.
    c.p.setPen(Qt::NoPen);
    for (int k = 0; k < 5; ++k) {
        const double life = std::fmod(c.t * 0.7 + k * 0.2, 1.0);
        const QPointF at = from + QPointF(std::sin(c.t * 2.3 + k * 1.7) * u * 0.04 + (k - 2) * u * 0.025, -life * u * 0.4);
        const double r = u * (0.035 + 0.06 * life);
        c.p.setBrush(QColor(250, 250, 250, int(220 * (1 - life * life))));
        c.p.drawEllipse(at, r, r * 0.8);
    }
}

void PersonPainter::guitar(QPointF hip, QPointF shoulder, double strum) const
{
    // Held across the body: the body at the hip, the neck rising to the figure's left.
    const QPointF body = hip + QPointF(u * 0.05, -u * 0.07);
    const QPointF headstock = shoulder + QPointF(-u * 0.3, -u * 0.02);
    c.p.setPen(QPen(c.look.lit(QColor(70, 40, 20)), u * 0.035, Qt::SolidLine, Qt::RoundCap));
    c.p.drawLine(body, headstock);
    c.p.setPen(Qt::NoPen);
    const QColor wood = c.look.lit(QColor(196, 118, 44));
    c.p.setBrush(wood);
    c.p.save();
    c.p.translate(body);
    c.p.rotate(std::atan2(headstock.y() - body.y(), headstock.x() - body.x()) * 180 / M_PI + 180);
    c.p.drawEllipse(QPointF(u * 0.02, 0), u * 0.1, u * 0.11);
    c.p.drawEllipse(QPointF(-u * 0.08, 0), u * 0.075, u * 0.085);
    c.p.setBrush(QColor(40, 24, 12));
    c.p.drawEllipse(QPointF(-u * 0.03, 0), u * 0.028, u * 0.028);
    c.p.restore();
    // Fretting hand on the neck, strumming hand over the sound hole.
    arm(shoulder, shoulder + QPointF(-u * 0.12, u * 0.12), headstock + (body - headstock) * 0.25);
    const QPointF hand = body + QPointF(u * 0.02, -u * 0.04 + strum * u * 0.06);
    arm(shoulder, shoulder + QPointF(u * 0.1, u * 0.12), hand);
}

void PersonPainter::draw(QPointF base)
{
    const double st = shotTime(c);
    const QString &action = s.action;
    const bool walking = is(action, "walk") || is(action, "run");
    const double lean = old ? 9 : 0; // an elder's stoop
    c.p.setPen(Qt::NoPen);

    if (walking || is(action, "idle") || action.isEmpty() || astronaut
        || !(is(action, "dance") || is(action, "cook") || is(action, "instrument") || is(action, "sit"))) {
        // Stand, walk or run: the step cycle the Step events mark.
        const double period = is(action, "run") ? c.tl.runPeriodSec : c.tl.stepPeriodSec;
        // Phase p counts steps: a foot lands exactly when p is a whole number (the Step events).
        const double p = walking ? st / period : 0;
        const double swing = std::cos(M_PI * p); // +-1 at contacts
        const double bob = walking ? std::abs(std::sin(M_PI * p)) * u * 0.03 : 0;
        const QPointF hip(base.x() + (walking ? st * u * 0.08 : 0), base.y() - u * 0.47 - bob);
        shadow(QPointF(hip.x(), base.y()), u * 0.22);
        limbAt(hip, -28 * swing, legL, legW, limb.darker(110));
        limbAt(hip, 28 * swing, legL, legW, limb);
        if (dress)
            skirt(hip, std::abs(swing) * u * 0.03);
        const QPointF shoulder = torso(hip, lean);
        limbAt(shoulder, 24 * swing + lean * 0.5, u * 0.3, legW * 0.85, limb);
        head(shoulder, lean);
        return;
    }

    if (is(action, "dance")) {
        double beatSec = 0, phase = 0;
        beatAt(c, &beatSec, &phase);
        // A hop that leaves the floor on each beat and lands half a beat later; the hips and arms
        // sway over two beats.
        const double hop = phase < 0.5 ? std::sin(M_PI * phase / 0.5) * u * 0.05 : 0;
        const double sway = std::sin(M_PI * st / beatSec);
        const QPointF hip(base.x() + sway * u * 0.04, base.y() - u * 0.47 - hop);
        shadow(QPointF(hip.x(), base.y()), u * 0.22 * (1 - hop / u));
        limbAt(hip, 12 + 6 * sway, legL, legW, limb.darker(110));
        limbAt(hip, -12 + 6 * sway, legL, legW, limb);
        if (dress)
            skirt(hip, u * 0.04 + sway * u * 0.02);
        const double tilt = -7 * sway + lean;
        const QPointF shoulder = torso(hip, tilt);
        // Arms raised over the head, swinging from side to side with the hips.
        for (int side : {-1, 1}) {
            const double a = 180 + side * 35 + 28 * sway;
            const QPointF elbow = along(shoulder, a, u * 0.15);
            arm(shoulder, elbow, along(elbow, a - side * 15, u * 0.14));
        }
        head(shoulder, tilt);
        return;
    }

    if (is(action, "cook")) {
        const QPointF hip(base.x(), base.y() - u * 0.47);
        limbAt(hip, 6, legL, legW, limb.darker(110));
        limbAt(hip, -6, legL, legW, limb);
        if (dress)
            skirt(hip, 0);
        const QPointF shoulder = torso(hip, lean + 4);
        head(shoulder, lean + 4);
        double top = 0;
        counter(base, &top);
        // The pan on the hob, its handle toward the cook, and a spoon stirring in circles.
        const QPointF pan(base.x() + u * 0.3, top - u * 0.03);
        c.p.setBrush(c.look.lit(QColor(36, 36, 40)));
        c.p.drawRoundedRect(QRectF(pan.x() - u * 0.14, pan.y() - u * 0.04, u * 0.28, u * 0.06), u * 0.02, u * 0.02);
        c.p.drawRect(QRectF(pan.x() - u * 0.3, pan.y() - u * 0.025, u * 0.16, u * 0.02));
        c.p.setBrush(c.look.lit(QColor(214, 140, 50)));
        c.p.drawEllipse(QPointF(pan.x(), pan.y() - u * 0.04), u * 0.11, u * 0.02);
        steam(QPointF(pan.x(), pan.y() - u * 0.06));
        const double a = st * 2 * M_PI / 1.2;
        const QPointF spoon(pan.x() + std::cos(a) * u * 0.06, pan.y() - u * 0.05 + std::sin(a) * u * 0.012);
        c.p.setPen(QPen(c.look.lit(QColor(150, 100, 60)), u * 0.02, Qt::SolidLine, Qt::RoundCap));
        c.p.drawLine(spoon, spoon + QPointF(-u * 0.05, -u * 0.16));
        arm(shoulder, shoulder + QPointF(u * 0.08, u * 0.15), spoon + QPointF(-u * 0.05, -u * 0.16));
        return;
    }

    // Seated (sit, and a piano's bench) or standing with a guitar or violin.
    const bool piano = is(action, "instrument") && is(s.variant, "piano");
    const bool seated = is(action, "sit") || piano;
    double strumBeat = 0, strumPhase = 0;
    int beatIndex = 0;
    beatAt(c, &strumBeat, &strumPhase, &beatIndex);
    // The hand crosses the strings going down on each beat (the Strum events' sound).
    const double strum = std::sin(2 * M_PI * strumPhase);
    QPointF hip;
    if (seated) {
        // A bench behind the knees, thighs level, shins down to the floor.
        hip = QPointF(base.x(), base.y() - u * 0.26);
        c.p.setBrush(c.look.lit(QColor(120, 80, 50)));
        c.p.drawRect(QRectF(hip.x() - u * 0.16, hip.y() + u * 0.01, u * 0.3, u * 0.04));
        c.p.drawRect(QRectF(hip.x() - u * 0.14, hip.y() + u * 0.05, u * 0.03, u * 0.21));
        c.p.drawRect(QRectF(hip.x() + u * 0.09, hip.y() + u * 0.05, u * 0.03, u * 0.21));
        const QPointF knee = hip + QPointF(u * 0.22, 0);
        c.p.setPen(QPen(limb, legW, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        c.p.drawPolyline(QList<QPointF>{hip, knee, QPointF(knee.x(), base.y() - legW * 0.5)});
        c.p.setPen(Qt::NoPen);
        if (dress)
            skirt(hip, 0);
    } else {
        hip = QPointF(base.x(), base.y() - u * 0.47);
        shadow(QPointF(hip.x(), base.y()), u * 0.22);
        limbAt(hip, 10, legL, legW, limb.darker(110));
        limbAt(hip, -10, legL, legW, limb);
        if (dress)
            skirt(hip, 0);
    }
    const double tilt = lean + (is(action, "instrument") ? 2 * strum : 0);
    const QPointF shoulder = torso(hip, tilt);
    head(shoulder, tilt);
    if (piano) {
        // An upright piano in front: the case, the white keys and hands that rise and fall.
        const QRectF cabinet(hip.x() + u * 0.3, base.y() - u * 0.62, u * 0.34, u * 0.62);
        c.p.setBrush(c.look.lit(QColor(28, 24, 26)));
        c.p.drawRect(cabinet);
        const QRectF keys(hip.x() + u * 0.2, cabinet.top() + u * 0.24, u * 0.14, u * 0.035);
        c.p.setBrush(c.look.lit(QColor(240, 238, 230)));
        c.p.drawRect(keys);
        for (int side : {0, 1}) {
            const double press = std::max(0.0, std::sin(2 * M_PI * (strumPhase + side * 0.5))) * u * 0.02;
            const QPointF hand(keys.left() + u * (0.03 + 0.07 * side), keys.top() - u * 0.01 - press);
            arm(shoulder, shoulder + QPointF(u * 0.1, u * 0.16), hand);
        }
    } else if (is(action, "instrument") && is(s.variant, "violin")) {
        // Under the chin, the bow drawn across the strings one way per beat (the Bow events' sound).
        const QPointF chin = shoulder + QPointF(u * 0.05, -u * 0.03);
        const QPointF scroll = chin + QPointF(u * 0.26, u * 0.04);
        c.p.setBrush(c.look.lit(QColor(150, 70, 24)));
        c.p.drawEllipse(chin + (scroll - chin) * 0.35, u * 0.09, u * 0.045);
        c.p.setPen(QPen(c.look.lit(QColor(40, 22, 10)), u * 0.018, Qt::SolidLine, Qt::RoundCap));
        c.p.drawLine(chin + (scroll - chin) * 0.5, scroll);
        arm(shoulder, shoulder + QPointF(u * 0.12, u * 0.08), scroll + QPointF(-u * 0.02, u * 0.02));
        // The hand pulls the bow along its own line: away from the violin on a down stroke, so
        // the strings are touched from the frog to the tip.
        const double travel = bowTravel(beatIndex, strumPhase) - 0.5;
        const QPointF bowHand = shoulder + QPointF(u * (0.04 - 0.15 * travel), u * (0.14 + 0.14 * travel));
        c.p.setPen(QPen(c.look.lit(QColor(200, 190, 170)), u * 0.012));
        c.p.drawLine(bowHand + QPointF(-u * 0.08, u * 0.08), bowHand + QPointF(u * 0.2, -u * 0.18));
        arm(shoulder, shoulder + QPointF(-u * 0.04, u * 0.14), bowHand);
    } else if (is(action, "instrument")) {
        guitar(hip, shoulder, strum);
    } else {
        arm(shoulder, shoulder + QPointF(u * 0.06, u * 0.15), shoulder + QPointF(u * 0.18, u * 0.26));
    }
}

void PersonPainter::mounted(QPointF seat)
{
    // Astride: the near leg bent down the animal's flank, the torso upright, hands forward on
    // the reins.
    const QPointF knee = seat + QPointF(u * 0.12, u * 0.14);
    c.p.setPen(QPen(limb, legW, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    c.p.drawPolyline(QList<QPointF>{seat, knee, knee + QPointF(-u * 0.03, u * 0.2)});
    c.p.setPen(Qt::NoPen);
    if (dress)
        skirt(seat, 0);
    const QPointF shoulder = torso(seat, 6);
    head(shoulder, 6);
    arm(shoulder, shoulder + QPointF(u * 0.1, u * 0.13), shoulder + QPointF(u * 0.24, u * 0.14));
}

} // namespace

void drawRider(const DrawContext &c, QPointF seat, double size)
{
    for (const SubjectPlan &s : c.shot.subjects)
        if (is(s.kind, "person") && is(s.action, "ride")) {
            PersonPainter(c, s, size, Figure::Person).mounted(seat);
            return;
        }
}

void drawPerson(const DrawContext &c, const SubjectPlan &s, QPointF base, double size, Figure figure)
{
    // "a boy riding a bicycle": the bicycle or motorbike draws its rider on the saddle, a horse
    // its rider on its back (drawRider); a second figure standing beside it would be a stranger.
    if (is(s.action, "ride")
        && std::any_of(c.shot.subjects.begin(), c.shot.subjects.end(), [](const SubjectPlan &v) {
               return is(v.kind, "bicycle") || is(v.kind, "motorbike") || is(v.kind, "animal");
           }))
        return;
    PersonPainter(c, s, size, figure).draw(base);
}

} // namespace rc::engine
