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

// Removes from `folder` the half-written copies ("SKU.mp4.<pid>.<random>.part") that deliveries
// left behind when their process was killed mid-write: only names of exactly that pattern, and
// only when no process with that pid is alive (a pid reused since is taken as alive: the file
// stays, never the other way round) and the file has not been written to for a minute. Run it
// before delivering into the folder. Returns how many were removed.
int removeAbandonedParts(const QString &folder);

} // namespace rc::batch
