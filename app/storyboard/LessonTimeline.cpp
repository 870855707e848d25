#include "storyboard/LessonTimeline.h"

#include <cmath>

namespace rc::storyboard {

LessonTimeline LessonTimeline::build(const Storyboard &sb, const QList<double> &narrationSec)
{
    LessonTimeline tl;
    tl.fps = sb.fps;
    const auto frames = [&](double sec) { return int(std::lround(sec * sb.fps)); };
    tl.overlapFrames = frames(sb.overlapSec());
    const int half = tl.overlapFrames / 2;

    QList<LessonPart> parts;
    QList<double> wanted; // seconds each part asks for before narration
    if (!sb.title.isEmpty()) {
        parts.append(LessonPart{});
        wanted.append(kTitleSec);
    }
    for (int i = 0; i < sb.shots.size(); ++i) {
        LessonPart p;
        p.shot = i;
        p.narrationSec = std::max(0.0, narrationSec.value(i, 0.0));
        parts.append(p);
        wanted.append(sb.shots[i].seconds);
    }
    int start = 0;
    for (int i = 0; i < parts.size(); ++i) {
        LessonPart &p = parts[i];
        const int lead = i > 0 ? half : 0;                                   // before the cue starts
        const int tail = i + 1 < parts.size() ? tl.overlapFrames - half : 0; // after the cue ends
        int length = std::max(frames(wanted[i]), tl.overlapFrames * 2 + 1);
        if (p.narrationSec > 0)
            length = std::max(length, lead + frames(p.narrationSec + kNarrationTailSec) + tail);
        p.startFrame = start;
        p.lengthFrames = length;
        p.cueStartFrame = start + lead;
        p.cueEndFrame = start + length - tail;
        start += length - tl.overlapFrames;
    }
    tl.parts = parts;
    tl.totalFrames = parts.isEmpty() ? 0 : parts.last().startFrame + parts.last().lengthFrames;
    return tl;
}

const LessonPart *LessonTimeline::partOfShot(int shot) const
{
    for (const LessonPart &p : parts)
        if (p.shot == shot)
            return &p;
    return nullptr;
}

QList<const LessonPart *> LessonTimeline::partsAt(int frame) const
{
    QList<const LessonPart *> out;
    for (const LessonPart &p : parts)
        if (frame >= p.startFrame && frame < p.startFrame + p.lengthFrames)
            out.append(&p);
    return out;
}

} // namespace rc::storyboard
