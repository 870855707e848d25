#pragma once

#include <QColor>
#include <QPainter>
#include <QPolygonF>

namespace rc::engine {

// Thin antialiased lines (waves, foam, grass blades, rain streaks, wood grain), drawn straight
// into the canvas where the painter allows it (DirectCanvas). QPainter's antialiased strokes
// emit one span per edge pixel and cost 30-40 ns a pixel of length; a scene's wave lines and
// foam took over 1.5 ms a 720p frame. Here each pixel column (or row, for steep segments)
// under a segment gets the share of the line's thickness that crosses it, blended over the
// canvas like QPainter's SourceOver.
//
// `width` is in logical units like a QPen's; 0 is a one-pixel (cosmetic) line. Segments do not
// get QPainter's square caps or joins: for lines many times longer than wide that never shows.
// When the painter's state is one DirectCanvas cannot honour, or its composition mode is not
// SourceOver, the line is drawn with QPainter.
void strokePolyline(QPainter &p, const QPolygonF &line, const QColor &colour, double width);
void strokeLine(QPainter &p, QPointF from, QPointF to, const QColor &colour, double width);

} // namespace rc::engine
