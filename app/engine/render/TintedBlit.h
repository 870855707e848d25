#pragma once

#include "engine/render/DirectCanvas.h"

#include <QImage>
#include <QPoint>
#include <QRgb>

namespace rc::engine {

// Draws a white sprite (premultiplied ARGB, such as a cloud) in a colour: each pixel of the
// canvas moves toward `tint` by the sprite's alpha times `opacity`, as QPainter would draw the
// sprite first multiplied by the tint. QPainter cannot tint while it blits, and a white cloud
// over a sunset sky read as a hole in it; this costs about what the plain blit did.
void blendTinted(const CanvasTarget &target, const QImage &sprite, QPoint origin, QRgb tint, double opacity);

} // namespace rc::engine
