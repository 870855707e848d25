#include "engine/plan/Planner.h"
#include "engine/plan/MaterialReading.h"

#include "engine/plan/Concepts.h"
#include "engine/plan/LexicalReading.h"
#include "engine/plan/PersonReading.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace rc::engine {

namespace {

using Match = PhraseMatch;

bool wordMatches(const QString &token, const QString &word, bool last)
{
    if (token == word)
        return true;
    // A plural on the last word of a phrase: "cats", "boxes".
    return last && (token == word + QLatin1Char('s') || token == word + QStringLiteral("es"));
}

// Finds every phrase of the vocabulary in `tokens`. Within one category a word is claimed by the
// longest phrase only; different categories may read the same word ("rain": weather and sound).
QList<Match> findMatches(const QStringList &tokens, const Vocabulary &vocab, QVector<bool> *known)
{
    QList<Match> matches;
    QHash<QString, QVector<bool>> claimed;
    for (const auto &entry : vocab.entries()) {
        const int n = int(entry.words.size());
        QVector<bool> &used = claimed[entry.category];
        if (used.isEmpty())
            used.fill(false, tokens.size());
        for (int i = 0; i + n <= tokens.size(); ++i) {
            bool ok = true;
            // Colours take no plural: "oranges" and "violets" are things.
            const bool pluralAllowed = entry.category != QLatin1String("color");
            for (int k = 0; k < n && ok; ++k)
                ok = !used[i + k] && wordMatches(tokens[i + k], entry.words[k], pluralAllowed && k == n - 1);
            if (!ok)
                continue;
            for (int k = 0; k < n; ++k) {
                used[i + k] = true;
                (*known)[i + k] = true;
            }
            matches.append({&entry, i, n});
        }
    }
    std::stable_sort(matches.begin(), matches.end(),
                     [](const Match &a, const Match &b) { return a.start < b.start; });
    return matches;
}

// Words after "like" up to the next comma describe, they do not place: "traffic like rivers".
QVector<bool> simileMask(const QStringList &tokens)
{
    QVector<bool> mask(tokens.size(), false);
    bool inside = false;
    for (int i = 0; i < tokens.size(); ++i) {
        if (tokens[i] == QLatin1String(","))
            inside = false;
        mask[i] = inside;
        if (tokens[i] == QLatin1String("like"))
            inside = true;
    }
    return mask;
}

void addUnique(QStringList *list, const QString &value)
{
    if (!value.isEmpty() && !list->contains(value))
        list->append(value);
}

// Splits at sentence ends and at shot-break words ("then").
QList<QStringList> splitShots(const QString &prompt, const Vocabulary &vocab)
{
    QList<QStringList> shots;
    static const QRegularExpression sentenceEnd(QStringLiteral("[.!?;\\n]+"));
    for (const QString &sentence : prompt.split(sentenceEnd, Qt::SkipEmptyParts)) {
        const QStringList tokens = Vocabulary::normalise(sentence);
        QStringList current;
        for (int i = 0; i < tokens.size(); ++i) {
            int breakLength = 0;
            for (const QStringList &b : vocab.shotBreaks())
                if (i + b.size() <= tokens.size() && tokens.mid(i, b.size()) == b)
                    breakLength = std::max(breakLength, int(b.size()));
            if (breakLength > 0) {
                if (!current.isEmpty())
                    shots.append(current);
                current.clear();
                i += breakLength - 1;
                continue;
            }
            current.append(tokens[i]);
        }
        if (!current.isEmpty())
            shots.append(current);
    }
    return shots;
}

// "Pancakes with syrup", "pasta with tomato sauce": food said to come with other food is one
// dish, drawn on one plate (the second's words stay with it, for toppings the drawing knows).
void mergeDishes(QList<SubjectPlan> *subjects, const QString &text)
{
    for (int i = 0; i + 1 < subjects->size(); ++i) {
        SubjectPlan &dish = (*subjects)[i];
        const SubjectPlan &with = (*subjects)[i + 1];
        if (dish.kind != QLatin1String("dish") || with.kind != QLatin1String("dish")
            || !text.contains(QLatin1String(" with ") + with.words))
            continue;
        dish.words += QLatin1String(" with ") + with.words;
        subjects->removeAt(i + 1);
        --i;
    }
}

// "A cyclist riding a bicycle", "a boy riding a motorbike": the rider and what he rides are one
// subject, since a two-wheeler is drawn with its rider. The vehicle noun's subject stays (it
// holds the vehicle's colour); the rider noun's words join it and a person's age and clothes
// (riderColor) pass on, as does a garment no person wears ("a cyclist in a red jacket").
void mergeRiders(QList<SubjectPlan> *subjects)
{
    auto rides = [](const SubjectPlan &s) {
        return s.kind == QLatin1String("bicycle") || s.kind == QLatin1String("motorbike");
    };
    auto isRiderNoun = [](const SubjectPlan &s) { return s.words.contains(QLatin1String("cyclist")); };
    for (int v = 0; v < subjects->size(); ++v) {
        if (!rides((*subjects)[v]) || isRiderNoun((*subjects)[v]))
            continue;
        for (int r = 0; r < subjects->size(); ++r) {
            const SubjectPlan &rider = (*subjects)[r];
            const bool sameKind = r != v && rider.kind == (*subjects)[v].kind && isRiderNoun(rider);
            const bool person = rider.kind == QLatin1String("person") && rider.action == QLatin1String("ride");
            if (!sameKind && !person)
                continue;
            SubjectPlan &vehicle = (*subjects)[v];
            vehicle.words = rider.words + QLatin1Char(' ') + vehicle.words;
            vehicle.count = std::max(vehicle.count, rider.count);
            if (person && vehicle.age.isEmpty())
                vehicle.age = rider.age;
            if (person)
                vehicle.riderColor = rider.color;
            if (vehicle.action == QLatin1String("idle"))
                vehicle.action = QStringLiteral("ride");
            subjects->removeAt(r);
            if (r < v)
                --v;
            r = -1; // a second rider noun ("cyclists and riders") merges too
        }
        for (int g = 0; g < subjects->size() && (*subjects)[v].action == QLatin1String("ride"); ++g)
            if ((*subjects)[g].kind == QLatin1String("product") && isGarment((*subjects)[g].words)) {
                (*subjects)[v].riderColor = (*subjects)[g].color;
                subjects->removeAt(g);
                if (g < v)
                    --v;
                break;
            }
    }
}

// A setting the subject implies when the prompt names none: its variant's ("horse": farm), else
// its kind's ("fish": underwater), from the vocabulary's "impliedSettings".
QString impliedSetting(const QList<SubjectPlan> &subjects, const Vocabulary &vocab)
{
    const QJsonObject implied = vocab.section(QStringLiteral("impliedSettings"));
    for (const auto &s : subjects) {
        const QString setting = implied.value(s.variant).toString(implied.value(s.kind).toString());
        if (!setting.isEmpty())
            return setting;
    }
    return {};
}

// "The sky turning orange and purple": the sky's colours are reached over the shot, and warm ones
// mean a setting sun (dark ones nightfall).
void readSkyChange(const QStringList &tokens, const QList<Match> &matches, const Vocabulary &vocab, ShotPlan *shot,
                   QVector<bool> *known, bool *lightChangeSeen)
{
    QStringList turnWords;
    for (const QJsonValue v : vocab.value(QStringLiteral("skyChanges")).toArray())
        turnWords.append(v.toString());
    for (int i = 0; i < tokens.size(); ++i) {
        if (tokens[i] != QLatin1String("sky") && tokens[i] != QLatin1String("skies") && tokens[i] != QLatin1String("clouds"))
            continue;
        int turn = -1;
        for (int k = i + 1; k < std::min<int>(tokens.size(), i + 4) && turn < 0; ++k)
            if (turnWords.contains(tokens[k]))
                turn = k;
        if (turn < 0)
            continue;
        (*known)[turn] = true;
        QList<QColor> colours;
        for (const Match &m : matches)
            if (m.category() == QLatin1String("color") && m.start > turn && m.start <= turn + 6)
                colours.append(QColor(m.id()));
        if (colours.isEmpty())
            continue;
        for (const QColor &c : colours)
            shot->palette.removeAll(c);
        shot->skyPalette = colours;
        shot->skyTurns = true;
        int warm = 0, dark = 0;
        for (const QColor &c : colours) {
            const int hue = c.hsvHue();
            warm += (hue >= 0 && (hue < 60 || hue > 260)) && c.saturation() > 80 ? 1 : 0;
            dark += c.value() < 100 ? 1 : 0;
        }
        if (shot->lightEnd.isEmpty()) {
            if (dark * 2 > colours.size())
                shot->lightEnd = QStringLiteral("night");
            else if (warm * 2 >= colours.size())
                shot->lightEnd = QStringLiteral("sunset");
            *lightChangeSeen = !shot->lightEnd.isEmpty();
        }
        return;
    }
}

} // namespace

ShotPlan buildShot(const QStringList &tokens, const ShotPlan *previous, const Vocabulary &vocab,
                   ScenePlan *plan, QStringList *unknownWords);

ScenePlan planScene(const QString &prompt, bool fromPhoto, const Vocabulary &vocab)
{
    ScenePlan plan;
    plan.prompt = prompt;
    plan.music.mood.clear(); // filled from the words, else from the style or the setting below
    plan.fromPhoto = fromPhoto;
    QStringList unknownWords;
    for (const QStringList &tokens : splitShots(prompt, vocab)) {
        const ShotPlan *previous = plan.shots.isEmpty() ? nullptr : &plan.shots.last();
        plan.shots.append(buildShot(tokens, previous, vocab, &plan, &unknownWords));
    }
    if (plan.shots.isEmpty())
        plan.shots.append(buildShot({}, nullptr, vocab, &plan, &unknownWords));
    plan.unknown = unknownWords;

    // Abstract scenes take their colours from the words: colour words if any, else a hash.
    for (ShotPlan &shot : plan.shots) {
        if (shot.setting != QLatin1String("abstract") || !shot.palette.isEmpty())
            continue;
        const uint h = qHash(unknownWords.join(QLatin1Char(' ')).isEmpty() ? prompt : unknownWords.join(QLatin1Char(' ')));
        for (int i = 0; i < 3; ++i)
            shot.palette.append(QColor::fromHsv(int((h >> (i * 7)) % 360), 150 + i * 30, 220 - i * 50));
    }

    // Music: what was asked, else a mood from the style or the first setting.
    const QJsonObject music = vocab.section(QStringLiteral("music"));
    MusicPlan &m = plan.music;
    if (m.mood.isEmpty()) {
        const QString style = plan.shots.first().style;
        const QString byStyle = music.value(QStringLiteral("styleMood")).toObject().value(style).toString();
        const QString bySetting = music.value(QStringLiteral("settingMood")).toObject()
                                      .value(plan.shots.first().setting).toString();
        m.mood = !byStyle.isEmpty() ? byStyle : (!bySetting.isEmpty() ? bySetting : QStringLiteral("calm"));
    }
    m.bpm = music.value(QStringLiteral("moods")).toObject().value(m.mood).toObject()
                .value(QStringLiteral("bpm")).toInt(80);
    if (m.genre == QLatin1String("electronic") && m.bpm < 110)
        m.bpm = 120;
    if (plan.silent)
        m.enabled = false;
    return plan;
}

ShotPlan buildShot(const QStringList &tokens, const ShotPlan *previous, const Vocabulary &vocab,
                   ScenePlan *plan, QStringList *unknownWords)
{
    QVector<bool> known(tokens.size(), false);
    QList<Match> matches = findMatches(tokens, vocab, &known);
    const LexicalReading lexical = readWithLexicon(tokens, vocab, vocab.concepts(), &matches, &known);
    matches.append(lexical.matches);
    std::stable_sort(matches.begin(), matches.end(),
                     [](const Match &a, const Match &b) { return a.start < b.start; });
    // A thing named right before another thing or a place only says which kind: "a police car",
    // "a fighter jet", "an apple tree", "a vegetable garden" (English puts the head last).
    for (int i = int(matches.size()) - 1; i >= 0; --i) {
        if (matches[i].category() != QLatin1String("subject"))
            continue;
        const int next = matches[i].start + matches[i].length;
        const bool modifier = std::any_of(matches.begin(), matches.end(), [&](const Match &m) {
            return m.start == next && (m.category() == QLatin1String("subject") || m.category() == QLatin1String("setting"));
        });
        // "children building a sandcastle": an -ing word right after a thing is what it does.
        static const QStringList determiners = {QStringLiteral("a"), QStringLiteral("an"), QStringLiteral("the")};
        const QString &word = tokens[matches[i].start];
        const bool acting = word.endsWith(QLatin1String("ing")) && matches[i].length == 1
                            && (matches[i].start == 0 || !determiners.contains(tokens[matches[i].start - 1]));
        if (modifier || acting)
            matches.removeAt(i);
    }

    const QVector<bool> simile = simileMask(tokens);
    ShotPlan shot;
    shot.text = tokens.join(QLatin1Char(' ')).replace(QStringLiteral(" ,"), QStringLiteral(","));
    QVector<bool> colorUsed(tokens.size(), false);
    int cameraAt = -1;
    bool lightChangeSeen = false;
    QString weakSetting, detailSetting;
    QStringList weakSettings;
    for (const QJsonValue v : vocab.value(QStringLiteral("weakSettings")).toArray())
        weakSettings.append(v.toString());

    auto attrsList = [](const QJsonObject &attrs, const char *key) {
        QStringList out;
        for (const QJsonValue v : attrs.value(QLatin1String(key)).toArray())
            out.append(v.toString());
        return out;
    };
    auto addSounds = [&](const QStringList &ids) {
        static const QStringList cueIds = {QStringLiteral("meow"), QStringLiteral("bark"),
                                           QStringLiteral("footsteps"), QStringLiteral("thunder"),
                                           QStringLiteral("chime"), QStringLiteral("splash")};
        for (const QString &id : ids)
            addUnique(cueIds.contains(id) ? &shot.cues : &shot.beds, id);
    };

    for (const Match &m : matches) {
        addUnique(&plan->understood, tokens.mid(m.start, m.length).join(QLatin1Char(' ')));
        const QString &cat = m.category();
        const bool placed = !simile[m.start];
        if (cat == QLatin1String("setting") && placed) {
            // "snowy", "tropical", "trees" only colour a place when the prompt names none.
            const bool weak = weakSettings.contains(m.entry->words.join(QLatin1Char(' ')));
            QString &target = weak ? weakSetting : shot.setting;
            if (target.isEmpty())
                target = m.id();
        } else if (cat == QLatin1String("detail") && placed) {
            addUnique(&shot.details, m.id());
            if (detailSetting.isEmpty())
                detailSetting = m.entry->attrs.value(QStringLiteral("setting")).toString();
            addSounds(attrsList(m.entry->attrs, "sounds"));
        } else if (cat == QLatin1String("light")) {
            if (shot.light.isEmpty())
                shot.light = m.id();
        } else if (cat == QLatin1String("lightChange")) {
            shot.lightEnd = m.id();
            lightChangeSeen = true;
        } else if (cat == QLatin1String("effect")) {
            addUnique(&shot.effects, m.id());
        } else if (cat == QLatin1String("weather")) {
            addUnique(&shot.weather, m.id());
            addSounds(attrsList(m.entry->attrs, "sounds"));
        } else if (cat == QLatin1String("subject") && placed) {
            SubjectPlan s;
            s.kind = m.id();
            s.words = tokens.mid(m.start, m.length).join(QLatin1Char(' '));
            s.action = m.entry->attrs.value(QStringLiteral("action")).toString(QStringLiteral("idle"));
            s.color = QColor(m.entry->attrs.value(QStringLiteral("color")).toString());
            s.variant = m.entry->attrs.value(QStringLiteral("variant")).toString();
            if (s.variant.isEmpty() && s.kind != QLatin1String("product") && vocab.concepts()) {
                // The vocabulary's own words get the lexicon's variant too ("barn": a house).
                Concept c = vocab.concepts()->noun(s.words);
                // A name WordNet spells otherwise ("hot air balloon": hot-air_balloon) reads
                // through its head noun, the last word.
                if (c.role != Concept::Role::Subject && s.words.contains(QLatin1Char(' ')))
                    if (const Concept head = vocab.concepts()->noun(s.words.section(QLatin1Char(' '), -1));
                        head.role == Concept::Role::Subject && head.id == s.kind)
                        c = head;
                s.variant = c.role == Concept::Role::Subject && !c.variant.isEmpty() ? c.variant
                            : (c.lemma.isEmpty() ? m.entry->words.join(QLatin1Char(' ')) : c.lemma);
                // Birds, sea animals, insects and reptiles take their kind's own colours (a gull
                // white, a dolphin grey, a bee yellow) rather than the vocabulary's one colour for
                // the whole kind; so do the aircraft that are not planes (a balloon red, not an airliner's white).
                if (c.role == Concept::Role::Subject && c.color.isValid()
                    && (s.kind == QLatin1String("bird") || s.kind == QLatin1String("fish")
                        || s.kind == QLatin1String("insect") || s.kind == QLatin1String("reptile")
                        || (s.kind == QLatin1String("plane") && !c.variant.isEmpty())))
                    s.color = c.color;
            }
            // "a bonsai tree", "a lotus flower": a noun just before a plant's or a building's own
            // word that names one of the same family says which one it is.
            const auto family = [](const QString &kind) {
                return kind == QLatin1String("tree") || kind == QLatin1String("flower") || kind == QLatin1String("plant") ? 1
                       : kind == QLatin1String("building")                                                                ? 2
                                                                                                                          : 0;
            };
            const bool generic = s.variant == s.kind; // "bridge" in "golden gate bridge" already says which
            if (m.start > 0 && vocab.concepts() && family(s.kind) > 0 && generic)
                if (const Concept pre = vocab.concepts()->noun(tokens[m.start - 1]);
                    pre.role == Concept::Role::Subject && family(pre.id) == family(s.kind))
                    s.variant = pre.variant.isEmpty() ? pre.lemma : pre.variant;
            const QString last = tokens[m.start + m.length - 1];
            const bool plural = last != m.entry->words.last() && last.endsWith(QLatin1Char('s'));
            const int counted = countBefore(tokens, m.start, vocab);
            s.count = counted > 0 ? counted : (plural ? 3 : 1);
            // A variant with a voice of its own (a gull's cry, a duck's quack) speaks instead of
            // its kind's generic bed.
            const QJsonValue variantSounds = vocab.section(QStringLiteral("variantSounds")).value(s.variant);
            addSounds(variantSounds.isArray() ? attrsList(QJsonObject{{QStringLiteral("sounds"), variantSounds}}, "sounds")
                                              : attrsList(m.entry->attrs, "sounds"));
            shot.subjects.append(s);
        } else if (cat == QLatin1String("camera")) {
            if (cameraAt < 0) {
                shot.camera.move = m.id();
                shot.camera.explicitMove = true;
                shot.camera.speed = 1.0;
                cameraAt = m.start;
            }
        } else if (cat == QLatin1String("framing")) {
            shot.camera.framing = m.id();
        } else if (cat == QLatin1String("timeLapse")) {
            shot.camera.timeLapse = true;
        } else if (cat == QLatin1String("style")) {
            if (shot.style.isEmpty())
                shot.style = m.id();
        } else if (cat == QLatin1String("sound")) {
            if (m.id() == QLatin1String("silence"))
                plan->silent = true;
            else
                addSounds({m.id()});
        } else if (cat == QLatin1String("music")) {
            plan->music.asked = true;
        } else if (cat == QLatin1String("genre")) {
            if (plan->music.genre.isEmpty())
                plan->music.genre = m.id();
        }
    }
    // "it runs": a shot that names no subject continues the previous shot's.
    if (shot.subjects.isEmpty() && previous)
        shot.subjects = previous->subjects;
    // Second pass: words whose meaning depends on their neighbours.
    // The subject named within a few words after `from`, with only describing words between.
    auto subjectAfter = [&](int from) -> SubjectPlan * {
        for (int k = from; k < std::min<int>(tokens.size(), from + 4); ++k) {
            if (tokens[k] == QLatin1String(","))
                return nullptr;
            for (const Match &sm : matches)
                if (sm.start == k && sm.category() == QLatin1String("subject"))
                    for (SubjectPlan &s : shot.subjects)
                        if (s.words == tokens.mid(sm.start, sm.length).join(QLatin1Char(' ')))
                            return &s;
        }
        return nullptr;
    };
    for (const Match &m : matches) {
        const QString &cat = m.category();
        if (cat == QLatin1String("variant")) {
            for (SubjectPlan &s : shot.subjects)
                if (s.kind == QLatin1String("product") && s.variant.isEmpty())
                    s.variant = m.id();
        } else if (cat == QLatin1String("action")) {
            // The nearest subject named before the verb, else the first one.
            SubjectPlan *target = nullptr;
            for (const Match &sm : matches)
                if (sm.category() == QLatin1String("subject") && sm.start < m.start && !simile[sm.start])
                    for (SubjectPlan &s : shot.subjects)
                        if (s.words == tokens.mid(sm.start, sm.length).join(QLatin1Char(' ')))
                            target = &s;
            if (!target && !shot.subjects.isEmpty())
                target = &shot.subjects.first();
            if (target && (cameraAt < 0 || m.start < cameraAt || m.start > cameraAt + 3))
                target->action = m.id();
        } else if (cat == QLatin1String("material") || cat == QLatin1String("detail")) {
            // "a wooden boat": the material's colour unless a colour word is said too.
            const QColor materialColor(m.entry->attrs.value(QStringLiteral("color")).toString(
                vocab.section(QStringLiteral("lexicon")).value(QStringLiteral("nouns")).toObject()
                    .value(QStringLiteral("material")).toObject().value(m.id()).toObject()
                    .value(QStringLiteral("color")).toString()));
            SubjectPlan *owner = materialColor.isValid() ? subjectAfter(m.start + m.length) : nullptr;
            bool colourSaid = false;
            for (int k = std::max(0, m.start - 3); k < std::min<int>(tokens.size(), m.start + 4); ++k)
                for (const Match &cm : matches)
                    colourSaid = colourSaid || (cm.start == k && cm.category() == QLatin1String("color"));
            if (owner && !colourSaid)
                owner->color = materialColor;
        } else if (cat == QLatin1String("size")) {
            if (SubjectPlan *owner = subjectAfter(m.start + 1))
                owner->scale = m.id().toDouble();
        } else if (cat == QLatin1String("age")) {
            if (SubjectPlan *owner = subjectAfter(m.start + 1))
                owner->age = m.id();
        } else if (cat == QLatin1String("speed") && shot.camera.explicitMove) {
            if (cameraAt < 0 || std::abs(m.start - cameraAt) <= 3)
                shot.camera.speed = m.id().toDouble();
        } else if (cat == QLatin1String("mood")) {
            if (plan->music.mood.isEmpty())
                plan->music.mood = m.id();
        } else if (cat == QLatin1String("color") && !colorUsed[m.start]) {
            const QColor c(m.id());
            // A colour before a subject (a few describing words may come between: "a red
            // wooden boat") is the subject's; before "sky", the sky's.
            const int next = m.start + m.length;
            SubjectPlan *owner = subjectAfter(next);
            const bool used = owner != nullptr;
            if (owner)
                owner->color = c;
            bool sky = false;
            for (int k = next; k < std::min<int>(tokens.size(), next + 4); ++k)
                sky = sky || tokens[k] == QLatin1String("sky") || tokens[k] == QLatin1String("skies");
            if (!used)
                (sky ? shot.skyPalette : shot.palette).append(c);
            for (int k = m.start; k < next; ++k)
                colorUsed[k] = true;
        }
    }
    // People first (age, action), so a rider merged into what it rides brings them along.
    readPeople(tokens, matches, &shot, &known);
    mergeRiders(&shot.subjects);
    mergeDishes(&shot.subjects, tokens.join(QLatin1Char(' ')));
    readMaterials(tokens, &shot.subjects);
    readSkyChange(tokens, matches, vocab, &shot, &known, &lightChangeSeen);
    // Moods said without any music word ("a calm lake") describe the scene, not a soundtrack.
    if (!plan->music.asked && plan->music.genre.isEmpty())
        plan->music.mood.clear();
    else if (plan->music.mood.isEmpty() && plan->music.genre == QLatin1String("electronic"))
        plan->music.mood = QStringLiteral("energetic");

    // Inheritance and defaults.
    if (shot.setting.isEmpty())
        shot.setting = !detailSetting.isEmpty() ? detailSetting : weakSetting;
    if (shot.setting.isEmpty())
        shot.setting = previous ? previous->setting : impliedSetting(shot.subjects, vocab);
    if (shot.setting.isEmpty())
        shot.setting = QStringLiteral("abstract");
    // A café terrace by the sea stands on the shore, not in the water.
    if (shot.setting == QLatin1String("ocean") && shot.hasDetail("terrace"))
        shot.setting = QStringLiteral("beach");
    if (previous && shot.setting == previous->setting && shot.details.isEmpty())
        shot.details = previous->details;
    const QJsonObject settingAttrs = vocab.section(QStringLiteral("settings")).value(shot.setting).toObject();
    if (shot.light.isEmpty())
        shot.light = previous ? (previous->lightEnd.isEmpty() ? previous->light : previous->lightEnd)
                              : settingAttrs.value(QStringLiteral("light")).toString(QStringLiteral("noon"));
    if (lightChangeSeen) {
        // The light moves toward lightEnd: a setting sun starts from golden hour.
        if (shot.lightEnd == QLatin1String("sunset"))
            shot.light = QStringLiteral("golden");
        else if (shot.lightEnd == QLatin1String("dawn"))
            shot.light = QStringLiteral("night");
    }
    if (shot.lightEnd == shot.light)
        shot.lightEnd.clear();
    if (shot.weather.isEmpty() && previous)
        shot.weather = previous->weather;
    const QString settingWeather = settingAttrs.value(QStringLiteral("weather")).toString();
    if (!settingWeather.isEmpty())
        addUnique(&shot.weather, settingWeather);
    // "a snowy forest": the forest is the place, and it still snows.
    const QString weakWeather = vocab.section(QStringLiteral("settings")).value(weakSetting).toObject()
                                    .value(QStringLiteral("weather")).toString();
    if (!weakWeather.isEmpty())
        addUnique(&shot.weather, weakWeather);
    if (shot.style.isEmpty() && previous)
        shot.style = previous->style;
    if (shot.palette.isEmpty() && shot.skyPalette.isEmpty() && previous) {
        shot.palette = previous->palette;
        shot.skyPalette = previous->skyPalette;
    }
    if (shot.hasWeather("storm"))
        addUnique(&shot.weather, QStringLiteral("rain"));
    if (shot.hasWeather("rain") || shot.hasWeather("storm"))
        addUnique(&shot.beds, QStringLiteral("rain"));
    if (shot.hasWeather("storm"))
        addUnique(&shot.cues, QStringLiteral("thunder"));
    for (const QJsonValue v : settingAttrs.value(QStringLiteral("sounds")).toArray())
        addUnique(&shot.beds, v.toString());
    if (shot.hasEffect("fire"))
        addUnique(&shot.beds, QStringLiteral("fire"));
    if (shot.setting == QLatin1String("city") || shot.hasEffect("traffic"))
        addUnique(&shot.beds, QStringLiteral("traffic"));
    for (const SubjectPlan &s : shot.subjects) {
        if ((s.kind == QLatin1String("person") || s.kind == QLatin1String("astronaut")
             || s.kind == QLatin1String("dog") || s.kind == QLatin1String("cat"))
            && (s.action == QLatin1String("walk") || s.action == QLatin1String("run")))
            addUnique(&shot.cues, QStringLiteral("footsteps"));
    }
    if (shot.hasWeather("rain") && (shot.hasEffect("window") || shot.setting == QLatin1String("interior")))
        addUnique(&shot.cues, QStringLiteral("splash"));

    static const QRegularExpression number(QStringLiteral("^\\d+$"));
    for (int i = 0; i < tokens.size(); ++i) {
        if (tokens[i] == QLatin1String(",") || vocab.stopwords().contains(tokens[i]) || number.match(tokens[i]).hasMatch())
            continue;
        ++plan->contentWords;
        if (known[i])
            ++plan->understoodWords;
        else if (lexical.notDrawn.contains(tokens[i]) || lexical.notDrawn.contains(tokens[i].section(QLatin1Char('\''), 0, 0)))
            addUnique(&plan->notDrawn, tokens[i].section(QLatin1Char('\''), 0, 0));
        else
            addUnique(unknownWords, tokens[i]);
    }
    return shot;
}

} // namespace rc::engine
