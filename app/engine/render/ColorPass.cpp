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

void gradeToYuv(const QImage &rgb, const Grade &grade, media::YuvFrame *out)
{
    const int w = rgb.width() & ~1, h = rgb.height() & ~1;
    out->resize(w, h);
    const std::vector<int> vx = vignetteAxis(w, grade.vignette);
    const std::vector<int> vy = vignetteAxis(h, grade.vignette);
    const int cw = w / 2;
    for (int y = 0; y < h; y += 2) {
        const uint32_t *rows[2] = {reinterpret_cast<const uint32_t *>(rgb.constScanLine(y)),
                                   reinterpret_cast<const uint32_t *>(rgb.constScanLine(y + 1))};
        uint8_t *yRows[2] = {&out->y[size_t(y) * w], &out->y[size_t(y + 1) * w]};
        uint8_t *uRow = &out->u[size_t(y / 2) * cw];
        uint8_t *vRow = &out->v[size_t(y / 2) * cw];
        for (int x = 0; x < w; x += 2) {
            int sr = 0, sg = 0, sb = 0;
            for (int dy = 0; dy < 2; ++dy)
                for (int dx = 0; dx < 2; ++dx) {
                    int grain = 0;
                    if (grade.grainAmplitude) {
                        const uint32_t hsh = hash32(uint32_t((y + dy) * 8191 + x + dx) ^ grade.grainSeed);
                        grain = int(hsh % uint32_t(2 * grade.grainAmplitude + 1)) - grade.grainAmplitude;
                    }
                    const Pixel p = gradePixel(rows[dy][x + dx], grade, vx[size_t(x + dx)] * vy[size_t(y + dy)], grain);
                    // BT.709, MPEG range, 16.16 fixed point.
                    yRows[dy][x + dx] = uint8_t(((11966 * p.r + 40254 * p.g + 4064 * p.b + 32768) >> 16) + 16);
                    sr += p.r;
                    sg += p.g;
                    sb += p.b;
                }
            uRow[x / 2] = clamp8(((-6597 * sr - 22187 * sg + 28784 * sb + 131072) >> 18) + 128);
            vRow[x / 2] = clamp8(((28784 * sr - 26147 * sg - 2637 * sb + 131072) >> 18) + 128);
        }
    }
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
