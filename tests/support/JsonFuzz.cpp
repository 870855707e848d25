#include "support/JsonFuzz.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace rc::test {
namespace {

// Replaces a JSON value by one of another type or an extreme of its own.
QJsonValue strangeValue(QRandomGenerator &rng)
{
    switch (rng.bounded(12)) {
    case 0: return QJsonValue();
    case 1: return QJsonValue(QJsonValue::Undefined);
    case 2: return 1e308;
    case 3: return -2147483649.0;
    case 4: return QStringLiteral("");
    case 5: return QString(5000, QLatin1Char('A'));
    case 6: return QStringLiteral("\u0000\u001b[31m\uFFFF\U0001F408");
    case 7: return QJsonArray{};
    case 8: return QJsonObject{};
    case 9: return true;
    case 10: return QJsonArray{QJsonValue(), 1, QStringLiteral("x"), QJsonObject{}};
    default: return double(int(rng.bounded(400)) - 200);
    }
}

QJsonValue mutateValue(const QJsonValue &v, QRandomGenerator &rng, int depth)
{
    if (depth > 6 || rng.bounded(8) == 0)
        return strangeValue(rng);
    if (v.isObject()) {
        QJsonObject o = v.toObject();
        const QStringList keys = o.keys();
        for (const QString &k : keys) {
            const int roll = int(rng.bounded(6));
            if (roll == 0)
                o.remove(k);
            else if (roll == 1)
                o.insert(k, mutateValue(o.value(k), rng, depth + 1));
        }
        if (rng.bounded(4) == 0)
            o.insert(QStringLiteral("unexpected_%1").arg(rng.bounded(10)), strangeValue(rng));
        return o;
    }
    if (v.isArray()) {
        QJsonArray a = v.toArray();
        for (int i = 0; i < a.size(); ++i)
            if (rng.bounded(3) == 0)
                a[i] = mutateValue(a[i], rng, depth + 1);
        if (rng.bounded(4) == 0)
            a.append(strangeValue(rng));
        return a;
    }
    return rng.bounded(2) ? strangeValue(rng) : v;
}

} // namespace

QList<QByteArray> jsonFilesIn(const QString &sourceFolder)
{
    QList<QByteArray> files;
    const QDir dir(QStringLiteral(REELCRAFT_SOURCE_DIR "/") + sourceFolder);
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (f.open(QIODevice::ReadOnly))
            files.append(f.readAll());
    }
    return files;
}

QList<QByteArray> fuzzCorpus(const QString &folder)
{
    return jsonFilesIn(QStringLiteral("tests/fuzz-corpus/") + folder);
}

QByteArray mutateJson(const QByteArray &seed, QRandomGenerator &rng)
{
    QByteArray out = seed;
    switch (rng.bounded(7)) {
    case 0: { // structural: same shape, wrong types and values
        const QJsonDocument doc = QJsonDocument::fromJson(seed);
        if (doc.isObject())
            return QJsonDocument(mutateValue(doc.object(), rng, 0).toObject()).toJson(QJsonDocument::Compact);
        if (doc.isArray())
            return QJsonDocument(mutateValue(doc.array(), rng, 0).toArray()).toJson(QJsonDocument::Compact);
        break;
    }
    case 1: // truncated anywhere
        out.truncate(int(rng.bounded(qMax(1, int(out.size())))));
        return out;
    case 2: // random bytes flipped
        for (int i = 0, n = 1 + int(rng.bounded(8)); i < n && !out.isEmpty(); ++i)
            out[int(rng.bounded(int(out.size())))] = char(rng.bounded(256));
        return out;
    case 3: { // JSON punctuation inserted
        static const char *const tokens[] = {"{", "}", "[", "]", ",", ":", "\"", "null", "-", "1e999", "\\u0000", "\\"};
        for (int i = 0, n = 1 + int(rng.bounded(4)); i < n; ++i)
            out.insert(int(rng.bounded(int(out.size()) + 1)), tokens[rng.bounded(12)]);
        return out;
    }
    case 4: // deep nesting
        return QByteArray(int(1 + rng.bounded(3000)), '[') + out;
    case 5: // a part of it repeated
        if (!out.isEmpty()) {
            const int from = int(rng.bounded(int(out.size())));
            out.insert(from, out.mid(from, int(rng.bounded(200))).repeated(1 + int(rng.bounded(20))));
        }
        return out;
    default: // a different top level
        return rng.bounded(2) ? QByteArray("[") + seed + "]" : QByteArray("\"") + seed.left(40) + "\"";
    }
    return out;
}

void fuzzJson(const QList<QByteArray> &seeds, quint32 randomSeed, int iterations,
              const std::function<QString(const QByteArray &)> &check)
{
    QVERIFY2(!seeds.isEmpty(), "the corpus is missing");
    QRandomGenerator rng(randomSeed);
    QElapsedTimer timer;
    for (int i = 0; i < iterations + seeds.size(); ++i) {
        const QByteArray input = i < seeds.size() ? seeds[i] : mutateJson(seeds[int(rng.bounded(int(seeds.size())))], rng);
        timer.start();
        const QString broken = check(input);
        QVERIFY2(broken.isEmpty(), qPrintable(QStringLiteral("%1 for input #%2: %3").arg(broken).arg(i).arg(QString::fromLatin1(input.left(300).toPercentEncoding(" {}[]:,\"")))));
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QStringLiteral("input #%1 took %2 ms").arg(i).arg(timer.elapsed())));
    }
}

} // namespace rc::test
