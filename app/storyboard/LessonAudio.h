#pragma once

#include "media/MediaReader.h"
#include "storyboard/LessonTimeline.h"

#include <QList>
#include <QString>

#include <vector>

namespace rc::storyboard {

// What goes into a lesson's sound, all as lesson stereo (AudioConvert.h).
struct LessonSounds
{
    QList<media::DecodedAudio> shotSound; // per shot: the clip's own sound (may be empty)
    QList<media::DecodedAudio> narration; // per shot: spoken text or the recording (may be empty)
    media::DecodedAudio musicFile;        // when the storyboard's music is a file
};

struct MixedAudio
{
    std::vector<float> samples; // stereo interleaved, kLessonSampleRate
    double integratedLufs = -120;
    float peak = 0;
};

// The lesson's sound track: each shot's own sound under its picture (with the same crossfades),
// the music (the engine's score, a file, or none) under everything, and the narration of each
// shot from the start of its cue. Music and shot sound duck under narration so every word is
// heard; the whole is brought to -16 LUFS with peaks held under -1 dBFS.
// It is built in memory: 60 s take 23 MB.
MixedAudio mixLessonAudio(const Storyboard &storyboard, const LessonTimeline &timeline, const LessonSounds &sounds);

// Scales `audio` (stereo) so its integrated loudness is `targetLufs`; silence stays silence.
void normalizeLoudness(std::vector<float> &stereo, double targetLufs);

} // namespace rc::storyboard
