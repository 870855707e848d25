#pragma once

#include "engine/render/DirectCanvas.h"

namespace rc::engine {

// Light added straight into the canvas for the two soft shapes the scenes draw most: round glows
// (sun, lamps, signs, bokeh, sparks) and shafts of sunlight. Added as QPainter's Plus mode adds,
// except that light passing 255 in one channel spills into the others (whitens, never tints).
// QPainter fills them as antialiased paths with a gradient computed per pixel, 2-4 ns a pixel
// (a window's four sunbeams cost 1.5 ms a 720p frame); here a row is a run of saturating adds.

// A soft round glow of `radius` (logical units) around `centre`: the colour at `opacity` in the
// middle, 30 % of that at 0.35 of the radius, nothing at the radius (setGlowStops' profile).
void addGlow(const CanvasTarget &target, QPointF centre, double radius, QRgb colour, double opacity);

// A shaft of light between two horizontal lines, `top` and `bottom` (logical units), whose
// left and right edges run straight from the top's ends to the bottom's. Its opacity is
// `opacity` down to `fadeFrom` and then falls linearly to nothing at `fadeTo`. The edges are
// antialiased by the share of each pixel they cover.
struct Shaft
{
    double top, bottom;
    double topLeft, topRight;
    double bottomLeft, bottomRight;
    double fadeFrom, fadeTo;
};
void addShaft(const CanvasTarget &target, const Shaft &shaft, QRgb colour, double opacity);
// The same through QPainter where the painter's state allows no direct target.
void paintShaft(QPainter &p, const Shaft &shaft, QRgb colour, double opacity);

} // namespace rc::engine
