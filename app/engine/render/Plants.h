#pragma once

#include "engine/render/Canvas.h"

namespace rc::engine {

// Plants as the hero of the shot (Plants.cpp): a close, large plant whose form follows its
// variant: a tulip's cup, a rose's spiral, a sunflower's disc and rays, a daisy, a lotus on the
// water, a cherry tree shedding petals, a saguaro cactus, fern fronds, bamboo canes, a bonsai or
// a potted plant indoors. In the plan's colour, swaying with the wind (more when the weather
// says wind), opening over the shot when it grows ("a rose blooming"), as many as counted.
bool drawsAsPlant(const SubjectPlan &s);
void drawPlant(const DrawContext &c, int index, const SubjectPlan &s);

} // namespace rc::engine
