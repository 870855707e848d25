#include "engine/plan/Concepts.h"

#include <QJsonArray>
#include <QMutexLocker>

#include <deque>

namespace rc::engine {

namespace {
using Pos = Lexicon::Pos;

// WordNet's lexicographer files of things one can see: animals, artifacts, colours, foods,
// groups, places, natural objects, people, plants, substances.
bool concrete(int lexFile)
{
    switch (lexFile) {
    case 5: case 6: case 7: case 13: case 14: case 15: case 17: case 18: case 20: case 27:
        return true;
    default:
        return false;
    }
}
// Of those, the ones a person would expect to see drawn when named.
bool visible(int lexFile)
{
    return lexFile == 5 || lexFile == 6 || lexFile == 13 || lexFile == 17 || lexFile == 20;
}

Concept make(Concept::Role role, const QString &id, const QString &lemma, const QColor &color = {}, double value = 0)
{
    Concept c;
    c.role = role;
    c.id = id;
    c.lemma = lemma;
    c.color = color;
    c.value = value;
    return c;
}

constexpr int kNounSenses = 4; // rarer senses than these are more often wrong than right
constexpr int kVerbSenses = 3;
constexpr int kAdjSenses = 2;
} // namespace

Concepts::Concepts(const Lexicon &lexicon, const QJsonObject &section, const QJsonObject &colors)
    : m_lexicon(lexicon)
{
    for (auto it = colors.begin(); it != colors.end(); ++it)
        m_colorNames.insert(it.key(), QColor(it.value().toString()));
    if (!lexicon.isValid())
        return;
    const QJsonObject nouns = section.value(QStringLiteral("nouns")).toObject();
    addAnchors(&m_nouns, Pos::Noun, Concept::Role::Subject, nouns.value(QStringLiteral("subject")).toObject());
    addAnchors(&m_nouns, Pos::Noun, Concept::Role::Setting, nouns.value(QStringLiteral("setting")).toObject());
    addAnchors(&m_nouns, Pos::Noun, Concept::Role::Material, nouns.value(QStringLiteral("material")).toObject());
    // Every colour name's colour senses ("red, redness") is a colour anchor: "scarlet" -> red.
    for (auto it = m_colorNames.begin(); it != m_colorNames.end(); ++it)
        for (const quint32 off : lexicon.senses(it.key(), Pos::Noun))
            if (lexicon.synset(Pos::Noun, off).lexFile == 7 && !m_nouns.contains(off))
                m_nouns.insert(off, {Concept::Role::Color, it.key(), it.value(), 0});
    addAnchors(&m_verbs, Pos::Verb, Concept::Role::Action, section.value(QStringLiteral("verbs")).toObject());
    const QJsonObject adjectives = section.value(QStringLiteral("adjectives")).toObject();
    addAnchors(&m_adjectives, Pos::Adj, Concept::Role::Size, adjectives.value(QStringLiteral("size")).toObject());
    addAnchors(&m_adjectives, Pos::Adj, Concept::Role::Age, adjectives.value(QStringLiteral("age")).toObject());
    const QJsonObject variants = section.value(QStringLiteral("variants")).toObject();
    for (auto it = variants.begin(); it != variants.end(); ++it)
        addAnchors(&m_variants[it.key()], Pos::Noun, Concept::Role::Subject, it.value().toObject());
    const QJsonObject lemmaColors = section.value(QStringLiteral("colors")).toObject();
    for (auto it = lemmaColors.begin(); it != lemmaColors.end(); ++it)
        m_lemmaColors.insert(it.key(), QColor(it.value().toString()));
}

// Tables map an id to anchors: ["lemma", "lemma#2", ...] or {"anchors": [...], "color": "#..."}.
// "lemma#N" is WordNet's N-th sense of the lemma; a bare lemma its first.
void Concepts::addAnchors(AnchorMap *map, Pos pos, Concept::Role role, const QJsonObject &table)
{
    for (auto it = table.begin(); it != table.end(); ++it) {
        const QJsonObject obj = it.value().toObject();
        const QJsonArray list = it.value().isArray() ? it.value().toArray() : obj.value(QStringLiteral("anchors")).toArray();
        const QColor color(obj.value(QStringLiteral("color")).toString());
        for (const QJsonValue v : list) {
            const QString spec = v.toString();
            const int hash = spec.indexOf(QLatin1Char('#'));
            QString lemma = hash >= 0 ? spec.left(hash) : spec;
            lemma.replace(QLatin1Char('_'), QLatin1Char(' '));
            const int sense = hash >= 0 ? spec.mid(hash + 1).toInt() : 1;
            const QList<quint32> senses = m_lexicon.senses(lemma, pos);
            if (sense >= 1 && sense <= senses.size() && !map->contains(senses[sense - 1]))
                map->insert(senses[sense - 1], {role, it.key(), color, it.key().toDouble()});
        }
    }
}

int Concepts::nearest(Pos pos, quint32 offset, const AnchorMap &map, Anchor *found, int maxDepth,
                      bool thingsOnly) const
{
    std::deque<QPair<quint32, int>> queue{{offset, 0}};
    QList<quint32> seen{offset};
    while (!queue.empty()) {
        const auto [at, depth] = queue.front();
        queue.pop_front();
        const auto hit = map.constFind(at);
        // A living thing's lineage passes through what it is made of ("redwood" -> wood): a
        // tree is not a material, so things only stop at things.
        if (hit != map.constEnd()
            && !(thingsOnly && (hit->role == Concept::Role::Material || hit->role == Concept::Role::Color))) {
            *found = hit.value();
            return depth;
        }
        if (depth >= maxDepth)
            continue;
        for (const quint32 up : m_lexicon.synset(pos, at).hypernyms)
            if (!seen.contains(up)) {
                seen.append(up);
                queue.push_back({up, depth + 1});
            }
    }
    return -1;
}

QColor Concepts::colorIn(const QString &text) const
{
    QString word;
    for (const QChar c : text.toLower() + QLatin1Char(' ')) {
        if (c.isLetter()) {
            word += c;
            continue;
        }
        // "reddish" and "brownish" name a colour too.
        const QString base = word.endsWith(QLatin1String("dish")) ? word.left(word.size() - 4)
                             : word.endsWith(QLatin1String("ish")) ? word.left(word.size() - 3) : word;
        if (m_colorNames.contains(base) && base != QLatin1String("gold") && base != QLatin1String("golden"))
            return m_colorNames.value(base);
        word.clear();
    }
    return {};
}

Concept Concepts::lookup(const QString &phrase, Pos pos) const
{
    if (pos == Pos::Noun)
        return lookupNoun(phrase, {});
    Concept c;
    for (const QString &lemma : m_lexicon.lemmas(phrase, pos)) {
        const QList<quint32> senses = m_lexicon.senses(lemma, pos);
        for (int i = 0; i < senses.size(); ++i) {
            const Lexicon::Synset s = m_lexicon.synset(pos, senses[i]);
            if (pos == Pos::Noun)
                break; // nouns are read below, over all their senses at once
            if (pos == Pos::Verb) {
                Anchor a;
                if (i < kVerbSenses && nearest(pos, s.offset, m_verbs, &a, 4) >= 0)
                    return make(Concept::Role::Action, a.id, lemma);
                continue;
            }
            if (i >= kAdjSenses)
                break;
            // Adjectives: the synset itself, its cluster's head ("huge" -> large), the noun it
            // pertains to ("wooden" -> wood: a material), or a colour in its words.
            QList<quint32> candidates{s.offset};
            for (const auto &[p, off] : s.similar)
                candidates.append(off);
            for (const quint32 off : candidates) {
                const auto hit = m_adjectives.constFind(off);
                if (hit != m_adjectives.constEnd())
                    return make(hit->role, hit->id, lemma, {}, hit->value);
            }
            for (const auto &[p, off] : s.pertains) {
                Anchor a;
                if (p == Pos::Noun && nearest(p, off, m_nouns, &a, 6) >= 0
                    && (a.role == Concept::Role::Material || a.role == Concept::Role::Color))
                    return make(a.role, a.id, lemma, a.color);
            }
            for (const QString &w : s.words)
                if (m_colorNames.contains(w))
                    return make(Concept::Role::Color, w, lemma, m_colorNames.value(w));
        }
    }
    return c;
}

Concept Concepts::noun(const QString &phrase) const
{
    return lookupCached(phrase, Pos::Noun);
}

Concept Concepts::nounOfKind(const QString &phrase, const QStringList &kinds) const
{
    return lookupNoun(phrase, kinds);
}

// A noun's senses, most frequent first, each walked up to its nearest anchor; then the reading a
// prompt most likely means: what `prefer` asks for when a sense gives it ("a bowl of cereal":
// food, not the grass), else the first, except that a rarer sense wins over a person ("a tiger"
// is the cat, not a fierce person), an animal over its meat ("an octopus"), food over the plant
// it grows on ("a watermelon"), and a plural is never a colour ("violets").
Concept Concepts::lookupNoun(const QString &phrase, const QStringList &prefer) const
{
    struct Reading
    {
        Anchor anchor;
        Lexicon::Synset synset;
        QString lemma;
        int count;
    };
    QList<Reading> readings;
    Concept thing;
    for (const QString &lemma : m_lexicon.lemmas(phrase, Pos::Noun)) {
        const bool inflected = lemma != phrase.toLower();
        const QList<quint32> senses = m_lexicon.senses(lemma, Pos::Noun);
        for (int i = 0; i < senses.size() && i < kNounSenses; ++i) {
            const Lexicon::Synset s = m_lexicon.synset(Pos::Noun, senses[i]);
            // Groups (noun.group) are people only as a word's first sense ("crowd", not "market").
            if (!concrete(s.lexFile) || (s.lexFile == 14 && i > 0))
                continue;
            const bool living = s.lexFile == 5 || s.lexFile == 20 || s.lexFile == 18 || s.lexFile == 13;
            Anchor a;
            if (nearest(Pos::Noun, s.offset, m_nouns, &a, 16, living) < 0
                || (inflected && a.role == Concept::Role::Color)) {
                if (thing.role == Concept::Role::None && visible(s.lexFile)) {
                    thing.role = Concept::Role::Thing;
                    thing.lemma = lemma;
                }
                continue;
            }
            readings.append({a, s, lemma, m_lexicon.tagCount(lemma, s)});
        }
        if (readings.isEmpty()) {
            // A plant whose lineage WordNet files under wood or mosses ("sequoia", "moss"): a
            // plant all the same, a tree or a flower when its definition says so.
            for (int i = 0; i < senses.size() && i < kNounSenses; ++i) {
                const Lexicon::Synset s = m_lexicon.synset(Pos::Noun, senses[i]);
                if (s.lexFile == 20) {
                    Anchor a{Concept::Role::Subject, QStringLiteral("plant"), {}, 0};
                    if (s.gloss.section(QLatin1Char(';'), 0, 0).contains(QLatin1String("tree")))
                        a.id = QStringLiteral("tree");
                    readings.append({a, s, lemma, 0});
                    break;
                }
            }
        }
        if (!readings.isEmpty())
            break;
    }
    if (readings.isEmpty())
        return thing;
    auto kindOf = [&](int i) { return readings[i].anchor.role == Concept::Role::Subject ? readings[i].anchor.id : QString(); };
    int pick = -1;
    for (int i = 0; i < readings.size() && !prefer.isEmpty() && pick < 0; ++i)
        if (prefer.contains(kindOf(i)))
            pick = i;
    if (pick < 0) {
        // The most often seen sense (tagged texts); among equally seen ones, WordNet's order
        // but an animal before a person or its meat ("tiger", "octopus"), food before the
        // plant it grows on ("watermelon"). A thing is always more than a colour.
        auto rank = [&](int i) {
            const int lex = readings[i].synset.lexFile;
            const QString kind = kindOf(i);
            if (kind.isEmpty())
                return 0;
            if (lex == 5)
                return 4;
            if (kind == QLatin1String("dish") || kind == QLatin1String("drink"))
                return 3;
            if (lex == 18 || kind == QLatin1String("plant"))
                return 1;
            return 2;
        };
        pick = 0;
        for (int i = 1; i < readings.size(); ++i) {
            const int a = readings[i].count, b = readings[pick].count;
            if (a > b || (a == b && rank(i) > rank(pick)))
                pick = i;
        }
    }
    const Reading &r = readings[pick];
    Concept c;
    c.role = r.anchor.role;
    c.id = r.anchor.id;
    c.lemma = r.lemma;
    c.color = r.anchor.color;
    if (c.role != Concept::Role::Subject)
        return c;
    Anchor v;
    if (nearest(Pos::Noun, r.synset.offset, m_variants.value(c.id), &v) >= 0)
        c.variant = v.id;
    // A word that names one of its kind's variants is that variant, whichever of its senses was
    // read ("castle": its commonest sense is a mansion, which would make it a house).
    for (const Anchor &a : m_variants.value(c.id))
        if (a.id == c.lemma)
            c.variant = a.id;
    // A plant known for its flowers is drawn as one ("hydrangea", "dandelion").
    const QString gloss = r.synset.gloss.section(QLatin1Char(';'), 0, 0);
    if (c.id == QLatin1String("plant")
        && (gloss.contains(QLatin1String("flowers")) || gloss.contains(QLatin1String("blooms")) || gloss.contains(QLatin1String("blossoms"))))
        c.id = QStringLiteral("flower");
    c.color = m_lemmaColors.value(c.lemma, m_lemmaColors.value(c.variant));
    if (!c.color.isValid())
        c.color = colorIn(gloss);
    return c;
}

Concept Concepts::verb(const QString &word) const
{
    return lookupCached(word, Pos::Verb);
}

Concept Concepts::adjective(const QString &word) const
{
    return lookupCached(word, Pos::Adj);
}

Concept Concepts::lookupCached(const QString &phrase, Pos pos) const
{
    const QString key = QString::number(int(pos)) + phrase;
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_cache.constFind(key);
        if (it != m_cache.constEnd())
            return it.value();
    }
    Concept c = lookup(phrase, pos);
    c.words = int(phrase.count(QLatin1Char(' '))) + 1;
    QMutexLocker lock(&m_mutex);
    if (m_cache.size() > 20000) // a long-lived process planning many prompts stays bounded
        m_cache.clear();
    m_cache.insert(key, c);
    return c;
}

bool Concepts::inDictionary(const QString &word) const
{
    for (const Pos pos : {Pos::Noun, Pos::Verb, Pos::Adj, Pos::Adv})
        if (!m_lexicon.lemmas(word, pos).isEmpty())
            return true;
    return false;
}

} // namespace rc::engine
