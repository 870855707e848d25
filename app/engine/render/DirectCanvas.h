#pragma once

#include <QImage>
#include <QPainter>
#include <QRect>
#include <QTransform>

#include <cstdint>
#include <optional>

namespace rc::engine {

// The canvas behind a QPainter, for the few shapes the engine draws itself, pixel by pixel,
// because QPainter's antialiased fills cost tens of nanoseconds a pixel along their edges
// (AdditiveLight, SoftLines): a 32-bit image under a transform that only scales and moves,
// clipped by nothing or by a rectangle. Empty when the painter is in any other state, and the
// caller draws with QPainter.
struct CanvasTarget
{
    QImage *image = nullptr;
    QTransform toDevice; // logical to device pixels: scale and translation only
    QRect clip;          // device pixels that may change
    double opacity = 1;  // the painter's

    // A row of the image (taken once: QImage::scanLine() detaches on every call).
    uint32_t *row(int y) const { return reinterpret_cast<uint32_t *>(bits + qsizetype(y) * stride); }
    uchar *bits = nullptr;
    qsizetype stride = 0;
};
std::optional<CanvasTarget> directTarget(QPainter &p);

} // namespace rc::engine
