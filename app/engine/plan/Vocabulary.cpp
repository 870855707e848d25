#include "engine/plan/Vocabulary.h"

#include "engine/plan/Concepts.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <mutex>

namespace rc::engine {

struct Vocabulary::LazyConcepts
{
    std::once_flag once;
    std::unique_ptr<Concepts> concepts;
};

const Concepts *Vocabulary::concepts() const
{
    if (!m_concepts)
        return nullptr;
    std::call_once(m_concepts->once, [this] {
        auto c = std::make_unique<Concepts>(Lexicon::system(), section(QStringLiteral("lexicon")),
                                            section(QStringLiteral("colors")));
        if (c->isValid())
            m_concepts->concepts = std::move(c);
    });
    return m_concepts->concepts.get();
}

QStringList Vocabulary::normalise(const QString &text)
{
    QString clean;
    clean.reserve(text.size());
    for (const QChar c : text.toLower()) {
        if (c.isLetterOrNumber() || c == QLatin1Char('\''))
            clean += c;
        else if (c == QLatin1Char(','))
            clean += QStringLiteral(" , ");
        else
            clean += QLatin1Char(' ');
    }
    return clean.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

void Vocabulary::add(const QString &category, const QString &id, const QString &phrase,
                     const QJsonObject &attrs)
{
    const QStringList words = normalise(phrase);
    if (!words.isEmpty())
        m_entries.append({category, id, words, attrs});
}

Vocabulary Vocabulary::fromJson(const QJsonObject &json, QString *error)
{
    Vocabulary v;
    v.m_json = json;
    // Sections whose entries are {"id": {"words": [...], attrs...}}.
    static const QList<QPair<QString, QString>> objectSections = {
        {QStringLiteral("settings"), QStringLiteral("setting")},
        {QStringLiteral("settingDetails"), QStringLiteral("detail")},
        {QStringLiteral("light"), QStringLiteral("light")},
        {QStringLiteral("lightChanges"), QStringLiteral("lightChange")},
        {QStringLiteral("effects"), QStringLiteral("effect")},
        {QStringLiteral("weather"), QStringLiteral("weather")},
        {QStringLiteral("subjects"), QStringLiteral("subject")},
    };
    for (const auto &[section, category] : objectSections) {
        const QJsonObject obj = json.value(section).toObject();
        for (auto it = obj.begin(); it != obj.end(); ++it) {
            const QJsonObject attrs = it.value().toObject();
            for (const QJsonValue w : attrs.value(QStringLiteral("words")).toArray())
                v.add(category, it.key(), w.toString(), attrs);
        }
    }
    // Sections whose entries are {"id": ["word", ...]}.
    static const QList<QPair<QString, QString>> listSections = {
        {QStringLiteral("productVariants"), QStringLiteral("variant")},
        {QStringLiteral("actions"), QStringLiteral("action")},
        {QStringLiteral("camera"), QStringLiteral("camera")},
        {QStringLiteral("cameraSpeed"), QStringLiteral("speed")},
        {QStringLiteral("framing"), QStringLiteral("framing")},
        {QStringLiteral("styles"), QStringLiteral("style")},
        {QStringLiteral("sounds"), QStringLiteral("sound")},
    };
    for (const auto &[section, category] : listSections) {
        const QJsonObject obj = json.value(section).toObject();
        for (auto it = obj.begin(); it != obj.end(); ++it)
            for (const QJsonValue w : it.value().toArray())
                v.add(category, it.key(), w.toString(), {});
    }
    for (const QJsonValue w : json.value(QStringLiteral("timeLapse")).toArray())
        v.add(QStringLiteral("timeLapse"), QStringLiteral("timeLapse"), w.toString(), {});
    const QJsonObject colors = json.value(QStringLiteral("colors")).toObject();
    for (auto it = colors.begin(); it != colors.end(); ++it)
        v.add(QStringLiteral("color"), it.value().toString(), it.key(), {});
    const QJsonObject music = json.value(QStringLiteral("music")).toObject();
    for (const QJsonValue w : music.value(QStringLiteral("words")).toArray())
        v.add(QStringLiteral("music"), QStringLiteral("music"), w.toString(), {});
    const QJsonObject moods = music.value(QStringLiteral("moods")).toObject();
    for (auto it = moods.begin(); it != moods.end(); ++it)
        for (const QJsonValue w : it.value().toObject().value(QStringLiteral("words")).toArray())
            v.add(QStringLiteral("mood"), it.key(), w.toString(), it.value().toObject());
    const QJsonObject genres = music.value(QStringLiteral("genres")).toObject();
    for (auto it = genres.begin(); it != genres.end(); ++it)
        for (const QJsonValue w : it.value().toArray())
            v.add(QStringLiteral("genre"), it.key(), w.toString(), {});

    for (const QJsonValue w : json.value(QStringLiteral("stopwords")).toArray())
        v.m_stopwords.append(w.toString());
    for (const QJsonValue w : json.value(QStringLiteral("shotBreaks")).toArray())
        v.m_shotBreaks.append(normalise(w.toString()));
    std::stable_sort(v.m_entries.begin(), v.m_entries.end(),
                     [](const Entry &a, const Entry &b) { return a.words.size() > b.words.size(); });
    if (json.contains(QStringLiteral("lexicon")))
        v.m_concepts = std::make_shared<LazyConcepts>();
    if (v.m_entries.isEmpty() && error)
        *error = QStringLiteral("the vocabulary has no words");
    return v;
}

const Vocabulary &Vocabulary::builtin()
{
    static const Vocabulary vocabulary = [] {
        QFile file(QStringLiteral(":/reelcraft/engine/vocabulary.json"));
        file.open(QIODevice::ReadOnly);
        return fromJson(QJsonDocument::fromJson(file.readAll()).object());
    }();
    return vocabulary;
}

} // namespace rc::engine
