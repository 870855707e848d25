#pragma once

#include "core/VideoSize.h"

#include <QString>

namespace rc::batch {

// Puts a finished clip at `target` (the output folder's SKU.mp4), never leaving a half-written
// file under that name: a copy when `size` is invalid (deliver as made) or the clip already has
// it, otherwise the clip cropped
// around its centre and scaled to exactly `size` (a remote model that offers no such size made
// the nearest one). Blocking: run it off the UI thread.
bool deliverClip(const QString &source, const QString &target, const VideoSize &size, QString *error);

} // namespace rc::batch
