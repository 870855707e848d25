#include "engine/render/Buildings.h"

#include "engine/render/BuildingShapes.h"

#include "engine/render/Random.h"

#include <QPainterPath>

#include <cmath>

namespace rc::engine {

using namespace buildings;

namespace {

// The layer landmarks stand in: far enough for the camera's move to slide them less than the
// subjects, near enough to be the hero of the shot.
constexpr double kLandmarkDepth = 2.2;

enum class Form {
    Tower,
    StoneTower,
    Bridge,
    House,
    Church,
    Castle,
    Lighthouse,
    Skyline,
    Temple,
    Pyramid,
    Windmill,
    Wall,
    Block
};

bool named(const SubjectPlan &s, const char *word)
{
    return s.variant.contains(QLatin1String(word)) || s.words.contains(QLatin1String(word));
}

Form formFor(const SubjectPlan &s)
{
    if (named(s, "lighthouse") || named(s, "beacon"))
        return Form::Lighthouse;
    if (named(s, "windmill"))
        return Form::Windmill;
    if (named(s, "bridge"))
        return Form::Bridge;
    if (named(s, "castle") || named(s, "fortress") || named(s, "palace"))
        return Form::Castle;
    if (named(s, "skyscraper") || named(s, "skyline") || (named(s, "tower") && s.count > 1))
        return Form::Skyline;
    if (named(s, "pyramid"))
        return Form::Pyramid;
    if (named(s, "temple") || named(s, "parthenon") || named(s, "shrine"))
        return Form::Temple;
    if (named(s, "church") || named(s, "cathedral") || named(s, "chapel") || named(s, "mosque"))
        return Form::Church;
    // A clock or bell tower is built of stone; any other tower is the iron lattice one.
    if (named(s, "clock") || named(s, "bell") || named(s, "belfry") || named(s, "stone tower"))
        return Form::StoneTower;
    if (named(s, "tower"))
        return Form::Tower;
    // A garden or stone wall (a fence too) is a low band across the ground, never a block of flats.
    if (named(s, "wall") || named(s, "fence"))
        return Form::Wall;
    if (named(s, "house") || named(s, "cottage") || named(s, "cabin") || named(s, "hut") || named(s, "barn")
        || named(s, "villa") || named(s, "mansion") || named(s, "home"))
        return Form::House;
    return Form::Block;
}

// The vocabulary's one slate for every building: a variant the prompt gives no colour is built
// of its usual material (a pyramid of sandstone, a lighthouse painted white).
QColor materialOf(const SubjectPlan &s, Form form)
{
    if (s.color != QColor(0x5d6d7e) && s.color != QColor(0x8a8e96))
        return s.color;
    switch (form) {
    case Form::Tower:
        return QColor(120, 96, 74);
    case Form::Bridge:
        return QColor(196, 70, 40);
    case Form::House:
        return QColor(232, 220, 196);
    case Form::Church:
    case Form::StoneTower:
        return QColor(206, 196, 176);
    case Form::Castle:
        return QColor(150, 146, 136);
    case Form::Lighthouse:
        return QColor(205, 40, 40);
    case Form::Temple:
        return QColor(228, 222, 206);
    case Form::Pyramid:
        return QColor(214, 180, 120);
    case Form::Windmill:
        return QColor(150, 100, 70);
    case Form::Wall:
        return QColor(176, 150, 118);
    default:
        return s.color;
    }
}


} // namespace

void drawLandmarks(const DrawContext &c)
{
    // The first building is the hero. Another stands beside it only when it is a landmark of its
    // own: "a house with a white door", "a church with a spire" name its parts.
    QList<const SubjectPlan *> buildings;
    for (const SubjectPlan &s : c.shot.subjects)
        if (s.kind == QLatin1String("building") && buildings.size() < 2
            && (buildings.isEmpty()
                || (formFor(s) != Form::Block && formFor(s) != Form::Tower && formFor(s) != Form::StoneTower
                    && formFor(s) != Form::Wall)))
            buildings.append(&s);
    if (buildings.isEmpty())
        return;
    const double W = c.W(), H = c.H();
    c.enterLayer(kLandmarkDepth);
    c.p.setPen(Qt::NoPen);
    // Windows and lamps glow as the light fades: night's ambient is about 0.4, sunset's 0.66.
    const double dusk = std::clamp((0.92 - c.look.ambient[1]) / 0.45, 0.0, 1.0);
    const Stage stage {c, shotTime(c), dusk};
    // On the water a landmark stands on its shore, a little behind the line of the horizon.
    const bool water = c.shot.setting == QLatin1String("ocean") || c.shot.setting == QLatin1String("beach");
    const double groundY = c.horizon() + H * (water ? 0.02 : 0.14);
    for (int i = 0; i < buildings.size(); ++i) {
        const SubjectPlan &s = *buildings[i];
        const Form form = formFor(s);
        const QColor col = materialOf(s, form);
        const double spread = buildings.size() > 1 ? (i - (buildings.size() - 1) / 2.0) * 0.5 : 0;
        const QPointF base(W * (0.5 + spread), groundY);
        const double k = s.scale * (buildings.size() > 1 ? 0.8 : 1.0);
        switch (form) {
        case Form::Tower:
            drawLatticeTower(stage, base, H * 0.62 * k, col);
            break;
        case Form::StoneTower:
            drawStoneTower(stage, base, H * 0.55 * k, col);
            break;
        case Form::Bridge:
            drawBridge(stage, W, c.horizon() + H * 0.04, col);
            break;
        case Form::House:
            drawHouse(stage, base, H * 0.4 * k, col);
            break;
        case Form::Church:
            drawChurch(stage, base + QPointF(-H * 0.12, 0), H * 0.55 * k, col);
            break;
        case Form::Castle:
            drawCastle(stage, base, H * 0.36 * k, col);
            break;
        case Form::Lighthouse:
            drawLighthouse(stage, base + QPointF(W * 0.12, 0), H * 0.5 * k, col);
            break;
        case Form::Skyline:
            drawSkyline(stage, base, H * 0.5 * k, col, c.seed);
            break;
        case Form::Temple:
            drawTemple(stage, base, H * 0.36 * k, col);
            break;
        case Form::Pyramid:
            drawPyramid(stage, base, H * 0.36 * k, col);
            break;
        case Form::Windmill:
            drawWindmill(stage, base, H * 0.5 * k, col);
            break;
        case Form::Wall:
            drawWall(stage, W, groundY - H * 0.1 * k, H * 0.12 * k, col);
            break;
        case Form::Block:
            drawBlock(stage, base, H * 0.4 * k, col);
            break;
        }
    }
}

} // namespace rc::engine
