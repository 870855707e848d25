// The AVX2 twin of convertRowPairPortable(): the same 16-bit integer steps, sixteen pixels of two
// rows at a time, with the channels split into planes so that each step is one instruction for
// sixteen values. Compiled with the avx2 target attribute (the build's baseline stays plain
// x86-64) and called only when the CPU reports AVX2.
#include "engine/render/YuvRows.h"

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>

namespace rc::engine {

namespace {
#define RC_AVX2 __attribute__((target("avx2")))

// Two 16-byte tables, one per 128-bit lane, as vpshufb looks up per lane.
RC_AVX2 inline __m256i tablePair(const void *low, const void *high)
{
    const __m128i lo = _mm_loadu_si128(static_cast<const __m128i *>(low));
    const __m128i hi = high ? _mm_loadu_si128(static_cast<const __m128i *>(high)) : _mm_setzero_si128();
    return _mm256_inserti128_si256(_mm256_castsi128_si256(lo), hi, 1);
}

struct Constants
{
    __m256i middleBR, slopeBR, middleG, slopeG; // blue | red tables, green | nothing
    __m256i low4, eight8, eight16, max8;
    __m256i lumaB, lumaG, lumaR, round8;
    __m256i blue[3], red[3], saturation, round3, centre, low, high;
};

RC_AVX2 Constants constantsFor(const YuvTables &t)
{
    Constants k;
    k.middleBR = tablePair(t.middle[0], t.middle[2]);
    k.slopeBR = tablePair(t.slope[0], t.slope[2]);
    k.middleG = tablePair(t.middle[1], nullptr);
    k.slopeG = tablePair(t.slope[1], nullptr);
    k.low4 = _mm256_set1_epi8(0x0f);
    k.eight8 = _mm256_set1_epi8(8);
    k.eight16 = _mm256_set1_epi16(8);
    k.max8 = _mm256_set1_epi16(255);
    k.lumaB = _mm256_set1_epi16(short(YuvTables::kLuma[0]));
    k.lumaG = _mm256_set1_epi16(short(YuvTables::kLuma[1]));
    k.lumaR = _mm256_set1_epi16(short(YuvTables::kLuma[2]));
    k.round8 = _mm256_set1_epi16(128);
    for (int ch = 0; ch < 3; ++ch) {
        k.blue[ch] = _mm256_set1_epi16(YuvTables::kBlueDiff[ch]);
        k.red[ch] = _mm256_set1_epi16(YuvTables::kRedDiff[ch]);
    }
    k.saturation = _mm256_set1_epi16(t.saturation);
    k.round3 = _mm256_set1_epi16(4);
    k.centre = _mm256_set1_epi16(128);
    k.low = _mm256_set1_epi16(16);
    k.high = _mm256_set1_epi16(240);
    return k;
}

// Sixteen RGB32 pixels as two byte planes: blue | red (one per lane), green | X.
RC_AVX2 inline void splitChannels(const uint32_t *px, __m256i *blueRed, __m256i *greenX)
{
    // Per lane, bytes B0-3 G0-3 R0-3 X0-3; then dwords regrouped to B0-7 G0-7 | R0-7 X0-7.
    const __m256i group = _mm256_setr_epi8(0, 4, 8, 12, 1, 5, 9, 13, 2, 6, 10, 14, 3, 7, 11, 15,
                                           0, 4, 8, 12, 1, 5, 9, 13, 2, 6, 10, 14, 3, 7, 11, 15);
    const __m256i order = _mm256_setr_epi32(0, 4, 1, 5, 2, 6, 3, 7);
    const __m256i a = _mm256_permutevar8x32_epi32(
        _mm256_shuffle_epi8(_mm256_loadu_si256(reinterpret_cast<const __m256i *>(px)), group), order);
    const __m256i b = _mm256_permutevar8x32_epi32(
        _mm256_shuffle_epi8(_mm256_loadu_si256(reinterpret_cast<const __m256i *>(px + 8)), group), order);
    *blueRed = _mm256_unpacklo_epi64(a, b);
    *greenX = _mm256_unpackhi_epi64(a, b);
}

RC_AVX2 inline __m128i lane(__m256i v, int which)
{
    return which ? _mm256_extracti128_si256(v, 1) : _mm256_castsi256_si128(v);
}

// curveValue() for the sixteen bytes of one lane, looked up in that lane's table.
RC_AVX2 inline __m256i curve16(const Constants &k, __m256i middle8, __m256i slope8, __m256i offset8, int which)
{
    const __m256i middle = _mm256_cvtepu8_epi16(lane(middle8, which));
    const __m256i slope = _mm256_cvtepi8_epi16(lane(slope8, which));
    const __m256i offset = _mm256_cvtepi8_epi16(lane(offset8, which));
    const __m256i step = _mm256_srai_epi16(_mm256_add_epi16(_mm256_mullo_epi16(slope, offset), k.eight16), 4);
    const __m256i c = _mm256_add_epi16(middle, step);
    return _mm256_min_epi16(_mm256_max_epi16(c, _mm256_setzero_si256()), k.max8);
}

struct Graded
{
    __m256i b, g, r; // sixteen pixels each, 0..255 in 16 bits
};

RC_AVX2 inline Graded gradeRow(const Constants &k, const uint32_t *px)
{
    __m256i br, gx;
    splitChannels(px, &br, &gx);
    const __m256i segBR = _mm256_and_si256(_mm256_srli_epi16(br, 4), k.low4);
    const __m256i segG = _mm256_and_si256(_mm256_srli_epi16(gx, 4), k.low4);
    const __m256i offBR = _mm256_sub_epi8(_mm256_and_si256(br, k.low4), k.eight8);
    const __m256i offG = _mm256_sub_epi8(_mm256_and_si256(gx, k.low4), k.eight8);
    const __m256i midBR = _mm256_shuffle_epi8(k.middleBR, segBR), slBR = _mm256_shuffle_epi8(k.slopeBR, segBR);
    const __m256i midG = _mm256_shuffle_epi8(k.middleG, segG), slG = _mm256_shuffle_epi8(k.slopeG, segG);
    return {curve16(k, midBR, slBR, offBR, 0), curve16(k, midG, slG, offG, 0), curve16(k, midBR, slBR, offBR, 1)};
}

RC_AVX2 inline __m256i lumaRow(const Constants &k, const Graded &g, __m256i vignette)
{
    __m256i sum = _mm256_mulhi_epu16(_mm256_slli_epi16(g.b, 8), k.lumaB);
    sum = _mm256_add_epi16(sum, _mm256_mulhi_epu16(_mm256_slli_epi16(g.g, 8), k.lumaG));
    sum = _mm256_add_epi16(sum, _mm256_mulhi_epu16(_mm256_slli_epi16(g.r, 8), k.lumaR));
    const __m256i y = _mm256_srli_epi16(_mm256_add_epi16(_mm256_mulhi_epu16(sum, vignette), k.round8), 8);
    return _mm256_add_epi16(y, k.low);
}

// chromaValue() for eight blocks at once; `sums` hold each block's sum in pixel order.
RC_AVX2 inline __m256i chroma(const Constants &k, const __m256i sums[3], const __m256i weights[3], __m256i vignette)
{
    __m256i c = _mm256_mulhrs_epi16(_mm256_slli_epi16(sums[0], 5), weights[0]);
    c = _mm256_add_epi16(c, _mm256_mulhrs_epi16(_mm256_slli_epi16(sums[1], 5), weights[1]));
    c = _mm256_add_epi16(c, _mm256_mulhrs_epi16(_mm256_slli_epi16(sums[2], 5), weights[2]));
    c = _mm256_mulhrs_epi16(_mm256_mulhrs_epi16(c, k.saturation), vignette);
    c = _mm256_add_epi16(_mm256_srai_epi16(_mm256_add_epi16(c, k.round3), 3), k.centre);
    return _mm256_min_epi16(_mm256_max_epi16(c, k.low), k.high);
}
} // namespace

RC_AVX2 int convertRowPairAvx2(const YuvTables &t, const RowPair &rows)
{
    const Constants k = constantsFor(t);
    const __m256i rowVignette = _mm256_set1_epi16(short(rows.rowVignette));
    const int groups = rows.width / 16;
    for (int g = 0; g < groups; ++g) {
        const int x = 16 * g;
        const Graded a = gradeRow(k, rows.row0 + x);
        const Graded b = gradeRow(k, rows.row1 + x);

        const __m256i pixelVignette = _mm256_mulhi_epu16(
            _mm256_loadu_si256(reinterpret_cast<const __m256i *>(rows.columnVignette + x)), rowVignette);
        // Rows 0 and 1 interleaved per lane by the pack, then reordered to row 0 | row 1.
        const __m256i luma = _mm256_permute4x64_epi64(
            _mm256_packus_epi16(lumaRow(k, a, pixelVignette), lumaRow(k, b, pixelVignette)), 0xd8);
        _mm_storeu_si128(reinterpret_cast<__m128i *>(rows.y0 + x), _mm256_castsi256_si128(luma));
        _mm_storeu_si128(reinterpret_cast<__m128i *>(rows.y1 + x), _mm256_extracti128_si256(luma, 1));

        // Block sums: the two rows added, then neighbouring pixels (hadd works per lane, so
        // blocks 0-3 | 4-7 come out twice; the pack below keeps one copy).
        __m256i sums[3];
        const __m256i bb = _mm256_add_epi16(a.b, b.b), gg = _mm256_add_epi16(a.g, b.g), rr = _mm256_add_epi16(a.r, b.r);
        sums[0] = _mm256_hadd_epi16(bb, bb);
        sums[1] = _mm256_hadd_epi16(gg, gg);
        sums[2] = _mm256_hadd_epi16(rr, rr);
        // Each block's vignette is half its odd pixel's (the high half of each 32-bit pair),
        // packed with the same per-lane duplication as the sums: 0-3 0-3 | 4-7 4-7.
        const __m256i oddHalf = _mm256_srli_epi32(pixelVignette, 17);
        const __m256i blockVignette = _mm256_packs_epi32(oddHalf, oddHalf);
        const __m256i u = chroma(k, sums, k.blue, blockVignette);
        const __m256i v = chroma(k, sums, k.red, blockVignette);
        // Bytes per lane: U of 4 blocks x2, V x2 | the next 4; reordered to U 0-7, V 0-7.
        const __m256i uv = _mm256_permutevar8x32_epi32(_mm256_packus_epi16(u, v), _mm256_setr_epi32(0, 4, 1, 5, 2, 6, 3, 7));
        _mm_storel_epi64(reinterpret_cast<__m128i *>(rows.u + 8 * g), _mm256_castsi256_si128(uv));
        _mm_storel_epi64(reinterpret_cast<__m128i *>(rows.v + 8 * g), _mm256_extracti128_si256(uv, 1));
    }
    return groups * 8;
}

} // namespace rc::engine
#endif
