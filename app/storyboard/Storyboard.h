#pragma once

#include "core/VideoSize.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace rc::storyboard {

// One shot of a storyboard: what to ask a provider for, and what the lesson lays over it.
struct Shot
{
    QString prompt;
    double seconds = 4;   // the shot's length in the lesson (narration may lengthen it)
    QString photo;        // absolute path, or empty
    QString provider;     // empty: the document's, else the built-in engine
    QString model;        // empty: the document's, else the provider's first
    bool continueFromPrevious = false; // start from the previous shot's last frame
    QString caption;      // burned in and written to the .srt/.vtt
    QString narration;    // text spoken by the speech synthesizer
    QString voiceover;    // absolute path of a recorded audio file, or empty

    bool operator==(const Shot &o) const;
};

enum class Transition { Cut, Crossfade };
enum class MusicKind { Engine, None, File };

// A storyboard document: a title card, shots in order and how they are joined. The JSON fields
// are exactly those of the format (see fromJson); relative paths in it are relative to the
// document's folder, and are kept absolute in memory.
struct Storyboard
{
    QString title;
    QString subtitle;
    VideoSize size{1280, 720};
    int fps = 24;
    QString language = QStringLiteral("en");
    Transition transition = Transition::Crossfade;
    double transitionSec = 0.5;
    MusicKind music = MusicKind::Engine;
    QString musicFile;       // absolute, when music is File
    QString provider;        // the shots' default provider (empty: built-in)
    QString model;           // the shots' default model
    QString voice;           // speech voice variant (e.g. "f3", "m1"); empty: the language's default
    int wordsPerMinute = 160; // speech speed
    // Burn a small "AI-generated" label into a corner of the joined lesson (off unless asked).
    bool aiLabel = false;
    QList<Shot> shots;

    // The overlap between two parts: zero for cuts.
    double overlapSec() const { return transition == Transition::Crossfade ? transitionSec : 0.0; }
    QString providerOf(const Shot &shot) const;
    QString modelOf(const Shot &shot) const;

    // Reads a document. `baseDir` resolves relative paths. On a problem returns nullopt and sets
    // `error` to one sentence that names the field and, for a shot's field, the shot ("shot 2:").
    // Files are checked to exist; providers are checked later against the catalogue.
    static std::optional<Storyboard> fromJson(const QByteArray &json, const QString &baseDir, QString *error);
    static std::optional<Storyboard> load(const QString &path, QString *error);
    // Writes the document with paths relative to `baseDir` where they lie under it.
    QJsonObject toJson(const QString &baseDir) const;
};

// "shot 3" (1-based), the name every message uses for a shot.
QString shotName(int index);

} // namespace rc::storyboard
