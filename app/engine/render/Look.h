#pragma once

#include "engine/plan/ScenePlan.h"
#include "engine/render/ColorPass.h"

#include <QColor>
#include <QPointF>

namespace rc::engine {

// The light of a moment: sky colours, the sun or moon, and the ambient tint that scenery colours
// are multiplied by. Interpolated from the shot's light toward its lightEnd as the shot goes on.
struct Look
{
    QColor skyTop, skyBottom, sunColor;
    QPointF sunPos;      // in 0..1 of the frame, before the camera
    double sunSize = 0.06;
    bool moon = false;
    double stars = 0;    // 0..1
    double ambient[3] = {1, 1, 1};
    double warmth = 0;   // 0 neutral .. 1 sunset: used by the grade and by photo effects

    QColor lit(const QColor &base, double extra = 1.0) const; // base x ambient
};

Look lookAt(const ShotPlan &shot, double progress);

// The colour grade for a shot's style and light; `frameSeed` varies Pro's grain per frame.
Grade gradeFor(const ShotPlan &shot, const Look &look, bool pro, uint32_t frameSeed);

} // namespace rc::engine
