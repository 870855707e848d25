#include "engine/render/ColorPass.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace rc::engine {

Grade::Grade()
{
    for (auto &c : curve)
        for (int i = 0; i < 256; ++i)
            c[size_t(i)] = uint8_t(i);
}

void Grade::setCurves(float gainR, float gainG, float gainB, float contrast, float liftAmount,
                      const float liftRgb[3], float gamma)
{
    const float gains[3] = {gainR, gainG, gainB};
    for (int ch = 0; ch < 3; ++ch)
        for (int i = 0; i < 256; ++i) {
            float v = std::pow(i / 255.0f, gamma) * gains[ch];
            v = (v - 0.5f) * contrast + 0.5f;
            v = v + (liftRgb[ch] - v) * liftAmount * (1.0f - std::clamp(v, 0.0f, 1.0f));
            curve[size_t(ch)][size_t(i)] = uint8_t(std::clamp(std::lround(v * 255.0f), 0L, 255L));
        }
}

namespace {
inline uint32_t hash32(uint32_t x)
{
    x ^= x >> 16;
    x *= 0x7feb352dU;
    x ^= x >> 15;
    x *= 0x846ca68bU;
    x ^= x >> 16;
    return x;
}

inline uint8_t clamp8(int v) { return uint8_t(v < 0 ? 0 : (v > 255 ? 255 : v)); }

// Separable vignette factors in 1/256: (1 - k x^2)(1 - k y^2) is close to radial for small k and
// costs one multiply a pixel.
std::vector<int> vignetteAxis(int n, float strength)
{
    std::vector<int> f(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i) {
        const float d = (i + 0.5f) / n * 2.0f - 1.0f;
        f[size_t(i)] = int(std::lround(256.0f * (1.0f - strength * 0.55f * d * d)));
    }
    return f;
}

// Grades one pixel (BGRA in memory) into r, g, b.
struct Pixel
{
    int r, g, b;
};

inline Pixel gradePixel(uint32_t px, const Grade &g, int vig, int grain)
{
    int r = g.curve[0][(px >> 16) & 0xff];
    int gg = g.curve[1][(px >> 8) & 0xff];
    int b = g.curve[2][px & 0xff];
    const int l = (r * 54 + gg * 183 + b * 19) >> 8;
    r = l + (((r - l) * g.saturation256) >> 8);
    gg = l + (((gg - l) * g.saturation256) >> 8);
    b = l + (((b - l) * g.saturation256) >> 8);
    r = ((r * vig) >> 16) + grain;
    gg = ((gg * vig) >> 16) + grain;
    b = ((b * vig) >> 16) + grain;
    return {clamp8(r), clamp8(gg), clamp8(b)};
}
} // namespace

namespace {
// The grade and the BT.709 conversion folded into one table per channel. Each entry packs that
// channel's share of U (bits 0-21), V (22-43) and Y (44-63) for one code value, 12-bit fixed
// point, biased so every share is non-negative. A pixel is then three loads and two adds instead
// of curves, saturation and three dot products; a 2x2 block's chroma is the sum of four packed
// words (the Y field overflows out of the top, harmlessly: each pixel's Y is read before summing).
// Saturation scales chroma only: it keeps luma because the saturation pivot uses the same
// BT.709 weights as Y.
constexpr int kUShift = 0, kVShift = 22, kYShift = 44;
constexpr uint64_t kField = (uint64_t(1) << 22) - 1;
constexpr int kCoefY[3] = {748, 2516, 254};     // (219/255) * BT.709 luma weights * 4096
constexpr int kCoefU[3] = {-412, -1387, 1799};  // (224/255) * (B - Y) / 1.8556 * 4096
constexpr int kCoefV[3] = {1799, -1634, -165};  // (224/255) * (R - Y) / 1.5748 * 4096
constexpr int kBiasU[3] = {412 * 255, 1387 * 255, 0};
constexpr int kBiasV[3] = {0, 1634 * 255, 165 * 255};
constexpr int64_t kBlockBiasU = 4LL * (412 + 1387) * 255;
constexpr int64_t kBlockBiasV = 4LL * (1634 + 165) * 255;

struct PackedTables
{
    uint64_t ch[3][256]; // R, G, B
};

void buildTables(const Grade &g, PackedTables *t)
{
    for (int c = 0; c < 3; ++c)
        for (int i = 0; i < 256; ++i) {
            const int v = g.curve[size_t(c)][size_t(i)];
            t->ch[c][i] = uint64_t(kCoefU[c] * v + kBiasU[c]) << kUShift
                          | uint64_t(kCoefV[c] * v + kBiasV[c]) << kVShift
                          | uint64_t(kCoefY[c] * v) << kYShift;
        }
}

inline uint64_t packedOf(uint32_t px, const PackedTables &t)
{
    return t.ch[0][(px >> 16) & 0xff] + t.ch[1][(px >> 8) & 0xff] + t.ch[2][px & 0xff];
}

// Chroma of a 2x2 block: the four-pixel sum (12-bit coefficients, so >> 14 averages and rescales)
// times saturation and vignette (together 16-bit fixed point).
inline uint8_t chroma(int64_t sum4, int64_t scale)
{
    const int64_t c = 128 + ((sum4 * scale + (int64_t(1) << 29)) >> 30);
    return uint8_t(c < 16 ? 16 : (c > 240 ? 240 : c));
}

template <bool kGrain>
void convert(const QImage &rgb, const Grade &grade, const PackedTables &t, const std::vector<int> &vx,
             const std::vector<int> &vy, media::YuvFrame *out)
{
    const int w = out->width, h = out->height, cw = w / 2;
    for (int y = 0; y < h; y += 2) {
        const uint32_t *row0 = reinterpret_cast<const uint32_t *>(rgb.constScanLine(y));
        const uint32_t *row1 = reinterpret_cast<const uint32_t *>(rgb.constScanLine(y + 1));
        uint8_t *y0 = &out->y[size_t(y) * w];
        uint8_t *y1 = &out->y[size_t(y + 1) * w];
        uint8_t *uRow = &out->u[size_t(y / 2) * cw];
        uint8_t *vRow = &out->v[size_t(y / 2) * cw];
        const int vyRow = vy[size_t(y)];
        for (int x = 0; x < w; x += 2) {
            const uint64_t p00 = packedOf(row0[x], t), p01 = packedOf(row0[x + 1], t);
            const uint64_t p10 = packedOf(row1[x], t), p11 = packedOf(row1[x + 1], t);
            // One vignette factor per 2x2 block (it varies over hundreds of pixels), 1/256.
            const uint32_t vig = uint32_t(vx[size_t(x)] * vyRow + 128) >> 8;
            // Y: 12-bit luma (< 2^20) times the vignette, rounded, plus the MPEG-range floor.
            int y00 = 16 + int((uint32_t(p00 >> kYShift) * vig + (1u << 19)) >> 20);
            int y01 = 16 + int((uint32_t(p01 >> kYShift) * vig + (1u << 19)) >> 20);
            int y10 = 16 + int((uint32_t(p10 >> kYShift) * vig + (1u << 19)) >> 20);
            int y11 = 16 + int((uint32_t(p11 >> kYShift) * vig + (1u << 19)) >> 20);
            if (kGrain) {
                // Luma-only grain, as film grain reads; Pro only (it doubles x264's work).
                const int a = grade.grainAmplitude, span = 2 * a + 1;
                y00 = clamp8(y00 + int(hash32(uint32_t(y * 8191 + x) ^ grade.grainSeed) % uint32_t(span)) - a);
                y01 = clamp8(y01 + int(hash32(uint32_t(y * 8191 + x + 1) ^ grade.grainSeed) % uint32_t(span)) - a);
                y10 = clamp8(y10 + int(hash32(uint32_t((y + 1) * 8191 + x) ^ grade.grainSeed) % uint32_t(span)) - a);
                y11 = clamp8(y11 + int(hash32(uint32_t((y + 1) * 8191 + x + 1) ^ grade.grainSeed) % uint32_t(span)) - a);
            }
            y0[x] = uint8_t(y00);
            y0[x + 1] = uint8_t(y01);
            y1[x] = uint8_t(y10);
            y1[x + 1] = uint8_t(y11);
            const uint64_t sum = p00 + p01 + p10 + p11;
            const int64_t scale = int64_t(grade.saturation256) * vig;
            uRow[x / 2] = chroma(int64_t((sum >> kUShift) & kField) - kBlockBiasU, scale);
            vRow[x / 2] = chroma(int64_t((sum >> kVShift) & kField) - kBlockBiasV, scale);
        }
    }
}
} // namespace

void gradeToYuv(const QImage &rgb, const Grade &grade, media::YuvFrame *out)
{
    const int w = rgb.width() & ~1, h = rgb.height() & ~1;
    out->resize(w, h);
    const std::vector<int> vx = vignetteAxis(w, grade.vignette);
    const std::vector<int> vy = vignetteAxis(h, grade.vignette);
    PackedTables tables;
    buildTables(grade, &tables);
    if (grade.grainAmplitude > 0)
        convert<true>(rgb, grade, tables, vx, vy, out);
    else
        convert<false>(rgb, grade, tables, vx, vy, out);
}

void gradeInPlace(QImage *rgb, const Grade &grade)
{
    const int w = rgb->width(), h = rgb->height();
    const std::vector<int> vx = vignetteAxis(w, grade.vignette);
    const std::vector<int> vy = vignetteAxis(h, grade.vignette);
    for (int y = 0; y < h; ++y) {
        uint32_t *row = reinterpret_cast<uint32_t *>(rgb->scanLine(y));
        for (int x = 0; x < w; ++x) {
            const Pixel p = gradePixel(row[x], grade, vx[size_t(x)] * vy[size_t(y)], 0);
            row[x] = 0xff000000u | uint32_t(p.r) << 16 | uint32_t(p.g) << 8 | uint32_t(p.b);
        }
    }
}

} // namespace rc::engine
