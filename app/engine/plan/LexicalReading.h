#pragma once

#include "engine/plan/Vocabulary.h"

#include <QList>
#include <QStringList>
#include <QVector>

#include <deque>

namespace rc::engine {

class Concepts;

// One phrase of a shot found in the vocabulary or through WordNet: tokens [start, start+length).
struct PhraseMatch
{
    const Vocabulary::Entry *entry;
    int start;
    int length;
    const QString &category() const { return entry->category; }
    const QString &id() const { return entry->id; }
};

// The words of one shot that the vocabulary left unread, read through WordNet (Concepts): nouns
// become subjects ("husky" -> dog), settings ("lake" -> ocean), colours and materials; verbs
// actions ("sprinting" -> run); adjectives sizes, ages, colours and materials ("wooden"). A
// container or collective noun before "of" ("a plate of sushi", "a flock of birds") gives way to
// what follows. The new matches' entries live in `owned`.
struct LexicalReading
{
    std::deque<Vocabulary::Entry> owned;
    QList<PhraseMatch> matches;
    QStringList notDrawn;   // concrete nouns with no drawable kind, in prompt order
    QVector<bool> consumed; // container / collective words read as part of what follows
};

LexicalReading readWithLexicon(const QStringList &tokens, const Vocabulary &vocab, const Concepts *concepts,
                               QList<PhraseMatch> *vocabularyMatches, QVector<bool> *known);

// How many of the subject at `start` the words before it ask for ("two", "a flock of"); 0 if none.
int countBefore(const QStringList &tokens, int start, const Vocabulary &vocab);

} // namespace rc::engine
