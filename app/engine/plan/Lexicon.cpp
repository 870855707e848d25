#include "engine/plan/Lexicon.h"

#include <QFile>
#include <QTextStream>

#include <cstring>

namespace rc::engine {

namespace {
const char *const kPosNames[Lexicon::kPosCount] = {"noun", "verb", "adj", "adv"};

Lexicon::Pos posOfChar(char c)
{
    switch (c) {
    case 'v': return Lexicon::Pos::Verb;
    case 'a': case 's': return Lexicon::Pos::Adj;
    case 'r': return Lexicon::Pos::Adv;
    default: return Lexicon::Pos::Noun;
    }
}

// WordNet's detachment rules (morphy): suffix to strip, ending to put back.
struct Rule
{
    const char *suffix;
    const char *ending;
};
constexpr Rule kNounRules[] = {{"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"},
                               {"shes", "sh"}, {"men", "man"}, {"ies", "y"}};
constexpr Rule kVerbRules[] = {{"s", ""}, {"ies", "y"}, {"es", "e"}, {"es", ""}, {"ed", "e"},
                               {"ed", ""}, {"ing", "e"}, {"ing", ""}};
constexpr Rule kAdjRules[] = {{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}};
} // namespace

// One memory-mapped database file. The map stays valid while the QFile lives.
struct Lexicon::File
{
    QFile file;
    const char *data = nullptr;
    qint64 size = 0;
    qint64 firstEntry = 0; // index files open with a licence whose lines start with a space
};

Lexicon::Lexicon() = default;
Lexicon::~Lexicon() = default;

const Lexicon &Lexicon::system()
{
    static const Lexicon *lexicon = [] {
        auto *l = new Lexicon; // kept for the process: render workers may still read it at exit
        const QByteArray env = qgetenv("REELCRAFT_WORDNET_DIR");
        l->open(env.isEmpty() ? QStringLiteral("/usr/share/wordnet") : QString::fromLocal8Bit(env));
        return l;
    }();
    return *lexicon;
}

bool Lexicon::open(const QString &dir)
{
    m_valid = false;
    m_dir = dir;
    for (int p = 0; p < kPosCount; ++p) {
        for (const bool index : {true, false}) {
            auto f = std::make_unique<File>();
            f->file.setFileName(QStringLiteral("%1/%2.%3").arg(dir, QLatin1String(index ? "index" : "data"),
                                                              QLatin1String(kPosNames[p])));
            if (!f->file.open(QIODevice::ReadOnly)) {
                m_error = QStringLiteral("cannot read WordNet file %1: %2").arg(f->file.fileName(), f->file.errorString());
                return false;
            }
            f->size = f->file.size();
            f->data = reinterpret_cast<const char *>(f->file.map(0, f->size));
            if (!f->data || f->size == 0) {
                m_error = QStringLiteral("cannot map WordNet file %1").arg(f->file.fileName());
                return false;
            }
            if (index) {
                qint64 at = 0;
                while (at < f->size && f->data[at] == ' ') {
                    const void *nl = std::memchr(f->data + at, '\n', size_t(f->size - at));
                    at = nl ? static_cast<const char *>(nl) - f->data + 1 : f->size;
                }
                f->firstEntry = at;
                m_index[p] = std::move(f);
            } else {
                m_data[p] = std::move(f);
            }
        }
        // The exception lists are optional (adv.exc is nearly empty); a missing one only
        // loses irregular forms.
        loadExceptions(Pos(p), QStringLiteral("%1/%2.exc").arg(dir, QLatin1String(kPosNames[p])));
    }
    // Sense frequencies are optional: without them senses keep WordNet's order.
    auto counts = std::make_unique<File>();
    counts->file.setFileName(dir + QStringLiteral("/cntlist.rev"));
    if (counts->file.open(QIODevice::ReadOnly) && counts->file.size() > 0) {
        counts->size = counts->file.size();
        counts->data = reinterpret_cast<const char *>(counts->file.map(0, counts->size));
        if (counts->data)
            m_counts = std::move(counts);
    }
    m_error.clear();
    m_valid = true;
    return true;
}

int Lexicon::tagCount(const QString &lemma, const Synset &s) const
{
    const int word = int(s.words.indexOf(lemma.toLower()));
    if (!m_counts || word < 0 || word >= s.lexIds.size())
        return 0;
    // Sense keys: lemma%ss_type:lex_filenum:lex_id:head:head_id, the file sorted by key.
    QByteArray prefix = lemma.toLower().toLatin1();
    prefix.replace(' ', '_');
    prefix += '%';
    const File *f = m_counts.get();
    qint64 lo = 0, hi = f->size; // first line whose key is >= prefix
    while (lo < hi) {
        const qint64 mid = lo + (hi - lo) / 2;
        qint64 start = mid;
        while (start > 0 && f->data[start - 1] != '\n')
            --start;
        const qint64 len = std::min<qint64>(prefix.size(), f->size - start);
        if (std::memcmp(f->data + start, prefix.constData(), size_t(len)) < 0) {
            const char *nl = static_cast<const char *>(std::memchr(f->data + start, '\n', size_t(f->size - start)));
            lo = nl ? nl - f->data + 1 : f->size;
        } else {
            hi = start;
        }
    }
    const char posDigit = s.pos == Pos::Noun ? '1' : s.pos == Pos::Verb ? '2' : s.pos == Pos::Adj ? '3' : '4';
    for (qint64 at = lo; at < f->size;) {
        const char *line = f->data + at;
        const char *nl = static_cast<const char *>(std::memchr(line, '\n', size_t(f->size - at)));
        const QByteArray text(line, int(nl ? nl - line : f->size - at));
        if (!text.startsWith(prefix))
            break;
        at = nl ? nl - f->data + 1 : f->size;
        const QList<QByteArray> fields = text.mid(prefix.size()).split(' ');
        const QList<QByteArray> key = fields.value(0).split(':');
        if (fields.size() < 3 || key.size() < 3)
            continue;
        const bool posMatches = key[0].size() == 1 && (key[0][0] == posDigit || (posDigit == '3' && key[0][0] == '5'));
        if (posMatches && key[1].toInt() == s.lexFile && key[2].toInt() == s.lexIds[word])
            return fields[2].toInt();
    }
    return 0;
}

bool Lexicon::loadExceptions(Pos pos, const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    QHash<QString, QStringList> &map = m_exceptions[int(pos)];
    while (!f.atEnd()) {
        const QList<QByteArray> parts = f.readLine().trimmed().split(' ');
        if (parts.size() < 2)
            continue;
        QStringList &bases = map[QString::fromLatin1(parts[0]).replace(QLatin1Char('_'), QLatin1Char(' '))];
        for (int i = 1; i < parts.size(); ++i)
            bases.append(QString::fromLatin1(parts[i]).replace(QLatin1Char('_'), QLatin1Char(' ')));
    }
    return true;
}

// Binary search over the sorted lines of an index file for the line whose first field is `key`.
QByteArray Lexicon::indexLine(Pos pos, const QByteArray &key) const
{
    const File *f = m_index[int(pos)].get();
    if (!f)
        return {};
    qint64 lo = f->firstEntry, hi = f->size;
    while (lo < hi) {
        const qint64 mid = lo + (hi - lo) / 2;
        qint64 start = mid;
        while (start > lo && f->data[start - 1] != '\n')
            --start;
        const char *line = f->data + start;
        const char *end = static_cast<const char *>(std::memchr(line, '\n', size_t(f->size - start)));
        const qint64 lineLen = end ? end - line : f->size - start;
        const char *space = static_cast<const char *>(std::memchr(line, ' ', size_t(lineLen)));
        const qint64 wordLen = space ? space - line : lineLen;
        const int cmp = std::memcmp(line, key.constData(), size_t(std::min<qint64>(wordLen, key.size())));
        const int order = cmp != 0 ? cmp : (wordLen < key.size() ? -1 : (wordLen > key.size() ? 1 : 0));
        if (order == 0)
            return QByteArray(line, int(lineLen));
        if (order < 0)
            lo = start + lineLen + 1;
        else
            hi = start;
    }
    return {};
}

QList<quint32> Lexicon::senses(const QString &lemma, Pos pos) const
{
    QList<quint32> out;
    if (!m_valid || lemma.isEmpty())
        return out;
    QByteArray key = lemma.toLower().toLatin1();
    key.replace(' ', '_');
    const QList<QByteArray> f = indexLine(pos, key).split(' ');
    // lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
    if (f.size() < 6)
        return out;
    const int synsets = f[2].toInt();
    const int pointers = f[3].toInt();
    const int first = 4 + pointers + 2;
    for (int i = 0; i < synsets && first + i < f.size(); ++i)
        out.append(f[first + i].toUInt());
    return out;
}

Lexicon::Synset Lexicon::synset(Pos pos, quint32 offset) const
{
    Synset s;
    const File *f = m_data[int(pos)].get();
    if (!f || qint64(offset) >= f->size)
        return s;
    const char *line = f->data + offset;
    const char *end = static_cast<const char *>(std::memchr(line, '\n', size_t(f->size - offset)));
    const QByteArray text(line, int(end ? end - line : f->size - offset));
    const int bar = text.indexOf(" | ");
    const QList<QByteArray> t = (bar >= 0 ? text.left(bar) : text).split(' ');
    // offset lex_filenum ss_type w_cnt (word lex_id)... p_cnt (symbol offset pos source/target)...
    if (t.size() < 5 || t[0].toUInt() != offset)
        return s;
    s.offset = offset;
    s.pos = pos;
    s.lexFile = t[1].toInt();
    const int words = t[3].toInt(nullptr, 16);
    int k = 4;
    for (int i = 0; i < words && k < t.size(); ++i, k += 2) {
        QString w = QString::fromLatin1(t[k]).toLower().replace(QLatin1Char('_'), QLatin1Char(' '));
        const int paren = w.indexOf(QLatin1Char('(')); // adjective markers: "big(a)"
        s.words.append(paren > 0 ? w.left(paren) : w);
        s.lexIds.append(t[k + 1].toInt(nullptr, 16));
    }
    const int pointers = k < t.size() ? t[k].toInt() : 0;
    for (int i = 0; i < pointers && k + 3 + 4 * i < t.size(); ++i) {
        const QByteArray &symbol = t[k + 1 + 4 * i];
        const quint32 target = t[k + 2 + 4 * i].toUInt();
        const Pos targetPos = posOfChar(t[k + 3 + 4 * i].isEmpty() ? 'n' : t[k + 3 + 4 * i][0]);
        if ((symbol == "@" || symbol == "@i") && targetPos == pos)
            s.hypernyms.append(target);
        else if (symbol == "\\")
            s.pertains.append({targetPos, target});
        else if (symbol == "&")
            s.similar.append({targetPos, target});
    }
    if (bar >= 0)
        s.gloss = QString::fromLatin1(text.mid(bar + 3)).trimmed();
    return s;
}

QStringList Lexicon::lemmas(const QString &word, Pos pos) const
{
    QStringList out;
    if (!m_valid || word.isEmpty())
        return out;
    const QString w = word.toLower();
    auto consider = [&](const QString &candidate) {
        if (!candidate.isEmpty() && !out.contains(candidate) && !senses(candidate, pos).isEmpty())
            out.append(candidate);
    };
    consider(w);
    for (const QString &base : m_exceptions[int(pos)].value(w))
        consider(base);
    const Rule *rules = nullptr;
    int count = 0;
    if (pos == Pos::Noun) {
        rules = kNounRules;
        count = int(std::size(kNounRules));
    } else if (pos == Pos::Verb) {
        rules = kVerbRules;
        count = int(std::size(kVerbRules));
    } else if (pos == Pos::Adj) {
        rules = kAdjRules;
        count = int(std::size(kAdjRules));
    }
    for (int i = 0; i < count; ++i) {
        const QLatin1String suffix(rules[i].suffix);
        if (w.size() > suffix.size() + 1 && w.endsWith(suffix))
            consider(w.left(w.size() - suffix.size()) + QLatin1String(rules[i].ending));
    }
    // A doubled final consonant before -ing / -ed / -er that the exception list lacks ("jogging").
    for (const QLatin1String suffix : {QLatin1String("ing"), QLatin1String("ed"), QLatin1String("er")}) {
        if (pos != Pos::Noun && w.size() > suffix.size() + 2 && w.endsWith(suffix)) {
            const QString stem = w.left(w.size() - suffix.size());
            if (stem.at(stem.size() - 1) == stem.at(stem.size() - 2))
                consider(stem.left(stem.size() - 1));
        }
    }
    return out;
}

} // namespace rc::engine
