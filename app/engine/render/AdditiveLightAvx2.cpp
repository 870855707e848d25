// The AVX2 twins of AdditiveLight.cpp's glow row and light run: the same float steps and the
// same light-adding integer steps, eight pixels at a time instead of four (every operation is exact per lane, and
// no fused multiply-add is enabled, so both give the same bytes). Compiled with the avx2 target
// attribute and called only when the CPU reports AVX2.
#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>

#include <cstdint>

namespace rc::engine {

#define RC_AVX2 __attribute__((target("avx2")))

namespace {
// Pixel plus light in 16-bit lanes (two pixels per 128-bit half), the excess over 255 of each
// pixel's largest colour channel added to all three of its colour channels.
RC_AVX2 inline __m256i spill(__m256i pixels16, __m256i light16)
{
    const __m256i colourLanes = _mm256_set_epi16(0, -1, -1, -1, 0, -1, -1, -1, 0, -1, -1, -1, 0, -1, -1, -1);
    const __m256i sum = _mm256_add_epi16(pixels16, light16);
    const __m256i colour = _mm256_and_si256(sum, colourLanes);
    __m256i most = _mm256_max_epi16(
        colour, _mm256_shufflehi_epi16(_mm256_shufflelo_epi16(colour, _MM_SHUFFLE(0, 3, 2, 1)), _MM_SHUFFLE(0, 3, 2, 1)));
    most = _mm256_max_epi16(
        most, _mm256_shufflehi_epi16(_mm256_shufflelo_epi16(most, _MM_SHUFFLE(1, 0, 3, 2)), _MM_SHUFFLE(1, 0, 3, 2)));
    const __m256i excess = _mm256_and_si256(_mm256_subs_epu16(most, _mm256_set1_epi16(255)), colourLanes);
    return _mm256_add_epi16(sum, excess);
}

// Light added to eight pixels; where a colour channel passes 255 the excess goes to all three.
RC_AVX2 inline __m256i addLight8(__m256i pixels, __m256i light)
{
    const __m256i saturated = _mm256_adds_epu8(pixels, light);
    if (_mm256_movemask_epi8(_mm256_cmpeq_epi8(saturated, _mm256_add_epi8(pixels, light))) == -1)
        return saturated;
    const __m256i zero = _mm256_setzero_si256();
    return _mm256_packus_epi16(spill(_mm256_unpacklo_epi8(pixels, zero), _mm256_unpacklo_epi8(light, zero)),
                               spill(_mm256_unpackhi_epi8(pixels, zero), _mm256_unpackhi_epi8(light, zero)));
}

RC_AVX2 inline __m256i channel(__m256 value, __m256 weight)
{
    return _mm256_cvttps_epi32(_mm256_add_ps(_mm256_mul_ps(value, weight), _mm256_set1_ps(0.5f)));
}
} // namespace

// The same light added to `count` pixels; returns how many it did (whole groups of eight).
RC_AVX2 int addRunAvx2(uint32_t *pixels, int count, uint32_t light)
{
    const __m256i add = _mm256_set1_epi32(int(light));
    int i = 0;
    for (; i + 8 <= count; i += 8) {
        auto *at = reinterpret_cast<__m256i *>(pixels + i);
        _mm256_storeu_si256(at, addLight8(_mm256_loadu_si256(at), add));
    }
    return i;
}

// Returns the first pixel it did not draw (whole groups of eight only).
RC_AVX2 int addGlowRowAvx2(uint32_t *row, int x0, int x1, float centreX, float invRx, float dy2, float strength,
                           const float bgra[4])
{
    const __m256 offsets = _mm256_setr_ps(0.5f, 1.5f, 2.5f, 3.5f, 4.5f, 5.5f, 6.5f, 7.5f);
    const __m256 vCentre = _mm256_set1_ps(centreX), vInv = _mm256_set1_ps(invRx), vDy2 = _mm256_set1_ps(dy2);
    const __m256 one = _mm256_set1_ps(1.0f), two = _mm256_set1_ps(2.0f), knee = _mm256_set1_ps(0.35f);
    const __m256 tail = _mm256_set1_ps(0.3f / 0.65f), zero = _mm256_setzero_ps();
    const __m256 vStrength = _mm256_set1_ps(strength);
    const __m256 blue = _mm256_set1_ps(bgra[0]), green = _mm256_set1_ps(bgra[1]), red = _mm256_set1_ps(bgra[2]),
                 alpha = _mm256_set1_ps(bgra[3]);
    int x = x0;
    for (; x + 8 <= x1; x += 8) {
        const __m256 dx = _mm256_mul_ps(_mm256_sub_ps(_mm256_add_ps(_mm256_set1_ps(float(x)), offsets), vCentre), vInv);
        const __m256 d = _mm256_sqrt_ps(_mm256_add_ps(_mm256_mul_ps(dx, dx), vDy2));
        const __m256 core = _mm256_sub_ps(one, _mm256_mul_ps(two, d));
        const __m256 outer = _mm256_mul_ps(_mm256_sub_ps(one, d), tail);
        const __m256 profile = _mm256_max_ps(_mm256_blendv_ps(outer, core, _mm256_cmp_ps(d, knee, _CMP_LT_OQ)), zero);
        const __m256 w = _mm256_mul_ps(vStrength, profile);
        const __m256i packed = _mm256_or_si256(
            _mm256_or_si256(channel(blue, w), _mm256_slli_epi32(channel(green, w), 8)),
            _mm256_or_si256(_mm256_slli_epi32(channel(red, w), 16), _mm256_slli_epi32(channel(alpha, w), 24)));
        auto *at = reinterpret_cast<__m256i *>(row + x);
        _mm256_storeu_si256(at, addLight8(_mm256_loadu_si256(at), packed));
    }
    return x;
}

} // namespace rc::engine
#endif
