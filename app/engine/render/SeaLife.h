#pragma once

#include "engine/render/Canvas.h"

namespace rc::engine {

// Fish and sea animals, drawn from a form chosen by the subject's variant (the WordNet anchor the
// planner reached): a fish swims with a beating tail, a shark is a big grey fish with a tall fin,
// a dolphin or whale arches out of the sea at each of the timeline's Leap events (its splash is
// the mixer's, at the same moment), a jellyfish pulses its bell and drifts up. Under the sea they
// fill the water; in an ocean or beach scene fish stay below the water line, seen through it.
// An octopus, a crab and a sea turtle have bodies of their own (SeaCreatures.cpp): an octopus's
// mantle over curling arms, a crab walking sideways on the floor or the sand, a turtle gliding
// on the strokes of its front flippers.
enum class SeaForm { Fish, Shark, Dolphin, Whale, Jellyfish, Octopus, Crab, Turtle };

SeaForm seaFormFor(const QString &variant);
void drawSeaLife(const DrawContext &c, int index, const SubjectPlan &s);
void drawSeaCreature(const DrawContext &c, int index, const SubjectPlan &s, SeaForm form);
// A turtle `len` long centred at `at`, facing `dir` (1 right, -1 left), swimming on flippers or
// walking on legs (a tortoise on land).
void drawTurtle(const DrawContext &c, QPointF at, double len, int dir, bool swimming, double phase, const QColor &color);

} // namespace rc::engine
