#pragma once

#include <cmath>
#include <cstdint>

namespace rc::engine {

// Stateless randomness: every value is a hash of (seed, stream, index), so any frame can be drawn
// on any thread in any order and still be the same for the same seed.
inline uint64_t mix64(uint64_t x)
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}

inline uint64_t hashOf(uint64_t seed, uint64_t stream, uint64_t index = 0)
{
    return mix64(seed ^ mix64(stream * 0x9e3779b97f4a7c15ULL + index));
}

// Uniform in [0, 1).
inline double rand01(uint64_t seed, uint64_t stream, uint64_t index = 0)
{
    return double(hashOf(seed, stream, index) >> 11) * (1.0 / 9007199254740992.0);
}

inline double randRange(uint64_t seed, uint64_t stream, uint64_t index, double lo, double hi)
{
    return lo + (hi - lo) * rand01(seed, stream, index);
}

// Smooth 1-D value noise in [0, 1]: for wobble, flicker, terrain outlines.
inline double valueNoise(uint64_t seed, double x)
{
    const double fl = std::floor(x);
    const double f = x - fl;
    const double a = rand01(seed, 77, uint64_t(int64_t(fl)));
    const double b = rand01(seed, 77, uint64_t(int64_t(fl) + 1));
    const double s = f * f * (3 - 2 * f);
    return a + (b - a) * s;
}

inline double fbm(uint64_t seed, double x, int octaves = 4)
{
    double sum = 0, amp = 0.5, norm = 0;
    for (int i = 0; i < octaves; ++i) {
        sum += amp * valueNoise(seed + uint64_t(i) * 131, x);
        norm += amp;
        amp *= 0.5;
        x *= 2.03;
    }
    return sum / norm;
}

inline double smoothstep(double e0, double e1, double x)
{
    const double t = std::fmin(1.0, std::fmax(0.0, (x - e0) / (e1 - e0)));
    return t * t * (3 - 2 * t);
}

inline double easeInOut(double t)
{
    t = std::fmin(1.0, std::fmax(0.0, t));
    return t < 0.5 ? 4 * t * t * t : 1 - std::pow(-2 * t + 2, 3) / 2;
}

} // namespace rc::engine
