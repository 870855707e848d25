#pragma once

#include "media/YuvFrame.h"

#include <QImage>

#include <array>
#include <cstdint>

namespace rc::engine {

// The look of one frame, applied in the same row pass that converts RGB to YUV 4:2:0: one read of
// the picture instead of three (grade, vignette, conversion; platform-notes measured 3.5 ms vs 13).
struct Grade
{
    std::array<std::array<uint8_t, 256>, 3> curve; // per channel R, G, B: exposure, tint, contrast
    int saturation256 = 256; // 256 = unchanged
    float vignette = 0;      // 0 none .. 1 strong darkening of the corners
    int grainAmplitude = 0;  // +- code values; Pro only (per-frame grain doubles x264's work)
    uint32_t grainSeed = 0;

    Grade();
    // Builds the curves from simple controls. Gains multiply linear-ish code values; lift raises
    // blacks toward `liftColor`; contrast pivots around mid-grey.
    void setCurves(float gainR, float gainG, float gainB, float contrast, float liftAmount,
                   const float liftRgb[3], float gamma = 1.0f);
};

// `rgb` must be Format_RGB32 or ARGB32(_Premultiplied, opaque) with even width and height.
void gradeToYuv(const QImage &rgb, const Grade &grade, media::YuvFrame *out);

// The same grade applied to an RGB picture in place (for thumbnails and photo previews).
void gradeInPlace(QImage *rgb, const Grade &grade);

} // namespace rc::engine
