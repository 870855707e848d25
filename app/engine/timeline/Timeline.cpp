#include "engine/timeline/Timeline.h"

#include "engine/render/Random.h"

#include <algorithm>
#include <cmath>

namespace rc::engine {

int Timeline::shotAt(double t) const
{
    for (int i = int(shots.size()) - 1; i >= 0; --i)
        if (t >= shots[size_t(i)].startSec)
            return i;
    return 0;
}

double Timeline::shotProgress(double t) const
{
    const ShotSpan &s = shots[size_t(shotAt(t))];
    return std::clamp((t - s.startSec) / std::max(1e-6, s.endSec - s.startSec), 0.0, 1.0);
}

double Timeline::swell(double t) const
{
    const double phase = rand01(seed, 901) * 6.283;
    // Two periods so the sea does not look like a metronome.
    return 0.5 + 0.35 * std::sin(6.2832 * t / swellPeriodSec + phase)
           + 0.15 * std::sin(6.2832 * t / (swellPeriodSec * 0.43) + 2 * phase);
}

const TimelineEvent *Timeline::latest(EventKind kind, double t, double maxAgeSec) const
{
    const TimelineEvent *found = nullptr;
    for (const auto &e : events) {
        if (e.timeSec > t)
            break;
        if (e.kind == kind && t - e.timeSec <= maxAgeSec)
            found = &e;
    }
    return found;
}

namespace {
bool walks(const SubjectPlan &s)
{
    return (s.action == QLatin1String("walk") || s.action == QLatin1String("run"))
           && (s.kind == QLatin1String("person") || s.kind == QLatin1String("astronaut")
               || s.kind == QLatin1String("cat") || s.kind == QLatin1String("dog")
               || s.kind == QLatin1String("animal"));
}
} // namespace

double bowTravel(int beatIndex, double phase)
{
    const double along = 0.5 - 0.5 * std::cos(M_PI * std::clamp(phase, 0.0, 1.0));
    return beatIndex % 2 == 0 ? along : 1 - along;
}

double bowSpeed(double phase)
{
    return std::sin(M_PI * std::clamp(phase, 0.0, 1.0));
}

bool leapsAtSurface(const ShotPlan &shot, const SubjectPlan &s)
{
    return s.kind == QLatin1String("fish")
           && (s.variant == QLatin1String("dolphin") || s.variant == QLatin1String("whale"))
           && (shot.setting == QLatin1String("ocean") || shot.setting == QLatin1String("beach"));
}

Timeline buildTimeline(const ScenePlan &plan, int durationSec, int fps, quint64 seed)
{
    Timeline tl;
    tl.durationSec = durationSec;
    tl.fps = fps;
    tl.frameCount = durationSec * fps;
    tl.seed = seed;
    auto snap = [fps](double t) { return std::round(t * fps) / fps; };
    // Gaits are whole frames long so every footfall lands exactly on a frame.
    tl.stepPeriodSec = std::max(1.0, std::round(0.5 * fps)) / fps;
    tl.runPeriodSec = std::max(1.0, std::round(0.3 * fps)) / fps;
    tl.pounceSec = std::max(1.0, std::round(0.5 * fps)) / fps;
    tl.swellPeriodSec = randRange(seed, 902, 0, 5.0, 7.0);
    const bool music = plan.music.enabled && !plan.silent;
    tl.bpm = music ? plan.music.bpm : 0;

    // Shots share the clip equally, cut on a bar line when there is music, and never shorter
    // than 1.5 s (extra sentences fold into the last shot).
    const int shotCount = std::max(1, std::min<int>(int(plan.shots.size()), int(durationSec / 1.5)));
    const double barSec = tl.bpm > 0 ? 4 * 60.0 / tl.bpm : 0;
    double start = 0;
    for (int i = 0; i < shotCount; ++i) {
        double end = durationSec * double(i + 1) / shotCount;
        if (i + 1 < shotCount && barSec > 0 && barSec < durationSec / shotCount)
            end = std::round(end / barSec) * barSec;
        end = i + 1 == shotCount ? durationSec : snap(end);
        tl.shots.push_back({start, end});
        if (i > 0)
            tl.events.push_back({EventKind::Cut, start, int(std::lround(start * fps)), i});
        start = end;
    }

    auto add = [&](EventKind kind, double t, int shot, int subject = -1, float strength = 1,
                   float x = 0.5f, float y = 0.5f, double lengthSec = 0) {
        t = snap(t);
        if (t < 0 || t >= durationSec)
            return;
        tl.events.push_back({kind, t, int(std::lround(t * fps)), shot, subject, strength, x, y, lengthSec});
    };

    if (tl.bpm > 0) {
        const double beat = 60.0 / tl.bpm;
        for (int k = 0; k * beat < durationSec; ++k)
            add(EventKind::Beat, k * beat, tl.shotAt(k * beat), -1, k % 4 == 0 ? 1.0f : 0.6f);
    }

    for (int si = 0; si < shotCount; ++si) {
        const ShotPlan &shot = plan.shots[std::min<int>(si, int(plan.shots.size()) - 1)];
        const ShotSpan span = tl.shots[size_t(si)];
        const double len = span.endSec - span.startSec;
        const uint64_t s = seed + uint64_t(si) * 1000;
        if (shot.hasWeather("storm")) {
            // About one flash every 3 s, the first soon enough to be seen in a short clip.
            double t = span.startSec + randRange(s, 10, 0, 0.4, 1.2);
            for (int k = 0; t < span.endSec - 0.3; ++k) {
                add(EventKind::Flash, t, si, -1, float(randRange(s, 11, uint64_t(k), 0.6, 1.0)),
                    float(randRange(s, 12, uint64_t(k), 0.2, 0.8)));
                t += randRange(s, 13, uint64_t(k), 2.2, 4.0);
            }
        }
        if (shot.hasWeather("rain") && (shot.setting == QLatin1String("interior") || shot.hasEffect("window"))) {
            double t = span.startSec + randRange(s, 20, 0, 0.05, 0.4);
            for (int k = 0; t < span.endSec; ++k) {
                add(EventKind::DropHit, t, si, -1, float(randRange(s, 21, uint64_t(k), 0.5, 1.0)),
                    float(rand01(s, 22, uint64_t(k))), float(rand01(s, 23, uint64_t(k))));
                t += randRange(s, 24, uint64_t(k), 0.15, 0.6);
            }
        }
        for (int subj = 0; subj < shot.subjects.size(); ++subj) {
            const SubjectPlan &sp = shot.subjects[subj];
            if (walks(sp)) {
                const double period = sp.action == QLatin1String("run") ? tl.runPeriodSec : tl.stepPeriodSec;
                for (int k = 0; span.startSec + k * period < span.endSec; ++k)
                    add(EventKind::Step, span.startSec + k * period, si, subj, 1, k % 2 ? 0.55f : 0.45f);
            }
            if (sp.kind == QLatin1String("cat") || sp.kind == QLatin1String("dog")) {
                const EventKind voice = sp.kind == QLatin1String("cat") ? EventKind::Meow : EventKind::Bark;
                const int voices = len > 5 ? 2 : 1;
                for (int k = 0; k < voices; ++k)
                    add(voice, span.startSec + len * (0.2 + 0.5 * k + randRange(s, 30, uint64_t(k), 0, 0.15)), si, subj);
                if (sp.action == QLatin1String("play") || sp.action == QLatin1String("jump")) {
                    double t = span.startSec + randRange(s, 31, 0, 0.6, 1.0);
                    for (int k = 0; t + tl.pounceSec < span.endSec; ++k) {
                        add(EventKind::Pounce, t, si, subj, 1, 0.5f, 0.5f, tl.pounceSec);
                        t += randRange(s, 32, uint64_t(k), 1.4, 2.2);
                    }
                }
            }
            if (leapsAtSurface(shot, sp)) {
                // A dolphin leaps every 3 s or so and is 1.1 s in the air; a whale breaches
                // slowly every 6 s. The picture's arc and the mixer's splash read these.
                const bool whale = sp.variant == QLatin1String("whale");
                const double air = whale ? 2.4 : 1.1;
                double t = span.startSec + randRange(s, 33, uint64_t(subj), 0.2, 0.8);
                for (int k = 0; t + air < span.endSec + air * 0.5; ++k) {
                    add(EventKind::Leap, t, si, subj, 1, 0.5f, 0.5f, air);
                    t += randRange(s, 34, uint64_t(k), whale ? 5.5 : 2.6, whale ? 7.0 : 3.4);
                }
            }
            if (sp.kind == QLatin1String("person") && sp.action == QLatin1String("instrument")) {
                // On the music's beats, else every half second from the shot's start: the clock
                // Person.cpp's strumming hand, bow and hands on the keys read too.
                const double beat = tl.bpm > 0 ? 60.0 / tl.bpm : 0.5;
                const double first = tl.bpm > 0 ? std::ceil(span.startSec / beat - 1e-9) * beat : span.startSec;
                for (int k = 0; first + k * beat < span.endSec; ++k) {
                    const double t = first + k * beat;
                    const float accent = k % 4 == 0 ? 1.0f : 0.7f;
                    if (sp.variant == QLatin1String("violin")) {
                        add(EventKind::Bow, t, si, subj, accent, 0.5f, 0.5f, beat);
                    } else if (sp.variant == QLatin1String("piano")) {
                        add(EventKind::Keys, t, si, subj, accent, 0.5f, 1.0f);
                        add(EventKind::Keys, t + beat / 2, si, subj, 0.8f, 0.5f, 0.0f);
                    } else { // a guitar, which Person.cpp draws for any other instrument
                        add(EventKind::Strum, t, si, subj, accent);
                    }
                }
            }
            if (sp.kind == QLatin1String("product"))
                add(EventKind::Reveal, span.startSec + std::min(0.6, len * 0.15), si, subj, 1, 0.5f, 0.5f,
                    std::min(1.6, len * 0.5));
        }
        if (shot.camera.speed >= 2.0 && shot.camera.move != QLatin1String("static"))
            add(EventKind::Whoosh, span.startSec + 0.05, si, -1, 1, 0.5f, 0.5f, 0.8);
    }
    std::stable_sort(tl.events.begin(), tl.events.end(),
                     [](const TimelineEvent &a, const TimelineEvent &b) { return a.timeSec < b.timeSec; });
    return tl;
}

} // namespace rc::engine
