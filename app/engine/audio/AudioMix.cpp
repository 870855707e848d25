#include "engine/audio/AudioMix.h"

#include "engine/audio/Instruments.h"
#include "engine/audio/Loudness.h"

#include <algorithm>
#if defined(__SSE__)
#include <xmmintrin.h>
#endif
#include <cmath>

namespace rc::engine {

using dsp::white;

struct AudioMix::Voice
{
    Voice(EventKind kind, int64_t start, float strength, float pan)
        : kind(kind), start(start), strength(strength), pan(pan)
    {
    }

    EventKind kind;
    int64_t start;
    int64_t length = 0;
    float strength;
    float pan; // -1 left .. 1 right
    float param = 0;
    dsp::LowPass lp, lp2;
    dsp::BandPass bp;
    double phase = 0;
    float param2 = 0;
    instruments::BowedString bowed;
    instruments::StruckString struck[2]; // a hand's notes on the keys
    int struckCount = 0;
};

namespace {
// Decaying filters and envelopes reach denormal floats, which x86 computes a hundred times
// slower; flush them to zero while the mix runs (restored on return: MXCSR is per thread).
struct DenormalGuard
{
#if defined(__SSE__)
    unsigned int saved = _mm_getcsr();
    DenormalGuard() { _mm_setcsr(saved | 0x8040); }
    ~DenormalGuard() { _mm_setcsr(saved); }
#endif
};

// Loudness of each bed before normalization, balanced by ear: a bed the prompt is about (rain in
// a rainy scene) should sit above the music.
AudioMix::Bed bedOf(const QString &id)
{
    using B = AudioMix::Bed;
    static const std::pair<const char *, B> kNames[] = {
        {"rain", B::Rain}, {"wind", B::Wind}, {"waves", B::Waves}, {"traffic", B::Traffic},
        {"crowd", B::Crowd}, {"birds", B::Birds}, {"gulls", B::Gulls}, {"ducks", B::Ducks}, {"owl", B::Owl},
        {"rails", B::Rails}, {"bell", B::Bell}, {"jet", B::Jet}, {"rotor", B::Rotor}, {"burner", B::Burner},
        {"coffee", B::Coffee}, {"space", B::Space},
        {"underwater", B::Underwater}, {"fire", B::Fire}, {"buzz", B::Buzz}};
    for (const auto &[name, bed] : kNames)
        if (id == QLatin1String(name))
            return bed;
    return B::Room;
}

float bedLevel(const QString &id)
{
    if (id == QLatin1String("rain")) return 0.55f;
    if (id == QLatin1String("waves")) return 0.6f;
    if (id == QLatin1String("wind")) return 0.35f;
    if (id == QLatin1String("traffic")) return 0.4f;
    if (id == QLatin1String("crowd")) return 0.3f;
    if (id == QLatin1String("birds")) return 0.25f;
    if (id == QLatin1String("gulls")) return 0.3f;
    if (id == QLatin1String("ducks")) return 0.25f;
    if (id == QLatin1String("owl")) return 0.35f;
    if (id == QLatin1String("rails")) return 0.35f;
    if (id == QLatin1String("bell")) return 0.3f;
    if (id == QLatin1String("jet")) return 0.35f;
    if (id == QLatin1String("rotor")) return 0.4f;
    if (id == QLatin1String("burner")) return 0.35f;
    if (id == QLatin1String("coffee")) return 0.25f;
    if (id == QLatin1String("room")) return 0.08f;
    if (id == QLatin1String("space")) return 0.3f;
    if (id == QLatin1String("underwater")) return 0.4f;
    if (id == QLatin1String("fire")) return 0.35f;
    if (id == QLatin1String("buzz")) return 0.3f;
    return 0.2f;
}
} // namespace

AudioMix::AudioMix(const ScenePlan &plan, const Timeline &timeline, int sampleRate)
    : m_plan(plan), m_tl(timeline), m_rate(sampleRate), m_music(plan.music, timeline, sampleRate),
      m_key(musicKey(plan.music, timeline.seed))
{
    for (const ShotPlan &s : plan.shots)
        for (const QString &b : s.beds)
            if (!m_bedIds.contains(b))
                m_bedIds << b;
    if (m_bedIds.isEmpty())
        m_bedIds << QStringLiteral("wind"); // never silent unless asked: a soft air bed
    for (const QString &id : std::as_const(m_bedIds))
        m_bedKinds.push_back(bedOf(id));
    for (int b = 0; b < m_bedIds.size(); ++b)
        m_bedPhase.push_back(float(rand01(m_tl.seed * 31 + uint64_t(b) * 7919, 3)));
    m_passCentre.assign(size_t(m_bedIds.size()), 500.0f);
    m_bedGain.assign(size_t(m_bedIds.size()), 0.0f);
    m_bedPan.assign(size_t(m_bedIds.size()), 0.0f);
    m_control.assign(size_t(m_bedIds.size()), 0.5f);
    m_target.assign(size_t(m_bedIds.size()), 0.0f);
    m_lp.resize(size_t(m_bedIds.size()) * 2);
    m_bp.resize(size_t(m_bedIds.size()));
    bool beds = false;
    for (const ShotPlan &s : plan.shots)
        beds = beds || !s.beds.isEmpty();
    // Music asked for leads; otherwise it stays under the scene's own sounds.
    m_musicLevel = plan.music.asked ? 1.0f : (beds ? 0.45f : 0.8f);
}

AudioMix::~AudioMix() = default;

float AudioMix::bed(int i, int64_t n, float t)
{
    // The bed's kind was resolved from its name once; this runs per sample.
    const float r = float(m_rate);
    const uint64_t s = m_tl.seed * 31 + uint64_t(i) * 7919;
    const float w = white(s, n);
    dsp::LowPass &a = m_lp[size_t(i) * 2];
    dsp::LowPass &b = m_lp[size_t(i) * 2 + 1];
    switch (m_bedKinds[size_t(i)]) {
    case Bed::Rain: {
        // Broadband hiss (high-passed white) with random droplet ticks.
        const float hiss = w - a.run(w, 400, r);
        const uint64_t slot = uint64_t(n / 160);
        const float tick = rand01(s, 1, slot) < 0.25 ? white(s + 2, n) * dsp::expNeg(-float(n % 160) / 30.0f) : 0.0f;
        return hiss * 0.5f + tick * 0.6f;
    }
    case Bed::Wind: {
        const float gust = m_control[size_t(i)];
        return b.run(a.run(w, 300 + 500 * gust, r), 900, r) * 2.2f * gust;
    }
    case Bed::Waves: {
        // The wave wash swells with the same swell the picture's waves follow.
        const float sw = m_swell;
        const float wash = a.run(w, 500 + 1500 * sw * sw, r);
        return wash * (0.25f + 1.1f * sw * sw) * 1.6f;
    }
    case Bed::Traffic: {
        const float rumble = a.run(w, 120, r) * 3.0f;
        const float sn = dsp::sinTurns(0.5f * (t / 3.3f + m_bedPhase[size_t(i)]));
        const float pass = sn * sn * sn * sn * sn * sn;
        return rumble + m_bp[size_t(i)].run(w, m_passCentre[size_t(i)], 1.5f, r) * pass * 0.9f;
    }
    case Bed::Crowd: {
        float v = 0;
        for (int k = 0; k < 3; ++k)
            v += std::max(0.0f, dsp::sinTurns(t * (4.2f + k * 1.3f) * 0.5f + k * 0.159155f) * m_control[size_t(i)] * (0.6f + 0.2f * k));
        return m_bp[size_t(i)].run(w, 700 + 200 * m_control[size_t(i)], 2.0f, r) * (0.3f + v) * 0.8f;
    }
    case Bed::Birds: {
        // Chirps: fast falling sine sweeps in short trills, at seeded moments.
        const int64_t slotLen = m_rate / 4;
        const uint64_t slot = uint64_t(n / slotLen);
        if (rand01(s, 4, slot) > 0.35)
            return 0;
        const float ts = float(n % slotLen) / r;
        const float dur = 0.09f;
        const float k = std::fmod(ts, dur * 1.3f);
        if (k > dur)
            return 0;
        const float f0 = float(2500 + 2500 * rand01(s, 5, slot));
        const float env = dsp::sinTurns(0.5f * k / dur);
        return dsp::sinTurns(f0 * k - 6000 * k * k) * env * 0.8f;
    }
    case Bed::Gulls: {
        // A gull's "kyow": two or three falling, raspy cries, at seeded moments.
        const int64_t slotLen = m_rate * 7 / 10;
        const uint64_t slot = uint64_t(n / slotLen);
        if (rand01(s, 7, slot) > 0.55)
            return 0;
        const float ts = float(n % slotLen) / r;
        const float syllable = 0.2f, dur = 0.15f;
        const int calls = 2 + int(rand01(s, 8, slot) * 2);
        const float k = std::fmod(ts, syllable);
        if (k > dur || ts > syllable * calls)
            return 0;
        const float f0 = float(1700 + 400 * rand01(s, 9, slot));
        const float ph = f0 * k - 2600 * k * k; // the pitch falls by ~800 Hz over the cry
        const float env = dsp::sinTurns(0.5f * k / dur);
        return (dsp::sinTurns(ph) + 0.45f * dsp::sinTurns(2 * ph)) * env * (0.75f + 0.25f * w) * 0.6f;
    }
    case Bed::Ducks: {
        // A quack: a buzzy 230 Hz sawtooth through a nasal band around 1.1 kHz, in short runs.
        const int64_t slotLen = m_rate * 45 / 100;
        const uint64_t slot = uint64_t(n / slotLen);
        const float ts = float(n % slotLen) / r;
        const float dur = 0.14f;
        const float saw = 2 * (t * 230 - std::floor(t * 230)) - 1;
        const float voiced = m_bp[size_t(i)].run(saw, 1100, 2.5f, r);
        if (rand01(s, 10, slot) > 0.4 || ts > dur)
            return 0;
        return voiced * dsp::sinTurns(0.5f * ts / dur) * 2.2f;
    }
    case Bed::Owl: {
        // "Hoo ... hoo-hoo": soft low tones every 3.2 s.
        const float cycle = std::fmod(t + m_bedPhase[size_t(i)] * 3.2f, 3.2f);
        const float starts[3] = {0.0f, 0.8f, 1.15f};
        for (float st : starts) {
            const float k = cycle - st;
            if (k >= 0 && k < 0.28f)
                return dsp::sinTurns(390 * k - 60 * k * k) * dsp::sinTurns(0.5f * k / 0.28f) * 0.7f;
        }
        return 0;
    }
    case Bed::Rails: {
        // Wheels over rail joints: a pair of clacks every 0.9 s over a low rumble.
        const float rumble = a.run(w, 150, r) * 2.0f;
        const float cycle = std::fmod(t + m_bedPhase[size_t(i)], 0.9f);
        const float since = cycle < 0.12f ? cycle : cycle - 0.12f;
        const float clack = b.run(w, 900, r) * dsp::expNeg(-since / 0.015f) * 2.5f;
        return rumble + clack;
    }
    case Bed::Bell: {
        // A tram's "ding ding" every 4 s: two strikes of an inharmonic bell, the first within
        // the clip's first second so a short clip hears it.
        const float cycle = std::fmod(t + 3.2f + 0.5f * m_bedPhase[size_t(i)], 4.0f);
        float v = 0;
        for (float st : {0.0f, 0.35f}) {
            const float k = cycle - st;
            if (k >= 0)
                v += (dsp::sinTurns(1150 * k) + 0.5f * dsp::sinTurns(1150 * 2.76f * k) * dsp::expNeg(-k / 0.15f))
                     * dsp::expNeg(-k / 0.5f) * std::min(1.0f, k * 1000);
        }
        return v * 0.5f;
    }
    case Bed::Jet: {
        // A distant airliner: a broad low roar with a faint turbine whine, swelling slowly.
        const float roar = b.run(a.run(w, 700, r), 350, r) * 3.5f;
        return (roar + 0.04f * dsp::sinTurns(2100 * t)) * (0.6f + 0.4f * m_control[size_t(i)]);
    }
    case Bed::Rotor: {
        // A helicopter: the blade slap, a thud of low noise once a turn of the rotor the picture
        // draws, over the turbine's whine and hiss.
        const float turn = dsp::fract(t * float(kRotorTurnsPerSec) + m_bedPhase[size_t(i)]) / float(kRotorTurnsPerSec);
        const float slap = dsp::expNeg(-turn / 0.05f) * std::min(1.0f, turn * 300);
        // A steady wash under the slaps keeps the thud's peaks near the mix's loudness.
        const float thud = a.run(w, 260, r) * 5.0f * (0.3f + 0.7f * slap) + 0.2f * dsp::sinTurns(70 * turn) * slap;
        const float turbine = 0.03f * dsp::sinTurns(1480 * t) + 0.015f * dsp::sinTurns(2960.5f * t);
        const float hiss = m_bp[size_t(i)].run(w, 1800, 1.0f, r) * 0.1f;
        return thud + turbine + hiss;
    }
    case Bed::Burner: {
        // A hot-air balloon's burner: a roar of a second and a half every five seconds or so,
        // the first within the clip's first second and a half, so a short clip hears it.
        const float cycle = std::fmod(t + 3.9f + 1.1f * m_bedPhase[size_t(i)], 5.2f);
        if (cycle > 1.6f)
            return 0;
        const float env = dsp::sinTurns(0.5f * cycle / 1.6f);
        const float roar = m_bp[size_t(i)].run(w, 420, 0.7f, r) * 1.4f + a.run(w, 200, r) * 3.0f;
        return roar * env * (0.8f + 0.2f * m_control[size_t(i)]);
    }
    case Bed::Coffee: {
        // An espresso machine: a steam hiss now and then over a low pump hum.
        const float cycle = std::fmod(t + 1.5f, 7.0f);
        const float steam = cycle < 2.5f ? dsp::sinTurns(0.5f * cycle / 2.5f) : 0.0f;
        const float hiss = w - a.run(w, 2500, r);
        return hiss * steam * 0.9f + dsp::sinTurns(100 * t) * 0.05f * steam;
    }
    case Bed::Space:
    case Bed::Underwater: {
        const float hum = dsp::sinTurns(55 * t) * 0.4f + dsp::sinTurns(82.7f * t) * 0.25f
                          + dsp::sinTurns(110.3f * t) * 0.15f;
        return hum * (0.7f + 0.3f * dsp::sinTurns(t * 0.7f * 0.159155f)) + a.run(w, 250, r) * 1.5f;
    }
    case Bed::Fire: {
        const uint64_t slot = uint64_t(n / 240);
        const float crack = rand01(s, 6, slot) < 0.08 ? w * dsp::expNeg(-float(n % 240) / 40.0f) : 0.0f;
        return a.run(w, 600, r) * 1.2f + crack;
    }
    case Bed::Buzz: {
        // A bee: a buzzy ~210 Hz sawtooth through a nasal band, its pitch wavering (phase in
        // closed form: 210 t plus the integral of a 0.7 Hz, 25 Hz-deep vibrato) and swelling as
        // it comes near and drifts off.
        const float ph = 210 * t - 25 / (2 * float(M_PI) * 0.7f) * std::cos(2 * float(M_PI) * 0.7f * t);
        const float saw = 2 * (ph - std::floor(ph)) - 1;
        const float swell = 0.5f + 0.5f * dsp::sinTurns(t * 0.23f + m_bedPhase[size_t(i)]);
        const float near = 0.45f + 0.55f * swell * swell;
        return m_bp[size_t(i)].run(saw, 900, 1.2f, r) * near * 1.6f;
    }
    case Bed::Room:
        break;
    }
    return a.run(w, 400, r) * 1.0f; // room tone
}

void AudioMix::startVoices(int64_t n)
{
    while (m_nextEvent < m_tl.events.size()) {
        const TimelineEvent &e = m_tl.events[m_nextEvent];
        const int64_t start = int64_t(std::llround(e.timeSec * m_rate));
        if (start > n)
            break;
        ++m_nextEvent;
        Voice v(e.kind, start, e.strength, e.x * 2 - 1);
        switch (e.kind) {
        case EventKind::Flash: v.length = m_rate * 4; v.pan *= 0.5f; break;
        case EventKind::Step: v.length = m_rate / 8; v.pan = 0; break;
        case EventKind::DropHit: v.length = m_rate / 12; v.param = float(1200 + 1600 * e.y); break;
        case EventKind::Meow: v.length = int64_t(m_rate * 0.6); v.pan = 0.2f; break;
        case EventKind::Bark: v.length = int64_t(m_rate * 0.2); v.pan = 0.2f; break;
        case EventKind::Pounce: v.start = start + int64_t(e.lengthSec * m_rate); v.length = m_rate / 6; v.pan = 0; break;
        case EventKind::Reveal: v.length = m_rate * 2; v.pan = 0; break;
        case EventKind::Whoosh: v.length = int64_t(m_rate * 0.8); break;
        case EventKind::Leap: v.param = float(e.lengthSec); v.length = int64_t(m_rate * (e.lengthSec + 0.7)); v.pan *= 0.5f; break;
        case EventKind::Strum: v.length = m_rate; v.pan = 0.1f; break;
        case EventKind::Bow:
            v.param = dsp::midiHz(instrumentNote(e, 0));
            v.param2 = float(e.lengthSec);
            v.length = int64_t(std::llround(e.lengthSec * m_rate));
            v.pan = 0.1f;
            break;
        case EventKind::Keys:
            // The right hand plays the tune on the beat, the left a fifth low in the bass.
            v.struck[0] = instruments::StruckString(dsp::midiHz(instrumentNote(e, e.y > 0.5f ? 0 : 1)));
            v.struck[1] = instruments::StruckString(dsp::midiHz(instrumentNote(e, 2)));
            v.struckCount = e.y > 0.5f ? 1 : 2;
            // The key is held until the hand strikes again a beat later, then the damper falls.
            v.param2 = float(m_tl.bpm > 0 ? 60.0 / m_tl.bpm : 0.5);
            v.length = int64_t(m_rate * (v.param2 + 0.25));
            v.pan = e.y > 0.5f ? 0.2f : 0.0f;
            break;
        default: continue; // beats and cuts are the music's and the picture's business
        }
        m_voices.push_back(v);
    }
}

// The note an instrument's event plays, in the music's key and on its chords: line 0 is the tune
// (a violin's, or a pianist's right hand: the chord's tones up and down, a bar of four beats),
// 1 and 2 the left hand's root and fifth an octave below.
int AudioMix::instrumentNote(const TimelineEvent &e, int line) const
{
    const double beatSec = m_tl.bpm > 0 ? 60.0 / m_tl.bpm : 0.5;
    const double origin = m_tl.bpm > 0 ? 0.0 : m_tl.shots[size_t(std::min<int>(e.shot, int(m_tl.shots.size()) - 1))].startSec;
    // Events sit on frame boundaries, within half a frame of the beat; the left hand half a beat on.
    const int beat = int(std::floor((e.timeSec - origin) / beatSec + 0.25));
    const int bar = beat / 4;
    static const int kTune[4] = {0, 1, 2, 3};
    static const int kBowed[4] = {0, 1, 2, 1};
    if (line == 0)
        return chordNote(m_key, bar, e.kind == EventKind::Bow ? kBowed[beat % 4] : kTune[beat % 4]) + 12;
    return chordNote(m_key, bar, line == 1 ? 0 : 2) - 12;
}

void AudioMix::render(float *out, int frames)
{
    const DenormalGuard noDenormals;
    const float r = float(m_rate);
    const bool marsSteps = !m_plan.shots.isEmpty() && m_plan.shots.first().hasDetail("mars");
    for (int i = 0; i < frames; ++i, ++m_n) {
        const int64_t n = m_n;
        const float t = float(n) / r;
        startVoices(n);
        if (n % 64 == 0) {
            // Control rate: slow modulations and the shot's bed levels, once per 64 samples.
            const int shot = m_tl.shotAt(t);
            const ShotPlan &sp = m_plan.shots[std::min<int>(shot, int(m_plan.shots.size()) - 1)];
            m_swell = float(m_tl.swell(t));
            for (int b = 0; b < m_bedIds.size(); ++b) {
                const uint64_t s = m_tl.seed * 31 + uint64_t(b) * 7919;
                m_control[size_t(b)] = float(0.4 + 0.6 * fbm(s, t * (m_bedKinds[size_t(b)] == Bed::Crowd ? 2.0 : 0.3)));
                if (m_bedKinds[size_t(b)] == Bed::Traffic) {
                    // A passing car's band rises with its loudness (a Doppler-ish sweep), per block.
                    const float sn = dsp::sinTurns(0.5f * (t / 3.3f + m_bedPhase[size_t(b)]));
                    m_passCentre[size_t(b)] = 500 + 400 * sn * sn * sn * sn * sn * sn;
                }
                m_target[size_t(b)] = (sp.beds.contains(m_bedIds[b]) || sp.beds.isEmpty()) ? bedLevel(m_bedIds[b]) : 0.0f;
                // Beds spread across the stereo field with a slow drift so they feel wide; a
                // helicopter's rotor follows it across the sky (Aircraft.cpp's path, at 16:9).
                if (m_bedKinds[size_t(b)] == Bed::Rotor) {
                    const float st = t - float(m_tl.shots[size_t(std::min<int>(shot, int(m_tl.shots.size()) - 1))].startSec);
                    const float len = 0.19f; // the helicopter's length over the frame's width
                    const float x = std::fmod(0.25f + 0.6f * len + 0.05f * st, 1 + 1.2f * len) - 0.6f * len;
                    m_bedPan[size_t(b)] = std::clamp(2 * x - 1, -1.0f, 1.0f) * 0.7f;
                } else {
                    m_bedPan[size_t(b)] = 0.25f * dsp::sinTurns((t * 0.2f + b * 1.7f) * 0.159155f);
                }
            }
        }
        float left = 0, right = 0;
        for (int b = 0; b < m_bedIds.size(); ++b) {
            const float target = m_target[size_t(b)];
            float &g = m_bedGain[size_t(b)];
            g += (target - g) * 0.0005f; // ~40 ms crossfade at cuts
            if (g < 1e-4f && target == 0)
                continue;
            const float v = bed(b, n, t) * g;
            const float pan = m_bedPan[size_t(b)];
            left += v * (1 - pan);
            right += v * (1 + pan);
        }
        const float music = m_music.sample(n) * m_musicLevel;
        left += music;
        right += music;
        for (auto &v : m_voices) {
            const int64_t age = n - v.start;
            if (age < 0 || age >= v.length)
                continue;
            const float ta = float(age) / r;
            const float w = white(m_tl.seed + 123 + uint64_t(v.start), n);
            float s = 0;
            switch (v.kind) {
            case EventKind::Flash: {
                // Crack at once, then a long low rumble.
                const float crack = (w - v.lp.run(w, 1500, r)) * dsp::expNeg(-ta / 0.06f) * 1.6f;
                const float rumble = v.lp2.run(w, 140, r) * 9.0f * dsp::expNeg(-ta / 1.1f)
                                     * (0.6f + 0.4f * dsp::sinTurns((ta * 9 + float(v.start % 6283) * 0.001f) * 0.159155f));
                s = (crack + rumble) * v.strength;
                break;
            }
            case EventKind::Step:
                s = v.lp.run(w, marsSteps ? 250 : 500, r) * 4.0f * dsp::expNeg(-ta / 0.035f) * std::min(1.0f, ta * 2000);
                break;
            case EventKind::DropHit: {
                const float f = v.param * (1 - 0.3f * ta * 10);
                v.phase = v.phase + f / r - std::floor(v.phase + f / r);
                s = dsp::sinTurns(float(v.phase)) * dsp::expNeg(-ta / 0.02f) * 0.5f * v.strength;
                break;
            }
            case EventKind::Meow: {
                // "mi-aow": a rising then falling pitch with a nasal formant.
                const float u = ta / 0.6f;
                const float f0 = 520 + 260 * dsp::sinTurns(0.5f * std::min(1.0f, u * 1.4f)) - 120 * u;
                v.phase = v.phase + f0 / r - std::floor(v.phase + f0 / r);
                float tone = 0;
                for (int h = 1; h <= 6; ++h)
                    tone += dsp::sinTurns(float(v.phase) * h) / (1 + std::abs(h * f0 - 1500) / 400);
                s = v.bp.run(tone, 1400, 2, r) * dsp::sinTurns(0.5f * u) * 1.4f;
                break;
            }
            case EventKind::Bark: {
                v.phase = v.phase + 380 / r - std::floor(v.phase + 380 / r);
                s = (dsp::sinTurns(float(v.phase)) + 0.5f * w) * dsp::expNeg(-ta / 0.06f) * 0.8f;
                break;
            }
            case EventKind::Pounce:
                s = v.lp.run(w, 200, r) * 5.0f * dsp::expNeg(-ta / 0.05f);
                break;
            case EventKind::Reveal: {
                // A bell: inharmonic partials decaying at their own rates.
                const float f = 1320;
                s = (dsp::sinTurns(f * ta) * dsp::expNeg(-ta / 0.9f) + 0.5f * dsp::sinTurns(f * 2.76f * ta) * dsp::expNeg(-ta / 0.4f)
                     + 0.25f * dsp::sinTurns(f * 5.4f * ta) * dsp::expNeg(-ta / 0.2f)) * 0.35f * std::min(1.0f, ta * 1000);
                break;
            }
            case EventKind::Leap: {
                // A light splash as it leaves the water, a heavier one where it dives back in.
                const float out = ta < 0.3f ? dsp::expNeg(-ta / 0.08f) * 0.5f : 0.0f;
                const float back = ta >= v.param ? dsp::expNeg(-(ta - v.param) / 0.18f) * std::min(1.0f, (ta - v.param) * 200) : 0.0f;
                s = v.bp.run(w, 900 + 1800 * (out + back), 0.8f, r) * (out + back) * 2.2f;
                break;
            }
            case EventKind::Strum: {
                // A downstroke across an open E chord: the six strings sound 12 ms apart, each a
                // plucked tone (fundamental and octave) that dies away.
                static const float strings[6] = {82.4f, 123.5f, 164.8f, 207.7f, 246.9f, 329.6f};
                for (int k = 0; k < 6; ++k) {
                    const float tk = ta - 0.012f * float(k);
                    if (tk <= 0)
                        break;
                    const float f = strings[k];
                    s += (dsp::sinTurns(f * tk) + 0.4f * dsp::sinTurns(2 * f * tk)) * dsp::expNeg(-tk / 0.35f)
                         * std::min(1.0f, tk * 400);
                }
                s *= 0.09f * v.strength;
                break;
            }
            case EventKind::Bow:
                s = v.bowed.sample(v.param, ta, v.param2, r, w) * 0.17f * (0.8f + 0.2f * v.strength);
                break;
            case EventKind::Keys:
                for (int k = 0; k < v.struckCount; ++k)
                    s += v.struck[k].sample(ta, w) * (k == 0 ? 1.0f : 0.7f);
                s *= 0.12f * v.strength * (ta > v.param2 ? dsp::expNeg(-(ta - v.param2) / 0.04f) : 1.0f);
                break;
            case EventKind::Whoosh: {
                const float u = ta / 0.8f;
                s = v.bp.run(w, 300 + 2500 * u, 3, r) * dsp::sinTurns(0.5f * u) * 1.5f;
                break;
            }
            default:
                break;
            }
            left += s * (1 - 0.5f * v.pan);
            right += s * (1 + 0.5f * v.pan);
        }
        out[2 * i] = left;
        out[2 * i + 1] = right;
    }
    m_voices.erase(std::remove_if(m_voices.begin(), m_voices.end(),
                                  [this](const Voice &v) { return m_n >= v.start + v.length; }),
                   m_voices.end());
}

MasteredAudio::MasteredAudio(const ScenePlan &plan, const Timeline &timeline, int sampleRate, double targetLufs,
                             double keepRawSec)
    : m_plan(plan), m_tl(timeline), m_rate(sampleRate),
      m_total(int64_t(std::llround(timeline.durationSec * sampleRate))), m_lookahead(sampleRate / 200)
{
    // Pass 1: measure. A short clip keeps this pass's samples (they are the same ones a second
    // pass would make: the mix does not depend on how it is chunked) and skips the second pass;
    // a long one renders twice so that memory does not grow with the duration.
    const int64_t needed = m_total + m_lookahead; // the look-ahead line reads past the end
    const bool keep = needed <= int64_t(keepRawSec * sampleRate);
    if (keep)
        m_raw.resize(size_t(needed) * 2);
    AudioMix probe(plan, timeline, sampleRate);
    LoudnessMeter meter(sampleRate, 2);
    std::vector<float> block(4096 * 2);
    for (int64_t done = 0; done < (keep ? needed : m_total);) {
        const int n = int(std::min<int64_t>(4096, (keep ? needed : m_total) - done));
        float *dst = keep ? &m_raw[size_t(done) * 2] : block.data();
        probe.render(dst, n);
        meter.add(dst, int(std::min<int64_t>(n, std::max<int64_t>(0, m_total - done))));
        done += n;
    }
    m_measured = meter.integratedLufs();
    m_gain = m_measured > -100 ? float(std::pow(10.0, (targetLufs - m_measured) / 20.0)) : 1.0f;
    if (!keep)
        m_mix = std::make_unique<AudioMix>(plan, timeline, sampleRate);
    m_delay.assign(size_t(m_lookahead) * 2, 0.0f);
    // Prime the look-ahead line with the first samples.
    m_pending.resize(size_t(m_lookahead) * 2);
    pullRaw(m_pending.data(), m_lookahead);
    for (int i = 0; i < m_lookahead * 2; ++i)
        m_delay[size_t(i)] = m_pending[size_t(i)] * m_gain;
}

void MasteredAudio::pullRaw(float *stereo, int frames)
{
    if (m_mix) {
        m_mix->render(stereo, frames);
        return;
    }
    const size_t from = std::min(m_rawPos, m_raw.size());
    const size_t n = std::min(size_t(frames) * 2, m_raw.size() - from);
    std::copy_n(m_raw.begin() + std::ptrdiff_t(from), n, stereo);
    std::fill(stereo + n, stereo + size_t(frames) * 2, 0.0f); // past the end: silence
    m_rawPos = from + n;
}

void MasteredAudio::render(float *out, int frames)
{
    constexpr float kCeiling = 0.891f; // -1 dBFS
    m_pending.resize(size_t(frames) * 2);
    pullRaw(m_pending.data(), frames);
    const float fadeIn = 0.08f * m_rate, fadeOut = 0.3f * m_rate;
    const float release = 1.0f - std::exp(-1.0f / (0.08f * m_rate));
    for (int i = 0; i < frames; ++i, ++m_n) {
        // The sample entering the line decides the gain early enough (look-ahead) that the
        // sample leaving it never exceeds the ceiling.
        const float inL = m_pending[size_t(2 * i)] * m_gain, inR = m_pending[size_t(2 * i + 1)] * m_gain;
        // Sliding-window maximum over the look-ahead (a monotonic queue): O(1) a sample.
        const float level = std::max(std::abs(inL), std::abs(inR));
        while (!m_peaks.empty() && m_peaks.back().second <= level)
            m_peaks.pop_back();
        m_peaks.emplace_back(m_n + m_lookahead, level);
        while (m_peaks.front().first < m_n)
            m_peaks.pop_front();
        const float peak = m_peaks.front().second;
        const float needed = peak > kCeiling ? kCeiling / peak : 1.0f;
        m_limiterGain = needed < m_limiterGain ? needed : m_limiterGain + (needed - m_limiterGain) * release;
        float l = m_delay[m_delayPos * 2] * m_limiterGain, r = m_delay[m_delayPos * 2 + 1] * m_limiterGain;
        m_delay[m_delayPos * 2] = inL;
        m_delay[m_delayPos * 2 + 1] = inR;
        m_delayPos = (m_delayPos + 1) % size_t(m_lookahead);
        float fade = 1;
        if (m_n < fadeIn)
            fade = float(m_n) / fadeIn;
        if (m_total - m_n < fadeOut)
            fade = std::min(fade, float(m_total - m_n) / fadeOut);
        out[2 * i] = std::clamp(l * fade, -kCeiling, kCeiling);
        out[2 * i + 1] = std::clamp(r * fade, -kCeiling, kCeiling);
    }
}

} // namespace rc::engine
