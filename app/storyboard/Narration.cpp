#include "storyboard/Narration.h"

#include "storyboard/AudioConvert.h"
#include "storyboard/Speech.h"

#include <QCoreApplication>

#include <cmath>

namespace rc::storyboard {
namespace {

// About -50 dBFS: below it, a recording's ends count as silence.
constexpr float kSilence = 0.003f;
constexpr double kKeepSec = 0.05; // kept either side of the first and last sound

void trimSilence(media::DecodedAudio &a)
{
    const qint64 frames = a.frames();
    qint64 first = frames, last = -1;
    for (qint64 i = 0; i < frames; ++i)
        for (int c = 0; c < a.channels; ++c)
            if (std::abs(a.samples[size_t(i * a.channels + c)]) > kSilence) {
                first = std::min(first, i);
                last = i;
            }
    if (last < 0) {
        a.samples.clear();
        return;
    }
    const qint64 keep = qint64(kKeepSec * a.sampleRate);
    first = std::max<qint64>(0, first - keep);
    last = std::min(frames - 1, last + keep);
    a.samples = std::vector<float>(a.samples.begin() + first * a.channels, a.samples.begin() + (last + 1) * a.channels);
}

} // namespace

bool prepareNarration(const Storyboard &sb, QList<media::DecodedAudio> *voices, QString *error)
{
    voices->clear();
    const SpeechVoice voice{sb.language, sb.voice, sb.wordsPerMinute};
    for (int i = 0; i < sb.shots.size(); ++i) {
        const Shot &shot = sb.shots[i];
        media::DecodedAudio lesson{kLessonSampleRate, kLessonChannels, {}};
        QString why;
        bool ok = true;
        if (!shot.narration.isEmpty()) {
            media::DecodedAudio spoken;
            ok = speak(shot.narration, voice, &spoken, &why) && convertAudio(spoken, kLessonSampleRate, kLessonChannels, &lesson, &why);
        } else if (!shot.voiceover.isEmpty()) {
            ok = loadLessonAudio(shot.voiceover, AudioPresence::Required, &lesson, &why);
            if (!ok)
                why = QCoreApplication::translate("Narration", "the recording %1 cannot be read (%2)").arg(shot.voiceover, why);
        }
        if (!ok) {
            if (error)
                *error = shotName(i) + QStringLiteral(": ") + why;
            return false;
        }
        trimSilence(lesson);
        voices->append(lesson);
    }
    return true;
}

QList<double> narrationSeconds(const QList<media::DecodedAudio> &voices)
{
    QList<double> out;
    for (const media::DecodedAudio &v : voices)
        out.append(v.sampleRate > 0 ? double(v.frames()) / v.sampleRate : 0.0);
    return out;
}

} // namespace rc::storyboard
