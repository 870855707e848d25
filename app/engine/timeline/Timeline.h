#pragma once

#include "engine/plan/ScenePlan.h"

#include <vector>

namespace rc::engine {

// Everything that happens at a moment, with one time each. The renderer and the audio mixer both
// read these events, so a flash and its thunder, a foot and its step sound, a beat and its visual
// pulse cannot drift apart: there is no second clock to align. Times fall on frame boundaries so
// the picture and the sound start within the same frame.
enum class EventKind {
    Cut,     // a new shot starts
    Beat,    // a music beat (strength 1 on the bar's first beat)
    Flash,   // lightning; thunder starts at the same moment
    Step,    // a foot lands (subject index in `subject`)
    DropHit, // a raindrop hits the window at (x, y)
    Meow,    // the cat opens its mouth
    Bark,
    Pounce,  // a jump starts; it lands `lengthSec` later (thud)
    Reveal,  // a product's light sweep starts; a chime rings
    Whoosh,  // a fast camera move starts
    Leap,    // a dolphin or whale leaves the water; it dives back in `lengthSec` later (splash)
    Strum,   // a guitarist's hand sweeps the strings (subject): once a beat, as the picture draws it
    Bow,     // a violinist's bow starts a stroke (subject), `lengthSec` long: one a beat (bowTravel)
    Keys,    // a pianist's hand strikes the keys (subject): y 1 the right hand on the beat, 0 the
             // left hand half a beat later
};

struct TimelineEvent
{
    EventKind kind;
    double timeSec = 0;
    int frame = 0;
    int shot = 0;
    int subject = -1;
    float strength = 1;
    float x = 0.5f, y = 0.5f; // where on screen, 0..1, when it matters
    double lengthSec = 0;
};

struct ShotSpan
{
    double startSec = 0;
    double endSec = 0;
};

class Timeline
{
public:
    double durationSec = 0;
    int fps = 24;
    int frameCount = 0;
    quint64 seed = 1;
    double bpm = 0;            // 0: no music
    double stepPeriodSec = 0.5; // walkers; a whole number of frames
    double runPeriodSec = 0.3;
    double pounceSec = 0.5;
    double swellPeriodSec = 6.0;
    std::vector<ShotSpan> shots;
    std::vector<TimelineEvent> events; // sorted by time

    int shotAt(double t) const;
    double shotProgress(double t) const; // 0..1 within its shot
    // Wave swell 0..1: the visible waves' height and the wave bed's loudness.
    double swell(double t) const;
    // The most recent event of `kind` at or before `t` and no older than `maxAgeSec`.
    const TimelineEvent *latest(EventKind kind, double t, double maxAgeSec) const;
    template<typename F>
    void forEach(EventKind kind, double from, double to, F &&f) const
    {
        for (const auto &e : events)
            if (e.kind == kind && e.timeSec >= from && e.timeSec < to)
                f(e);
    }
};

// Where a violinist's bow is, 0 at the frog .. 1 at the tip, `phase` 0..1 through a beat: a down
// stroke on even beats and an up stroke on odd ones, slowing to turn at each beat. The picture
// draws the bowing hand here and the sound's loudness follows the bow's speed (bowSpeed, 0..1).
double bowTravel(int beatIndex, double phase);
double bowSpeed(double phase);
// A helicopter's main rotor turns this many times a second: the blades the picture draws and
// the blade slap the sound makes once a turn.
constexpr double kRotorTurnsPerSec = 4.7;

// Whether a subject leaps from the surface in this shot: a dolphin or whale in open water.
bool leapsAtSurface(const ShotPlan &shot, const SubjectPlan &s);

Timeline buildTimeline(const ScenePlan &plan, int durationSec, int fps, quint64 seed);

} // namespace rc::engine
