#pragma once

#include "media/YuvFrame.h"
#include "storyboard/TextCards.h"

#include <QImage>

#include <vector>

namespace rc::storyboard {

// Picture operations done in the encoder's own layout (YUV 4:2:0, BT.709, MPEG range), so a
// lesson's frames go from the decoder to the encoder without an RGB round trip: at 1080p each
// conversion costs about as much as decoding (platform-notes: 7 ms a frame).

// An RGB picture (the title card) in the encoder's layout.
media::YuvFrame toYuv(const QImage &image);

// out = a * (1 - w) + b * w, with w = weight256 / 256. All three the same size; out may be a.
void blendYuv(const media::YuvFrame &a, const media::YuvFrame &b, int weight256, media::YuvFrame *out);

// A caption converted once to premultiplied YUV with alpha, to lay over many frames.
struct YuvOverlay
{
    int x = 0, y = 0, width = 0, height = 0; // even
    std::vector<float> y1, u1, v1;   // premultiplied values (luma at full, chroma at half size)
    std::vector<float> a1, ca1;      // 1 - alpha (luma, chroma)
    bool isNull() const { return width == 0; }
};
YuvOverlay toYuvOverlay(const CaptionOverlay &overlay, int frameWidth, int frameHeight);
void drawYuvOverlay(media::YuvFrame &frame, const YuvOverlay &overlay);

} // namespace rc::storyboard
