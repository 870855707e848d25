#include "engine/render/Canvas.h"

#include "engine/render/AdditiveLight.h"
#include "engine/render/CachedSprites.h"
#include "engine/render/HeightField.h"
#include "engine/render/Random.h"
#include "engine/render/SoftLines.h"
#include "engine/render/TintedBlit.h"

#include <QPainterPath>
#include <QRadialGradient>

#include <algorithm>
#include <array>
#include <cmath>
#include <unordered_map>
#include <vector>

namespace rc::engine {

namespace {
// A cloud sprite is kCloudAspect widths tall; its blobs were laid out in a box 0.4 widths tall
// whose top is kCloudMargin widths below the sprite's, so that their soft edges fade out inside
// the sprite instead of being cut along its border. The blobs' centre stays 0.2 widths below
// that box's top, the sprite's centre.
constexpr double kCloudAspect = 0.64;
constexpr double kCloudMargin = 0.12;
// A blob's y in sprite pixels, from its y in the 0.4-width box.
double cloudBlobY(double boxY, int cw) { return (boxY * 0.4 + kCloudMargin) * cw; }
} // namespace

Sprites Sprites::make(int frameHeight)
{
    Sprites s;
    const int cw = std::clamp(frameHeight / 2, 96, 640), ch = int(std::lround(cw * kCloudAspect));
    s.cloud = QImage(cw, ch, QImage::Format_ARGB32_Premultiplied);
    s.cloud.fill(Qt::transparent);
    {
        QPainter p(&s.cloud);
        p.setRenderHint(QPainter::Antialiasing);
        const double blobs[][3] = {{0.3, 0.6, 0.22}, {0.5, 0.45, 0.3}, {0.7, 0.6, 0.22}, {0.45, 0.68, 0.2}, {0.62, 0.5, 0.22}};
        for (const auto &b : blobs) {
            QRadialGradient rg(b[0] * cw, cloudBlobY(b[1], cw), b[2] * cw);
            rg.setColorAt(0, QColor(255, 255, 255, 210));
            rg.setColorAt(0.6, QColor(255, 255, 255, 120));
            rg.setColorAt(1, QColor(255, 255, 255, 0));
            p.setPen(Qt::NoPen);
            p.setBrush(rg);
            p.drawEllipse(QPointF(b[0] * cw, cloudBlobY(b[1], cw)), b[2] * cw, b[2] * cw);
        }
    }
    s.nightCloud = QImage(cw, ch, QImage::Format_ARGB32_Premultiplied);
    s.nightCloud.fill(Qt::transparent);
    {
        QPainter p(&s.nightCloud);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        const double blobs[][3] = {{0.28, 0.62, 0.2}, {0.48, 0.5, 0.28}, {0.7, 0.6, 0.22}, {0.4, 0.68, 0.2}, {0.6, 0.55, 0.22}};
        // The rim first, offset up toward the moon, then the dark body over it.
        for (int pass = 0; pass < 2; ++pass)
            for (const auto &b : blobs) {
                const QPointF centre(b[0] * cw, cloudBlobY(b[1] - (pass == 0 ? 0.06 : 0.0), cw));
                QRadialGradient rg(centre, b[2] * cw);
                const QColor core = pass == 0 ? QColor(150, 160, 195, 200) : QColor(34, 40, 62, 235);
                QColor mid = core, edge = core;
                mid.setAlpha(pass == 0 ? 110 : 170);
                edge.setAlpha(0);
                rg.setColorAt(0, core);
                rg.setColorAt(0.6, mid);
                rg.setColorAt(1, edge);
                p.setBrush(rg);
                p.drawEllipse(centre, b[2] * cw, b[2] * cw);
            }
    }
    return s;
}

namespace {
constexpr double kGroundDepth = 1.5;
constexpr int kMaxClouds = 9; // drawClouds draws round(7 * density) clouds, density <= 1.3
double cloudWidth(uint64_t seed, int i, double W) { return W * randRange(seed, 53, uint64_t(i), 0.18, 0.4); }
} // namespace

bool darkClouds(const Look &look)
{
    // Dark skies get dark clouds lit from above; a white sprite at low opacity looked like smog.
    return look.moon || look.lit(QColor(255, 255, 255)).valueF() < 0.45;
}

QSize fogBandSize(QSizeF frame)
{
    return QSize(std::max(1, int(std::lround(frame.width() * 1.4))), std::max(1, int(std::lround(frame.height() * 0.35))));
}

Sprites Sprites::make(QSize frame, uint64_t seed, bool dayClouds, bool nightClouds, bool fog)
{
    Sprites s = make(frame.height());
    if (fog) {
        // Drawn at the size it is shown at: scaling a small band up every frame cost ~2 ms.
        const QSize band = fogBandSize(frame);
        s.fog = QImage(band, QImage::Format_ARGB32_Premultiplied);
        s.fog.fill(Qt::transparent);
        QPainter p(&s.fog);
        QRadialGradient rg(band.width() / 2.0, band.width() / 2.0, band.width() / 2.0);
        rg.setColorAt(0, QColor(255, 255, 255, 90));
        rg.setColorAt(1, QColor(255, 255, 255, 0));
        p.scale(1, double(band.height()) / band.width());
        p.fillRect(QRectF(0, 0, band.width(), band.width()), rg);
    }
    for (int i = 0; i < kMaxClouds && (dayClouds || nightClouds); ++i) {
        const double w = cloudWidth(seed, i, frame.width());
        const QSize size(std::max(1, int(std::lround(w))), std::max(1, int(std::lround(w * kCloudAspect))));
        if (dayClouds)
            s.cloudAt.push_back(s.cloud.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation));
        if (nightClouds)
            s.nightCloudAt.push_back(s.nightCloud.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation));
    }
    return s;
}

double DrawContext::horizon() const
{
    if (shot.camera.framing == QLatin1String("aerial"))
        return H() * 0.3;
    return H() * 0.6;
}


void DrawContext::glow(QPointF centre, double radius, const QColor &color, double opacity) const
{
    // The glow adds light (Plus mode): straight into the canvas where the painter allows it
    // (AdditiveLight; a 720p sun's glow in ~0.2 ms), as a radial gradient otherwise.
    if (const std::optional<CanvasTarget> target = directTarget(p)) {
        addGlow(*target, centre, radius, color.rgb(), opacity);
        return;
    }
    const QRectF r(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius);
    p.save();
    p.setCompositionMode(QPainter::CompositionMode_Plus);
    QRadialGradient rg(centre, radius);
    setGlowStops(&rg, color, opacity);
    p.setPen(Qt::NoPen);
    p.setBrush(rg);
    p.drawEllipse(r);
    p.restore();
}

static double layerYAboveGround(const DrawContext &c, double depth, double margin)
{
    const double groundTop = c.cam.layer(kGroundDepth, c.size).map(QPointF(0, c.horizon())).y();
    bool invertible = false;
    const QTransform back = c.cam.layer(depth, c.size).inverted(&invertible);
    return invertible ? back.map(QPointF(0, groundTop + margin)).y() : 1e9;
}

void drawSky(const DrawContext &c, bool groundFollows)
{
    c.enterLayer(50);
    const double W = c.W(), H = c.H();
    QLinearGradient g(0, -H * 0.5, 0, c.horizon() + H * 0.05);
    g.setColorAt(0, c.look.skyTop);
    g.setColorAt(1, c.look.skyBottom);
    // With an opaque ground to come, the sky stops a few pixels under the ground's top edge: the
    // rows below (40 % of the frame) were filled only to be covered.
    const double bottom = groundFollows ? std::min(H * 1.6, layerYAboveGround(c, 50, 4)) : H * 1.6;
    c.p.fillRect(QRectF(-W * 0.5, -H * 0.6, W * 2, bottom + H * 0.6), g);
    if (c.look.stars > 0.01) {
        // Stars: one point each with a slow twinkle; drawn as a cosmetic point cloud.
        const int n = int(180 * c.look.stars * (W * H) / (1280.0 * 720.0)) + 20;
        c.p.setRenderHint(QPainter::Antialiasing, false);
        for (int i = 0; i < n; ++i) {
            const double x = randRange(c.seed, 40, uint64_t(i), -0.2, 1.2) * W;
            const double y = randRange(c.seed, 41, uint64_t(i), -0.3, 0.62) * c.horizon();
            const double tw = 0.55 + 0.45 * std::sin(c.t * c.timeScale * randRange(c.seed, 42, uint64_t(i), 1, 4) + i);
            const int a = int(255 * c.look.stars * tw * randRange(c.seed, 43, uint64_t(i), 0.3, 1));
            c.p.setPen(QPen(QColor(255, 255, 255, std::clamp(a, 0, 255)), 0));
            c.p.drawPoint(QPointF(x, y));
        }
        c.p.setRenderHint(QPainter::Antialiasing, true);
    }
    const bool overcast = c.shot.hasWeather("rain") || c.shot.hasWeather("storm");
    if (!overcast && c.shot.setting != QLatin1String("underwater")) {
        const QPointF sun(c.look.sunPos.x() * W, c.look.sunPos.y() * c.horizon() / 0.6);
        const double r = c.look.sunSize * H;
        c.glow(sun, r * 6, c.look.sunColor, c.look.moon ? 0.25 : 0.55);
        c.p.setPen(Qt::NoPen);
        c.p.setBrush(c.look.moon ? QColor(236, 238, 250) : c.look.sunColor.lighter(115));
        c.p.drawEllipse(sun, r, r);
        if (c.look.moon) {
            c.p.setBrush(QColor(200, 204, 220));
            c.p.drawEllipse(sun + QPointF(-r * 0.3, -r * 0.2), r * 0.22, r * 0.22);
            c.p.drawEllipse(sun + QPointF(r * 0.35, r * 0.3), r * 0.15, r * 0.15);
        }
    }
}

void drawClouds(const DrawContext &c, double density)
{
    if (density <= 0)
        return;
    c.enterLayer(20);
    const double W = c.W();
    const int n = int(std::round(density * 7));
    const double drift = c.t * c.timeScale * W * 0.01;
    c.p.save();
    c.p.setRenderHint(QPainter::SmoothPixmapTransform, c.pro);
    const QColor tint = c.look.lit(QColor(255, 255, 255));
    const bool dark = darkClouds(c.look);
    const QImage &sprite = dark ? c.sprites.nightCloud : c.sprites.cloud;
    const std::vector<QImage> &scaled = dark ? c.sprites.nightCloudAt : c.sprites.cloudAt;
    // The sky layers barely zoom (a push-in scales depth 20 by at most ~1.5 %): the clip's
    // pre-scaled cloud, centred where the scaled one would be and placed on whole pixels, is a
    // plain blend instead of a resample. A stronger zoom (dolly) resamples as before.
    const QTransform tf = c.p.transform();
    const bool unscaled = tf.type() <= QTransform::TxScale && std::abs(tf.m11() - 1) < 0.02
                          && std::abs(tf.m22() - 1) < 0.02;
    const double opacity = dark ? 0.85 : std::clamp(0.35 + 0.5 * tint.valueF(), 0.2, 0.9);
    c.p.setOpacity(opacity);
    for (int i = 0; i < n; ++i) {
        const double speed = randRange(c.seed, 50, uint64_t(i), 0.5, 1.5);
        const double span = W * 1.8;
        double x = std::fmod(randRange(c.seed, 51, uint64_t(i), 0, span) + drift * speed, span) - W * 0.4;
        const double y = randRange(c.seed, 52, uint64_t(i), 0.05, 0.55) * c.horizon();
        const double w = cloudWidth(c.seed, i, W);
        if (unscaled && i < int(scaled.size())) {
            const QImage &img = scaled[size_t(i)];
            const QPointF at = tf.map(QPointF(x + w * 0.5, y + w * 0.2));
            const QPoint corner(int(std::floor(at.x() - img.width() * 0.5 + 0.5)), int(std::floor(at.y() - img.height() * 0.5 + 0.5)));
            c.p.save();
            c.p.resetTransform();
            c.p.setOpacity(1.0);
            // Day clouds take the light's colour (warm at sunset); the night sprite has its own.
            const std::optional<CanvasTarget> target = dark ? std::nullopt : directTarget(c.p);
            if (target) {
                blendTinted(*target, img, corner, tint.rgb(), opacity);
            } else {
                c.p.setOpacity(opacity);
                c.p.drawImage(corner, img);
            }
            c.p.restore();
        } else {
            c.p.drawImage(QRectF(x, y + w * (0.2 - kCloudAspect / 2), w, w * kCloudAspect), sprite);
        }
    }
    c.p.restore();
}

void drawRidge(const DrawContext &c, double depth, double baseY, double amplitude, double roughness,
               const QColor &color, uint64_t stream, bool snowCap, bool groundFollows)
{
    c.enterLayer(depth);
    const double W = c.W(), H = c.H();
    QPainterPath path;
    const int n = 72;
    // The ridge's body reaches well below anything that can uncover it (a full crane rise sinks
    // the ground layer 0.4 H), not to the frame's bottom: the ground covers the rest, and the
    // overdraw cost a third of a millisecond a frame.
    double bottom = std::min(H * 1.6, baseY + amplitude + H * 0.5);
    if (groundFollows) {
        // The opaque ground drawn next hides everything below its top edge: stop a few pixels
        // under that edge (mapped into this layer) instead of filling ~300 rows it covers.
        bottom = std::min(bottom, layerYAboveGround(c, depth, 4));
    }
    path.moveTo(-W * 0.6, bottom);
    QPolygonF top;
    for (int i = 0; i <= n; ++i) {
        const double x = -W * 0.6 + W * 2.2 * i / n;
        const double y = baseY - amplitude * fbm(c.seed + stream, x / W * roughness, 4);
        top << QPointF(x, y);
        path.lineTo(x, y);
    }
    path.lineTo(W * 1.6, bottom);
    path.closeSubpath();
    c.p.setPen(Qt::NoPen);
    c.p.setBrush(color);
    if (!fillHeightField(c.p, top, bottom, color))
        c.p.drawPath(path);
    if (snowCap) {
        c.p.setBrush(c.look.lit(QColor(245, 248, 255)));
        for (int i = 1; i < n; ++i)
            if (top[i].y() < top[i - 1].y() && top[i].y() < top[i + 1].y() && top[i].y() < baseY - amplitude * 0.55) {
                const QPointF pk = top[i];
                const double w = W * 2.2 / n * 1.6;
                const QPointF tri[3] = {pk, pk + QPointF(-w, amplitude * 0.18), pk + QPointF(w, amplitude * 0.18)};
                c.p.drawPolygon(tri, 3);
            }
    }
}

void drawGround(const DrawContext &c, const QColor &nearColor, const QColor &farColor)
{
    c.enterLayer(kGroundDepth);
    const double W = c.W(), H = c.H();
    QLinearGradient g(0, c.horizon(), 0, H);
    g.setColorAt(0, c.look.lit(farColor));
    g.setColorAt(1, c.look.lit(nearColor));
    c.p.fillRect(QRectF(-W, c.horizon(), W * 3, H * 1.6), g);
}

void drawWater(const DrawContext &c, double topY, double bottomY, bool shore)
{
    c.enterLayer(3);
    const double W = c.W(), H = c.H();
    const double swell = c.tl.swell(c.t);
    const QColor deep = c.look.lit(QColor(20, 70, 110));
    QLinearGradient g(0, topY, 0, bottomY);
    g.setColorAt(0, c.look.skyBottom.darker(115));
    g.setColorAt(1, deep);
    c.p.fillRect(QRectF(-W, topY, W * 3, H * 1.5), g);
    // The sun's path on the water: short bright dashes, denser near the horizon.
    const double sunX = c.look.sunPos.x() * W;
    const bool sunny = !c.shot.hasWeather("rain") && !c.shot.hasWeather("storm");
    QColor glint = c.look.sunColor;
    for (int i = 0; sunny && i < 70; ++i) {
        const double v = rand01(c.seed, 60, uint64_t(i));
        const double y = topY + (bottomY - topY) * v * v;
        const double wob = std::sin(c.t * 2.1 + i * 1.7) * W * 0.012 * (1 + v * 3);
        const double len = W * (0.01 + 0.05 * v) * (0.6 + 0.4 * std::sin(c.t * 3 + i));
        glint.setAlpha(int(180 * (1 - v * 0.6)));
        strokeLine(c.p, QPointF(sunX + wob - len, y), QPointF(sunX + wob + len, y), glint, 0);
    }
    // Wave lines: perspective spacing, swaying with the shared swell.
    for (int k = 0; k < 18; ++k) {
        const double v = (k + 0.5) / 18.0;
        const double y = topY + (bottomY - topY) * v * v;
        const double amp = H * (0.002 + 0.01 * v) * (0.6 + 0.8 * swell);
        QPolygonF line;
        for (int i = 0; i <= 40; ++i) {
            const double x = -W * 0.5 + W * 2.0 * i / 40;
            line << QPointF(x, y + amp * std::sin(x / W * (20 - 12 * v) + c.t * 1.4 + k * 0.9));
        }
        strokePolyline(c.p, line, QColor(255, 255, 255, 70), 0);
    }
    if (shore) {
        // The waterline advances and retreats with the swell; sand and a foam edge below it.
        const double shoreY = bottomY - H * 0.05 + H * 0.06 * swell;
        QPolygonF edge;
        for (int i = 0; i <= 48; ++i) {
            const double x = -W + W * 3.0 * i / 48;
            const double y = shoreY + H * 0.012 * std::sin(x / W * 9 + c.t * 0.8) + H * 0.02 * (fbm(c.seed + 61, x / W * 2) - 0.5);
            edge << QPointF(x, y);
        }
        QLinearGradient sg(0, shoreY, 0, H);
        sg.setColorAt(0, c.look.lit(QColor(170, 150, 115)));
        sg.setColorAt(0.15, c.look.lit(QColor(214, 192, 150)));
        sg.setColorAt(1, c.look.lit(QColor(230, 210, 170)));
        if (!fillHeightField(c.p, edge, H * 1.6, sg)) {
            QPainterPath sand;
            sand.moveTo(-W, H * 1.6);
            for (const QPointF &pt : edge)
                sand.lineTo(pt);
            sand.lineTo(W * 2, H * 1.6);
            sand.closeSubpath();
            c.p.setPen(Qt::NoPen);
            c.p.setBrush(sg);
            c.p.drawPath(sand);
        }
        strokePolyline(c.p, edge, QColor(255, 255, 255, 200), std::max(1.5, H * 0.006));
        strokePolyline(c.p, edge.translated(0, -H * 0.012), QColor(255, 255, 255, 90), 0);
    }
}


void drawTrees(const DrawContext &c, double depth, int count, double baseY, double height,
               const QColor &color, uint64_t stream)
{
    c.enterLayer(depth);
    const double W = c.W();
    const bool wind = c.shot.hasWeather("wind") || c.shot.hasWeather("storm");
    c.p.setPen(Qt::NoPen);
    const QTransform tf = c.p.transform();
    const bool crownSprites = tf.type() <= QTransform::TxScale && std::abs(tf.m11() - tf.m22()) < 1e-9 && tf.m11() > 0;
    for (int i = 0; i < count; ++i) {
        const double x = -W * 0.3 + W * 1.6 * (i + randRange(c.seed, stream, uint64_t(i), 0.1, 0.9)) / count;
        const double h = height * randRange(c.seed, stream + 1, uint64_t(i), 0.7, 1.2);
        const double sway = std::sin(c.t * (wind ? 2.2 : 0.8) + i) * h * (wind ? 0.04 : 0.012);
        c.p.setBrush(c.look.lit(QColor(90, 62, 40)));
        c.p.drawRect(QRectF(x - h * 0.04, baseY - h * 0.45, h * 0.08, h * 0.47));
        const QColor leaf = c.look.lit(color, randRange(c.seed, stream + 2, uint64_t(i), 0.85, 1.15));
        if (crownSprites) {
            const QPointF at = tf.map(QPointF(x + sway, baseY - h * 0.62));
            const QImage &img = crownSprite(leaf.rgb(), std::max(4, 4 * int(std::lround(h * tf.m11()))));
            c.p.save();
            c.p.resetTransform();
            c.p.drawImage(QPoint(int(std::floor(at.x() + 0.5)) - img.width() / 2, int(std::floor(at.y() + 0.5)) - img.height() / 2), img);
            c.p.restore();
            continue;
        }
        c.p.setBrush(leaf);
        c.p.drawEllipse(QPointF(x + sway, baseY - h * 0.62), h * 0.3, h * 0.3);
        c.p.setBrush(leaf.lighter(112));
        c.p.drawEllipse(QPointF(x + sway - h * 0.12, baseY - h * 0.75), h * 0.2, h * 0.2);
        c.p.setBrush(leaf.darker(112));
        c.p.drawEllipse(QPointF(x + sway * 1.2 + h * 0.14, baseY - h * 0.8), h * 0.18, h * 0.18);
    }
}


void drawFlowers(const DrawContext &c, int count, double y0, double y1)
{
    c.enterLayer(1.2);
    const double W = c.W(), H = c.H();
    static const QRgb petals[] = {0xe84a7f, 0xf4d03f, 0xffffff, 0xb06ad8, 0xf08a2c};
    c.p.setPen(Qt::NoPen);
    const QTransform tf = c.p.transform();
    const bool sprites = tf.type() <= QTransform::TxScale && std::abs(tf.m11() - tf.m22()) < 1e-9 && tf.m11() > 0;
    const QRgb centre = c.look.lit(QColor(250, 220, 90)).rgb();
    if (sprites) {
        c.p.save();
        c.p.resetTransform();
    }
    for (int i = 0; i < count; ++i) {
        const double v = rand01(c.seed, 70, uint64_t(i));
        const double y = y0 + (y1 - y0) * v;
        const double x = randRange(c.seed, 71, uint64_t(i), -0.3, 1.3) * W + std::sin(c.t * 1.3 + i) * H * 0.003;
        const double r = H * (0.004 + 0.01 * v);
        QColor col(c.shot.palette.isEmpty() ? petals[i % 5] : c.shot.palette[i % c.shot.palette.size()].rgb());
        if (sprites) {
            const QPointF at = tf.map(QPointF(x, y));
            const double dr = r * tf.m11();
            if (at.x() + dr < 0 || at.x() - dr > W || at.y() + dr < 0 || at.y() - dr > H)
                continue;
            const QImage &img = flowerSprite(c.look.lit(col).rgb(), centre, std::max(1, int(std::lround(dr * 4))));
            c.p.drawImage(QPoint(int(std::floor(at.x() + 0.5)) - img.width() / 2, int(std::floor(at.y() + 0.5)) - img.height() / 2), img);
            continue;
        }
        c.p.setBrush(c.look.lit(col));
        c.p.drawEllipse(QPointF(x, y), r, r);
        c.p.setBrush(c.look.lit(QColor(250, 220, 90)));
        c.p.drawEllipse(QPointF(x, y), r * 0.35, r * 0.35);
    }
    if (sprites)
        c.p.restore();
}

void drawGrass(const DrawContext &c, double y0, const QColor &color)
{
    c.enterLayer(1.0);
    const double W = c.W(), H = c.H();
    const bool wind = c.shot.hasWeather("wind") || c.shot.hasWeather("storm");
    const QColor blade = c.look.lit(color);
    const int n = 260;
    for (int i = 0; i < n; ++i) {
        const double x = randRange(c.seed, 80, uint64_t(i), -0.2, 1.2) * W;
        const double y = randRange(c.seed, 81, uint64_t(i), y0, H * 1.05);
        const double h = H * 0.03 * (0.5 + (y - y0) / (H - y0 + 1));
        const double bend = std::sin(c.t * (wind ? 3 : 1.2) + x * 0.02) * h * (wind ? 0.5 : 0.2);
        strokeLine(c.p, QPointF(x, y), QPointF(x + bend, y - h), blade, 0);
    }
}

} // namespace rc::engine
