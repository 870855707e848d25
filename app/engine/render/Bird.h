#pragma once

#include "engine/render/Canvas.h"

namespace rc::engine {

// Birds drawn from a look chosen by the subject's variant: the WordNet anchor the planner reached
// (gull, eagle, duck, owl, parrot, songbird...), so "a seagull", "a hawk" or "a sparrow" each get
// their size, markings and habits without being listed. Colours: the body takes the subject's
// colour (the prompt's, else the lexicon's), the head, wings and beak the kind's markings.
struct BirdLook
{
    enum class Habit { Fly, Walk, Swim, Perch };
    double size = 1.0;     // body length against a gull's
    double span = 1.1;     // one wing's length, of the body's
    double neck = 0;       // swans and flamingos, of the body's length
    double legs = 0.25;    // of the body's length
    double beak = 0.22;
    bool hooked = false;   // birds of prey and parrots
    bool flatBeak = false; // ducks and swans
    bool owlFace = false;  // a round upright body, facial disc, ear tufts
    bool upright = false;  // penguins and owls stand straight
    QColor head, wing, wingTip, belly, beakColor; // invalid: the body's colour
    double flapHz = 3;
    double glide = 0;      // share of the time the wings are held still (soaring)
    Habit habit = Habit::Fly; // where it is when the prompt says only "a duck"
};

BirdLook birdLookFor(const QString &variant);

// Whether the shot shows this bird in the air (else on the ground, a perch or the water): its
// action first ("perched", "walking", "swimming"), then its kind's habit.
bool birdFlies(const ShotPlan &shot, const SubjectPlan &s);

// Flying birds cross the sky band above the horizon as a loose flock of `count` (at most 12);
// the others stand, walk, perch or float at `base`, the point under them.
void drawFlyingBirds(const DrawContext &c, int index, const SubjectPlan &s);
void drawGroundBird(const DrawContext &c, int index, const SubjectPlan &s, QPointF base, int copy);

} // namespace rc::engine
