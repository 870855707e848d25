#pragma once

#include "engine/render/Canvas.h"

#include <QPainterPath>

namespace rc::engine {

// How a surface takes the light: cloth and wood softly, leather with stitching, glazes and
// plastics with a sharp highlight, metal with strong contrast, glass see-through.
enum class Finish { Matte, Wood, Leather, Glossy, Metal, Glass };

// What every object shape is drawn with: its colour and finish, the unit `u` (about the
// object's height), where the highlight falls across it (0 left .. 1 right; it moves as the
// object turns) and the shot time for the shapes that move by themselves (hands, flames).
struct ObjectPaint
{
    const DrawContext &c;
    QColor color;
    Finish finish;
    double u;
    double lightX;
    double time;
    QString words; // the prompt's words for the object ("alarm clock", "sneaker")

    // Fills `path` with the colour shaded across its width by the finish (and the grain or
    // stitching of wood and leather), all under the scene's light.
    void fill(const QPainterPath &path, const QColor &base) const;
    void fill(const QPainterPath &path) const { fill(path, color); }
    void flat(const QPainterPath &path, const QColor &col) const; // lit, unshaded
    bool named(const char *word) const { return words.contains(QLatin1String(word), Qt::CaseInsensitive); }
};

// Path builders the shape files share.
QPainterPath ellipsePath(QPointF centre, double rx, double ry);
QPainterPath roundedPath(const QRectF &r, double radius);
// A ring (an ellipse's band) for handles and headbands: filled odd-even so the hole shows.
QPainterPath ringPath(QPointF centre, double rx, double ry, double thick);

// Each shape stands with its bottom middle at `b` and returns its outline (for the reveal's
// sweep of light). ObjectShapes.cpp: the small things.
QPainterPath drawShoe(const ObjectPaint &o, QPointF b);
QPainterPath drawHandbag(const ObjectPaint &o, QPointF b);
QPainterPath drawBackpack(const ObjectPaint &o, QPointF b);
QPainterPath drawBook(const ObjectPaint &o, QPointF b);
QPainterPath drawLaptop(const ObjectPaint &o, QPointF b);
QPainterPath drawHeadphones(const ObjectPaint &o, QPointF b);
QPainterPath drawPerfume(const ObjectPaint &o, QPointF b);
QPainterPath drawLipstick(const ObjectPaint &o, QPointF b);
QPainterPath drawSunglasses(const ObjectPaint &o, QPointF b);
// ObjectVessels.cpp: round things (a teapot, a kettle, a vase, a clock), the candle, the teddy bear.
QPainterPath drawTeapot(const ObjectPaint &o, QPointF b, bool kettle);
QPainterPath drawVase(const ObjectPaint &o, QPointF b);
QPainterPath drawClock(const ObjectPaint &o, QPointF b);
// The flame flickers: where its light comes from, and how strong it is now (about 0.8..1.2).
QPainterPath drawCandle(const ObjectPaint &o, QPointF b, QPointF *flame, double *strength);
QPainterPath drawTeddy(const ObjectPaint &o, QPointF b);
// Furniture.cpp: things that stand on the floor, and the lamp.
QPainterPath drawChair(const ObjectPaint &o, QPointF b);
QPainterPath drawSofa(const ObjectPaint &o, QPointF b, int seats); // 1: an armchair
QPainterPath drawGuitar(const ObjectPaint &o, QPointF b);
// Returns the middle of the shade's opening, where the light comes from.
QPainterPath drawLamp(const ObjectPaint &o, QPointF b, QPointF *bulb);

} // namespace rc::engine
