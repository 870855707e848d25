#pragma once

#include "engine/render/Canvas.h"

namespace rc::engine {

// Snakes, lizards, crocodiles and frogs (Reptiles.cpp), chosen by the subject's variant (the
// WordNet anchor: snake, lizard, crocodile, frog; a turtle has its own body in SeaLife.h).
// A snake follows a sinuous path along the ground (the wave stays where it is while the body
// slides through it) or lies coiled with its head raised when idle; a lizard and a crocodile are
// seen a little from above, low, four legs splayed out, the body bending in an S with each step;
// a frog sits squat and hops. A snake or crocodile that swims floats at the surface.
// `base` is the point on the ground under the animal; `size` the height a dog would have.
void drawReptile(const DrawContext &c, int index, const SubjectPlan &s, QPointF base, double size);

} // namespace rc::engine
