#pragma once

#include <QString>

namespace rc::ui {

// Labels for the built-in engine's plan ids (resources/engine/vocabulary.json), so the
// "What the engine understood" chips read in the studio's language. The table covers the ids
// the chips show by kind; an id it does not know (one added to the vocabulary later) still
// reads as words: "windowLight" -> "window light".
enum class PlanLabelKind {
    Setting,
    Light,
    Weather,
    CameraMove,
    Style,
    MusicMood,
    MusicGenre,
};

QString planLabel(PlanLabelKind kind, const QString &id);

// An id as lower-case words: camelCase and underscores split, hyphens kept ("lo-fi" is a word).
QString planIdWords(const QString &id);

} // namespace rc::ui
