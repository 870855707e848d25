#pragma once

#include <cstdint>

namespace rc::engine {

// The fixed-point form of a Grade that the RGB -> YUV 4:2:0 row kernels read. Every step is
// 16-bit integer arithmetic defined here once, so the portable kernel and the AVX2 one give the
// same bytes and a clip does not depend on the CPU that rendered it.
//
// Per channel, the grade's 256-entry curve becomes 16 linear segments (16 code values each): the
// value at the segment's middle and a signed slope, which is what a 16-entry byte shuffle can
// look up. Anchored at the middle, a line can overshoot below 0 or above 255 at either end and be
// clamped there, which is how a curve that clips to black or white inside a segment is followed.
// Luma and chroma then use the BT.709 weights (MPEG range); saturation scales chroma only, and
// the vignette scales both, one factor per 2x2 block.
struct YuvTables
{
    // Channels in memory order of an RGB32 pixel: 0 = blue, 1 = green, 2 = red.
    uint8_t middle[3][16];
    int8_t slope[3][16];
    int16_t saturation = 16384; // 1.0 = 16384 (Q14), at most 2.0 (32767)

    // (219/255) * BT.709 luma weight * 65536, for an unsigned 16x16 high multiply.
    static constexpr uint16_t kLuma[3] = {4064, 40255, 11966};
    // (224/255) * the Cb and Cr rows / 4 (a 2x2 block's sum) * 16384, for a rounding Q15 multiply.
    static constexpr int16_t kBlueDiff[3] = {1799, -1387, -412};
    static constexpr int16_t kRedDiff[3] = {-165, -1634, 1799};
};

// The kernels' two multiplies, as the vector instructions compute them.
inline int mulHighUnsigned(int a, int b) { return int((uint32_t(a) * uint32_t(b)) >> 16); } // vpmulhuw
inline int mulRoundQ15(int a, int b) { return (a * b + (1 << 14)) >> 15; }                    // vpmulhrsw

// One graded channel value: the segment's middle value plus slope * (offset - 8) / 16, clamped.
inline int curveValue(const YuvTables &t, int channel, int code)
{
    const int segment = code >> 4;
    const int c = t.middle[channel][segment] + ((t.slope[channel][segment] * ((code & 15) - 8) + 8) >> 4);
    return c < 0 ? 0 : (c > 255 ? 255 : c);
}

// Luma from graded B, G, R and the pixel's vignette (65535 = none): 16..235.
inline uint8_t lumaValue(const int graded[3], int vignette16)
{
    int sum = 0; // luma * 256, at most 56,066
    for (int ch = 0; ch < 3; ++ch)
        sum += mulHighUnsigned(graded[ch] << 8, YuvTables::kLuma[ch]);
    return uint8_t(16 + ((mulHighUnsigned(sum, vignette16) + 128) >> 8));
}

// Chroma of a block from its four pixels' summed graded B, G, R (each at most 1020) and the
// block's vignette (32767 = none): 16..240.
inline uint8_t chromaValue(const int sums[3], const int16_t weights[3], int saturation, int vignette15)
{
    int c = 0; // chroma - 128, in 1/16 code values
    for (int ch = 0; ch < 3; ++ch)
        c += mulRoundQ15(sums[ch] << 5, weights[ch]);
    c = mulRoundQ15(mulRoundQ15(c, saturation), vignette15); // 1/8 code values
    c = 128 + ((c + 4) >> 3);
    return uint8_t(c < 16 ? 16 : (c > 240 ? 240 : c));
}

// One pair of rows: `row0`/`row1` hold `width` RGB32 pixels (even width). The vignette is
// separable: a pixel's factor is columnVignette[x] * rowVignette / 65536 (65535 = none; both
// pixels of a block have the same column factor), and a block's chroma takes half of its pixels'
// factor. Writes `width` luma bytes to each of `y0`/`y1` and width / 2 chroma bytes to `u`/`v`.
struct RowPair
{
    const uint32_t *row0, *row1;
    const uint16_t *columnVignette;
    uint16_t rowVignette;
    uint8_t *y0, *y1, *u, *v;
    int width;
};

inline int pixelVignette(const RowPair &rows, int x) { return mulHighUnsigned(rows.columnVignette[x], rows.rowVignette); }

// The portable kernel, for blocks [firstBlock, width / 2).
void convertRowPairPortable(const YuvTables &t, const RowPair &rows, int firstBlock = 0);

// The fastest kernel this CPU runs; the same bytes as the portable one.
void convertRowPair(const YuvTables &t, const RowPair &rows);

// Whether convertRowPair() uses the AVX2 kernel here (for tests and benchmarks).
bool rowKernelIsVectorized();

} // namespace rc::engine
