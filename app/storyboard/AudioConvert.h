#pragma once

#include "media/MediaReader.h"

#include <QString>

namespace rc::storyboard {

// Every sound in a lesson is mixed as interleaved float stereo at this rate (the MP4's).
constexpr int kLessonSampleRate = 48000;
constexpr int kLessonChannels = 2;

// Resamples and remixes `in` to `sampleRate` / `channels` (libswresample). An empty input gives
// an empty output.
bool convertAudio(const media::DecodedAudio &in, int sampleRate, int channels, media::DecodedAudio *out,
                  QString *error);

// The first audio track of any file FFmpeg reads (WAV, MP3, OGG, an MP4's AAC...), as lesson
// stereo. A file with no audio track is an error; see `optional` for clips that may be silent.
enum class AudioPresence { Required, Optional };
bool loadLessonAudio(const QString &path, AudioPresence presence, media::DecodedAudio *out, QString *error);

} // namespace rc::storyboard
