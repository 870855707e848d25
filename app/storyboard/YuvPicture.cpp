#include "storyboard/YuvPicture.h"

extern "C" {
#include <libswscale/swscale.h>
}

#include <algorithm>

namespace rc::storyboard {
namespace {

// BT.709, MPEG range, of premultiplied 0..255 RGB with alpha 0..1.
struct Yuv
{
    float y, u, v;
};
Yuv premultipliedYuv(float r, float g, float b, float a)
{
    return {a * 16 + 219.0f / 255 * (0.2126f * r + 0.7152f * g + 0.0722f * b),
            a * 128 + 224.0f / 255 * (-0.114572f * r - 0.385428f * g + 0.5f * b),
            a * 128 + 224.0f / 255 * (0.5f * r - 0.454153f * g - 0.045847f * b)};
}

uint8_t toByte(float v)
{
    return uint8_t(std::clamp(v + 0.5f, 0.0f, 255.0f));
}

} // namespace

media::YuvFrame toYuv(const QImage &image)
{
    const QImage src = image.convertToFormat(QImage::Format_RGB32);
    media::YuvFrame out;
    out.resize(src.width() & ~1, src.height() & ~1);
    SwsContext *sws = sws_getContext(src.width(), src.height(), AV_PIX_FMT_RGB32, out.width, out.height,
                                     AV_PIX_FMT_YUV420P, SWS_BICUBIC, nullptr, nullptr, nullptr);
    if (!sws)
        return out;
    const int *coeffs = sws_getCoefficients(SWS_CS_ITU709);
    sws_setColorspaceDetails(sws, coeffs, 1, coeffs, 0, 0, 1 << 16, 1 << 16);
    const uint8_t *srcData[1] = {src.constBits()};
    const int srcStride[1] = {int(src.bytesPerLine())};
    uint8_t *dst[3] = {out.y.data(), out.u.data(), out.v.data()};
    const int dstStride[3] = {out.width, out.width / 2, out.width / 2};
    sws_scale(sws, srcData, srcStride, 0, src.height(), dst, dstStride);
    sws_freeContext(sws);
    return out;
}

void blendYuv(const media::YuvFrame &a, const media::YuvFrame &b, int weight256, media::YuvFrame *out)
{
    if (out != &a)
        out->resize(a.width, a.height);
    const int wb = std::clamp(weight256, 0, 256), wa = 256 - wb;
    const auto mix = [&](const std::vector<uint8_t> &pa, const std::vector<uint8_t> &pb, std::vector<uint8_t> &po) {
        const size_t n = std::min(pa.size(), pb.size());
        for (size_t i = 0; i < n; ++i)
            po[i] = uint8_t((pa[i] * wa + pb[i] * wb + 128) >> 8);
    };
    mix(a.y, b.y, out->y);
    mix(a.u, b.u, out->u);
    mix(a.v, b.v, out->v);
}

YuvOverlay toYuvOverlay(const CaptionOverlay &overlay, int frameWidth, int frameHeight)
{
    YuvOverlay o;
    if (overlay.isNull())
        return o;
    // Clip to the frame and snap to the chroma grid.
    const int x0 = std::max(0, overlay.topLeft.x()) & ~1, y0 = std::max(0, overlay.topLeft.y()) & ~1;
    const int x1 = std::min(frameWidth, overlay.topLeft.x() + overlay.image.width()) & ~1;
    const int y1 = std::min(frameHeight, overlay.topLeft.y() + overlay.image.height()) & ~1;
    if (x1 <= x0 || y1 <= y0)
        return o;
    o.x = x0;
    o.y = y0;
    o.width = x1 - x0;
    o.height = y1 - y0;
    const QImage img = overlay.image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    const size_t n = size_t(o.width) * o.height, cn = n / 4;
    o.y1.assign(n, 0);
    o.a1.assign(n, 1);
    o.u1.assign(cn, 0);
    o.v1.assign(cn, 0);
    o.ca1.assign(cn, 0);
    for (int r = 0; r < o.height; ++r) {
        const int sy = y0 + r - overlay.topLeft.y();
        for (int c = 0; c < o.width; ++c) {
            const int sx = x0 + c - overlay.topLeft.x();
            QRgb px = 0;
            if (sy >= 0 && sy < img.height() && sx >= 0 && sx < img.width())
                px = reinterpret_cast<const QRgb *>(img.constScanLine(sy))[sx];
            const float a = qAlpha(px) / 255.0f;
            const Yuv p = premultipliedYuv(qRed(px), qGreen(px), qBlue(px), a);
            const size_t i = size_t(r) * o.width + c, ci = size_t(r / 2) * (o.width / 2) + c / 2;
            o.y1[i] = p.y;
            o.a1[i] = 1 - a;
            // Chroma: the average of the 2x2 block's premultiplied values and coverage.
            o.u1[ci] += p.u / 4;
            o.v1[ci] += p.v / 4;
            o.ca1[ci] += a / 4;
        }
    }
    for (float &c : o.ca1)
        c = 1 - c;
    return o;
}

void drawYuvOverlay(media::YuvFrame &f, const YuvOverlay &o)
{
    if (o.isNull() || o.x + o.width > f.width || o.y + o.height > f.height)
        return;
    for (int r = 0; r < o.height; ++r) {
        uint8_t *row = f.y.data() + size_t(o.y + r) * f.width + o.x;
        const float *py = o.y1.data() + size_t(r) * o.width, *pa = o.a1.data() + size_t(r) * o.width;
        for (int c = 0; c < o.width; ++c)
            row[c] = toByte(py[c] + row[c] * pa[c]);
    }
    const int cw = f.width / 2, ow = o.width / 2;
    for (int r = 0; r < o.height / 2; ++r) {
        uint8_t *u = f.u.data() + size_t(o.y / 2 + r) * cw + o.x / 2;
        uint8_t *v = f.v.data() + size_t(o.y / 2 + r) * cw + o.x / 2;
        const size_t at = size_t(r) * ow;
        for (int c = 0; c < ow; ++c) {
            u[c] = toByte(o.u1[at + c] + u[c] * o.ca1[at + c]);
            v[c] = toByte(o.v1[at + c] + v[c] * o.ca1[at + c]);
        }
    }
}

} // namespace rc::storyboard
