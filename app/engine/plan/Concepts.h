#pragma once

#include "engine/plan/Lexicon.h"

#include <QColor>
#include <QHash>
#include <QJsonObject>
#include <QMutex>
#include <QStringList>
#include <QString>

namespace rc::engine {

// What a word of a prompt means to the engine, found by walking WordNet's hypernyms from the
// word's senses (most frequent first) up to the nearest "anchor" synset named in the
// vocabulary's "lexicon" section: "husky" -> working dog -> dog -> canine (anchor: kind dog),
// "cathedral" -> church (variant church) -> ... -> building (kind building).
struct Concept
{
    enum class Role {
        None,     // not in WordNet, or nothing the engine reads
        Thing,    // a concrete noun the engine knows but cannot draw (listed as not drawn)
        Subject,  // id: a drawable kind; variant: the nearest variant anchor or the lemma
        Setting,  // id: a setting of the vocabulary
        Action,   // id: an action of the vocabulary
        Color,    // color
        Material, // id: wood, metal...; color
        Size,     // value: a scale factor
        Age,      // id: young, old
    };
    Role role = Role::None;
    QString id;
    QString lemma;   // the base form WordNet gave ("foxes" -> "fox")
    QString variant; // subjects: the nearest variant anchor (tower, church, horse...) or empty
    QColor color;    // subjects: a colour named by the lexicon or in the sense's gloss
    double value = 0;
    int words = 1;   // how many prompt words it took ("polar bear": 2)
    bool isValid() const { return role != Role::None; }
};

class Concepts
{
public:
    // `section` is the vocabulary's "lexicon" object; `colors` its colour names.
    Concepts(const Lexicon &lexicon, const QJsonObject &section, const QJsonObject &colors);

    bool isValid() const { return m_lexicon.isValid() && !m_nouns.isEmpty(); }
    // The meaning of `phrase` (one word or a few, e.g. "polar bear") as a noun / verb / adjective.
    Concept noun(const QString &phrase) const;
    // The same, preferring a sense whose kind is one of `kinds` ("a bowl of cereal": dish).
    Concept nounOfKind(const QString &phrase, const QStringList &kinds) const;
    Concept verb(const QString &word) const;
    Concept adjective(const QString &word) const;
    // Whether WordNet lists the word at all (as any part of speech).
    bool inDictionary(const QString &word) const;
    // Whether WordNet lists the word as an adjective ("japanese", "modern").
    bool isAdjective(const QString &word) const { return !m_lexicon.lemmas(word, Lexicon::Pos::Adj).isEmpty(); }

private:
    struct Anchor
    {
        Concept::Role role;
        QString id;
        QColor color;
        double value = 0;
    };
    using AnchorMap = QHash<quint32, Anchor>;
    void addAnchors(AnchorMap *map, Lexicon::Pos pos, Concept::Role role, const QJsonObject &table);
    // The nearest anchor above `offset` (breadth first, at most `maxDepth` levels); -1 if none.
    int nearest(Lexicon::Pos pos, quint32 offset, const AnchorMap &map, Anchor *found, int maxDepth = 16,
                bool thingsOnly = false) const;
    Concept lookupNoun(const QString &phrase, const QStringList &prefer) const;
    QColor colorIn(const QString &text) const;
    Concept lookup(const QString &phrase, Lexicon::Pos pos) const;
    Concept lookupCached(const QString &phrase, Lexicon::Pos pos) const;

    const Lexicon &m_lexicon;
    AnchorMap m_nouns, m_verbs, m_adjectives;
    QHash<QString, AnchorMap> m_variants; // per kind
    QHash<QString, QColor> m_lemmaColors; // "fox" -> its usual colour
    QHash<QString, QColor> m_colorNames;
    mutable QMutex m_mutex;                // guards the cache: planning may run on several threads
    mutable QHash<QString, Concept> m_cache;
};

} // namespace rc::engine
