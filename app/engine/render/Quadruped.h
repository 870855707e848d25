#pragma once

#include "engine/render/Canvas.h"

namespace rc::engine {

// Four-legged animals other than the house cat and dog, drawn from a body plan looked up by the
// subject's variant. The variant is the WordNet anchor the planner reached through hypernyms
// (equine, bovine, canine fox...), so "a stallion" or "a zebra" draws as a horse and "a bison"
// as a cow without either word being listed. An animal with no plan of its own gets a middling
// one. The body plan sets proportions, ears, tail, snout and size; the walk or run cycle follows
// the timeline's step period.
struct BodyPlan
{
    enum class Ears { Pointed, Floppy, Round, Big, None };
    enum class Tail { Bushy, Thin, Tuft, None };
    double size = 1.0;      // against a dog's height
    double bodyLen = 0.55;  // of size
    double bodyH = 0.28;
    double legLen = 0.28;
    double neckLen = 0.1;   // from the shoulders to the head's centre
    double neckRise = 0.6;  // 0 level, 1 straight up
    double headR = 0.15;
    double snoutLen = 0.5;  // of the head's radius
    Ears ears = Ears::Pointed;
    Tail tail = Tail::Thin;
    bool trunk = false;
    bool horns = false;
};

// The plan for a subject's variant ("fox", "horse", ...), or the middling one.
BodyPlan bodyPlanFor(const QString &variant);
// Whether the variant has a plan of its own (a fox has; a husky draws as the dog).
bool hasBodyPlan(const QString &variant);

// `base` is the point on the ground under the animal; `size` the height a dog would have.
void drawQuadruped(const DrawContext &c, const SubjectPlan &s, QPointF base, double size);

} // namespace rc::engine
