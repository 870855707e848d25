#include "storyboard/LessonAudio.h"

#include "engine/audio/Loudness.h"
#include "engine/audio/Music.h"
#include "storyboard/AudioConvert.h"

#include <QCryptographicHash>

#include <cmath>
#include <deque>

namespace rc::storyboard {
namespace {

constexpr double kTargetLufs = -16.0;
constexpr float kCeiling = 0.891f;           // -1 dBFS
constexpr double kShotSoundGain = 0.5;       // a shot's own sound sits 6 dB under the narration
constexpr double kMusicLufs = -26.0;         // the music bed, before ducking
constexpr double kShotDuckGain = 0.3;        // -10.5 dB under narration
constexpr double kMusicDuckGain = 0.35;      // -9 dB under narration
constexpr double kDuckRampSec = 0.25;
constexpr double kMusicFadeOutSec = 2.0;

double lufsOf(const std::vector<float> &stereo)
{
    engine::LoudnessMeter meter(kLessonSampleRate, kLessonChannels);
    meter.add(stereo.data(), int(stereo.size() / kLessonChannels));
    return meter.integratedLufs();
}

// The picture's weight of a part at sample n: ramps over the overlaps, as the crossfade does.
double partWeight(const LessonTimeline &tl, const LessonPart &p, int64_t n)
{
    const double t = double(n) / kLessonSampleRate;
    const double start = tl.seconds(p.startFrame), end = tl.seconds(p.startFrame + p.lengthFrames);
    const double fade = tl.seconds(tl.overlapFrames);
    if (t < start || t >= end)
        return 0;
    double w = 1;
    if (fade > 0 && p.startFrame > 0)
        w = std::min(w, (t - start) / fade);
    if (fade > 0 && p.startFrame + p.lengthFrames < tl.totalFrames)
        w = std::min(w, (end - t) / fade);
    return std::clamp(w, 0.0, 1.0);
}

// 1 where no one speaks, falling to 0 while narration plays (with ramps either side).
std::vector<float> narrationPresence(const LessonTimeline &tl, const LessonSounds &sounds, int64_t total)
{
    std::vector<float> presence(size_t(total), 0.0f);
    const int64_t ramp = int64_t(kDuckRampSec * kLessonSampleRate);
    for (const LessonPart &p : tl.parts) {
        if (p.shot < 0 || p.shot >= sounds.narration.size() || sounds.narration[p.shot].frames() == 0)
            continue;
        const int64_t from = int64_t(tl.seconds(p.cueStartFrame) * kLessonSampleRate);
        const int64_t to = from + sounds.narration[p.shot].frames();
        for (int64_t n = std::max<int64_t>(0, from - ramp); n < std::min(total, to + ramp); ++n) {
            double v = 1;
            if (n < from)
                v = 1 - double(from - n) / ramp;
            else if (n >= to)
                v = 1 - double(n - to) / ramp;
            presence[size_t(n)] = std::max(presence[size_t(n)], float(v));
        }
    }
    return presence;
}

std::vector<float> engineScore(const Storyboard &sb, int64_t total)
{
    engine::Timeline tl;
    tl.durationSec = double(total) / kLessonSampleRate;
    tl.fps = sb.fps;
    tl.bpm = 76;
    const QByteArray digest = QCryptographicHash::hash(sb.title.toUtf8(), QCryptographicHash::Sha1);
    tl.seed = 1 + (quint64(uchar(digest[0])) << 8 | uchar(digest[1]));
    const double beatSec = 60.0 / tl.bpm;
    for (int i = 0; i * beatSec < tl.durationSec; ++i) {
        engine::TimelineEvent e{engine::EventKind::Beat};
        e.timeSec = i * beatSec;
        e.frame = int(e.timeSec * sb.fps);
        e.strength = i % 4 == 0 ? 1.0f : 0.6f;
        tl.events.push_back(e);
    }
    engine::MusicPlan plan;
    plan.mood = QStringLiteral("calm");
    plan.genre = QStringLiteral("piano");
    engine::Music music(plan, tl, kLessonSampleRate);
    std::vector<float> out(size_t(total) * 2);
    for (int64_t n = 0; n < total; ++n)
        out[size_t(n) * 2] = out[size_t(n) * 2 + 1] = music.sample(n);
    return out;
}

std::vector<float> musicBed(const Storyboard &sb, const LessonSounds &sounds, int64_t total)
{
    std::vector<float> bed;
    if (sb.music == MusicKind::Engine) {
        bed = engineScore(sb, total);
    } else if (sb.music == MusicKind::File && sounds.musicFile.frames() > 0) {
        // A short piece loops; a long one is cut. Either way it fades out at the end.
        bed.resize(size_t(total) * 2);
        const size_t len = sounds.musicFile.samples.size();
        for (size_t i = 0; i < bed.size(); ++i)
            bed[i] = sounds.musicFile.samples[i % len];
    } else {
        return bed;
    }
    normalizeLoudness(bed, kMusicLufs);
    const int64_t fade = std::min<int64_t>(total, int64_t(kMusicFadeOutSec * kLessonSampleRate));
    for (int64_t i = 0; i < fade; ++i) {
        const float g = float(i) / fade;
        const size_t at = size_t(total - 1 - i) * 2;
        bed[at] *= g;
        bed[at + 1] *= g;
    }
    return bed;
}

// Holds peaks under the ceiling: the gain each sample needs, its minimum over a short
// look-ahead (so the gain is already down when the peak arrives), then a smooth release.
void limit(std::vector<float> &stereo)
{
    const size_t frames = stereo.size() / 2;
    const size_t ahead = size_t(0.005 * kLessonSampleRate);
    const double release = 1.0 - std::exp(-1.0 / (0.08 * kLessonSampleRate));
    std::vector<float> need(frames);
    for (size_t i = 0; i < frames; ++i) {
        const float peak = std::max(std::abs(stereo[2 * i]), std::abs(stereo[2 * i + 1]));
        need[i] = peak > kCeiling ? kCeiling / peak : 1.0f;
    }
    std::deque<size_t> window; // indices with increasing need: the front is the minimum
    double gain = 1;
    size_t next = 0;
    for (size_t i = 0; i < frames; ++i) {
        for (; next < frames && next <= i + ahead; ++next) {
            while (!window.empty() && need[window.back()] >= need[next])
                window.pop_back();
            window.push_back(next);
        }
        while (window.front() < i)
            window.pop_front();
        const double target = need[window.front()];
        gain = target < gain ? target : gain + (target - gain) * release;
        stereo[2 * i] = float(stereo[2 * i] * gain);
        stereo[2 * i + 1] = float(stereo[2 * i + 1] * gain);
    }
}

} // namespace

void normalizeLoudness(std::vector<float> &stereo, double targetLufs)
{
    const double lufs = lufsOf(stereo);
    if (lufs < -70)
        return;
    const float gain = float(std::pow(10.0, (targetLufs - lufs) / 20.0));
    for (float &s : stereo)
        s *= gain;
}

MixedAudio mixLessonAudio(const Storyboard &sb, const LessonTimeline &tl, const LessonSounds &sounds)
{
    const int64_t total = int64_t(std::llround(tl.totalSec() * kLessonSampleRate));
    MixedAudio out;
    out.samples.assign(size_t(total) * 2, 0.0f);
    const std::vector<float> presence = narrationPresence(tl, sounds, total);

    for (const LessonPart &p : tl.parts) {
        if (p.shot < 0 || p.shot >= sounds.shotSound.size())
            continue;
        const media::DecodedAudio &sound = sounds.shotSound[p.shot];
        const int64_t from = int64_t(tl.seconds(p.startFrame) * kLessonSampleRate);
        const int64_t length = std::min<int64_t>(sound.frames(), int64_t(tl.seconds(p.lengthFrames) * kLessonSampleRate));
        for (int64_t i = 0; i < length && from + i < total; ++i) {
            const int64_t n = from + i;
            const double duck = 1 - (1 - kShotDuckGain) * presence[size_t(n)];
            const float g = float(kShotSoundGain * partWeight(tl, p, n) * duck);
            out.samples[size_t(n) * 2] += g * sound.samples[size_t(i) * 2];
            out.samples[size_t(n) * 2 + 1] += g * sound.samples[size_t(i) * 2 + 1];
        }
    }

    const std::vector<float> bed = musicBed(sb, sounds, total);
    for (size_t n = 0; n < bed.size() / 2 && n < size_t(total); ++n) {
        const float g = float(1 - (1 - kMusicDuckGain) * presence[n]);
        out.samples[2 * n] += g * bed[2 * n];
        out.samples[2 * n + 1] += g * bed[2 * n + 1];
    }

    for (const LessonPart &p : tl.parts) {
        if (p.shot < 0 || p.shot >= sounds.narration.size() || sounds.narration[p.shot].frames() == 0)
            continue;
        // Every voice at the same loudness, whatever its source.
        std::vector<float> voice = sounds.narration[p.shot].samples;
        normalizeLoudness(voice, kTargetLufs);
        const int64_t from = int64_t(tl.seconds(p.cueStartFrame) * kLessonSampleRate);
        for (size_t i = 0; i < voice.size() && from * 2 + int64_t(i) < total * 2; ++i)
            out.samples[size_t(from) * 2 + i] += voice[i];
    }

    // Loudness, then peaks; the limiter shaves a little loudness, so measure and correct once.
    normalizeLoudness(out.samples, kTargetLufs);
    limit(out.samples);
    const double after = lufsOf(out.samples);
    if (after > -70 && std::abs(after - kTargetLufs) > 0.3) {
        normalizeLoudness(out.samples, kTargetLufs);
        limit(out.samples);
    }
    // Short fades at both ends so the file never starts or stops on a click.
    const int64_t edge = std::min<int64_t>(total / 2, kLessonSampleRate / 100);
    for (int64_t i = 0; i < edge; ++i) {
        const float g = float(i) / edge;
        for (int c = 0; c < 2; ++c) {
            out.samples[size_t(i) * 2 + c] *= g;
            out.samples[size_t(total - 1 - i) * 2 + c] *= g;
        }
    }
    out.integratedLufs = lufsOf(out.samples);
    for (float s : out.samples)
        out.peak = std::max(out.peak, std::abs(s));
    return out;
}

} // namespace rc::storyboard
