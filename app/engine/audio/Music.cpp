#include "engine/audio/Music.h"

#include <algorithm>
#include <cmath>

namespace rc::engine {

namespace {
// Oscillator phases stay in [0, 1): sin() of a large argument is slow and loses precision.
// Increments are below one cycle a sample, so one subtraction wraps.
inline double wrap(double phase) { return phase >= 1.0 ? phase - 1.0 : phase; }

// Scale degrees of four-chord progressions, in semitones from the key's root.
constexpr int kMajorProgression[4][3] = {{0, 4, 7}, {7, 11, 14}, {9, 12, 16}, {5, 9, 12}};   // I V vi IV
constexpr int kMinorProgression[4][3] = {{0, 3, 7}, {8, 12, 15}, {3, 7, 10}, {10, 14, 17}};  // i VI III VII
} // namespace

Music::Music(const MusicPlan &plan, const Timeline &tl, int sampleRate)
    : m_enabled(plan.enabled && tl.bpm > 0), m_rate(sampleRate), m_seed(tl.seed)
{
    const QString &mood = plan.mood;
    const QString &genre = plan.genre;
    m_key = musicKey(plan, tl.seed);
    const bool lively = mood == QLatin1String("energetic") || mood == QLatin1String("happy") || genre == QLatin1String("electronic");
    m_flags.drums = lively && genre != QLatin1String("piano") && genre != QLatin1String("ambient");
    m_flags.arp = lively || genre == QLatin1String("electronic") || mood == QLatin1String("dreamy");
    m_flags.pad = true;
    m_flags.bass = mood != QLatin1String("calm") || genre == QLatin1String("lofi");
    m_flags.piano = genre == QLatin1String("piano") || mood == QLatin1String("calm") || genre == QLatin1String("lofi");
    for (const auto &e : tl.events)
        if (e.kind == EventKind::Beat)
            m_beats.push_back(int64_t(std::llround(e.timeSec * sampleRate)));
    if (tl.bpm > 0)
        m_beatLen = int64_t(sampleRate * 60.0 / tl.bpm);
}

MusicKey musicKey(const MusicPlan &plan, quint64 seed)
{
    const QString &mood = plan.mood;
    MusicKey key;
    key.minor = mood == QLatin1String("dark") || mood == QLatin1String("dreamy") || mood == QLatin1String("energetic");
    key.root = 45 + int(hashOf(seed, 700) % 7); // A2..D#3
    return key;
}

int chordNote(const MusicKey &key, int bar, int voice)
{
    const auto &prog = key.minor ? kMinorProgression : kMajorProgression;
    return key.root + 12 + prog[bar % 4][voice % 3] + 12 * (voice / 3);
}

float Music::sample(int64_t n)
{
    if (!m_enabled || m_beats.empty() || n < m_beats.front())
        return 0;
    while (m_beat + 1 < m_beats.size() && n >= m_beats[m_beat + 1])
        ++m_beat;
    const int beat = int(m_beat);
    const int bar = beat / 4;
    const int64_t sinceBeat = n - m_beats[m_beat];
    const float tb = float(sinceBeat) / m_rate;               // seconds since the beat
    const float beatSec = float(m_beatLen) / m_rate;
    const float rate = float(m_rate);
    float out = 0;

    if (m_flags.pad) {
        // Soft chord: detuned sine pairs through a low-pass, swelling in on each bar.
        const float sinceBar = float(n - m_beats[size_t(bar * 4 < int(m_beats.size()) ? bar * 4 : m_beat)]) / rate;
        const float env = std::min(1.0f, sinceBar / 0.4f) * 0.5f + 0.5f;
        float pad = 0;
        for (int v = 0; v < 3; ++v) {
            const float f = dsp::midiHz(chordNote(bar, v));
            m_padPhase[v] = wrap(m_padPhase[v] + f / rate);
            m_padPhase[v + 3] = wrap(m_padPhase[v + 3] + f * 1.004f / rate);
            pad += dsp::sinTurns(float(m_padPhase[v])) + dsp::sinTurns(float(m_padPhase[v + 3]));
        }
        out += m_padLp.run(pad, 1800, rate) * 0.05f * env;
    }
    if (m_flags.bass) {
        const float f = dsp::midiHz(chordNote(bar, 0) - 24);
        m_bassPhase = wrap(m_bassPhase + f / rate);
        const float env = dsp::expNeg(-tb / (beatSec * 0.6f));
        const float ph = float(m_bassPhase);
        out += (dsp::sinTurns(ph) + 0.3f * dsp::sinTurns(2 * ph)) * 0.16f * env;
    }
    if (m_flags.arp || m_flags.piano) {
        // Eighth notes cycling the chord (an arpeggio); piano moods play on beats only.
        const bool eighths = m_flags.arp;
        const float step = eighths ? beatSec / 2 : beatSec;
        const int sub = int(tb / step);
        const float ts = tb - sub * step;
        const int idx = (beat * (eighths ? 2 : 1) + sub) % 4;
        const int note = chordNote(bar, idx == 3 ? 1 : idx) + 12;
        const float f = dsp::midiHz(note);
        m_arpPhase = wrap(m_arpPhase + f / rate);
        const float env = dsp::expNeg(-ts / (m_flags.piano && !eighths ? 0.5f : 0.15f)) * std::min(1.0f, ts * 400);
        const float ph = float(m_arpPhase);
        out += (dsp::sinTurns(ph) + 0.35f * dsp::sinTurns(2 * ph) + 0.12f * dsp::sinTurns(3 * ph)) * 0.07f * env;
    }
    if (m_flags.drums) {
        // Kick on every beat: a sine falling from 120 to 45 Hz.
        const float kf = 45 + 75 * dsp::expNeg(-tb / 0.03f);
        m_kickPhase = sinceBeat == 0 ? 0 : wrap(m_kickPhase + kf / rate);
        out += dsp::sinTurns(float(m_kickPhase)) * 0.5f * dsp::expNeg(-tb / 0.12f);
        // Hi-hat on the off-beat eighth.
        const float th = tb - beatSec / 2;
        if (th >= 0) {
            const float noise = dsp::white(m_seed + 710, n);
            const float hp = noise - m_hatHp.run(noise, 6000, rate);
            out += hp * 0.10f * dsp::expNeg(-th / 0.03f);
        }
        // Clap on beats 2 and 4.
        if (beat % 2 == 1)
            out += dsp::white(m_seed + 711, n) * 0.16f * dsp::expNeg(-tb / 0.07f);
    }
    return out;
}

} // namespace rc::engine
