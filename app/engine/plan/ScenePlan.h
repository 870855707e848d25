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
    QString kind;    // cat, dog, bird, fish, person, astronaut, car, product, building, tree, flower, boat
    QString variant; // products: watch, cup, bottle, phone, shoe, box
    QString action;  // idle, walk, run, play, jump, fly, swim, roll, float
    QColor color;
    int count = 1;
    QString words;   // the prompt's words for it, for display
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

    QJsonObject toJson() const;
    QString describe() const; // a few lines for a terminal
};

} // namespace rc::engine
