// A fixed-iteration fuzz (support/JsonFuzz.h) of the parsers of the Videos API job and model
// list, Gemini's interactions and file states, error bodies, the catalogue and a stored request.
// The fal, OpenRouter and ComfyUI parsers: tst_fuzz_provider_parsers.cpp.
#include "core/Catalogue.h"
#include "core/GenerationRequest.h"
#include "providers/remote/ErrorBody.h"
#include "providers/gemini/InteractionsProtocol.h"
#include "providers/videosapi/VideosApiProtocol.h"
#include "support/JsonFuzz.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <functional>

using namespace rc;

namespace {

constexpr int kIterationsPerTarget = 2500;

QList<QByteArray> corpus(const QString &folder)
{
    return test::fuzzCorpus(folder);
}

void fuzz(const QList<QByteArray> &seeds, quint32 randomSeed, const std::function<QString(const QByteArray &)> &check)
{
    test::fuzzJson(seeds, randomSeed, kIterationsPerTarget, check);
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
