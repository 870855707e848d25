#pragma once

#include "storyboard/Storyboard.h"

#include <QList>

namespace rc::storyboard {

// Where every part of a lesson lies in the joined video, in whole frames so that picture, sound,
// captions and chapters agree to the frame. Parts are the title card (when there is a title) and
// the shots; neighbours overlap by the crossfade. A part's "cue" is the stretch where it is the
// one on screen: from the middle of the crossfade before it to the middle of the one after, so
// cues tile the video with no gap and no overlap. Captions, chapters and narration use the cue.
struct LessonPart
{
    int shot = -1;          // index into Storyboard::shots; -1 for the title card
    int startFrame = 0;
    int lengthFrames = 0;
    int cueStartFrame = 0;
    int cueEndFrame = 0;
    double narrationSec = 0; // the speech this part carries (it was lengthened to fit it)
};

struct LessonTimeline
{
    static constexpr double kTitleSec = 2.5;
    // Breathing room after the narration before the cue ends.
    static constexpr double kNarrationTailSec = 0.5;

    int fps = 24;
    int overlapFrames = 0;
    int totalFrames = 0;
    QList<LessonPart> parts;

    // `narrationSec[i]` is how long shot i's narration lasts (0 or missing: none). A shot is
    // lengthened so its narration fits inside its cue.
    static LessonTimeline build(const Storyboard &storyboard, const QList<double> &narrationSec);

    double seconds(int frames) const { return double(frames) / fps; }
    double totalSec() const { return seconds(totalFrames); }
    const LessonPart *partOfShot(int shot) const;
    // The parts on screen at frame `frame` (one, or two during a crossfade), in order.
    QList<const LessonPart *> partsAt(int frame) const;
};

} // namespace rc::storyboard
