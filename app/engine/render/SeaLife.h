#pragma once

#include "engine/render/Canvas.h"

namespace rc::engine {

// Fish and sea animals, drawn from a form chosen by the subject's variant (the WordNet anchor the
// planner reached): a fish swims with a beating tail, a shark is a big grey fish with a tall fin,
// a dolphin or whale arches out of the sea at each of the timeline's Leap events (its splash is
// the mixer's, at the same moment), a jellyfish pulses its bell and drifts up. Under the sea they
// fill the water; in an ocean or beach scene fish stay below the water line, seen through it.
enum class SeaForm { Fish, Shark, Dolphin, Whale, Jellyfish };

SeaForm seaFormFor(const QString &variant);
void drawSeaLife(const DrawContext &c, int index, const SubjectPlan &s);

} // namespace rc::engine
