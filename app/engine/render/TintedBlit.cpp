#include "engine/render/TintedBlit.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace rc::engine {

namespace {
// One pixel: the tint at weight a/256 over the pixel (SourceOver). The same integer steps as
// the vector path: tint*a >> 8, plus pixel*(256-a) >> 8, per channel.
inline uint32_t tintOver(uint32_t pixel, uint32_t tint, uint32_t a)
{
    uint32_t out = 0xff000000u;
    for (int shift = 0; shift < 24; shift += 8) {
        const uint32_t t = (tint >> shift) & 0xff, d = (pixel >> shift) & 0xff;
        out |= (((t * a) >> 8) + ((d * (256 - a)) >> 8)) << shift;
    }
    return out;
}
// The sprite's alpha times strength (0..256) as a weight 0..256: full alpha at full strength
// is 256, so an opaque sprite gives exactly the tint.
inline uint32_t weightOf(uint32_t alpha, uint32_t strength)
{
    const uint32_t w = (alpha * strength) >> 8;
    return w + (w >> 7);
}
} // namespace

void blendTinted(const CanvasTarget &target, const QImage &sprite, QPoint origin, QRgb tint, double opacity)
{
    if (sprite.format() != QImage::Format_ARGB32_Premultiplied)
        return;
    const uint32_t strength = uint32_t(std::clamp(int(std::lround(opacity * target.opacity * 256)), 0, 256));
    const QRect area = target.clip & QRect(origin, sprite.size());
    const uint32_t colour = tint & 0x00ffffffu;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        uint32_t *dst = target.row(y) + area.left();
        const auto *src = reinterpret_cast<const uint32_t *>(sprite.constScanLine(y - origin.y())) + (area.left() - origin.x());
        const int n = area.width();
        int x = 0;
#if defined(__SSE2__)
        const __m128i zero = _mm_setzero_si128(), full = _mm_set1_epi16(256), scale = _mm_set1_epi16(short(strength));
        const __m128i tint16 = _mm_unpacklo_epi8(_mm_set1_epi32(int(colour)), zero);
        const __m128i opaque = _mm_set1_epi32(int(0xff000000u));
        // Two pixels in 16-bit lanes: weight a (0..256) in all four lanes of each.
        auto twoPixels = [&](__m128i pixels16, __m128i weights) {
            const __m128i lit = _mm_srli_epi16(_mm_mullo_epi16(tint16, weights), 8);
            const __m128i kept = _mm_srli_epi16(_mm_mullo_epi16(pixels16, _mm_sub_epi16(full, weights)), 8);
            return _mm_add_epi16(lit, kept);
        };
        for (; x + 4 <= n; x += 4) {
            const __m128i alpha = _mm_srli_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i *>(src + x)), 24);
            if (_mm_movemask_epi8(_mm_cmpeq_epi32(alpha, zero)) == 0xffff)
                continue; // a clear part of the sprite (its corners): the canvas stays
            // alpha * strength >> 8 fits 16 bits; it sits in the low half of each 32-bit lane.
            __m128i weight = _mm_srli_epi16(_mm_mullo_epi16(alpha, scale), 8);
            weight = _mm_add_epi16(weight, _mm_srli_epi16(weight, 7));
            const __m128i low = _mm_unpacklo_epi32(weight, weight), high = _mm_unpackhi_epi32(weight, weight);
            const __m128i w01 = _mm_shufflehi_epi16(_mm_shufflelo_epi16(low, 0), 0);
            const __m128i w23 = _mm_shufflehi_epi16(_mm_shufflelo_epi16(high, 0), 0);
            auto *at = reinterpret_cast<__m128i *>(dst + x);
            const __m128i pixels = _mm_loadu_si128(at);
            const __m128i out = _mm_packus_epi16(twoPixels(_mm_unpacklo_epi8(pixels, zero), w01),
                                                 twoPixels(_mm_unpackhi_epi8(pixels, zero), w23));
            _mm_storeu_si128(at, _mm_or_si128(out, opaque));
        }
#endif
        for (; x < n; ++x)
            dst[x] = tintOver(dst[x], colour, weightOf(src[x] >> 24, strength));
    }
}

} // namespace rc::engine
