#pragma once

#include "engine/render/Canvas.h"

#include <QImage>

namespace rc::engine {

// Photo to video: the photo, crop-fitted to the frame around a focal point, is the first frame;
// then the camera moves over it (a slow push-in by default) and the prompt's effects play on it:
// ripples below the horizon, a warming sunset, rain or snow, a light sweep for products. The
// photo is split at its horizon, when it has a clear one, into a near part that follows the camera
// fully and a far part that follows it less and drifts, blended over a soft band: parallax from
// one picture. The grade starts neutral and both parts coincide at frame 0, so frame 0 matches
// the fitted photo. A photo with no clear horizon (a product, a portrait) moves as one layer.
class PhotoLayer
{
public:
    PhotoLayer(const QImage &photo, QSize frame, QPointF focal = {0.5, 0.5});
    void draw(const DrawContext &c, QImage *canvas) const;
    // 0..1 warm shift at `progress` of the clip (0 at the first frame).
    static double warmthAt(const ShotPlan &shot, double progress);

private:
    // The part of m_source shown at camera `zoom` and pan, for a layer taking `share` of the move.
    QRectF sourceRect(const CameraState &cam, double share, double driftX) const;
    void drawSplit(const DrawContext &c) const;

    QImage m_source;   // the photo scaled so its fitted crop is kOversample x the frame
    QRectF m_fit;      // that crop, in m_source pixels
    double m_horizon;  // 0..1 of the frame: the row where sky meets land or water
    bool m_split;      // a clear horizon runs across the photo: near and far parts move apart
};

} // namespace rc::engine
