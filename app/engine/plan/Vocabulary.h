#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace rc::engine {

class Concepts;

// The planner's words, read from JSON (resources/engine/vocabulary.json, compiled in). Every
// phrase becomes an Entry: its category ("setting", "light", "subject", ...), the id it selects,
// its words, and the attributes given beside it (default light, implied sounds, a colour, ...).
class Vocabulary
{
public:
    struct Entry
    {
        QString category;
        QString id;
        QStringList words;  // normalised (see normalise())
        QJsonObject attrs;  // the JSON object the phrase came from, when it had one
    };

    // The compiled-in vocabulary; parsed once.
    static const Vocabulary &builtin();
    // Any vocabulary in the same schema (tests use small ones). Unknown categories are ignored.
    static Vocabulary fromJson(const QJsonObject &json, QString *error = nullptr);

    // Longest phrases first, so "coffee shop" wins over "coffee".
    const QList<Entry> &entries() const { return m_entries; }
    const QStringList &stopwords() const { return m_stopwords; }
    const QList<QStringList> &shotBreaks() const { return m_shotBreaks; }
    QJsonObject section(const QString &name) const { return m_json.value(name).toObject(); }
    QJsonValue value(const QString &name) const { return m_json.value(name); }
    bool isValid() const { return !m_entries.isEmpty(); }
    // The WordNet reading of this vocabulary's "lexicon" section, made on first use (opening
    // the system's WordNet then); null when the section is absent or WordNet is not installed.
    const Concepts *concepts() const;

    // Lower case, with punctuation other than commas turned into spaces, split into words;
    // a comma stays as its own token because it ends a simile ("traffic like rivers, ...").
    static QStringList normalise(const QString &text);

private:
    void add(const QString &category, const QString &id, const QString &phrase, const QJsonObject &attrs);
    QList<Entry> m_entries;
    QStringList m_stopwords;
    QList<QStringList> m_shotBreaks;
    QJsonObject m_json;
    struct LazyConcepts;
    std::shared_ptr<LazyConcepts> m_concepts;
};

} // namespace rc::engine
