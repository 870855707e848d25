#include "engine/render/Look.h"

#include <algorithm>
#include <cmath>

namespace rc::engine {

namespace {
struct LightPreset
{
    const char *id;
    QRgb top, bottom, sun;
    double sunX, sunY, sunSize;
    double ambient[3];
    double stars;
    double warmth;
};

// Chosen by eye against reference stills of each time of day.
constexpr LightPreset kPresets[] = {
    {"dawn", 0x34406e, 0xf3a27c, 0xffd2a0, 0.30, 0.60, 0.07, {0.92, 0.80, 0.84}, 0.15, 0.5},
    {"morning", 0x4f8fdc, 0xcfe5f4, 0xfff4d6, 0.25, 0.22, 0.055, {1.0, 0.98, 0.94}, 0, 0.1},
    {"noon", 0x3a78d4, 0xa8d0f0, 0xffffff, 0.60, 0.12, 0.05, {1.02, 1.0, 0.98}, 0, 0},
    {"golden", 0x5a78b0, 0xf6c27c, 0xffe0a0, 0.65, 0.48, 0.065, {1.06, 0.9, 0.72}, 0, 0.6},
    {"sunset", 0x2f2c62, 0xff7040, 0xff8a40, 0.55, 0.66, 0.08, {0.98, 0.66, 0.52}, 0.05, 1.0},
    {"night", 0x050916, 0x18223e, 0xe8ecff, 0.72, 0.18, 0.035, {0.32, 0.38, 0.58}, 1.0, 0},
};

const LightPreset &preset(const QString &id)
{
    for (const auto &p : kPresets)
        if (id == QLatin1String(p.id))
            return p;
    return kPresets[2];
}

QColor mixColor(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}
} // namespace

QColor Look::lit(const QColor &base, double extra) const
{
    return QColor::fromRgbF(float(std::clamp(base.redF() * ambient[0] * extra, 0.0, 1.0)),
                            float(std::clamp(base.greenF() * ambient[1] * extra, 0.0, 1.0)),
                            float(std::clamp(base.blueF() * ambient[2] * extra, 0.0, 1.0)),
                            base.alphaF());
}

Look lookAt(const ShotPlan &shot, double progress)
{
    const LightPreset &a = preset(shot.light);
    const LightPreset &b = shot.lightEnd.isEmpty() ? a : preset(shot.lightEnd);
    const double t = shot.lightEnd.isEmpty() ? 0 : progress;
    Look look;
    look.skyTop = mixColor(QColor(a.top), QColor(b.top), t);
    look.skyBottom = mixColor(QColor(a.bottom), QColor(b.bottom), t);
    look.sunColor = mixColor(QColor(a.sun), QColor(b.sun), t);
    look.sunPos = QPointF(a.sunX + (b.sunX - a.sunX) * t, a.sunY + (b.sunY - a.sunY) * t);
    look.sunSize = a.sunSize + (b.sunSize - a.sunSize) * t;
    look.stars = a.stars + (b.stars - a.stars) * t;
    look.warmth = a.warmth + (b.warmth - a.warmth) * t;
    for (int i = 0; i < 3; ++i)
        look.ambient[i] = a.ambient[i] + (b.ambient[i] - a.ambient[i]) * t;
    look.moon = (t < 0.5 ? a : b).id == QLatin1String("night");

    // Places with their own sky.
    if (shot.hasDetail("mars")) {
        look.skyTop = mixColor(QColor(0x9a5a3c), look.skyTop, 0.25);
        look.skyBottom = mixColor(QColor(0xe6a46e), look.skyBottom, 0.2);
        look.ambient[0] *= 1.05;
        look.ambient[2] *= 0.85;
    } else if (shot.setting == QLatin1String("space")) {
        look.skyTop = QColor(0x02030a);
        look.skyBottom = QColor(0x0c1030);
        look.stars = 1;
    } else if (shot.setting == QLatin1String("underwater")) {
        look.skyTop = QColor(0x2a9fc8);
        look.skyBottom = QColor(0x06304e);
    }
    if (shot.hasWeather("storm") || shot.hasWeather("rain")) {
        // Overcast: the sky greys and the light flattens.
        const QColor grey = shot.light == QLatin1String("night") ? QColor(0x10141c) : QColor(0x6d7480);
        look.skyTop = mixColor(look.skyTop, grey.darker(130), 0.7);
        look.skyBottom = mixColor(look.skyBottom, grey, 0.7);
        for (double &c : look.ambient)
            c *= 0.82;
        look.stars = 0;
    }
    if (shot.hasWeather("fog"))
        look.skyBottom = mixColor(look.skyBottom, QColor(0xc8ccd0), 0.5);
    if (!shot.skyPalette.isEmpty()) {
        look.skyTop = mixColor(look.skyTop, shot.skyPalette.first(), 0.75);
        look.skyBottom = mixColor(look.skyBottom, shot.skyPalette.last(), 0.75);
    }
    return look;
}

Grade gradeFor(const ShotPlan &shot, const Look &look, bool pro, uint32_t frameSeed)
{
    Grade g;
    double gain[3] = {1, 1, 1};
    double contrast = 1.05, lift = 0, gamma = 1.0;
    float liftRgb[3] = {0, 0, 0};
    int saturation = 262;
    float vignette = 0.35f;
    // The warm push of a low sun, growing as it sets.
    gain[0] += 0.06 * look.warmth;
    gain[2] -= 0.10 * look.warmth;
    const QString &style = shot.style;
    if (style == QLatin1String("scifi")) {
        // Teal shadows, warm highlights.
        liftRgb[0] = 0.0f, liftRgb[1] = 0.16f, liftRgb[2] = 0.2f;
        lift = 0.18, contrast = 1.12, vignette = 0.55f;
    } else if (style == QLatin1String("cinematic")) {
        liftRgb[0] = 0.02f, liftRgb[1] = 0.1f, liftRgb[2] = 0.14f;
        lift = 0.12, contrast = 1.1, vignette = 0.5f, gain[0] *= 1.02;
    } else if (style == QLatin1String("dreamy")) {
        liftRgb[0] = 0.5f, liftRgb[1] = 0.42f, liftRgb[2] = 0.55f;
        lift = 0.25, contrast = 0.9, saturation = 230, gamma = 0.9;
    } else if (style == QLatin1String("vintage")) {
        liftRgb[0] = 0.3f, liftRgb[1] = 0.22f, liftRgb[2] = 0.12f;
        lift = 0.3, contrast = 0.95, saturation = 150, vignette = 0.7f;
        gain[0] *= 1.05, gain[2] *= 0.88;
    } else if (style == QLatin1String("surreal")) {
        saturation = 330, contrast = 1.08;
    } else if (style == QLatin1String("documentary")) {
        contrast = 1.02, saturation = 250, vignette = 0.2f;
    }
    if (shot.light == QLatin1String("night")) {
        saturation += 40; // keeps neon vivid in the dark
        vignette += 0.1f;
    }
    g.setCurves(float(gain[0]), float(gain[1]), float(gain[2]), float(contrast), float(lift), liftRgb,
                float(gamma));
    g.saturation256 = saturation;
    g.vignette = vignette;
    if (pro) {
        g.grainAmplitude = style == QLatin1String("vintage") ? 5 : 2;
        g.grainSeed = frameSeed;
    } else if (style == QLatin1String("vintage")) {
        g.grainAmplitude = 0; // Draft stays cheap for x264 (platform-notes: grain doubles its work)
    }
    return g;
}

} // namespace rc::engine
