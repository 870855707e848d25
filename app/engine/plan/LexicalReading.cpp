#include "engine/plan/LexicalReading.h"

#include "engine/plan/Concepts.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace rc::engine {

namespace {
bool isNumber(const QString &token)
{
    static const QRegularExpression digits(QStringLiteral("^\\d+$"));
    return digits.match(token).hasMatch();
}

// A plural collective or container still reads as one: "bowls of", "flocks of".
bool listedSingular(const QStringList &list, const QString &word)
{
    return list.contains(word) || (word.endsWith(QLatin1Char('s')) && list.contains(word.chopped(1)));
}

bool isDeterminer(const QString &t)
{
    static const QStringList words = {
        QStringLiteral("a"), QStringLiteral("an"), QStringLiteral("the"), QStringLiteral("this"),
        QStringLiteral("that"), QStringLiteral("these"), QStringLiteral("those"), QStringLiteral("its"),
        QStringLiteral("his"), QStringLiteral("her"), QStringLiteral("their"), QStringLiteral("my"),
        QStringLiteral("our"), QStringLiteral("your"), QStringLiteral("one"), QStringLiteral("each"),
        QStringLiteral("every"), QStringLiteral("some"), QStringLiteral("no")};
    return words.contains(t);
}

QString withoutPossessive(QString w)
{
    if (w.endsWith(QLatin1String("'s")))
        w.chop(2);
    while (w.endsWith(QLatin1Char('\'')))
        w.chop(1);
    return w;
}
} // namespace

int countBefore(const QStringList &tokens, int start, const Vocabulary &vocab)
{
    const QJsonObject counts = vocab.section(QStringLiteral("counts"));
    const QJsonObject numbers = counts.value(QStringLiteral("numbers")).toObject();
    const QJsonObject collectives = counts.value(QStringLiteral("collectives")).toObject();
    for (int k = start - 1; k >= std::max(0, start - 5); --k) {
        const QString &t = tokens[k];
        if (t == QLatin1String(","))
            break;
        if (isNumber(t))
            return std::clamp(t.toInt(), 1, 12);
        if (k + 1 < tokens.size() && tokens[k + 1] == QLatin1String("of")) {
            const QString single = t.endsWith(QLatin1Char('s')) && !collectives.contains(t) ? t.chopped(1) : t;
            if (collectives.contains(single))
                return collectives.value(single).toInt();
        }
        if (k > 0 && numbers.contains(tokens[k - 1] + QLatin1Char(' ') + t))
            return numbers.value(tokens[k - 1] + QLatin1Char(' ') + t).toInt();
        if (numbers.contains(t) && t != QLatin1String("pair") && t != QLatin1String("one"))
            return numbers.value(t).toInt();
        if (t == QLatin1String("one") && k == start - 1)
            return 1;
    }
    return 0;
}

LexicalReading readWithLexicon(const QStringList &tokens, const Vocabulary &vocab, const Concepts *concepts,
                               QList<PhraseMatch> *vocabularyMatches, QVector<bool> *known)
{
    LexicalReading r;
    const int n = int(tokens.size());
    r.consumed.fill(false, n);
    // Containers map to the kind their contents are when the contents are a word WordNet lacks
    // ("a bowl of ramen": a dish); an empty kind means "whatever follows".
    const QJsonObject containers = vocab.section(QStringLiteral("containers"));
    const QStringList containerWords = containers.keys();
    const QJsonObject counts = vocab.section(QStringLiteral("counts"));
    const QStringList collectiveWords = counts.value(QStringLiteral("collectives")).toObject().keys();
    const QStringList numberWords = counts.value(QStringLiteral("numbers")).toObject().keys();

    // "a plate of sushi", "a flock of birds": the container or group gives way to its contents.
    QHash<int, QString> contentsOf; // token index of the contents -> the container's kind
    for (int i = 0; i + 2 < n; ++i) {
        if (tokens[i + 1] != QLatin1String("of")
            || !(listedSingular(containerWords, tokens[i]) || listedSingular(collectiveWords, tokens[i])))
            continue;
        const QString single = containers.contains(tokens[i]) ? tokens[i] : tokens[i].chopped(1);
        int contents = i + 2;
        while (contents < n && vocab.stopwords().contains(tokens[contents]))
            ++contents;
        contentsOf.insert(contents, containers.value(single).toString());
        r.consumed[i] = r.consumed[i + 1] = true;
        (*known)[i] = (*known)[i + 1] = true;
        vocabularyMatches->erase(std::remove_if(vocabularyMatches->begin(), vocabularyMatches->end(),
                                                [i](const PhraseMatch &m) {
                                                    return m.start == i && (m.category() == QLatin1String("subject")
                                                                            || m.category() == QLatin1String("variant"));
                                                }),
                                 vocabularyMatches->end());
    }
    for (int i = 0; i < n; ++i)
        if (numberWords.contains(tokens[i]) || isNumber(tokens[i]))
            (*known)[i] = true;
    if (!concepts)
        return r;

    const QJsonObject subjects = vocab.section(QStringLiteral("subjects"));
    QVector<bool> subjectAt(n, false), inPhrase(n, false), soundOnly(n, false), colorAt(n, false);
    for (const PhraseMatch &m : *vocabularyMatches)
        for (int k = 0; k < m.length; ++k) {
            colorAt[m.start + k] = colorAt[m.start + k] || m.category() == QLatin1String("color");
            subjectAt[m.start + k] = subjectAt[m.start + k] || m.category() == QLatin1String("subject");
            inPhrase[m.start + k] = inPhrase[m.start + k] || m.length > 1;
        }
    // Words the vocabulary reads only as a sound ("barista": the coffee machine) may still name
    // a person.
    for (int i = 0; i < n; ++i) {
        bool sound = (*known)[i] && !r.consumed[i];
        for (const PhraseMatch &m : *vocabularyMatches)
            if (i >= m.start && i < m.start + m.length && m.category() != QLatin1String("sound"))
                sound = false;
        soundOnly[i] = sound;
    }
    // A name of two or three words that WordNet lists wins over the vocabulary's reading of its
    // single words: "hot dog", "ice cream", "orange juice", "snow leopard", "eiffel tower".
    auto dropVocabularyAt = [&](int start, int length) {
        vocabularyMatches->erase(std::remove_if(vocabularyMatches->begin(), vocabularyMatches->end(),
                                                [&](const PhraseMatch &m) {
                                                    return m.start < start + length && m.start + m.length > start;
                                                }),
                                 vocabularyMatches->end());
    };

    auto add = [&](const QString &category, const QString &id, int start, int length, const QJsonObject &attrs,
                   const QString &lemma) {
        r.owned.push_back({category, id, Vocabulary::normalise(lemma), attrs});
        r.matches.append({&r.owned.back(), start, length});
        for (int k = 0; k < length; ++k)
            (*known)[start + k] = true;
    };
    auto addSubject = [&](const Concept &c, int start, int length) {
        QJsonObject attrs = subjects.value(c.id).toObject();
        const QString variant = c.variant.isEmpty() ? c.lemma : c.variant;
        attrs.insert(QStringLiteral("variant"), variant);
        if (c.color.isValid())
            attrs.insert(QStringLiteral("color"), c.color.name());
        add(QStringLiteral("subject"), c.id, start, length, attrs, c.lemma);
        for (int k = 0; k < length; ++k)
            subjectAt[start + k] = true;
    };
    auto isStop = [&](const QString &t) {
        return t == QLatin1String(",") || vocab.stopwords().contains(t) || isNumber(t);
    };

    for (int i = 0; i < n; ++i) {
        if (isStop(tokens[i]) || r.consumed[i])
            continue;
        // Names of two or three words first: "polar bear", "hot air balloon", "eiffel tower".
        bool taken = false;
        for (int len = 3; len >= 2 && !taken; --len) {
            if (i + len > n)
                continue;
            bool free = true;
            for (int k = 0; k < len && free; ++k)
                free = !inPhrase[i + k] && !r.consumed[i + k] && tokens[i + k] != QLatin1String(",")
                       && !vocab.stopwords().contains(tokens[i + k]);
            if (!free)
                continue;
            // "a red fox", "an old man": a colour, size or age before a thing describes it; the
            // thing is the last word (WordNet's "red fox" is also a plant, "old man" a shrub).
            const Concept first = concepts->adjective(tokens[i]);
            if (colorAt[i] || first.role == Concept::Role::Size || first.role == Concept::Role::Age
                || first.role == Concept::Role::Color)
                continue;
            const Concept c = concepts->noun(tokens.mid(i, len).join(QLatin1Char(' ')));
            if (c.role == Concept::Role::Subject || c.role == Concept::Role::Setting)
                dropVocabularyAt(i, len);
            if (c.role == Concept::Role::Subject) {
                addSubject(c, i, len);
                taken = true;
            } else if (c.role == Concept::Role::Setting) {
                add(QStringLiteral("setting"), c.id, i, len, {}, c.lemma);
                taken = true;
            }
            if (taken)
                i += len - 1;
        }
        if (taken || ((*known)[i] && !soundOnly[i]))
            continue;

        const QString w = withoutPossessive(tokens[i]);
        if (contentsOf.contains(i)) {
            // "a bowl of cereal" is food, not the grass; "a bowl of ramen" a dish all the same.
            Concept c = concepts->nounOfKind(w, {QStringLiteral("dish"), QStringLiteral("drink"), QStringLiteral("flower")});
            if (c.role != Concept::Role::Subject && !contentsOf.value(i).isEmpty() && !concepts->inDictionary(w)) {
                c = Concept();
                c.role = Concept::Role::Subject;
                c.id = contentsOf.value(i);
                c.lemma = w;
            }
            if (c.role == Concept::Role::Subject) {
                addSubject(c, i, 1);
                continue;
            }
        }
        // "a japanese temple", "a modern glass skyscraper": a word that can describe, before a
        // thing named within two words, describes it (it is not "a Japanese person").
        auto namesThing = [&](int k) {
            if (k >= n || isStop(tokens[k]))
                return false;
            if (subjectAt[k])
                return true;
            const Concept next = concepts->noun(withoutPossessive(tokens[k]));
            return next.role == Concept::Role::Subject || next.role == Concept::Role::Setting;
        };
        const bool describing = concepts->isAdjective(w) && (namesThing(i + 1) || (i + 2 < n && namesThing(i + 2) && !isStop(tokens[i + 1])));
        int before = i - 1;
        while (before >= 0 && isStop(tokens[before]))
            --before;
        // "a dog runs": a word right after its subject, or one ending like a verb, is read as a
        // verb first; otherwise as a noun ("a bird flies" vs "flies on a window").
        const bool afterSubject = before >= 0 && before == i - 1 && subjectAt[before];
        const bool verbFirst = w.endsWith(QLatin1String("ing")) || w.endsWith(QLatin1String("ed")) || afterSubject;
        Concept c = concepts->adjective(w);
        if (c.role != Concept::Role::Size && c.role != Concept::Role::Age && c.role != Concept::Role::Color
            && c.role != Concept::Role::Material) {
            const Concept verb = concepts->verb(w);
            Concept noun = concepts->noun(w);
            if (describing && (noun.role == Concept::Role::Subject || noun.role == Concept::Role::Setting))
                noun = Concept();
            // Without "a" or "the" before it, a word ending in -ing acts ("a ferry crossing the
            // bay"), and a describing word is not a person ("a tree heavy with fruit").
            const bool determined = i > 0 && (isDeterminer(tokens[i - 1]) || isNumber(tokens[i - 1]));
            if (!determined && (w.endsWith(QLatin1String("ing"))
                                || (noun.id == QLatin1String("person") && concepts->isAdjective(w))))
                noun = Concept();
            if (soundOnly[i] && !(noun.role == Concept::Role::Subject && noun.id == QLatin1String("person")))
                continue;
            const bool nounUseful = noun.role != Concept::Role::None && noun.role != Concept::Role::Thing;
            if (verbFirst && verb.isValid())
                c = verb;
            else if (nounUseful)
                c = noun;
            else if (verb.isValid())
                c = verb;
            else
                c = noun;
        }
        const QJsonObject colorAttrs{{QStringLiteral("color"), c.color.name()}};
        switch (c.role) {
        case Concept::Role::Subject:
            addSubject(c, i, 1);
            break;
        case Concept::Role::Setting:
            add(QStringLiteral("setting"), c.id, i, 1, {}, c.lemma);
            break;
        case Concept::Role::Action:
            add(QStringLiteral("action"), c.id, i, 1, {}, c.lemma);
            break;
        case Concept::Role::Color:
            add(QStringLiteral("color"), c.color.name(), i, 1, {}, c.lemma);
            break;
        case Concept::Role::Material:
            add(QStringLiteral("material"), c.id, i, 1, colorAttrs, c.lemma);
            break;
        case Concept::Role::Size:
            add(QStringLiteral("size"), QString::number(c.value), i, 1, {}, c.lemma);
            break;
        case Concept::Role::Age:
            add(QStringLiteral("age"), c.id, i, 1, {}, c.lemma);
            break;
        case Concept::Role::Thing:
            if (!r.notDrawn.contains(w))
                r.notDrawn.append(w);
            break;
        case Concept::Role::None:
            break;
        }
    }
    return r;
}

} // namespace rc::engine
