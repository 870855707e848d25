#include "engine/plan/PersonReading.h"

namespace rc::engine {

namespace {

bool oneOf(const QString &word, std::initializer_list<const char *> words)
{
    for (const char *w : words)
        if (word == QLatin1String(w))
            return true;
    return false;
}

// The instrument a word names, as the renderer's variant: guitar, violin or piano.
QString instrumentOf(const QString &w)
{
    if (oneOf(w, {"guitar", "guitars", "ukulele", "banjo", "bass", "guitarist", "musician", "musicians", "singer", "busker"}))
        return QStringLiteral("guitar");
    if (oneOf(w, {"violin", "violins", "fiddle", "viola", "violinist", "fiddler"}))
        return QStringLiteral("violin");
    if (oneOf(w, {"piano", "pianos", "keyboard", "pianist"}))
        return QStringLiteral("piano");
    return {};
}

} // namespace

bool isGarment(const QString &w)
{
    return oneOf(w, {"dress", "dresses", "gown", "skirt", "sundress", "kimono", "shirt", "t-shirt", "coat",
                     "jacket", "sweater", "hoodie", "suit", "uniform", "apron", "raincoat", "top", "jumper",
                     "overalls"});
}

void readPeople(const QStringList &tokens, const QList<PhraseMatch> &matches, ShotPlan *shot, QVector<bool> *known)
{
    // Each person with the token where it is named, in prompt order.
    QList<QPair<int, SubjectPlan *>> people;
    for (const PhraseMatch &m : matches) {
        if (m.category() != QLatin1String("subject") || m.id() != QLatin1String("person"))
            continue;
        const QString words = tokens.mid(m.start, m.length).join(QLatin1Char(' '));
        for (SubjectPlan &s : shot->subjects)
            if (s.kind == QLatin1String("person") && s.words == words
                && std::none_of(people.begin(), people.end(), [&](const auto &p) { return p.second == &s; }))
                people.append({m.start, &s});
    }
    if (people.isEmpty())
        return;
    auto personBefore = [&](int at) {
        SubjectPlan *owner = people.first().second;
        for (const auto &[start, s] : people)
            if (start < at)
                owner = s;
        return owner;
    };
    // Two people in the vocabulary's one default colour would read as one figure twice: each
    // person after the first whose colour nobody named wears one of its own.
    static const QColor wardrobe[] = {QColor(0xb5562f), QColor(0x4f7d4a), QColor(0x7a4f8c)};
    for (qsizetype k = 1; k < people.size(); ++k)
        if (people[k].second->color == people.first().second->color)
            people[k].second->color = wardrobe[(k - 1) % 3];
    QStringList drop;
    bool dropSeats = false;
    // "a chef" cooks and "a guitarist" plays unless the prompt says what they do.
    const bool actionSaid = std::any_of(matches.begin(), matches.end(), [](const PhraseMatch &m) {
        return m.category() == QLatin1String("action");
    });

    for (const auto &[start, s] : people) {
        // "an old man", "an elderly woman" (the lexicon's age may not reach a vocabulary word).
        for (int k = std::max(0, start - 2); k < start; ++k)
            if (oneOf(tokens[k], {"old", "elderly", "aged", "senior"})) {
                s->age = QStringLiteral("old");
                (*known)[k] = true;
            }
        // "a young woman" is grown up; "a young boy" a child.
        if (s->age == QLatin1String("young")
            && oneOf(s->words, {"man", "men", "woman", "women", "lady", "couple", "people", "person"}))
            s->age.clear();
        for (const QString &w : s->words.split(QLatin1Char(' '))) {
            if (s->age.isEmpty() && oneOf(w, {"child", "children", "kid", "kids", "boy", "boys", "girl", "girls",
                                              "toddler", "toddlers", "schoolgirl", "schoolboy", "baby"}))
                s->age = QStringLiteral("young");
            if (s->age.isEmpty() && oneOf(w, {"grandmother", "grandfather", "grandma", "grandpa", "granny",
                                              "grandparents", "elderly", "pensioner"}))
                s->age = QStringLiteral("old");
            if (oneOf(w, {"chef", "chefs", "cook", "cooks", "baker"})) {
                s->variant = QStringLiteral("chef");
                if (!actionSaid)
                    s->action = QStringLiteral("cook");
            }
            const QString instrument = instrumentOf(w);
            if (!instrument.isEmpty() && !actionSaid) {
                s->action = QStringLiteral("instrument");
                s->variant = instrument;
            }
        }
    }

    for (int i = 0; i < tokens.size(); ++i) {
        const QString &w = tokens[i];
        // "playing the guitar", "plays a piano": the instrument within three words of the verb.
        if (oneOf(w, {"play", "plays", "playing", "strumming", "strums", "practising", "practicing"})) {
            for (int k = i + 1; k < std::min<int>(tokens.size(), i + 4); ++k) {
                const QString instrument = instrumentOf(tokens[k]);
                if (instrument.isEmpty())
                    continue;
                SubjectPlan *owner = personBefore(i);
                owner->action = QStringLiteral("instrument");
                owner->variant = instrument;
                (*known)[i] = (*known)[k] = true;
                drop.append(tokens[k]); // drawn in the person's hands, not beside them
                break;
            }
        }
        if (oneOf(w, {"sitting", "sits", "seated", "sit"})) {
            SubjectPlan *owner = personBefore(i);
            if (owner->action == QLatin1String("idle") || owner->action == QLatin1String("walk")) {
                owner->action = QStringLiteral("sit");
                (*known)[i] = true;
                dropSeats = true; // the seat is drawn under the person ("on a bench")
            }
        }
        if (oneOf(w, {"dancing", "dances", "dance", "dancer", "dancers"}) && personBefore(i)->action != QLatin1String("dance")) {
            personBefore(i)->action = QStringLiteral("dance");
            (*known)[i] = true;
        }
        // "in a red dress", "wearing a blue coat": the colour is the clothing's, so the person's.
        const bool dress = oneOf(w, {"dress", "dresses", "gown", "skirt", "sundress", "kimono"});
        if (!isGarment(w))
            continue;
        SubjectPlan *owner = personBefore(i);
        (*known)[i] = true;
        if (dress)
            owner->outfit = QStringLiteral("dress");
        // The lexicon may have made the garment a product of its own, and given it the verb that
        // follows ("a woman in a red dress dancing"): both are the wearer's.
        for (const SubjectPlan &g : std::as_const(shot->subjects))
            if (g.kind != QLatin1String("person") && g.words == w) {
                if (g.action != QLatin1String("idle") && !g.action.isEmpty())
                    owner->action = g.action;
                drop.append(w);
            }
        for (const PhraseMatch &m : matches) {
            if (m.category() != QLatin1String("color") || m.start >= i || m.start < i - 3)
                continue;
            const QColor color(m.id());
            if (!color.isValid())
                continue;
            owner->color = color;
            const qsizetype at = shot->palette.indexOf(color);
            if (at >= 0)
                shot->palette.removeAt(at);
        }
    }
    // Garments, instruments and seats the lexicon made things of their own are the person's:
    // removed last, as `people` points into the list.
    const bool cooks = std::any_of(people.begin(), people.end(), [](const auto &p) { return p.second->action == QLatin1String("cook"); });
    shot->subjects.erase(std::remove_if(shot->subjects.begin(), shot->subjects.end(),
                                        [&](const SubjectPlan &s) {
                                            return s.kind != QLatin1String("person")
                                                   && (drop.contains(s.words)
                                                       || (dropSeats && s.kind == QLatin1String("product") && s.variant == QLatin1String("chair")));
                                        }),
                         shot->subjects.end());
    // A cook's pan sizzles: the crackle bed, quietly, under the kitchen.
    if (cooks && !shot->beds.contains(QLatin1String("fire")))
        shot->beds.append(QStringLiteral("fire"));
}

} // namespace rc::engine
