#pragma once

#include "engine/render/Canvas.h"

namespace rc::engine {

enum class Figure { Person, Astronaut };

// A person (or an astronaut) standing with its feet at `base`, `size` pixels tall as an adult.
// Its pose follows the plan's action: stand, walk or run (feet land on the timeline's Step
// events), dance (a hop on each music beat), cook at a stove, play a guitar, violin or piano, sit.
// Age (the plan's "young" / "old") changes proportions and posture; the plan's colour is the
// clothing, a dress outfit is drawn as a skirt.
void drawPerson(const DrawContext &c, const SubjectPlan &s, QPointF base, double size, Figure figure);

// The shot's person riding (the plan's action "ride"), seated at `seat` on an animal's back; does
// nothing when no one rides. `size` is the person's standing height, as for drawPerson.
void drawRider(const DrawContext &c, QPointF seat, double size);

} // namespace rc::engine
