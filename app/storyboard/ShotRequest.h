#pragma once

#include "core/GenerationRequest.h"
#include "storyboard/Storyboard.h"

#include <QString>

namespace rc {
class Catalogue;
}

namespace rc::storyboard {

// What a storyboard shot asks its provider for. The size and duration are those the model
// offers nearest the lesson's (the lesson crop-fits and trims, or holds the last frame), the tier
// its first. `key` names the shot's content: the same key means the same clip may be reused.
struct ShotRequest
{
    GenerationRequest request;
    QString key;
    bool waitsForPrevious = false; // its photo is the previous shot's last frame
};

// `lessonSec` is how long the shot lasts in the lesson (its narration may have lengthened it);
// `previousKey` is the previous shot's key, which a continuing shot depends on. Returns the
// problem in `error` (without the shot's name) when the shot's provider or model is unknown.
std::optional<ShotRequest> requestForShot(const Storyboard &storyboard, int index, double lessonSec,
                                          const QString &previousKey, const Catalogue &catalogue, QString *error);

} // namespace rc::storyboard
