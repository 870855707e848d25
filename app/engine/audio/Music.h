#pragma once

#include "engine/audio/Dsp.h"
#include "engine/plan/ScenePlan.h"
#include "engine/timeline/Timeline.h"

#include <vector>

namespace rc::engine {

// The clip's key, chosen from the seed and the mood: the music plays in it and so does a person
// playing an instrument in the picture, with or without music.
struct MusicKey
{
    int root = 57;  // MIDI note of the tonic (A2..D#3)
    bool minor = false;
};
MusicKey musicKey(const MusicPlan &plan, quint64 seed);
// A note of the four-bar progression (I V vi IV, or i VI III VII in minor) in `key`: voice 0-2
// are the triad from the octave above the root, 3-5 the same an octave higher.
int chordNote(const MusicKey &key, int bar, int voice);

// Generated music: chords, bass, an arpeggio and (for lively moods) drums, in a key and
// progression chosen by the seed. Notes start on the timeline's Beat events, so the visual beat
// pulses and the drums are the same moments.
class Music
{
public:
    Music(const MusicPlan &plan, const Timeline &timeline, int sampleRate);
    // Adds music for sample `n` (a mono value; the mixer spreads it).
    float sample(int64_t n);
    bool enabled() const { return m_enabled; }

private:
    struct Flags
    {
        bool drums, arp, pad, bass, piano;
    };
    bool m_enabled;
    int m_rate;
    Flags m_flags{};
    MusicKey m_key;
    std::vector<int64_t> m_beats; // sample of each beat
    int64_t m_beatLen = 24000;
    size_t m_beat = 0;
    quint64 m_seed;
    dsp::LowPass m_padLp, m_hatHp;
    double m_padPhase[6] = {};
    double m_bassPhase = 0, m_arpPhase = 0, m_kickPhase = 0;
    int chordNote(int bar, int voice) const { return rc::engine::chordNote(m_key, bar, voice); }
};

} // namespace rc::engine
