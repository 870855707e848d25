#pragma once

#include "engine/plan/ScenePlan.h"
#include "engine/render/Camera.h"
#include "engine/render/Look.h"
#include "engine/timeline/Timeline.h"

#include <QImage>
#include <QPainter>

#include <vector>

namespace rc::engine {

// Pictures made once per clip and shared read-only by every render thread: blurring a cloud per
// frame costs milliseconds, drawing a ready sprite costs microseconds (platform-notes).
struct Sprites
{
    QImage cloud;  // soft white cloud
    QImage nightCloud; // dark slate cloud with a moonlit upper rim: a white one reads as grey fog
    QImage fog;    // a wide soft band at the size drawFog shows it (fogBandSize), when the plan has fog
    // Each cloud of the clip (its width depends only on the seed) scaled once to its size, in the
    // variants the clip's light can need (empty otherwise: drawClouds then resamples the sprite):
    // drawn unscaled they cost a blend, not a resample, per frame.
    std::vector<QImage> cloudAt, nightCloudAt;
    static Sprites make(int frameHeight);
    static Sprites make(QSize frame, uint64_t seed, bool dayClouds, bool nightClouds, bool fog);
};

// What every draw function receives for one frame.
struct DrawContext
{
    QPainter &p;
    QSizeF size;
    double t;         // seconds into the clip
    double timeScale; // 1, or ~8 in a time-lapse (clouds, traffic, stars turn faster)
    double progress;  // 0..1 within the shot
    int shotIndex;
    const ShotPlan &shot;
    const Timeline &tl;
    const Look &look;
    const CameraState &cam;
    const Sprites &sprites;
    uint64_t seed;
    bool pro;

    double W() const { return size.width(); }
    double H() const { return size.height(); }
    double horizon() const; // y of the horizon in frame pixels, before the camera
    void enterLayer(double depth) const { p.setTransform(cam.layer(depth, size)); }
    void glow(QPointF centre, double radius, const QColor &color, double opacity) const;
};

QSize fogBandSize(QSizeF frame); // a fog band: 1.4 frame widths by 0.35 heights

// Backdrops (Backdrop.cpp)
bool darkClouds(const Look &look); // whether drawClouds uses the night sprite in this light
// groundFollows: an opaque drawGround() comes before anything else covers the sky's lower part
// (the sky and ridges then stop just under the ground's top edge).
void drawSky(const DrawContext &c, bool groundFollows = false);
void drawClouds(const DrawContext &c, double density);
void drawRidge(const DrawContext &c, double depth, double baseY, double amplitude, double roughness,
               const QColor &color, uint64_t stream, bool snowCap = false, bool groundFollows = false);
void drawGround(const DrawContext &c, const QColor &nearColor, const QColor &farColor);
void drawWater(const DrawContext &c, double topY, double bottomY, bool shore);
void drawTrees(const DrawContext &c, double depth, int count, double baseY, double height,
               const QColor &color, uint64_t stream);
void drawFlowers(const DrawContext &c, int count, double y0, double y1);
void drawGrass(const DrawContext &c, double y0, const QColor &color);

// Props (Props.cpp): rocks and craters from the far `y0` to the near `y1` (frame pixels, before
// the camera), the largest `maxSize` pixels; a café's customers and counter (behind its table)
// and cups (on it).
void drawRocks(const DrawContext &c, double depth, int count, double y0, double y1, double maxSize,
               const QColor &color, uint64_t stream);
void drawCraters(const DrawContext &c, double depth, int count, double y0, double y1, double maxSize,
                 const QColor &ground, uint64_t stream);
enum class CafePart { BehindTable, OnTable };
void drawCafeProps(const DrawContext &c, double tableTop, CafePart part);

// Places with their own architecture (Places.cpp)
void drawCity(const DrawContext &c);
void drawInterior(const DrawContext &c);
void drawSpace(const DrawContext &c);
void drawUnderwater(const DrawContext &c);
void drawFarm(const DrawContext &c);
void drawAbstract(const DrawContext &c);

// Subjects (Subjects.cpp): all of the shot's subjects at the subject plane, standing on the
// line kSubjectGroundY of the frame's height (outdoors; indoors on the table).
inline constexpr double kSubjectGroundY = 0.86;
// Subjects (Subjects.cpp): all of the shot's subjects at the subject plane.
void drawSubjects(const DrawContext &c);
// Seconds since the shot began: gaits and cycles that must match the timeline's events.
double shotTime(const DrawContext &c);
// 0..1 while an event of `kind` for `subject` runs (its lengthSec, else `lengthSec`), else -1.
double eventPhase(const DrawContext &c, EventKind kind, int subject, double lengthSec);

// Particles and light effects over everything (Particles.cpp).
void drawWeather(const DrawContext &c);
void drawEffects(const DrawContext &c);
void drawLightning(const DrawContext &c);

} // namespace rc::engine
