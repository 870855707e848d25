#include "engine/render/ColorPass.h"

#include "engine/render/YuvRows.h"

#include <algorithm>
#include <climits>
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
std::vector<int> vignetteAxis(int n, float strength, float one = 256.0f)
{
    std::vector<int> f(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i) {
        const float d = (i + 0.5f) / n * 2.0f - 1.0f;
        f[size_t(i)] = int(std::lround(one * (1.0f - strength * 0.55f * d * d)));
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
// How far a segment's line (value at its middle, slope) strays from `curve` over its 16 codes:
// worst, then total.
std::pair<int, int> segmentError(const std::array<uint8_t, 256> &curve, int segment, int middle, int slope)
{
    int worst = 0, total = 0;
    for (int f = 0; f < 16; ++f) {
        const int c = std::clamp(middle + ((slope * (f - 8) + 8) >> 4), 0, 255);
        const int e = std::abs(c - curve[size_t(16 * segment + f)]);
        worst = std::max(worst, e);
        total += e;
    }
    return {worst, total};
}

// The line closest to the curve over one segment, searched around two guesses: the chord across
// the segment and the least-squares fit. A knee (a curve clipping to white or black inside the
// segment) is followed by letting the line overshoot into the clamp.
std::pair<uint8_t, int8_t> fitSegment(const std::array<uint8_t, 256> &curve, int segment)
{
    const int first = curve[size_t(16 * segment)], last = curve[size_t(16 * segment + 15)];
    double mean = 0, cov = 0;
    for (int f = 0; f < 16; ++f)
        mean += curve[size_t(16 * segment + f)] / 16.0;
    for (int f = 0; f < 16; ++f)
        cov += (f - 7.5) * (curve[size_t(16 * segment + f)] - mean);
    const double perCode = cov / 340.0; // the least-squares slope: sum of (f - 7.5)^2 is 340
    const int guesses[2][2] = {{curve[size_t(16 * segment + 8)], int(std::lround((last - first) * 16.0 / 15.0))},
                               {int(std::lround(mean + perCode * 0.5)), int(std::lround(perCode * 16))}};
    int bestMiddle = 0, bestSlope = 0;
    std::pair<int, int> best{INT_MAX, INT_MAX};
    for (const auto &guess : guesses)
        for (int dm = -2; dm <= 2; ++dm)
            for (int dk = -3; dk <= 3; ++dk) {
                const int middle = std::clamp(guess[0] + dm, 0, 255);
                const int slope = std::clamp(guess[1] + dk, -128, 127);
                const auto e = segmentError(curve, segment, middle, slope);
                if (e < best) {
                    best = e;
                    bestMiddle = middle;
                    bestSlope = slope;
                }
            }
    return {uint8_t(bestMiddle), int8_t(bestSlope)};
}

// The grade in the row kernels' form. Fitting costs ~50 us, so each render thread keeps the last
// grade's tables: a clip's grade changes only while its light does.
const YuvTables &tablesFor(const Grade &g)
{
    thread_local Grade lastGrade;
    thread_local YuvTables tables;
    thread_local bool valid = false;
    if (valid && lastGrade.curve == g.curve && lastGrade.saturation256 == g.saturation256)
        return tables;
    for (int ch = 0; ch < 3; ++ch) {
        const auto &curve = g.curve[size_t(2 - ch)]; // Grade's curves are R, G, B; memory is B, G, R
        for (int s = 0; s < 16; ++s) {
            const auto [middle, slope] = fitSegment(curve, s);
            tables.middle[ch][s] = middle;
            tables.slope[ch][s] = slope;
        }
    }
    tables.saturation = int16_t(std::clamp(g.saturation256 * 64, 0, 32767));
    lastGrade = g;
    valid = true;
    return tables;
}

// Luma-only grain, as film grain reads; Pro only (per-frame grain doubles x264's work).
void addGrain(const Grade &grade, media::YuvFrame *out)
{
    const int a = grade.grainAmplitude, span = 2 * a + 1;
    for (int y = 0; y < out->height; ++y) {
        uint8_t *row = &out->y[size_t(y) * size_t(out->width)];
        for (int x = 0; x < out->width; ++x) {
            const uint32_t noise = hash32(uint32_t(y * 8191 + x) ^ grade.grainSeed) % uint32_t(span);
            row[x] = clamp8(row[x] + int(noise) - a);
        }
    }
}
} // namespace

void gradeToYuv(const QImage &rgb, const Grade &grade, media::YuvFrame *out)
{
    const int w = rgb.width() & ~1, h = rgb.height() & ~1;
    out->resize(w, h);
    // The vignette as the kernels take it: 65535 = none, both pixels of a block alike.
    const float strength = std::clamp(grade.vignette, 0.0f, 1.0f);
    const std::vector<int> vx = vignetteAxis(w, strength, 65535.0f);
    const std::vector<int> vy = vignetteAxis(h, strength, 65535.0f);
    const YuvTables &tables = tablesFor(grade);
    std::vector<uint16_t> columnVignette(static_cast<size_t>(w));
    for (int x = 0; x < w; ++x)
        columnVignette[size_t(x)] = uint16_t(vx[size_t(x & ~1)]);
    for (int y = 0; y < h; y += 2) {
        RowPair rows;
        rows.row0 = reinterpret_cast<const uint32_t *>(rgb.constScanLine(y));
        rows.row1 = reinterpret_cast<const uint32_t *>(rgb.constScanLine(y + 1));
        rows.columnVignette = columnVignette.data();
        rows.rowVignette = uint16_t(vy[size_t(y)]);
        rows.y0 = &out->y[size_t(y) * size_t(w)];
        rows.y1 = &out->y[size_t(y + 1) * size_t(w)];
        rows.u = &out->u[size_t(y / 2) * size_t(w / 2)];
        rows.v = &out->v[size_t(y / 2) * size_t(w / 2)];
        rows.width = w;
        convertRowPair(tables, rows);
    }
    if (grade.grainAmplitude > 0)
        addGrain(grade, out);
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
