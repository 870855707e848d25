#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class QFile;

namespace rc::engine {

// Read-only access to WordNet's database files (Debian's wordnet-base, /usr/share/wordnet) without
// loading them: the index and data files are memory-mapped, a lemma is found by binary search in
// its sorted index, and a synset is parsed on demand from its byte offset in the data file. So
// opening costs the exception lists only (a few thousand lines), and memory grows by the pages a
// prompt touches, not by the 28 MB of the database.
class Lexicon
{
public:
    enum class Pos { Noun, Verb, Adj, Adv };
    static constexpr int kPosCount = 4;

    struct Synset
    {
        quint32 offset = 0;
        Pos pos = Pos::Noun;
        int lexFile = -1;          // WordNet's lexicographer file (5 noun.animal, 13 noun.food, ...)
        QStringList words;         // lower case, spaces for underscores
        QList<int> lexIds;         // each word's lex_id (tells its sense apart in sense keys)
        QList<quint32> hypernyms;  // "@" and "@i" pointers (same part of speech)
        QList<QPair<Pos, quint32>> pertains; // adjectives: "\" pointers ("wooden" -> wood)
        QList<QPair<Pos, quint32>> similar;  // adjectives: "&" pointers to the cluster head
        QString gloss;
        bool isValid() const { return lexFile >= 0; }
    };

    Lexicon();
    ~Lexicon();
    Lexicon(const Lexicon &) = delete;
    Lexicon &operator=(const Lexicon &) = delete;

    // The system's WordNet, opened on first use (thread-safe) and kept for the process. Its
    // directory is $REELCRAFT_WORDNET_DIR when set, else /usr/share/wordnet. Never null; check
    // isValid(): without the package the planner falls back to its own word list.
    static const Lexicon &system();
    // Opens the database in `dir`; on failure isValid() is false and error() says why.
    bool open(const QString &dir);

    bool isValid() const { return m_valid; }
    QString error() const { return m_error; }
    QString directory() const { return m_dir; }

    // Base forms of `word` that WordNet lists as `pos`, the word itself first when listed:
    // "foxes" -> fox, "ran" -> run, "mice" -> mouse. Multi-word lemmas take spaces.
    QStringList lemmas(const QString &word, Pos pos) const;
    // The senses of a lemma, most frequent first (WordNet's order).
    QList<quint32> senses(const QString &lemma, Pos pos) const;
    Synset synset(Pos pos, quint32 offset) const;
    // How often `lemma` in synset `s` was seen in WordNet's tagged texts (cntlist.rev), 0 when
    // never or unknown: it tells a common sense from a rare one listed first ("tiger": the cat
    // and the fierce person were each seen once; "soldier": the person 166 times).
    int tagCount(const QString &lemma, const Synset &s) const;

private:
    struct File;
    QByteArray indexLine(Pos pos, const QByteArray &key) const;
    bool loadExceptions(Pos pos, const QString &path);

    std::unique_ptr<File> m_index[kPosCount];
    std::unique_ptr<File> m_data[kPosCount];
    std::unique_ptr<File> m_counts; // cntlist.rev, optional
    QHash<QString, QStringList> m_exceptions[kPosCount];
    bool m_valid = false;
    QString m_error;
    QString m_dir;
};

} // namespace rc::engine
