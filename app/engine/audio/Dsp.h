#pragma once

#include "engine/render/Random.h"

#include <cmath>
#include <cstdint>

namespace rc::engine::dsp {

// White noise in [-1, 1] as a pure function of (stream, sample): both loudness passes and any
// re-render produce the same samples.
inline float white(uint64_t stream, int64_t n)
{
    return float(int32_t(uint32_t(mix64(stream * 0x9e3779b97f4a7c15ULL ^ uint64_t(n)) >> 32))) * (1.0f / 2147483648.0f);
}

// One-pole low-pass; `cutoff` in Hz.
struct LowPass
{
    float z = 0;
    float run(float x, float cutoff, float rate)
    {
        const float a = 1.0f - std::exp(-6.2832f * cutoff / rate);
        z += a * (x - z);
        return z;
    }
};

// State-variable band-pass (Chamberlin), stable for cutoffs well below rate/6.
struct BandPass
{
    float low = 0, band = 0;
    float run(float x, float centre, float q, float rate)
    {
        const float f = 2.0f * std::sin(float(M_PI) * std::fmin(centre, rate / 6) / rate);
        low += f * band;
        const float high = x - low - band / q;
        band += f * high;
        return band;
    }
};

inline float midiHz(int note)
{
    static const auto table = [] {
        struct T { float hz[128]; } t{};
        for (int i = 0; i < 128; ++i)
            t.hz[i] = float(440.0 * std::pow(2.0, (i - 69.0) / 12.0));
        return t;
    }();
    return table.hz[note < 0 ? 0 : (note > 127 ? 127 : note)];
}

} // namespace rc::engine::dsp
