#pragma once

#include "core/CatalogueTypes.h"
#include "core/VideoSize.h"

#include <QStringList>
#include <optional>

namespace rc::batch {

// Where a clip goes decides its frame: the preset names a seller knows, each with one exact size.
struct BatchPreset
{
    const char *name;
    VideoSize size;
};

// reels, tiktok, shorts, square, feed, youtube, marketplace.
const QList<BatchPreset> &batchPresets();
QStringList batchPresetNames();
// The preset's size; nullopt for an unknown name (case-insensitive).
std::optional<VideoSize> presetSize(const QString &name);

// The size to ask `model` for when the clip must end up exactly `target`: the target itself when
// offered, else the offered size closest in shape (so the crop to the target loses least), and
// among equal shapes the smallest that is at least as large as the target (no upscaling), else
// the largest. Only sizes the model allows at `durationSec`. Nullopt when it offers none.
std::optional<VideoSize> nearestOfferedSize(const ModelSpec &model, const VideoSize &target, int durationSec);

} // namespace rc::batch
