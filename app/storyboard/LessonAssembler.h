#pragma once

#include "media/MediaReader.h"
#include "storyboard/LessonTimeline.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace rc::storyboard {

struct AssemblyOptions
{
    QString preset = QStringLiteral("veryfast"); // libx264
    int crf = 21;
    bool burnCaptions = true;
    // A visible disclosure burned into the top right corner of every frame (e.g. "AI-generated");
    // empty: none. The content credentials say the same in machine-readable form either way.
    QString cornerLabel;
    // Called with 0..1 as frames are written (on the assembling thread).
    std::function<void(double fraction)> progress;
    const std::atomic<bool> *cancel = nullptr;
    // The one place where a finished lesson can still be changed before it takes its final name
    // (e.g. to mark it): called with the complete file at its temporary path. Returning false
    // with a reason abandons the lesson and leaves nothing behind.
    std::function<bool(const QString &finishedPath, QString *error)> beforePublish;
};

struct AssembledLesson
{
    QString video;
    QString srt;
    QString vtt;
    LessonTimeline timeline;
    double integratedLufs = -120;
};

// Joins made shots into one lesson MP4 (H.264/AAC): the title card, the shots crop-fitted to
// the storyboard's size and joined by its transitions, captions burned in, narration and music
// mixed at -16 LUFS, one chapter per part; and the captions as `<name>.srt` and `<name>.vtt`
// beside it. `shotClips[i]` is shot i's video; `voices` comes from prepareNarration(). The MP4
// is written under a temporary name and renamed when whole, so a failure leaves no half file.
// The visible label's words, in the user's language.
QString aiLabelText();

bool assembleLesson(const Storyboard &storyboard, const QStringList &shotClips, const QList<media::DecodedAudio> &voices,
                    const QString &outputPath, const AssemblyOptions &options, AssembledLesson *result, QString *error);

} // namespace rc::storyboard
