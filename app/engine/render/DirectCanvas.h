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

// SourceOver of an opaque colour (0xffRRGGBB) at weight/256 (0..256) onto a canvas pixel, two
// channels per multiply: the antialiased edges of lines and height fields.
inline void blendOver(uint32_t &pixel, uint32_t colour, int weight)
{
    if (weight <= 0)
        return;
    if (weight >= 256) {
        pixel = colour;
        return;
    }
    const uint32_t w = uint32_t(weight), keep = 256 - w;
    const uint32_t redBlue = (((colour & 0xff00ffu) * w + (pixel & 0xff00ffu) * keep) >> 8) & 0xff00ffu;
    const uint32_t alphaGreen = (((colour >> 8) & 0xff00ffu) * w + ((pixel >> 8) & 0xff00ffu) * keep) & 0xff00ff00u;
    pixel = redBlue | alphaGreen;
}

} // namespace rc::engine
