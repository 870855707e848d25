#include "engine/render/AdditiveLight.h"

#include "engine/render/CpuFeatures.h"

#include <QLinearGradient>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <cstdint>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace rc::engine {

#if defined(__x86_64__) || defined(__i386__)
// In AdditiveLightAvx2.cpp: the same steps eight pixels at a time; each returns where it stopped.
int addRunAvx2(uint32_t *pixels, int count, uint32_t light);
int addGlowRowAvx2(uint32_t *row, int x0, int x1, float centreX, float invRx, float dy2, float strength, const float bgra[4]);
#endif

namespace {
// One pixel plus light. Where the sum passes 255 in some colour channel, the excess goes to all
// three, so over-bright light turns white instead of clipping one channel first: a warm sun
// added to a blue sky clips blue while green still rises, and the grade's curves then made a
// green ring of the halo. (Screen mode avoids that too, but dims a glow over a bright sky.)
inline uint32_t addLight(uint32_t pixel, uint32_t light)
{
    int sum[3];
    int excess = 0;
    for (int ch = 0; ch < 3; ++ch) {
        sum[ch] = int((pixel >> (8 * ch)) & 0xff) + int((light >> (8 * ch)) & 0xff);
        excess = std::max(excess, sum[ch] - 255);
    }
    const int alpha = std::min(255, int(pixel >> 24) + int(light >> 24));
    uint32_t out = uint32_t(alpha) << 24;
    for (int ch = 0; ch < 3; ++ch)
        out |= uint32_t(std::min(255, sum[ch] + excess)) << (8 * ch);
    return out;
}

#if defined(__SSE2__)
// addLight() on four pixels, with the same integer arithmetic (so the same bytes).
inline __m128i addLight4(__m128i pixels, __m128i light)
{
    const __m128i saturated = _mm_adds_epu8(pixels, light);
    if (_mm_movemask_epi8(_mm_cmpeq_epi8(saturated, _mm_add_epi8(pixels, light))) == 0xffff)
        return saturated; // no byte passed 255: nothing to spill
    const __m128i zero = _mm_setzero_si128();
    const __m128i colourLanes = _mm_set_epi16(0, -1, -1, -1, 0, -1, -1, -1); // blue, green, red; not alpha
    const __m128i full = _mm_set1_epi16(255);
    auto twoPixels = [&](__m128i d, __m128i s) {
        const __m128i sum = _mm_add_epi16(d, s);
        const __m128i colour = _mm_and_si128(sum, colourLanes);
        // The largest colour channel of each pixel, in all four of its lanes.
        __m128i most = _mm_max_epi16(colour, _mm_shufflehi_epi16(_mm_shufflelo_epi16(colour, _MM_SHUFFLE(0, 3, 2, 1)), _MM_SHUFFLE(0, 3, 2, 1)));
        most = _mm_max_epi16(most, _mm_shufflehi_epi16(_mm_shufflelo_epi16(most, _MM_SHUFFLE(1, 0, 3, 2)), _MM_SHUFFLE(1, 0, 3, 2)));
        const __m128i excess = _mm_and_si128(_mm_subs_epu16(most, full), colourLanes);
        return _mm_add_epi16(sum, excess);
    };
    return _mm_packus_epi16(twoPixels(_mm_unpacklo_epi8(pixels, zero), _mm_unpacklo_epi8(light, zero)),
                            twoPixels(_mm_unpackhi_epi8(pixels, zero), _mm_unpackhi_epi8(light, zero)));
}
#endif

// The same light added to a run of pixels: the inside of a shaft, four pixels a step.
void addRun(uint32_t *pixels, int count, uint32_t light)
{
    int i = 0;
#if defined(__x86_64__) || defined(__i386__)
    if (cpuHasAvx2())
        i = addRunAvx2(pixels, count, light);
#endif
#if defined(__SSE2__)
    const __m128i add = _mm_set1_epi32(int(light));
    for (; i + 4 <= count; i += 4) {
        auto *at = reinterpret_cast<__m128i *>(pixels + i);
        _mm_storeu_si128(at, addLight4(_mm_loadu_si128(at), add));
    }
#endif
    for (; i < count; ++i)
        pixels[i] = addLight(pixels[i], light);
}

// A premultiplied colour (floats 0..255) scaled by `weight`, packed as the canvas stores it.
struct Light
{
    float blue, green, red, alpha;
    uint32_t packed(float weight) const
    {
        auto byte = [weight](float v) { return uint32_t(std::clamp(int(v * weight + 0.5f), 0, 255)); };
        return byte(blue) | byte(green) << 8 | byte(red) << 16 | byte(alpha) << 24;
    }
};

// An opaque canvas's alpha stays 255 whatever is added, so its light adds none: then a sum
// that saturates no byte needs no spill, the common case the vector path tests for first.
Light lightOf(QRgb colour, const CanvasTarget &target)
{
    const bool opaque = target.image->format() == QImage::Format_RGB32;
    return {float(qBlue(colour)), float(qGreen(colour)), float(qRed(colour)), opaque ? 0.0f : 255.0f};
}

} // namespace

namespace {
// One row of a glow: pixels x0..x1-1 whose centres lie `dy` (in radii) from the centre's row.
// The profile is setGlowStops': 1 at the centre, 0.3 at 0.35 of the radius, 0 at the radius.
// The vector and the scalar paths do the same float operations in the same order, so a pixel's
// value does not depend on which of them drew it.
void addGlowRow(uint32_t *row, int x0, int x1, float centreX, float invRx, float dy, float strength, const Light &light)
{
    const float dy2 = dy * dy;
    int x = x0;
#if defined(__x86_64__) || defined(__i386__)
    if (cpuHasAvx2()) {
        const float bgra[4] = {light.blue, light.green, light.red, light.alpha};
        x = addGlowRowAvx2(row, x, x1, centreX, invRx, dy2, strength, bgra);
    }
#endif
#if defined(__SSE2__)
    const __m128 offsets = _mm_setr_ps(0.5f, 1.5f, 2.5f, 3.5f);
    const __m128 vCentre = _mm_set1_ps(centreX), vInv = _mm_set1_ps(invRx), vDy2 = _mm_set1_ps(dy2);
    const __m128 one = _mm_set1_ps(1.0f), two = _mm_set1_ps(2.0f), knee = _mm_set1_ps(0.35f);
    const __m128 tail = _mm_set1_ps(0.3f / 0.65f), half = _mm_set1_ps(0.5f), zero = _mm_setzero_ps();
    const __m128 vStrength = _mm_set1_ps(strength);
    const __m128 blue = _mm_set1_ps(light.blue), green = _mm_set1_ps(light.green), red = _mm_set1_ps(light.red),
                 alpha = _mm_set1_ps(light.alpha);
    for (; x + 4 <= x1; x += 4) {
        const __m128 dx = _mm_mul_ps(_mm_sub_ps(_mm_add_ps(_mm_set1_ps(float(x)), offsets), vCentre), vInv);
        const __m128 d = _mm_sqrt_ps(_mm_add_ps(_mm_mul_ps(dx, dx), vDy2));
        const __m128 core = _mm_sub_ps(one, _mm_mul_ps(two, d));
        const __m128 outer = _mm_mul_ps(_mm_sub_ps(one, d), tail);
        const __m128 isCore = _mm_cmplt_ps(d, knee);
        const __m128 profile = _mm_max_ps(_mm_or_ps(_mm_and_ps(isCore, core), _mm_andnot_ps(isCore, outer)), zero);
        const __m128 w = _mm_mul_ps(vStrength, profile);
        auto channel = [&](__m128 c) { return _mm_cvttps_epi32(_mm_add_ps(_mm_mul_ps(c, w), half)); };
        const __m128i packed = _mm_or_si128(_mm_or_si128(channel(blue), _mm_slli_epi32(channel(green), 8)),
                                            _mm_or_si128(_mm_slli_epi32(channel(red), 16), _mm_slli_epi32(channel(alpha), 24)));
        auto *at = reinterpret_cast<__m128i *>(row + x);
        _mm_storeu_si128(at, addLight4(_mm_loadu_si128(at), packed));
    }
#endif
    for (; x < x1; ++x) {
        const float dx = ((float(x) + 0.5f) - centreX) * invRx;
        const float d = std::sqrt(dx * dx + dy2);
        const float core = 1.0f - 2.0f * d, outer = (1.0f - d) * (0.3f / 0.65f);
        const float w = strength * std::max(d < 0.35f ? core : outer, 0.0f);
        row[x] = addLight(row[x], light.packed(w));
    }
}
} // namespace

namespace {
// A glow in device pixels: an ellipse of radii rx, ry around `c`.
void computeGlow(const CanvasTarget &target, QPointF c, double rx, double ry, float strength, const Light &light)
{
    const int y0 = std::max(target.clip.top(), int(std::floor(c.y() - ry)));
    const int y1 = std::min(target.clip.bottom() + 1, int(std::ceil(c.y() + ry)));
    for (int y = y0; y < y1; ++y) {
        const float dy = (float(y) + 0.5f - float(c.y())) / float(ry);
        if (dy * dy >= 1.0f)
            continue;
        // Only the row's chord of the ellipse: outside it the profile is zero.
        const double halfChord = rx * std::sqrt(1.0 - double(dy) * dy);
        const int x0 = std::max(target.clip.left(), int(std::floor(c.x() - halfChord)));
        const int x1 = std::min(target.clip.right() + 1, int(std::ceil(c.x() + halfChord)));
        if (x1 > x0)
            addGlowRow(target.row(y), x0, x1, float(c.x()), float(1 / rx), dy, strength, light);
    }
}

} // namespace

void addGlow(const CanvasTarget &target, QPointF centre, double radius, QRgb colour, double opacity)
{
    const QPointF c = target.toDevice.map(centre);
    const double rx = radius * target.toDevice.m11(), ry = radius * target.toDevice.m22();
    const float strength = float(std::min(opacity, 1.0) * target.opacity);
    if (rx <= 0 || ry <= 0 || strength <= 0)
        return;
    computeGlow(target, c, rx, ry, strength, lightOf(colour, target));
}

void addShaft(const CanvasTarget &target, const Shaft &s, QRgb colour, double opacity)
{
    const QTransform &tf = target.toDevice;
    const double top = tf.m22() * s.top + tf.dy(), bottom = tf.m22() * s.bottom + tf.dy();
    opacity *= target.opacity;
    if (bottom <= top || opacity <= 0)
        return;
    const Light light = lightOf(colour, target);
    const int y0 = std::max(target.clip.top(), int(std::floor(top)));
    const int y1 = std::min(target.clip.bottom() + 1, int(std::ceil(bottom)));
    const int clipLeft = target.clip.left(), clipEnd = target.clip.right() + 1;
    for (int y = y0; y < y1; ++y) {
        // The part of this row inside the shaft, and the logical y at its middle.
        const double rowTop = std::max<double>(y, top), rowBottom = std::min<double>(y + 1, bottom);
        const double logicalY = ((rowTop + rowBottom) / 2 - tf.dy()) / tf.m22();
        const double along = (logicalY - s.top) / (s.bottom - s.top);
        const double fade = s.fadeTo > s.fadeFrom ? std::clamp((s.fadeTo - logicalY) / (s.fadeTo - s.fadeFrom), 0.0, 1.0)
                                                  : (logicalY < s.fadeTo ? 1.0 : 0.0);
        const float weight = float(opacity * fade * (rowBottom - rowTop));
        if (weight * 255.0f < 0.5f)
            continue;
        const double left = tf.m11() * (s.topLeft + (s.bottomLeft - s.topLeft) * along) + tf.dx();
        const double right = tf.m11() * (s.topRight + (s.bottomRight - s.topRight) * along) + tf.dx();
        if (right <= left)
            continue;
        auto *row = target.row(y);
        // Whole pixels inside get the full light in one run; the two edge pixels get the share
        // of them the shaft covers.
        const int inFrom = std::max(clipLeft, int(std::ceil(left)));
        const int inTo = std::min(clipEnd, int(std::floor(right)));
        if (inTo > inFrom)
            addRun(row + inFrom, inTo - inFrom, light.packed(weight));
        const int edgeFrom = std::max(clipLeft, int(std::floor(left)));
        const int edgeTo = std::min(clipEnd, int(std::ceil(right)));
        auto addEdge = [&](int x) {
            const double covered = std::min<double>(x + 1, right) - std::max<double>(x, left);
            if (covered > 0)
                row[x] = addLight(row[x], light.packed(weight * float(covered)));
        };
        if (edgeFrom < edgeTo && (edgeFrom < inFrom || inTo <= inFrom))
            addEdge(edgeFrom);
        if (edgeTo - 1 >= inTo && edgeTo - 1 > edgeFrom)
            addEdge(edgeTo - 1);
    }
}

void paintShaft(QPainter &p, const Shaft &s, QRgb colour, double opacity)
{
    if (const std::optional<CanvasTarget> target = directTarget(p)) {
        addShaft(*target, s, colour, opacity);
        return;
    }
    QPainterPath path;
    path.moveTo(s.topLeft, s.top);
    path.lineTo(s.topRight, s.top);
    path.lineTo(s.bottomRight, s.bottom);
    path.lineTo(s.bottomLeft, s.bottom);
    path.closeSubpath();
    QLinearGradient fade(0, s.fadeFrom, 0, s.fadeTo);
    QColor lit = QColor::fromRgb(colour), clear = lit;
    lit.setAlphaF(float(std::clamp(opacity, 0.0, 1.0)));
    clear.setAlpha(0);
    fade.setColorAt(0, lit);
    fade.setColorAt(1, clear);
    p.save();
    p.setCompositionMode(QPainter::CompositionMode_Plus);
    p.setPen(Qt::NoPen);
    p.setBrush(fade);
    p.drawPath(path);
    p.restore();
}

} // namespace rc::engine
