#include "support/SubjectSilhouette.h"

#include "engine/audio/AudioMix.h"
#include "engine/plan/Planner.h"
#include "engine/render/Compositor.h"
#include "engine/timeline/Timeline.h"

#include <QList>
#include <QVector>

#include <cmath>
#include <vector>

using namespace rc::engine;

namespace rc::test {

bool isMarkerMagenta(QRgb c)
{
    return qRed(c) > 110 && qBlue(c) > 110 && qGreen(c) < qRed(c) / 2 && qGreen(c) < qBlue(c) / 2;
}

Silhouette measureSilhouette(const QImage &img)
{
    Silhouette s;
    QVector<bool> seen(img.width() * img.height(), false);
    int x0 = img.width(), y0 = img.height(), x1 = -1, y1 = -1;
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x) {
            if (!isMarkerMagenta(img.pixel(x, y)))
                continue;
            ++s.pixels;
            x0 = std::min(x0, x), y0 = std::min(y0, y), x1 = std::max(x1, x), y1 = std::max(y1, y);
            if (seen[y * img.width() + x])
                continue;
            ++s.blobs;
            QList<QPoint> stack{QPoint(x, y)};
            seen[y * img.width() + x] = true;
            while (!stack.isEmpty()) {
                const QPoint q = stack.takeLast();
                for (const QPoint d : {QPoint(1, 0), QPoint(-1, 0), QPoint(0, 1), QPoint(0, -1)}) {
                    const QPoint n = q + d;
                    if (n.x() < 0 || n.y() < 0 || n.x() >= img.width() || n.y() >= img.height())
                        continue;
                    if (!seen[n.y() * img.width() + n.x()] && isMarkerMagenta(img.pixel(n))) {
                        seen[n.y() * img.width() + n.x()] = true;
                        stack.append(n);
                    }
                }
            }
        }
    if (s.pixels > 0)
        s.rect = QRect(QPoint(x0, y0), QPoint(x1, y1));
    return s;
}

QImage renderMarkedFrame(const QString &prompt, int frame, const std::function<void(ScenePlan &)> &adjust)
{
    ScenePlan plan = planScene(prompt);
    if (plan.shots.isEmpty() || plan.shots[0].subjects.isEmpty())
        return {};
    plan.shots[0].subjects[0].color = QColor(255, 0, 255);
    plan.shots[0].camera.move = QStringLiteral("static");
    if (adjust)
        adjust(plan);
    const Timeline timeline = buildTimeline(plan, 2, 24, 7);
    const Compositor compositor(plan, timeline, kSilhouetteFrame, Tier::Draft, QImage(), 7);
    return compositor.renderImage(frame);
}

Silhouette markedSilhouette(const QString &prompt, int frame, const std::function<void(ScenePlan &)> &adjust)
{
    const QImage img = renderMarkedFrame(prompt, frame, adjust);
    return img.isNull() ? Silhouette() : measureSilhouette(img);
}

double bedRms(const QString &id)
{
    ScenePlan plan = planScene(QStringLiteral("a plain sky"));
    plan.music.enabled = false;
    plan.shots[0].beds = QStringList{id};
    const Timeline timeline = buildTimeline(plan, 3, 24, 5);
    AudioMix mix(plan, timeline, 48000);
    std::vector<float> buf(size_t(48000) * 3 * 2);
    mix.render(buf.data(), 48000 * 3);
    double sum = 0;
    for (float v : buf)
        sum += double(v) * v;
    return std::sqrt(sum / double(buf.size()));
}

} // namespace rc::test
