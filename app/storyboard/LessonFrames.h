#pragma once

#include "media/YuvFrame.h"
#include "storyboard/LessonTimeline.h"
#include "storyboard/YuvPicture.h"

#include <QString>
#include <QStringList>

#include <map>
#include <memory>

namespace rc::storyboard {

class ShotFrames;

// The lesson's pictures, one frame after another in the encoder's layout: the title card, the
// shots crop-fitted and crossfaded, the caption of the cue on screen and the corner label burned
// in. Frames are asked for in order. Each shot's decoder opens when its part first appears and
// closes after it ends, so at most two are open at once.
class LessonFrames
{
public:
    LessonFrames(const Storyboard &storyboard, const LessonTimeline &timeline, const QStringList &shotClips,
                 bool burnCaptions, const QString &cornerLabel);
    ~LessonFrames();
    LessonFrames(const LessonFrames &) = delete;
    LessonFrames &operator=(const LessonFrames &) = delete;

    // Frame `frame` into `out`; false with a reason naming the shot when its clip cannot be read.
    bool compose(int frame, media::YuvFrame *out, QString *error);

private:
    const media::YuvFrame *partFrame(const LessonPart &part, int frame, QString *error);
    const YuvOverlay *captionAt(int frame);
    void closeBefore(int frame);

    const Storyboard &m_sb;
    const LessonTimeline &m_tl;
    const QStringList m_clips;
    const bool m_burnCaptions;
    media::YuvFrame m_title;
    YuvOverlay m_label;
    std::map<int, std::unique_ptr<ShotFrames>> m_open;
    int m_captionShot = -1; // whose caption m_caption holds
    YuvOverlay m_caption;
};

} // namespace rc::storyboard
