#pragma once

#include <QColor>
#include <QLinearGradient>
#include <QPainter>
#include <QPolygonF>

namespace rc::engine {

// Fills the area below a polyline whose x only increases (a ridge's top, a shoreline) down to
// `bottom`, in the painter's logical coordinates, straight into the canvas: per pixel column,
// four sub-samples of the line give the top pixels' coverage. QPainter's antialiased path fill
// cost ~0.3 ms for a ridge across a 720p frame; this costs a few hundredths. Returns false,
// having drawn nothing, when the painter's state needs QPainter (see DirectCanvas; also a
// composition mode other than SourceOver, an opacity below 1, or a translucent colour).
bool fillHeightField(QPainter &p, const QPolygonF &top, double bottom, const QColor &color);

// The same with a vertical linear gradient (start and final stop at the same x; colours opaque,
// padded beyond the ends), one colour per pixel row.
bool fillHeightField(QPainter &p, const QPolygonF &top, double bottom, const QLinearGradient &gradient);

} // namespace rc::engine
