#include "engine/audio/Instruments.h"

#include "engine/timeline/Timeline.h"

#include <algorithm>
#include <cmath>

namespace rc::engine::instruments {

namespace {
// The step a naive sawtooth takes once a cycle, smoothed over one sample either side (PolyBLEP):
// without it the harmonics above half the sample rate fold back as a whistle.
inline float polyBlep(float t, float dt)
{
    if (t < dt) {
        t /= dt;
        return t + t - t * t - 1.0f;
    }
    if (t > 1.0f - dt) {
        t = (t - 1.0f) / dt;
        return t * t + t + t + 1.0f;
    }
    return 0.0f;
}
} // namespace

float BowedString::sample(float hz, float ageSec, float strokeSec, float rate, float noise)
{
    const float settle = std::min(1.0f, ageSec / 0.35f);
    const float f = hz * (1.0f + 0.006f * settle * dsp::sinTurns(5.5f * ageSec));
    const float dt = f / rate;
    phase += dt;
    if (phase >= 1.0)
        phase -= 1.0;
    const float p = float(phase);
    const float saw = 2.0f * p - 1.0f - polyBlep(p, dt);
    // Loudness follows the bow's speed; the square root keeps the tone sustained through most
    // of the stroke and lets it dip only near the turn.
    const float bow = std::sqrt(float(bowSpeed(ageSec / strokeSec)));
    const float bright = tone.run(saw, 5000, rate);
    const float resonance = body.run(saw, 2800, 1.6f, rate);
    return (bright + 0.5f * resonance + 0.04f * noise) * bow;
}

StruckString::StruckString(float hz)
    : hz(hz)
    , ringSec(std::clamp(1.1f * std::pow(220.0f / hz, 0.4f), 0.4f, 2.0f))
{ }

float StruckString::sample(float ageSec, float noise) const
{
    static const float kLevel[5] = {1.0f, 0.5f, 0.28f, 0.16f, 0.09f};
    // Partial k decays as the fundamental's decay to the power k: one exponential for all five.
    const float decay1 = dsp::expNeg(-ageSec / ringSec);
    float decay = decay1, s = 0;
    for (int k = 1; k <= 5; ++k, decay *= decay1) {
        const float stretch = 1.0f + 0.0004f * float(k * k); // a stiff string's partials run sharp
        s += kLevel[k - 1] * dsp::sinTurns(hz * float(k) * stretch * ageSec) * decay;
    }
    const float attack = std::min(1.0f, ageSec * 800.0f);
    const float knock = noise * dsp::expNeg(-ageSec / 0.004f) * 0.25f;
    return s * attack + knock;
}

} // namespace rc::engine::instruments
