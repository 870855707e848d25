#pragma once

#include "engine/audio/Dsp.h"

namespace rc::engine::instruments {

// The instruments a person in the picture plays, one note per timeline event (Bow, Keys), in
// the clip's key (musicKey). Strings and hammers are modelled only as far as an ear needs.

// A bowed string: a sawtooth (the string's stick-slip motion) with vibrato that grows in as the
// note settles, through a bright body resonance, its loudness following the bow's speed over
// the stroke (bowSpeed), so it swells mid-stroke and dips where the picture turns the bow.
struct BowedString
{
    double phase = 0;
    dsp::LowPass tone;
    dsp::BandPass body;
    // `ageSec` into a stroke of `strokeSec`; `noise` white in [-1, 1] (the hair's scrape).
    float sample(float hz, float ageSec, float strokeSec, float rate, float noise);
};

// A struck piano string: five slightly stretched partials, each dying faster than the one
// below, over a short hammer knock. A pure function of the note's age.
struct StruckString
{
    StruckString() = default;
    explicit StruckString(float hz);
    float sample(float ageSec, float noise) const;
    float hz = 220;
    float ringSec = 1; // low strings ring longer
};

} // namespace rc::engine::instruments
