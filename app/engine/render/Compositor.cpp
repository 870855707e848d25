#include "engine/render/Compositor.h"

#include "engine/render/Buildings.h"
#include "engine/render/PhotoLayer.h"
#include "engine/render/Plants.h"
#include "engine/render/Random.h"

#include <cmath>

namespace rc::engine {

namespace {
// The cloud variants the plan's light can ask for, judged at each shot's start, middle and end
// (a light in between that the samples miss still draws: from the unscaled sprite), and the fog
// band if any shot has fog.
Sprites makeSprites(const ScenePlan &plan, QSize size, quint64 seed)
{
    bool day = false, night = false, fog = false;
    for (const ShotPlan &shot : plan.shots) {
        for (double progress : {0.0, 0.25, 0.5, 0.75, 1.0})
            (darkClouds(lookAt(shot, progress)) ? night : day) = true;
        fog = fog || shot.hasWeather("fog");
    }
    return Sprites::make(size, seed, day, night, fog);
}
} // namespace

Compositor::Compositor(const ScenePlan &plan, const Timeline &timeline, QSize size, Tier tier,
                       const QImage &photo, quint64 seed, QPointF photoFocal)
    : m_plan(plan), m_timeline(timeline), m_size(size), m_tier(tier), m_seed(seed),
      m_sprites(makeSprites(plan, size, seed))
{
    if (!photo.isNull())
        m_photo = std::make_unique<PhotoLayer>(photo, size, photoFocal);
}

Compositor::~Compositor() = default;

void Compositor::drawLandscape(const DrawContext &c) const
{
    const double H = c.H(), hz = c.horizon();
    const ShotPlan &s = c.shot;
    const QColor tint = s.palette.isEmpty() ? QColor() : s.palette.first();
    auto ground = [&](QColor base) { return tint.isValid() ? QColor::fromRgbF(float((base.redF() + tint.redF()) / 2), float((base.greenF() + tint.greenF()) / 2), float((base.blueF() + tint.blueF()) / 2)) : base; };
    auto haze = [&](const QColor &col, double amount) {
        const QColor sky = c.look.skyBottom;
        const QColor lit = c.look.lit(col);
        return QColor::fromRgbF(float(lit.redF() + (sky.redF() - lit.redF()) * amount),
                                float(lit.greenF() + (sky.greenF() - lit.greenF()) * amount),
                                float(lit.blueF() + (sky.blueF() - lit.blueF()) * amount));
    };
    const QString &set = s.setting;
    const double clouds = s.hasWeather("rain") || s.hasWeather("storm") ? 1.0 : 0.6;
    const bool groundFollows = set != QLatin1String("sky") && set != QLatin1String("beach") && set != QLatin1String("ocean");
    drawSky(c, groundFollows);
    if (set == QLatin1String("sky")) {
        drawClouds(c, 1.3);
        drawRidge(c, 12, H * 0.95, H * 0.08, 1.2, haze(QColor(90, 110, 140), 0.5), 500);
        return;
    }
    // Mars has no white clouds, only dust (its haze is in the sky colours).
    drawClouds(c, set == QLatin1String("desert") ? (s.hasDetail("mars") ? 0.0 : 0.2) : clouds);
    if (set == QLatin1String("beach") || set == QLatin1String("ocean")) {
        drawRidge(c, 15, hz, H * 0.03, 1.5, haze(QColor(70, 90, 90), 0.6), 510);
        drawWater(c, hz, set == QLatin1String("beach") ? H * 0.82 : H * 1.1, set == QLatin1String("beach"));
        return;
    }
    if (set == QLatin1String("desert")) {
        const bool mars = s.hasDetail("mars");
        const QColor sand = ground(mars ? QColor(186, 92, 52) : QColor(214, 170, 110));
        drawRidge(c, 14, hz, H * 0.12, 1.2, haze(sand.darker(130), 0.45), 520, false, true);
        drawRidge(c, 6, hz + H * 0.06, H * 0.07, 0.8, haze(sand.darker(110), 0.2), 521, false, true);
        drawGround(c, sand.lighter(105), sand.darker(105));
        if (mars) {
            // Craters far, rocks at three depths: a moving camera shows them slide at their own
            // speeds (parallax), and the ground no longer reads as a flat colour.
            drawCraters(c, 3, 5, hz + H * 0.04, hz + H * 0.2, H * 0.12, sand, 523);
            drawRocks(c, 2.2, 18, hz + H * 0.03, hz + H * 0.22, H * 0.05, sand.darker(140), 524);
        }
        drawRidge(c, 2, hz + H * 0.2, H * 0.05, 1.5, c.look.lit(sand), 522);
        if (mars)
            drawRocks(c, 1.15, 6, hz + H * 0.3, H * 1.02, H * 0.12, sand.darker(150), 525);
        return;
    }
    if (set == QLatin1String("mountains") || set == QLatin1String("snow")) {
        const bool snow = set == QLatin1String("snow") || s.hasWeather("snow");
        drawRidge(c, 16, hz - H * 0.05, H * 0.32, 1.3, haze(QColor(100, 110, 130), 0.45), 530, true, true);
        drawRidge(c, 8, hz + H * 0.02, H * 0.16, 1.8, haze(snow ? QColor(200, 210, 225) : QColor(70, 100, 80), 0.25), 531, snow, true);
        drawGround(c, snow ? QColor(240, 244, 250) : ground(QColor(80, 130, 60)), snow ? QColor(210, 220, 235) : QColor(90, 120, 80));
        drawTrees(c, 3, 6, hz + H * 0.12, H * 0.16, snow ? QColor(30, 70, 50) : QColor(40, 90, 50), 532);
        return;
    }
    // garden, forest, farm-like greens; under falling snow the same place lies white, its trees
    // dark, and no flower or grass blade shows through.
    const bool forest = set == QLatin1String("forest");
    const bool snowy = s.hasWeather("snow");
    drawRidge(c, 12, hz, H * 0.1, 1.4, haze(snowy ? QColor(190, 200, 215) : QColor(80, 120, 90), 0.5), 540, false, true);
    drawTrees(c, 5, forest ? 14 : 6, hz + H * 0.02, H * 0.2,
              snowy ? QColor(30, 60, 50) : forest ? QColor(30, 80, 40) : QColor(60, 130, 60), 541);
    if (snowy)
        drawGround(c, QColor(238, 242, 248), QColor(212, 222, 236));
    else
        drawGround(c, ground(QColor(70, 140, 50)), ground(QColor(110, 160, 70)));
    if (forest)
        drawTrees(c, 2.2, 5, hz + H * 0.2, H * 0.5, snowy ? QColor(25, 55, 45) : QColor(25, 70, 35), 542);
    else if (!snowy)
        drawFlowers(c, 90, hz + H * 0.05, H * 1.0);
    if (!snowy)
        drawGrass(c, hz + H * 0.1, QColor(60, 130, 40));
}

void Compositor::drawScene(double t, QImage *canvas) const
{
    const int shotIndex = m_timeline.shotAt(t);
    const ShotPlan &shot = m_plan.shots[std::min<int>(shotIndex, int(m_plan.shots.size()) - 1)];
    const double progress = m_timeline.shotProgress(t);
    const Look look = lookAt(shot, progress);
    const CameraState cam = cameraAt(shot.camera, progress);
    QPainter p(canvas);
    p.setRenderHint(QPainter::Antialiasing, true);
    const DrawContext c{p, QSizeF(m_size), t, shot.camera.timeLapse ? 8.0 : 1.0, progress, shotIndex,
                        shot, m_timeline, look, cam, m_sprites, m_seed, m_tier == Tier::Pro};
    if (m_photo) {
        m_photo->draw(c, canvas);
        return;
    }
    const QString &set = shot.setting;
    if (set == QLatin1String("city"))
        drawCity(c);
    else if (set == QLatin1String("interior"))
        drawInterior(c);
    else if (set == QLatin1String("space"))
        drawSpace(c);
    else if (set == QLatin1String("underwater"))
        drawUnderwater(c);
    else if (set == QLatin1String("farm"))
        drawFarm(c);
    else if (set == QLatin1String("abstract"))
        drawAbstract(c);
    else
        drawLandscape(c);
    drawLandmarks(c);
    if (shot.subject("tree") && !drawsAsPlant(*shot.subject("tree")) && set != QLatin1String("forest"))
        drawTrees(c, 2.5, 3, c.horizon() + c.H() * 0.15, c.H() * 0.35, QColor(50, 120, 50), 550);
    if (shot.subject("flower") && set != QLatin1String("garden") && set != QLatin1String("interior") && set != QLatin1String("ocean"))
        drawFlowers(c, 60, c.horizon() + c.H() * 0.15, c.H());
    drawPlants(c);
    drawSubjects(c);
    drawWeather(c);
    drawEffects(c);
    drawLightning(c);
}

Grade Compositor::gradeAt(double t, int index) const
{
    const int shotIndex = m_timeline.shotAt(t);
    const ShotPlan &shot = m_plan.shots[std::min<int>(shotIndex, int(m_plan.shots.size()) - 1)];
    const double progress = m_timeline.shotProgress(t);
    Look look = lookAt(shot, progress);
    if (m_photo) {
        // Neutral at the first frame; only a setting sun warms the photo over the clip.
        Grade g;
        const double warm = PhotoLayer::warmthAt(shot, progress);
        const float lift[3] = {0, 0, 0};
        g.setCurves(float(1 + 0.08 * warm), float(1 - 0.03 * warm), float(1 - 0.16 * warm), 1.0f, 0, lift);
        g.vignette = float(0.3 * smoothstep(0, 0.3, progress));
        return g;
    }
    return gradeFor(shot, look, m_tier == Tier::Pro, uint32_t(hashOf(m_seed, 600, uint64_t(index))));
}

void Compositor::renderFrame(int index, QImage *canvas, QImage *scratch, media::YuvFrame *out) const
{
    if (canvas->size() != m_size)
        *canvas = QImage(m_size, QImage::Format_RGB32);
    const double t = double(index) / m_timeline.fps;
    drawScene(t, canvas);
    if (m_tier == Tier::Pro) {
        // Motion blur: the mean of this instant and half a frame later (a 180-degree shutter).
        if (scratch->size() != m_size)
            *scratch = QImage(m_size, QImage::Format_RGB32);
        drawScene(t + 0.5 / m_timeline.fps, scratch);
        for (int y = 0; y < m_size.height(); ++y) {
            quint32 *a = reinterpret_cast<quint32 *>(canvas->scanLine(y));
            const quint32 *b = reinterpret_cast<const quint32 *>(scratch->constScanLine(y));
            for (int x = 0; x < m_size.width(); ++x)
                a[x] = (((a[x] ^ b[x]) & 0xfefefefeu) >> 1) + (a[x] & b[x]); // per-byte average
        }
    }
    gradeToYuv(*canvas, gradeAt(t, index), out);
}

QImage Compositor::renderImage(int index) const
{
    QImage canvas(m_size, QImage::Format_RGB32);
    const double t = double(index) / m_timeline.fps;
    drawScene(t, &canvas);
    gradeInPlace(&canvas, gradeAt(t, index));
    return canvas;
}

} // namespace rc::engine
