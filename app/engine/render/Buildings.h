#pragma once

#include "engine/render/Canvas.h"

namespace rc::engine {

// Landmarks standing on the horizon as the hero of the shot (Buildings.cpp), their silhouette
// following the variant: a lattice tower, a suspension bridge across the frame, a house, a
// church with its spire, a castle with crenellated towers and a flag, a lighthouse whose beam
// turns at night, a skyline of towers, a temple, a pyramid, a windmill whose sails turn. In the
// plan's colour (else the material the variant is usually built of), lit by the shot's light,
// their windows glowing at dusk and night. Drawn over the backdrop, behind the subjects.
void drawLandmarks(const DrawContext &c);

} // namespace rc::engine
