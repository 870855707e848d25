// A fixed-iteration fuzz (support/JsonFuzz.h) of what fal's queue, OpenRouter's video API and
// ComfyUI servers answer, of fal endpoint mappings from the catalogue, and of ComfyUI workflow
// templates (the shipped ones and users' own). Each target checks the promises its callers rely on:
// a refusal always says why, a key never goes to another host, bound values land where the
// template asked for them.
#include "providers/comfyui/ComfyProtocol.h"
#include "providers/comfyui/ComfyWorkflow.h"
#include "providers/fal/FalInputs.h"
#include "providers/fal/FalQueue.h"
#include "providers/openrouter/OpenRouterProtocol.h"
#include "support/JsonFuzz.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace rc;

namespace {

// Fewer than the older targets: five targets here, and the sanitizer run repeats them.
constexpr int kIterations = 1500;

QJsonObject objectOf(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

// The checks every fal call built from a stored remote id must pass: the key goes only to the
// configured host, and the id reads back as itself.
QString checkQueueRef(const QString &remoteId)
{
    const std::optional<fal::QueueRef> ref = fal::QueueRef::fromRemoteId(remoteId);
    if (!ref)
        return QString();
    if (ref->remoteId() != remoteId)
        return QStringLiteral("the remote id does not read back as itself");
    for (const net::HttpRequest &r : {fal::statusRequest(fal::kDefaultBaseUrl, *ref, QStringLiteral("k")),
                                      fal::resultRequest(fal::kDefaultBaseUrl, *ref, QStringLiteral("k")),
                                      fal::cancelRequest(fal::kDefaultBaseUrl, *ref, QStringLiteral("k"))})
        if (r.url.host() != QLatin1String("queue.fal.run") || r.url.scheme() != QLatin1String("https"))
            return QStringLiteral("a queue call (with the key) goes to %1").arg(r.url.toString());
    return QString();
}

} // namespace

class TestFuzzProviderParsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void falQueueAnswers()
    {
        test::fuzzJson(test::fuzzCorpus(QStringLiteral("fal")), 11, kIterations, [](const QByteArray &in) -> QString {
            const QString requestId = fal::parseRequestId(in);
            const fal::QueueStatus status = fal::parseStatus(in);
            if (objectOf(in).isEmpty() && (status.phase != fal::QueueStatus::Unknown || !status.error.isEmpty()))
                return QStringLiteral("a status read from a body that is not an object");
            const fal::Refusal refusal = fal::parseRefusal(in);
            if (!refusal.parsed && !(refusal.message.isEmpty() && refusal.field.isEmpty() && refusal.type.isEmpty()))
                return QStringLiteral("an unparsed refusal with content");
            if (refusal.field == QLatin1String("body"))
                return QStringLiteral("the refusal names \"body\" as the field");
            (void)fal::videoUrl(in, {QStringLiteral("video"), QStringLiteral("url")});
            // What the server calls the request becomes the stored remote id, and every later call's URL.
            if (const QString broken = checkQueueRef(QStringLiteral("fal-ai/kling-video/v2.5-turbo/pro/text-to-video/requests/")
                                                     + requestId);
                !broken.isEmpty())
                return broken;
            return checkQueueRef(QString::fromUtf8(in));
        });
    }

    void falEndpointMappings()
    {
        test::fuzzJson(test::fuzzCorpus(QStringLiteral("fal-endpoints")), 12, kIterations, [](const QByteArray &in) -> QString {
            const QJsonObject options = objectOf(in);
            const QJsonObject endpoints = options.value(QStringLiteral("endpoints")).toObject();
            for (auto it = endpoints.begin(); it != endpoints.end(); ++it) {
                QString error;
                const std::optional<fal::EndpointInputs> inputs = fal::endpointInputs(options, it.key(), &error);
                if (!inputs) {
                    if (error.isEmpty())
                        return QStringLiteral("a mapping refused without a reason");
                    continue;
                }
                for (auto size = inputs->sizeFields.cbegin(); size != inputs->sizeFields.cend(); ++size) {
                    GenerationRequest r;
                    r.prompt = QStringLiteral("a kite over dunes");
                    r.negativePrompt = QStringLiteral("blur");
                    r.seed = 4242424242ull;
                    r.size = VideoSize::parse(size.key()).value_or(VideoSize{});
                    QString why;
                    const QJsonObject body = inputs->build(r, inputs->takesImage() ? QStringLiteral("data:image/png;base64,AA==") : QString(),
                                                           QString(), &why);
                    if (body.isEmpty() && why.isEmpty())
                        return QStringLiteral("an input refused without a reason");
                    if (!body.isEmpty() && body.value(inputs->promptField) != r.prompt)
                        return QStringLiteral("the prompt is not in its field %1").arg(inputs->promptField);
                    for (auto field = body.begin(); field != body.end(); ++field)
                        (void)inputs->settingFor(field.key());
                }
            }
            return QString();
        });
    }

    void openRouterAnswers()
    {
        test::fuzzJson(test::fuzzCorpus(QStringLiteral("openrouter")), 13, kIterations, [](const QByteArray &in) -> QString {
            if (const std::optional<openrouter::Job> job = openrouter::parseJob(in)) {
                if (job->status.isEmpty())
                    return QStringLiteral("a job without a status");
                if (job->costUsd && !(std::isfinite(*job->costUsd) && *job->costUsd >= 0))
                    return QStringLiteral("a cost of %1").arg(*job->costUsd);
            }
            QStringList problems;
            for (const openrouter::ListedModel &m : openrouter::parseVideoModels(in, &problems)) {
                if (m.spec.id.isEmpty() || m.spec.durations.isEmpty() || m.spec.sizes.isEmpty() || m.spec.prices.isEmpty())
                    return QStringLiteral("model %1 is listed without what a job needs").arg(m.spec.id);
                for (int d : m.spec.durations)
                    if (d < 1)
                        return QStringLiteral("model %1 offers %2 s").arg(m.spec.id).arg(d);
                for (const VideoSize &s : m.spec.sizes)
                    if (!s.isValid())
                        return QStringLiteral("model %1 offers an invalid size").arg(m.spec.id);
                if (m.spec.prices.first().perSecond.micros() < 0)
                    return QStringLiteral("model %1 pays the user").arg(m.spec.id);
                // What the list said becomes a create body; and the traits survive the profile file.
                GenerationRequest r;
                r.prompt = QStringLiteral("a lighthouse in fog");
                r.durationSec = m.spec.durations.first();
                r.size = m.spec.sizes.first();
                r.seed = 7;
                const QJsonObject body = openrouter::createBody(r, m.spec.id, m.traits, QString(), QString());
                if (body.value(QStringLiteral("model")).toString() != m.spec.id
                    || body.value(QStringLiteral("duration")).toInt() != r.durationSec)
                    return QStringLiteral("the create body for %1 lost the model or duration").arg(m.spec.id);
                const openrouter::WireTraits again = openrouter::WireTraits::fromJson(m.traits.toJson());
                if (again.sendsSize != m.traits.sendsSize || again.seed != m.traits.seed || again.audio != m.traits.audio
                    || again.lastFrame != m.traits.lastFrame)
                    return QStringLiteral("the traits of %1 do not survive the profile").arg(m.spec.id);
            }
            return QString();
        });
    }

    void comfyAnswers()
    {
        QString error;
        const auto workflow = comfyui::Workflow::fromJson(test::jsonFilesIn(QStringLiteral("resources/comfyui")).first(), &error);
        QVERIFY2(workflow, qPrintable(error));
        const QString promptId = QStringLiteral("3f1e2c84-6f0b-4f1a-9a51-2b3a9b0c7d11");
        const QString server = QStringLiteral("gpu-1");
        test::fuzzJson(test::fuzzCorpus(QStringLiteral("comfyui")), 14, kIterations, [&](const QByteArray &in) -> QString {
            const comfyui::HistoryEntry history = comfyui::parseHistory(in, promptId, {QStringLiteral("58")});
            if (history.video && history.state != comfyui::HistoryEntry::Succeeded)
                return QStringLiteral("a video from a prompt that did not succeed");
            const comfyui::QueuePlace place = comfyui::findInQueue(in, promptId);
            if (place.ahead < 0 || (place.state != comfyui::QueuePlace::Pending && place.ahead != 0))
                return QStringLiteral("%1 prompts ahead").arg(place.ahead);
            (void)comfyui::queueRemaining(in);
            (void)comfyui::parseSystemStats(in);
            if (!comfyui::describePromptError(in, server).startsWith(server))
                return QStringLiteral("a refusal that does not name the server");
            const comfyui::SocketEvent event = comfyui::parseSocketEvent(QString::fromUtf8(in));
            if (event.type == comfyui::SocketEvent::Error
                && comfyui::describeExecutionError(event.exceptionType, event.message, event.nodeType, server).message.isEmpty())
                return QStringLiteral("an execution error in no words");
            const comfyui::Readiness ready = comfyui::checkReadiness(objectOf(in), *workflow);
            if (!ready.ready() && ready.describe(server).isEmpty())
                return QStringLiteral("a server not ready, without saying why");
            return QString();
        });
    }

    void comfyWorkflows()
    {
        QList<QByteArray> seeds = test::fuzzCorpus(QStringLiteral("comfyui-workflows"));
        seeds += test::jsonFilesIn(QStringLiteral("resources/comfyui"));
        test::fuzzJson(seeds, 15, kIterations, [](const QByteArray &in) -> QString {
            QString error;
            const std::optional<comfyui::Workflow> w = comfyui::Workflow::fromJson(in, &error);
            if (!w)
                return error.isEmpty() ? QStringLiteral("a workflow refused without a reason") : QString();
            if (w->outputNodes().isEmpty())
                return QStringLiteral("a workflow that saves no video was accepted");
            comfyui::WorkflowInputs inputs;
            inputs.prompt = QStringLiteral("PROMPT-MARK");
            inputs.seed = ~quint64(0);
            inputs.size = w->savedSize().value_or(VideoSize{1280, 720});
            inputs.frames = qMax(1, w->savedFrames());
            inputs.fps = w->savedFps();
            inputs.imageName = w->takesImage() ? QStringLiteral("photo.png") : QString();
            const QJsonObject graph = w->bind(inputs);
            if (!QJsonDocument(graph).toJson(QJsonDocument::Compact).contains("\"PROMPT-MARK\""))
                return QStringLiteral("the bound graph has no prompt");
            if (graph.size() != w->graph().size())
                return QStringLiteral("binding added or removed nodes");
            if (w->samplerCount() < 1 || w->savedFps() < 1)
                return QStringLiteral("a workflow without a sampler count or frame rate");
            (void)w->nodeClasses();
            (void)w->modelFiles();
            return QString();
        });
    }
};

QTEST_GUILESS_MAIN(TestFuzzProviderParsers)
#include "tst_fuzz_provider_parsers.moc"
