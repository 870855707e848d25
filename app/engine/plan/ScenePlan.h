#pragma once

#include <QColor>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace rc::engine {

// What the engine understood of a prompt, in words a person can read (`reelcraft plan --json`)
// and in ids the renderer and the mixer switch on. Ids come from resources/engine/vocabulary.json.

struct SubjectPlan
{
    // cat, dog, animal, bird, fish, insect, reptile, person, astronaut, car, bus, train, bicycle,
    // motorbike, boat, plane, dish, drink, product, building, tree, flower, plant
    QString kind;
    // products: watch, cup, bottle, phone, shoe, box, lamp, book, chair, instrument, bag; other
    // kinds read through WordNet: the nearest variant anchor (fox, horse, tower...) or the lemma
    QString variant;
    // idle, walk, run, play, jump, fly, swim, roll, float, dance, eat, cook, instrument, ride, grow
    QString action;
    QColor color;
    int count = 1;
    QString words;   // the prompt's words for it, for display
    double scale = 1.0; // "a big dog" 1.35, "a tiny bird" 0.7
    QString age;        // people and animals: young, old, or empty
    QString outfit;     // people: dress (drawn as a skirt), or empty
    QColor riderColor;  // bicycles and motorbikes: the rider's clothes, when the prompt says
    QString material;   // said just before it: leather wood metal glass glossy fabric, or empty
};

struct CameraPlan
{
    QString move = QStringLiteral("pushIn"); // static pushIn pullOut panLeft panRight tiltUp tiltDown rise orbit dolly
    double speed = 0.35;                     // 1 = a clear move over the shot; 0.5 slow, 2 fast
    QString framing = QStringLiteral("normal"); // normal closeup aerial wide
    bool timeLapse = false;
    bool explicitMove = false;               // the prompt asked for it (else a gentle default)
};

struct ShotPlan
{
    QString text;                 // the sentence or clause this shot came from
    QString setting;              // see vocabulary "settings", or "abstract"
    QStringList details;          // mars, cafe, wood, ...
    QString light;                // dawn morning noon golden sunset night
    QString lightEnd;             // when the light changes over the shot (a setting sun), else empty
    QStringList weather;          // rain snow fog wind storm
    QStringList effects;          // neon windowLight window fireflies lightSweep ripples traffic ...
    QList<SubjectPlan> subjects;
    CameraPlan camera;
    QString style;                // cinematic scifi dreamy surreal documentary vintage, or empty
    QList<QColor> palette;        // named colours not tied to a subject
    QList<QColor> skyPalette;     // named colours said of the sky
    bool skyTurns = false;        // "the sky turning orange": skyPalette is reached over the shot
    QStringList beds;             // ambient sound beds
    QStringList cues;             // event sounds asked for or implied (meow, footsteps, thunder, ...)

    bool has(const QStringList &list, const char *id) const { return list.contains(QLatin1String(id)); }
    bool hasEffect(const char *id) const { return has(effects, id); }
    bool hasWeather(const char *id) const { return has(weather, id); }
    bool hasDetail(const char *id) const { return has(details, id); }
    const SubjectPlan *subject(const char *kind) const;
};

struct MusicPlan
{
    bool enabled = true;
    QString mood = QStringLiteral("calm"); // calm happy energetic dark epic dreamy
    QString genre;                         // electronic piano ambient lofi orchestral, or empty
    int bpm = 80;
    bool asked = false;                    // the prompt mentioned music
};

struct ScenePlan
{
    QString prompt;
    bool fromPhoto = false;
    QList<ShotPlan> shots; // at least one
    MusicPlan music;
    bool silent = false;   // the prompt asked for no sound
    QStringList understood; // phrases that matched the vocabulary, in prompt order
    QStringList unknown;    // words that did not (they only colour an abstract scene)
    QStringList notDrawn;   // things the prompt names that the engine recognises but cannot draw
    int contentWords = 0;   // words other than stop words and numbers, over all shots
    int understoodWords = 0; // of those, the ones that changed the plan

    QJsonObject toJson() const;
    QString describe() const; // a few lines for a terminal
};

} // namespace rc::engine
