#pragma once

#include "engine/render/Random.h"

#include <cmath>
#include <cstdint>
#include <cstring>

namespace rc::engine::dsp {

// White noise in [-1, 1] as a pure function of (stream, sample): both loudness passes and any
// re-render produce the same samples.
inline float white(uint64_t stream, int64_t n)
{
    return float(int32_t(uint32_t(mix64(stream * 0x9e3779b97f4a7c15ULL ^ uint64_t(n)) >> 32))) * (1.0f / 2147483648.0f);
}

// Sine of a phase in turns (1.0 = one cycle; any value, wrapped) from a table with linear
// interpolation: a twentieth of std::sin's cost, error below 2e-6, which no ear or meter sees.
struct SineTable
{
    static constexpr int kSize = 2048;
    float v[kSize + 2]; // two guard entries: fract() may round up to exactly 1.0
    SineTable()
    {
        for (int i = 0; i <= kSize + 1; ++i)
            v[i] = float(std::sin(2.0 * M_PI * i / kSize));
    }
};
inline const SineTable kSineTable;

// x - floor(x) without a libm call (baseline x86-64 has no SSE4.1 rounding instruction).
inline float fract(float x)
{
    const float f = x - float(int(x));
    return f < 0 ? f + 1.0f : f;
}

inline float sinTurns(float phase)
{
    const float x = fract(phase) * float(SineTable::kSize);
    const int i = int(x);
    const float f = x - float(i);
    return kSineTable.v[i] + f * (kSineTable.v[i + 1] - kSineTable.v[i]);
}

// e^x for x <= 0 (envelopes, filter coefficients), relative error about 1e-5: 2^x split into
// an exponent built in the float's bits and a polynomial for the fraction.
inline float expNeg(float x)
{
    const float y = x * 1.44269504f;
    if (y < -125.0f)
        return 0.0f;
    const float f = fract(y);
    const float fl = y - f;
    const float p = 1.0f + f * (0.693147f + f * (0.240227f + f * (0.0555041f + f * 0.00961813f)));
    const uint32_t bits = uint32_t(int(fl) + 127) << 23;
    float scale;
    std::memcpy(&scale, &bits, sizeof scale);
    return p * scale;
}

// One-pole low-pass; `cutoff` in Hz. The coefficient is recomputed only when the cutoff changes
// (most callers hold it for a control block or for ever).
struct LowPass
{
    float z = 0;
    float cutoffHz = -1, a = 0;
    float run(float x, float cutoff, float rate)
    {
        if (cutoff != cutoffHz) {
            cutoffHz = cutoff;
            a = 1.0f - expNeg(-6.2832f * cutoff / rate);
        }
        z += a * (x - z);
        return z;
    }
};

// State-variable band-pass (Chamberlin), stable for cutoffs well below rate/6.
struct BandPass
{
    float low = 0, band = 0;
    float centreHz = -1, f = 0;
    float run(float x, float centre, float q, float rate)
    {
        if (centre != centreHz) {
            centreHz = centre;
            f = 2.0f * sinTurns(0.5f * std::fmin(centre, rate / 6) / rate);
        }
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
