#pragma once

#include "engine/plan/ScenePlan.h"

#include <QSizeF>
#include <QTransform>

namespace rc::engine {

// Where the camera is at a moment of a shot. Moves are eased (slow in, slow out) so they never
// jerk, and a layer's share of a move falls with its depth: that is the parallax.
struct CameraState
{
    double zoom = 1;    // at the subject plane
    double panX = 0;    // in frame widths, at the subject plane
    double panY = 0;    // in frame heights
    double rise = 0;    // 0..1 crane height; near layers sink more than far ones
    double dollyBoost = 1; // dolly shots scale near layers more

    // Depth 1 is the subject plane; larger is farther (the sky is about 50).
    QTransform layer(double depth, QSizeF frame) const;
};

CameraState cameraAt(const CameraPlan &plan, double shotProgress);

} // namespace rc::engine
