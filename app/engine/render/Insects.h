#pragma once

#include "engine/render/Canvas.h"

namespace rc::engine {

// Insects and spiders (Insects.cpp), all `s.count` of them: a butterfly flitting on a wandering
// path, bees hovering from flower to flower, a dragonfly darting, ants, beetles (a ladybug red and
// spotted) and spiders crawling on the ground, a spider otherwise waiting on its web. The main one
// spans at least a tenth of the frame's height, more in a close-up, so it reads.
void drawInsects(const DrawContext &c, int index, const SubjectPlan &s);

} // namespace rc::engine
