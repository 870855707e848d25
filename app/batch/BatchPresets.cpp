#include "batch/BatchPresets.h"

#include <cmath>

namespace rc::batch {

const QList<BatchPreset> &batchPresets()
{
    static const QList<BatchPreset> presets{
        {"reels", {1080, 1920}},  {"tiktok", {1080, 1920}}, {"shorts", {1080, 1920}},
        {"square", {1080, 1080}}, {"feed", {1080, 1350}},   {"youtube", {1920, 1080}},
        {"marketplace", {1280, 720}},
    };
    return presets;
}

QStringList batchPresetNames()
{
    QStringList names;
    for (const BatchPreset &p : batchPresets())
        names.append(QLatin1String(p.name));
    return names;
}

std::optional<VideoSize> presetSize(const QString &name)
{
    const QString wanted = name.trimmed().toLower();
    for (const BatchPreset &p : batchPresets())
        if (wanted == QLatin1String(p.name))
            return p.size;
    return std::nullopt;
}

std::optional<VideoSize> nearestOfferedSize(const ModelSpec &model, const VideoSize &target, int durationSec)
{
    if (model.offersSize(target) && model.allowsCombination(target, durationSec))
        return target;
    const double targetShape = std::log(double(target.width) / target.height);
    std::optional<VideoSize> best;
    double bestShapeGap = 0;
    for (const VideoSize &s : model.sizes) {
        if (!s.isValid() || !model.allowsCombination(s, durationSec))
            continue;
        // Shapes compared on a log scale, so 16:9 is as far from 1:1 as 9:16 is.
        const double gap = std::abs(std::log(double(s.width) / s.height) - targetShape);
        const bool covers = s.width >= target.width && s.height >= target.height;
        const qint64 area = qint64(s.width) * s.height;
        bool better = !best;
        if (best) {
            if (gap < bestShapeGap - 1e-9) {
                better = true;
            } else if (gap < bestShapeGap + 1e-9) {
                const bool bestCovers = best->width >= target.width && best->height >= target.height;
                const qint64 bestArea = qint64(best->width) * best->height;
                if (covers != bestCovers)
                    better = covers;
                else
                    better = covers ? area < bestArea : area > bestArea;
            }
        }
        if (better) {
            best = s;
            bestShapeGap = gap;
        }
    }
    return best;
}

} // namespace rc::batch
