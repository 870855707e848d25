#pragma once

#include "engine/render/Canvas.h"

namespace rc::engine {

// Plants as the hero of the shot (Plants.cpp): a close, large plant whose form follows its
// variant: a tulip's cup, a rose's spiral, a sunflower's disc and rays, a daisy, a lotus on the
// water, a cherry tree shedding petals, a saguaro cactus, fern fronds, bamboo canes, a bonsai or
// a potted plant indoors. In the plan's colour, swaying with the wind (more when the weather
// says wind), opening over the shot when it grows ("a rose blooming"), as many as counted.
// Drawn at the subject plane before the other subjects, so that what sits on a plant or walks
// among the flowers ("a bee on a sunflower", "a ladybug on a leaf") stays in front of it.
bool drawsAsPlant(const SubjectPlan &s);
void drawPlants(const DrawContext &c);

} // namespace rc::engine
