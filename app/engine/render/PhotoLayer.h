#pragma once

#include "engine/render/Canvas.h"

#include <QImage>

namespace rc::engine {

// Photo to video: the photo, crop-fitted to the frame, is the first frame; then the camera moves
// over it (a slow push-in by default) and the prompt's effects play on it: ripples below the
// horizon, a warming sunset, rain or snow, a light sweep for products. The grade starts neutral so
// frame 0 matches the fitted photo.
class PhotoLayer
{
public:
    PhotoLayer(const QImage &photo, QSize frame);
    void draw(const DrawContext &c, QImage *canvas) const;
    // 0..1 warm shift at `progress` of the clip (0 at the first frame).
    static double warmthAt(const ShotPlan &shot, double progress);

private:
    QImage m_source;   // the photo scaled so its fitted crop is kOversample x the frame
    QRectF m_fit;      // that crop, in m_source pixels
    double m_horizon;  // 0..1 of the frame: the row where sky meets land or water
};

} // namespace rc::engine
