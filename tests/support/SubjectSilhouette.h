#pragma once

#include "engine/plan/ScenePlan.h"

#include <QImage>
#include <QRect>
#include <QSize>

#include <functional>

namespace rc::test {

// A subject of a rendered engine frame, painted a colour found nowhere else in the scene
// (magenta) so its silhouette can be measured: its pixels, bounding box and separate shapes.
struct Silhouette
{
    int pixels = 0;
    QRect rect;
    int blobs = 0; // separate magenta shapes (4-connected)
    double aspect() const { return rect.isEmpty() ? 0 : double(rect.height()) / rect.width(); }
};

inline constexpr QSize kSilhouetteFrame(480, 270);

bool isMarkerMagenta(QRgb c);
Silhouette measureSilhouette(const QImage &img);

// Plans `prompt`, paints its first subject magenta, holds the camera still, lets `adjust` change
// the plan (an action, say), and renders frame `frame` of a 2 s clip at kSilhouetteFrame.
QImage renderMarkedFrame(const QString &prompt, int frame,
                         const std::function<void(rc::engine::ScenePlan &)> &adjust = {});
Silhouette markedSilhouette(const QString &prompt, int frame,
                            const std::function<void(rc::engine::ScenePlan &)> &adjust = {});

// RMS of three seconds of the raw mix of a scene whose only sound is the bed `id` (no music):
// a bed the mixer does not know falls back to a quiet room tone.
double bedRms(const QString &id);

} // namespace rc::test
