#pragma once

#include "engine/audio/Dsp.h"
#include "engine/audio/Music.h"
#include "engine/plan/ScenePlan.h"
#include "engine/timeline/Timeline.h"

#include <deque>
#include <memory>
#include <vector>

namespace rc::engine {

// The clip's sound, synthesized sample by sample from the plan and the timeline: ambient beds
// for the current shot (crossfaded at cuts), one voice per timeline event (thunder on a flash, a
// step on each footfall, a plink per raindrop, a meow, a chime on a reveal) and the music.
// Streaming and deterministic: rendering twice from the start gives the same samples.
class AudioMix
{
public:
    enum class Bed { Rain, Wind, Waves, Traffic, Crowd, Birds, Gulls, Ducks, Owl, Rails, Bell, Jet, Rotor, Burner,
                     Coffee, Space, Underwater, Fire, Buzz, Room };
    AudioMix(const ScenePlan &plan, const Timeline &timeline, int sampleRate);
    ~AudioMix();
    void render(float *stereo, int frames); // the raw mix, before loudness normalization

private:
    struct Voice;
    float bed(int index, int64_t n, float t);
    void startVoices(int64_t n);
    int instrumentNote(const TimelineEvent &e, int line) const;

    const ScenePlan &m_plan;
    const Timeline &m_tl;
    int m_rate;
    int64_t m_n = 0;
    Music m_music;
    MusicKey m_key;                   // the music's, which a player in the picture plays in too
    QStringList m_bedIds;             // every bed any shot uses
    std::vector<Bed> m_bedKinds;      // per bed, resolved once: the mix runs per sample
    std::vector<float> m_bedPhase;    // per bed, a seeded offset (traffic's passing cars)
    std::vector<float> m_passCentre;  // per bed, control rate (traffic's band follows a car)
    std::vector<float> m_bedGain;     // smoothed, per bed
    std::vector<float> m_bedPan;      // per bed, control rate: -1 left .. 1 right
    std::vector<dsp::LowPass> m_lp;   // two per bed
    std::vector<dsp::BandPass> m_bp;  // one per bed
    std::vector<Voice> m_voices;      // active event voices
    std::vector<float> m_control;     // per bed, slow modulation (control rate)
    std::vector<float> m_target;      // per bed, the current shot's level
    float m_swell = 0.5f;
    size_t m_nextEvent = 0;
    float m_musicLevel = 1;
};

// The mix at about -16 LUFS: a first pass measures the raw mix's loudness, the second applies
// the gain, a look-ahead peak limiter at -1 dBFS, and short fades at both ends. Clips up to
// kKeepRawSec keep the first pass's samples (at most 4.6 MB) and synthesize once; longer ones
// synthesize twice and store nothing between the passes, so memory never grows with duration.
class MasteredAudio
{
public:
    static constexpr double kKeepRawSec = 12.0;
    MasteredAudio(const ScenePlan &plan, const Timeline &timeline, int sampleRate, double targetLufs = -16.0,
                  double keepRawSec = kKeepRawSec);
    void render(float *stereo, int frames);
    double measuredLufs() const { return m_measured; }

private:
    void pullRaw(float *stereo, int frames); // the raw mix, from the kept pass or a second one

    const ScenePlan &m_plan;
    const Timeline &m_tl;
    int m_rate;
    int64_t m_total;
    int64_t m_n = 0;
    double m_measured = -120;
    float m_gain = 1;
    std::unique_ptr<AudioMix> m_mix; // the second pass; null when the first pass was kept
    std::vector<float> m_raw;        // the kept first pass, stereo interleaved
    size_t m_rawPos = 0;
    std::vector<float> m_delay;  // look-ahead line, stereo interleaved
    std::vector<float> m_pending;
    size_t m_delayPos = 0;
    float m_limiterGain = 1;
    std::deque<std::pair<int64_t, float>> m_peaks; // (sample it leaves the window, level)
    int m_lookahead;
};

} // namespace rc::engine
