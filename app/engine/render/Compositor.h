#pragma once

#include "engine/Engine.h"
#include "engine/plan/ScenePlan.h"
#include "engine/render/Canvas.h"
#include "engine/render/ColorPass.h"
#include "engine/timeline/Timeline.h"
#include "media/YuvFrame.h"

#include <QImage>

namespace rc::engine {

class PhotoLayer;

// Draws the frames of one clip. Built once, then renderFrame() is called from several threads at
// once: everything it reads is immutable after construction, and each call draws only into the
// images it is given. A frame depends on its index alone.
class Compositor
{
public:
    Compositor(const ScenePlan &plan, const Timeline &timeline, QSize size, Tier tier,
               const QImage &photo, quint64 seed, QPointF photoFocal = {0.5, 0.5});
    ~Compositor();
    Compositor(const Compositor &) = delete;
    Compositor &operator=(const Compositor &) = delete;

    // `canvas` and `scratch` are the calling thread's own working images (resized as needed).
    void renderFrame(int index, QImage *canvas, QImage *scratch, media::YuvFrame *out) const;
    // The graded picture of frame `index` as RGB, for thumbnails and tests.
    QImage renderImage(int index) const;

private:
    void drawScene(double t, QImage *canvas) const;
    Grade gradeAt(double t, int index) const;
    void drawLandscape(const DrawContext &c) const;

    const ScenePlan &m_plan;
    const Timeline &m_timeline;
    QSize m_size;
    Tier m_tier;
    quint64 m_seed;
    Sprites m_sprites;
    std::unique_ptr<PhotoLayer> m_photo;
};

} // namespace rc::engine
