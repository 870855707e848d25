#pragma once

#include "storyboard/LessonTimeline.h"

#include <QString>

namespace rc::storyboard {

// The captions as sidecar files, one cue per captioned shot over that shot's cue (so the
// cue times are the shot boundaries of the joined video).
QString toSrt(const Storyboard &storyboard, const LessonTimeline &timeline);
QString toVtt(const Storyboard &storyboard, const LessonTimeline &timeline);
// Writes `<base>.srt` and `<base>.vtt` (each through a temporary name). False with a reason.
bool writeSubtitles(const Storyboard &storyboard, const LessonTimeline &timeline, const QString &basePath,
                    QString *error);

} // namespace rc::storyboard
