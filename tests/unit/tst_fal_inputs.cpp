// fal's per-endpoint input mapping (data, not code) and the queue protocol's pure parts: the
// remote id round trip, the status and validation answers, and the key header.
#include "core/Catalogue.h"
#include "providers/fal/FalInputs.h"
#include "providers/fal/FalQueue.h"

#include <QJsonDocument>
#include <QtTest>

using namespace rc;
using namespace rc::fal;

namespace {

const char *kKlingText = "{ \"prompt\": \"prompt\", \"negativePrompt\": \"negative_prompt\", \"duration\": {\"field\": \"duration\", \"type\": \"string\"}, \"sizes\": {\"1920x1080\": {\"aspect_ratio\": \"16:9\"}, \"1080x1920\": {\"aspect_ratio\": \"9:16\"}, \"1080x1080\": {\"aspect_ratio\": \"1:1\"}}, \"imageEndpoint\": \"fal-ai/kling-video/v2.5-turbo/pro/image-to-video\"}";
const char *kKlingImage = "{ \"prompt\": \"prompt\", \"negativePrompt\": \"negative_prompt\", \"image\": \"image_url\", \"lastFrame\": \"tail_image_url\", \"duration\": {\"field\": \"duration\", \"type\": \"string\"}, \"sizes\": {\"1920x1080\": {}, \"1080x1920\": {}, \"1080x1080\": {}}}";

EndpointInputs parsed(const QString &endpoint, const char *json)
{
    QString error;
    auto in = parseEndpointInputs(endpoint, QJsonDocument::fromJson(json).object(), &error);
    if (!in)
        qFatal("%s", qPrintable(error));
    return *in;
}

GenerationRequest request(int durationSec, const QString &size)
{
    GenerationRequest r;
    r.prompt = QStringLiteral("A red kite rising over dunes at dawn");
    r.durationSec = durationSec;
    r.size = *VideoSize::parse(size);
    return r;
}

} // namespace

class TestFalInputs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textEndpointFillsItsOwnFieldsOnly()
    {
        const EndpointInputs in = parsed(QStringLiteral("fal-ai/kling-video/v2.5-turbo/pro/text-to-video"), kKlingText);
        QString error;
        const QJsonObject o = in.build(request(10, QStringLiteral("1080x1920")), QString(), QString(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // Strings for the duration enum, the aspect ratio from the size, nothing else.
        QCOMPARE(o, QJsonDocument::fromJson("{\"prompt\":\"A red kite rising over dunes at dawn\",\"duration\":\"10\",\"aspect_ratio\":\"9:16\"}").object());
    }

    void integerDurationSuffixSeedAndFixedFields()
    {
        const EndpointInputs in = parsed(QStringLiteral("owner/app/t2v"), "{ \"prompt\": \"text\", \"seed\": \"seed\", \"duration\": {\"field\": \"seconds\", \"type\": \"integer\"}, \"sizes\": {\"1280x720\": {\"resolution\": \"720p\", \"aspect_ratio\": \"16:9\"}}, \"fixed\": {\"prompt_optimizer\": true}}");
        GenerationRequest r = request(6, QStringLiteral("1280x720"));
        r.seed = 5000000000ull; // beyond fal's 32-bit seeds
        QString error;
        const QJsonObject o = in.build(r, QString(), QString(), &error);
        QCOMPARE(o.value(QStringLiteral("seconds")), QJsonValue(6));
        QVERIFY(o.value(QStringLiteral("seed")).toInteger() < 2147483647);
        QCOMPARE(o.value(QStringLiteral("resolution")).toString(), QStringLiteral("720p"));
        QCOMPARE(o.value(QStringLiteral("prompt_optimizer")), QJsonValue(true));
        QCOMPARE(o.value(QStringLiteral("text")).toString(), r.prompt);
        QVERIFY(!o.contains(QStringLiteral("prompt")));

        const EndpointInputs suffixed = parsed(QStringLiteral("owner/app"), "{ \"prompt\": \"prompt\", \"duration\": {\"field\": \"duration\", \"type\": \"string\", \"suffix\": \"s\"}, \"sizes\": {\"1280x720\": {}}}");
        QCOMPARE(suffixed.build(request(8, QStringLiteral("1280x720")), QString(), QString(), &error)
                     .value(QStringLiteral("duration")).toString(), QStringLiteral("8s"));
    }

    void imageEndpointTakesTheDataUriAndNoAspectRatio()
    {
        const EndpointInputs in = parsed(QStringLiteral("fal-ai/kling-video/v2.5-turbo/pro/image-to-video"), kKlingImage);
        const QString uri = QStringLiteral("data:image/jpeg;base64,/9j/4AAQ");
        QString error;
        const QJsonObject o = in.build(request(5, QStringLiteral("1920x1080")), uri, QString(), &error);
        QCOMPARE(o.value(QStringLiteral("image_url")).toString(), uri);
        QVERIFY(!o.contains(QStringLiteral("aspect_ratio")));
        QVERIFY(!o.contains(QStringLiteral("tail_image_url")));
        // A photo is required here.
        QVERIFY(in.build(request(5, QStringLiteral("1920x1080")), QString(), QString(), &error).isEmpty());
        QVERIFY(error.contains(QStringLiteral("photo")));
    }

    void sizesTheEndpointLacksAreRefused()
    {
        const EndpointInputs in = parsed(QStringLiteral("fal-ai/kling-video/v2.5-turbo/pro/text-to-video"), kKlingText);
        QString error;
        QVERIFY(in.build(request(5, QStringLiteral("1280x720")), QString(), QString(), &error).isEmpty());
        QVERIFY(error.contains(QStringLiteral("1280x720")));
    }

    void malformedMappingsAreReported()
    {
        QString error;
        QVERIFY(!parseEndpointInputs(QStringLiteral("a/b"), QJsonDocument::fromJson("{\"sizes\":{\"1x1\":{}}}").object(), &error));
        QVERIFY(error.contains(QStringLiteral("prompt")));
        QVERIFY(!parseEndpointInputs(QStringLiteral("a/b"), QJsonDocument::fromJson("{\"prompt\":\"p\",\"sizes\":{\"big\":{}}}").object(), &error));
        QVERIFY(error.contains(QStringLiteral("big")));
        QVERIFY(!endpointInputs(QJsonObject(), QStringLiteral("a/b"), &error));
        QVERIFY(error.contains(QStringLiteral("a/b")));
    }

    void refusedFieldsReadAsTheUsersSetting()
    {
        const EndpointInputs in = parsed(QStringLiteral("fal-ai/kling-video/v2.5-turbo/pro/text-to-video"), kKlingText);
        const Refusal r = parseRefusal("{\"detail\":[{\"loc\":[\"body\",\"duration\"],\"msg\":\"Input should be '5' or '10'\",\"type\":\"literal_error\",\"input\":5}]}");
        QVERIFY(r.parsed);
        QCOMPARE(r.field, QStringLiteral("duration"));
        QCOMPARE(r.type, QStringLiteral("literal_error"));
        QCOMPARE(in.settingFor(r.field), QStringLiteral("duration"));
        QCOMPARE(in.settingFor(QStringLiteral("aspect_ratio")), QStringLiteral("size"));
        QCOMPARE(in.settingFor(QStringLiteral("negative_prompt")), QStringLiteral("negative prompt"));
        QCOMPARE(in.settingFor(QStringLiteral("something_else")), QString());
        const Refusal flat = parseRefusal("{\"detail\":\"Request timed out\",\"error_type\":\"request_timeout\"}");
        QVERIFY(flat.parsed);
        QCOMPARE(flat.type, QStringLiteral("request_timeout"));
        QVERIFY(!parseRefusal("<html>").parsed);
    }

    void remoteIdRoundTripAndQueueUrls()
    {
        const QueueRef ref{QStringLiteral("fal-ai/kling-video/v2.5-turbo/pro/text-to-video"), QStringLiteral("5c1e0e39")};
        const auto back = QueueRef::fromRemoteId(ref.remoteId());
        QVERIFY(back);
        QCOMPARE(back->endpoint, ref.endpoint);
        QCOMPARE(back->requestId, ref.requestId);
        QCOMPARE(ref.ownerApp(), QStringLiteral("fal-ai/kling-video"));
        QVERIFY(!QueueRef::fromRemoteId(QStringLiteral("no-requests-part")));
        QVERIFY(!QueueRef::fromRemoteId(QStringLiteral("single/requests/")));
        QVERIFY(!QueueRef::fromRemoteId(QStringLiteral("solo/requests/abc")));

        // Status, result and cancel drop the endpoint's subpath; the key is "Key ...", secret.
        const net::HttpRequest status = statusRequest(QStringLiteral("https://queue.fal.run"), ref, QStringLiteral("k1:s2"));
        QCOMPARE(status.url.toString(), QStringLiteral("https://queue.fal.run/fal-ai/kling-video/requests/5c1e0e39/status"));
        QCOMPARE(status.secretHeaders.value(0).second, QByteArray("Key k1:s2"));
        QVERIFY(status.headers.indexOf({QByteArray("Authorization"), QByteArray("Key k1:s2")}) < 0);
        QCOMPARE(resultRequest(QStringLiteral("https://queue.fal.run"), ref, QString()).url.path(),
                 QStringLiteral("/fal-ai/kling-video/requests/5c1e0e39"));
        const net::HttpRequest cancel = cancelRequest(QStringLiteral("https://queue.fal.run/"), ref, QString());
        QCOMPARE(cancel.method, net::HttpMethod::Put);
        QCOMPARE(cancel.url.path(), QStringLiteral("/fal-ai/kling-video/requests/5c1e0e39/cancel"));
        const net::HttpRequest submit = submitRequest(QStringLiteral("https://queue.fal.run"), ref.endpoint, "{}", QStringLiteral("k"));
        QCOMPARE(submit.url.toString(), QStringLiteral("https://queue.fal.run/fal-ai/kling-video/v2.5-turbo/pro/text-to-video"));
    }

    // Every endpoint of the catalogue's fal provider has a mapping that reads, and it fills in
    // every duration and size the catalogue offers for it (a model whose picker offered a size
    // its mapping lacks would fail only after the user pressed Generate).
    void catalogueEndpointsFillEveryOfferedSetting()
    {
        QStringList errors;
        const Catalogue c = Catalogue::defaults(&errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        const ProviderSpec *falSpec = c.provider(kCatalogueProvider);
        QVERIFY(falSpec);
        QCOMPARE(falSpec->kind, QStringLiteral("fal"));
        QCOMPARE(falSpec->baseUrl, kDefaultBaseUrl);
        QCOMPARE(falSpec->keyEnv, kDefaultKeyEnv);
        QVERIFY(falSpec->models.contains(QStringLiteral("fal-ai/kling-video/v2.5-turbo/pro/text-to-video")));
        QVERIFY(falSpec->models.contains(QStringLiteral("fal-ai/kling-video/v2.5-turbo/pro/image-to-video")));
        for (const QString &endpoint : falSpec->models) {
            QString error;
            const auto in = endpointInputs(falSpec->options, endpoint, &error);
            QVERIFY2(in, qPrintable(error));
            const ModelSpec *model = c.model(endpoint);
            QVERIFY2(model, qPrintable(endpoint));
            for (int seconds : model->durations)
                for (const VideoSize &size : model->sizes) {
                    const QJsonObject input = in->build(request(seconds, size.toString()),
                                                        in->takesImage() ? QStringLiteral("data:image/jpeg;base64,/9j/") : QString(),
                                                        QString(), &error);
                    QVERIFY2(!input.isEmpty(), qPrintable(endpoint + QStringLiteral(": ") + error));
                    QCOMPARE(input.value(in->durationField).toString(), QString::number(seconds));
                }
            if (!in->imageEndpoint.isEmpty())
                QVERIFY2(endpointInputs(falSpec->options, in->imageEndpoint, &error), qPrintable(error));
        }
    }

    void statusAnswers()
    {
        QueueStatus s = parseStatus("{\"status\":\"IN_QUEUE\",\"queue_position\":2,\"request_id\":\"x\"}");
        QCOMPARE(s.phase, QueueStatus::InQueue);
        QCOMPARE(s.queuePosition, 2);
        s = parseStatus("{\"status\":\"COMPLETED\",\"error\":\"blocked\",\"error_type\":\"content_policy_violation\"}");
        QCOMPARE(s.phase, QueueStatus::Completed);
        QCOMPARE(s.error, QStringLiteral("blocked"));
        QCOMPARE(parseStatus("nonsense").phase, QueueStatus::Unknown);
        QCOMPARE(parseRequestId("{\"request_id\":\"abc\",\"status\":\"IN_QUEUE\"}"), QStringLiteral("abc"));
        QCOMPARE(videoUrl("{\"video\":{\"url\":\"https://v3.fal.media/files/x/output.mp4\"}}", {QStringLiteral("video"), QStringLiteral("url")}),
                 QStringLiteral("https://v3.fal.media/files/x/output.mp4"));
        QCOMPARE(videoUrl("{\"images\":[]}", {QStringLiteral("video"), QStringLiteral("url")}), QString());
    }
};

QTEST_GUILESS_MAIN(TestFalInputs)
#include "tst_fal_inputs.moc"
