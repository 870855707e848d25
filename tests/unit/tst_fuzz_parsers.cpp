// A fixed-iteration fuzz of every parser that reads what a server or a user file says: the
// Videos API job and model list, Gemini's interactions and file states, error bodies, the catalogue
// and a stored request. Seeds come from tests/fuzz-corpus (real answers of each service) and are
// mutated byte-wise and structurally with a fixed random seed, so a CI run is repeatable and
// bounded. Each input must be answered (a value or a refusal) without crashing, hanging or
// breaking the parser's own promises; the ASan build turns memory errors into failures.
#include "core/Catalogue.h"
#include "core/GenerationRequest.h"
#include "providers/remote/ErrorBody.h"
#include "providers/gemini/InteractionsProtocol.h"
#include "providers/videosapi/VideosApiProtocol.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <functional>

using namespace rc;

namespace {

constexpr int kIterationsPerTarget = 2500;

QList<QByteArray> corpus(const QString &folder)
{
    QList<QByteArray> seeds;
    const QDir dir(QStringLiteral(REELCRAFT_SOURCE_DIR "/tests/fuzz-corpus/") + folder);
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (f.open(QIODevice::ReadOnly))
            seeds.append(f.readAll());
    }
    return seeds;
}

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

QByteArray mutate(const QByteArray &seed, QRandomGenerator &rng)
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

// Runs `check` over the seeds and their mutants; fails with the input that broke a promise.
void fuzz(const QList<QByteArray> &seeds, quint32 randomSeed, const std::function<QString(const QByteArray &)> &check)
{
    QVERIFY2(!seeds.isEmpty(), "the corpus is missing");
    QRandomGenerator rng(randomSeed);
    QElapsedTimer timer;
    for (int i = 0; i < kIterationsPerTarget + seeds.size(); ++i) {
        const QByteArray input = i < seeds.size() ? seeds[i] : mutate(seeds[int(rng.bounded(int(seeds.size())))], rng);
        timer.start();
        const QString broken = check(input);
        QVERIFY2(broken.isEmpty(), qPrintable(QStringLiteral("%1 for input #%2: %3").arg(broken).arg(i).arg(QString::fromLatin1(input.left(300).toPercentEncoding(" {}[]:,\"")))));
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QStringLiteral("input #%1 took %2 ms").arg(i).arg(timer.elapsed())));
    }
}

} // namespace

class TestFuzzParsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void videosApiJob()
    {
        const QList<QByteArray> seeds = corpus(QStringLiteral("videosapi"));
        for (const QByteArray &s : seeds)
            QVERIFY(s.contains("\"object\":\"list\"") || videosapi::parseVideoJob(s).has_value()); // the job seeds parse
        fuzz(seeds, 1, [](const QByteArray &in) -> QString {
            const auto job = videosapi::parseVideoJob(in);
            if (job && (job->progress < -1 || job->progress > 100))
                return QStringLiteral("progress %1 out of range").arg(job->progress);
            if (job && job->status != job->status.toLower())
                return QStringLiteral("status not lower-cased");
            (void)videosapi::phaseOf(job ? job->status : QString());
            (void)videosapi::parseModelIds(in);
            return QString();
        });
    }

    void geminiInteraction()
    {
        const QList<QByteArray> seeds = corpus(QStringLiteral("gemini"));
        fuzz(seeds, 2, [](const QByteArray &in) -> QString {
            const auto interaction = gemini::parseInteraction(in);
            if (interaction && interaction->videoTokens < -1)
                return QStringLiteral("negative video tokens");
            if (interaction && interaction->phase == gemini::Phase::Completed && interaction->error && !interaction->video)
                (void)gemini::isSafetyBlock(*interaction->error);
            if (interaction && interaction->error)
                (void)gemini::isRetiredModelError(*interaction->error, 404);
            (void)gemini::parseFileState(in);
            return QString();
        });
    }

    void errorBodies()
    {
        fuzz(corpus(QStringLiteral("errors")), 3, [](const QByteArray &in) -> QString {
            const net::ErrorBody e = net::parseErrorBody(in);
            if (!e.parsed && !(e.message.isEmpty() && e.code.isEmpty()))
                return QStringLiteral("unparsed body with a message");
            (void)net::isModerationError(e);
            return QString();
        });
    }

    void catalogue()
    {
        QList<QByteArray> seeds = corpus(QStringLiteral("catalogue"));
        QFile builtin(QStringLiteral(REELCRAFT_SOURCE_DIR "/resources/catalogue.json"));
        QVERIFY(builtin.open(QIODevice::ReadOnly));
        seeds.append(builtin.readAll());
        const Catalogue defaults = Catalogue::defaults(nullptr);
        fuzz(seeds, 4, [&defaults](const QByteArray &in) -> QString {
            Catalogue c;
            QStringList errors;
            const bool ok = c.addJson(in, QStringLiteral("fuzz"), &errors, &defaults);
            if (ok != errors.isEmpty())
                return QStringLiteral("accepted with errors, or refused without one");
            if (!ok && (!c.providers().isEmpty()))
                return QStringLiteral("a refused file still added providers");
            // What was accepted survives a round trip through the file format.
            if (ok) {
                Catalogue again;
                QStringList againErrors;
                if (!again.addJson(c.toJson(), QStringLiteral("round trip"), &againErrors, &defaults))
                    return QStringLiteral("its own output does not load: ") + againErrors.join(QLatin1Char(';'));
            }
            return QString();
        });
    }

    void storedRequest()
    {
        fuzz({R"({"prompt":"a cat","provider":"builtin","model":"m","tier":"draft","durationSec":4,"size":"1280x720","seed":"42"})"},
             5, [](const QByteArray &in) -> QString {
                 const GenerationRequest r = GenerationRequest::fromJson(QJsonDocument::fromJson(in).object());
                 (void)r.toJson();
                 return QString();
             });
    }
};

QTEST_GUILESS_MAIN(TestFuzzParsers)
#include "tst_fuzz_parsers.moc"
