#include "engine/render/PhotoLayer.h"

#include "engine/render/Random.h"
#include "media/ImageFit.h"

#include <cmath>
#include <cstring>
#include <vector>

namespace rc::engine {

namespace {
constexpr double kOversample = 1.35; // headroom for a push-in without upscaling the photo

struct Horizon
{
    double row = 0.5; // 0..1 of the image
    bool clear = false;
};

// The row with the strongest change of mean brightness in the middle band: usually the horizon
// of a landscape, where water ripples and sky drift split. It is clear only when the change is
// strong and runs across the picture (most columns change the same way there): a product or a
// portrait has no such line, and splitting it would draw the part of an object crossing the
// blend band twice, shifted (a stair of copies at its edge once the camera has moved).
Horizon findHorizon(const QImage &img)
{
    const int h = img.height(), w = img.width();
    constexpr int kStepX = 4;
    const int columns = (w + kStepX - 1) / kStepX;
    std::vector<double> rows(static_cast<size_t>(h), 0.0);
    for (int y = 0; y < h; ++y) {
        const QRgb *line = reinterpret_cast<const QRgb *>(img.constScanLine(y));
        double sum = 0;
        for (int x = 0; x < w; x += kStepX)
            sum += qGray(line[x]);
        rows[size_t(y)] = sum / columns;
    }
    double best = 0;
    int bestRow = h / 2;
    const int span = std::max(1, h / 40);
    for (int y = h * 3 / 10; y < h * 7 / 10 - span; ++y) {
        const double d = std::abs(rows[size_t(y + span)] - rows[size_t(y)]);
        if (d > best) {
            best = d;
            bestRow = y + span / 2;
        }
    }
    Horizon found{double(bestRow) / h, false};
    constexpr double kMinMeanChange = 12; // grey levels across the band
    constexpr int kMinColumnChange = 6;
    constexpr double kMinAcross = 0.6; // share of columns that change the same way
    const int above = std::max(0, bestRow - span), below = std::min(h - 1, bestRow + span);
    if (best < kMinMeanChange || above == below)
        return found;
    const QRgb *up = reinterpret_cast<const QRgb *>(img.constScanLine(above));
    const QRgb *down = reinterpret_cast<const QRgb *>(img.constScanLine(below));
    const int sign = rows[size_t(below)] > rows[size_t(above)] ? 1 : -1;
    int agreeing = 0;
    for (int x = 0; x < w; x += kStepX)
        agreeing += sign * (qGray(down[x]) - qGray(up[x])) >= kMinColumnChange ? 1 : 0;
    found.clear = agreeing >= kMinAcross * columns;
    return found;
}
} // namespace

PhotoLayer::PhotoLayer(const QImage &photo, QSize frame, QPointF focal)
{
    const QRectF crop = media::cropRectFor(photo.size(), frame, focal);
    // Scale the photo once so that the crop is kOversample times the frame (or as large as the
    // photo allows): per-frame drawing then only downsamples a little.
    const double scale = std::min(1.0, kOversample * frame.width() / crop.width());
    m_source = scale < 1.0 ? photo.scaled(photo.size() * scale, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                           : photo;
    m_source = m_source.convertToFormat(QImage::Format_RGB32);
    m_fit = media::cropRectFor(m_source.size(), frame, focal);
    const Horizon horizon = findHorizon(m_source.copy(m_fit.toAlignedRect())
                                            .scaled(frame.width() / 4 * 2, frame.height() / 4 * 2,
                                                    Qt::IgnoreAspectRatio, Qt::SmoothTransformation));
    m_horizon = horizon.row;
    m_split = horizon.clear;
}

QRectF PhotoLayer::sourceRect(const CameraState &cam, double share, double driftX) const
{
    // Zooms about the horizon row, so the near and far parts keep meeting on the same line.
    const double zoom = 1 + (std::max(1.0, cam.zoom) - 1) * share;
    const QPointF anchor(m_fit.center().x(), m_fit.top() + m_horizon * m_fit.height());
    QRectF src(0, 0, m_fit.width() / zoom, m_fit.height() / zoom);
    src.moveTopLeft(anchor - QPointF(src.width() / 2, m_horizon * src.height()));
    src.translate((cam.panX * share + driftX) * m_fit.width(), cam.panY * share * m_fit.height());
    src.moveLeft(std::clamp(src.left(), 0.0, m_source.width() - src.width()));
    src.moveTop(std::clamp(src.top(), 0.0, m_source.height() - src.height()));
    return src;
}

void PhotoLayer::drawSplit(const DrawContext &c) const
{
    const double W = c.W(), H = c.H();
    c.p.resetTransform();
    c.p.setRenderHint(QPainter::SmoothPixmapTransform, true);
    if (!m_split) {
        // No horizon to split at: the whole photo follows the camera as one layer.
        c.p.drawImage(QRectF(0, 0, W, H), m_source, sourceRect(c.cam, 1.0, 0.0));
        return;
    }
    // Far part: half the camera's push, and a slow sideways drift (clouds, distant hills).
    const double drift = 0.012 * easeInOut(c.progress);
    c.p.drawImage(QRectF(0, 0, W, H), m_source, sourceRect(c.cam, 0.45, drift));
    // Near part over it, faded in across a band around the horizon in a few steps of opacity
    // (clipped strips: no per-frame mask image).
    const QRectF nearSrc = sourceRect(c.cam, 1.0, 0.0);
    const double band = H * 0.08, top = m_horizon * H - band / 2;
    constexpr int kSteps = 6;
    c.p.save();
    for (int k = 0; k <= kSteps; ++k) {
        const double y0 = top + band * k / kSteps;
        const double y1 = k == kSteps ? H : top + band * (k + 1) / kSteps;
        c.p.setClipRect(QRectF(0, y0, W, y1 - y0));
        c.p.setOpacity(k == kSteps ? 1.0 : (k + 0.5) / (kSteps + 1));
        c.p.drawImage(QRectF(0, 0, W, H), m_source, nearSrc);
    }
    c.p.restore();
}

double PhotoLayer::warmthAt(const ShotPlan &shot, double progress)
{
    const bool setting = shot.lightEnd == QLatin1String("sunset") || shot.light == QLatin1String("sunset");
    const bool golden = shot.light == QLatin1String("golden") && shot.lightEnd.isEmpty();
    return setting ? easeInOut(progress) : (golden ? 0.4 * easeInOut(progress) : 0.0);
}

void PhotoLayer::draw(const DrawContext &c, QImage *canvas) const
{
    const double W = c.W(), H = c.H();
    drawSplit(c);

    const bool water = c.shot.hasEffect("ripples") || c.shot.setting == QLatin1String("beach")
                       || c.shot.setting == QLatin1String("ocean");
    const double ramp = smoothstep(0, 0.15, c.progress); // effects fade in: frame 0 is the photo
    if (water && ramp > 0) {
        // Ripples: each row below the horizon slides sideways a little, more near the viewer,
        // swaying with the same swell the wave sound follows.
        c.p.end();
        const int w = canvas->width();
        const int y0 = int(m_horizon * H) + 2;
        std::vector<QRgb> row(static_cast<size_t>(w));
        const double swell = c.tl.swell(c.t);
        for (int y = y0; y < canvas->height(); ++y) {
            const double v = double(y - y0) / std::max(1, canvas->height() - y0);
            const double amp = ramp * (0.6 + 2.8 * v) * (0.7 + 0.6 * swell) * H / 720.0;
            const int dx = int(std::lround(amp * std::sin(y * (0.35 - 0.25 * v) - c.t * 2.4)));
            if (dx == 0)
                continue;
            QRgb *line = reinterpret_cast<QRgb *>(canvas->scanLine(y));
            std::memcpy(row.data(), line, size_t(w) * sizeof(QRgb));
            for (int x = 0; x < w; ++x)
                line[x] = row[size_t(std::clamp(x + dx, 0, w - 1))];
        }
        c.p.begin(canvas);
        c.p.setRenderHint(QPainter::Antialiasing, true);
    }
    const double warm = warmthAt(c.shot, c.progress);
    if (warm > 0) {
        // The low sun: a warm glow gathering from above the horizon.
        c.p.save();
        c.p.setCompositionMode(QPainter::CompositionMode_Overlay);
        QLinearGradient g(0, 0, 0, H);
        g.setColorAt(0, QColor(255, 120, 40, int(110 * warm)));
        g.setColorAt(m_horizon, QColor(255, 150, 60, int(150 * warm)));
        g.setColorAt(1, QColor(200, 90, 40, int(70 * warm)));
        c.p.fillRect(QRectF(0, 0, W, H), g);
        c.p.restore();
    }
    if ((c.shot.subject("product") || c.shot.hasEffect("lightSweep")) && c.progress > 0.1) {
        const double s = std::fmod((c.progress - 0.1) / 0.45, 1.0);
        c.p.save();
        c.p.setCompositionMode(QPainter::CompositionMode_Plus);
        const double x = -W * 0.3 + s * W * 1.6;
        QLinearGradient band(x - W * 0.08, 0, x + W * 0.08, 0);
        band.setColorAt(0, QColor(255, 255, 255, 0));
        band.setColorAt(0.5, QColor(255, 255, 255, 70));
        band.setColorAt(1, QColor(255, 255, 255, 0));
        c.p.setTransform(QTransform().shear(-0.3, 0));
        c.p.fillRect(QRectF(-W, 0, W * 3, H), band);
        c.p.restore();
    }
    if (ramp > 0) {
        c.p.save();
        c.p.setOpacity(ramp);
        drawWeather(c);
        c.p.restore();
    }
}

} // namespace rc::engine
