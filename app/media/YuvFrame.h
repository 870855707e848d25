#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace rc::media {

// One picture in the encoder's own layout: 8-bit YUV 4:2:0, BT.709, MPEG (limited) range, planes
// tightly packed. Renderers that fuse their colour pass with the RGB->YUV conversion hand this to
// Mp4Writer directly and skip libswscale (see platform-notes: the fused pass is the cheap one).
struct YuvFrame
{
    int width = 0;  // even
    int height = 0; // even
    std::vector<uint8_t> y; // width * height
    std::vector<uint8_t> u; // (width / 2) * (height / 2)
    std::vector<uint8_t> v; // (width / 2) * (height / 2)

    void resize(int w, int h)
    {
        width = w;
        height = h;
        y.resize(std::size_t(w) * h);
        u.resize(std::size_t(w / 2) * (h / 2));
        v.resize(std::size_t(w / 2) * (h / 2));
    }
};

} // namespace rc::media
