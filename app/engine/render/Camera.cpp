#include "engine/render/Camera.h"

#include "engine/render/Random.h"

#include <cmath>

namespace rc::engine {

QTransform CameraState::layer(double depth, QSizeF frame) const
{
    const double scale = 1 + (zoom - 1) * dollyBoost / depth;
    const double w = frame.width(), h = frame.height();
    QTransform t;
    t.translate(w / 2 - panX * w / depth, h / 2 - panY * h / depth + rise * h * 0.6 / depth);
    t.scale(scale, scale);
    t.translate(-w / 2, -h / 2);
    return t;
}

CameraState cameraAt(const CameraPlan &plan, double shotProgress)
{
    CameraState c;
    const double u = easeInOut(shotProgress);
    const double k = plan.speed;
    if (plan.framing == QLatin1String("closeup"))
        c.zoom = 1.35;
    const QString &m = plan.move;
    if (m == QLatin1String("pushIn"))
        c.zoom *= 1 + 0.3 * k * u;
    else if (m == QLatin1String("pullOut"))
        c.zoom *= 1 + 0.3 * k * (1 - u);
    else if (m == QLatin1String("panRight"))
        c.panX = 0.18 * k * (u - 0.5);
    else if (m == QLatin1String("panLeft"))
        c.panX = -0.18 * k * (u - 0.5);
    else if (m == QLatin1String("tiltUp"))
        c.panY = -0.12 * k * (u - 0.5);
    else if (m == QLatin1String("tiltDown"))
        c.panY = 0.12 * k * (u - 0.5);
    else if (m == QLatin1String("rise")) {
        c.rise = std::min(1.0, 0.5 + 0.5 * k) * u;
        c.zoom *= 1.08 - 0.08 * u;
    } else if (m == QLatin1String("orbit")) {
        // A half orbit reads as a sideways slide with strong parallax and a slight push.
        c.panX = 0.22 * k * std::sin((u - 0.5) * M_PI);
        c.zoom *= 1.05;
    } else if (m == QLatin1String("dolly")) {
        c.zoom *= 1 + 0.35 * k * u;
        c.dollyBoost = 1.6;
    }
    return c;
}

} // namespace rc::engine
