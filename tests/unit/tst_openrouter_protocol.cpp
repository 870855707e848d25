// OpenRouter's wire format without a network: the video-models list becomes model specs (durations,
// sizes from exact sizes or from resolution x aspect ratio, frame inputs, an estimated price), a
// request becomes a create body with only documented fields, and job answers are read whatever
// form the service sends.
#include "providers/openrouter/OpenRouterProtocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace rc;
using namespace rc::openrouter;

class TestOpenRouterProtocol : public QObject
{
    Q_OBJECT

    static QByteArray modelsBody()
    {
        return "{\"data\":["
            "          {\"id\":\"google/veo-3.1\",\"name\":\"Google: Veo 3.1\",\"supported_durations\":[4,6,8],"
            "           \"supported_resolutions\":[\"720p\",\"1080p\"],\"supported_aspect_ratios\":[\"16:9\",\"9:16\"],"
            "           \"supported_sizes\":[\"1280x720\",\"720x1280\",\"1920x1080\",\"1080x1920\"],"
            "           \"supported_frame_images\":[\"first_frame\",\"last_frame\"],\"generate_audio\":true,\"seed\":true,"
            "           \"pricing_skus\":{\"duration_seconds_with_audio\":\"0.40\",\"duration_seconds_without_audio\":\"0.20\"}},"
            "          {\"id\":\"alibaba/wan-2.6\",\"name\":\"Alibaba: Wan 2.6\",\"supported_durations\":[5,10,15],"
            "           \"supported_resolutions\":[\"720p\",\"1080p\"],\"supported_aspect_ratios\":[\"16:9\",\"1:1\"],"
            "           \"supported_sizes\":null,\"supported_frame_images\":[\"first_frame\"],\"generate_audio\":true,\"seed\":null,"
            "           \"pricing_skus\":{\"cents_per_second_output_720p\":\"12\"}},"
            "          {\"id\":\"text/only\",\"supported_durations\":[8],\"supported_resolutions\":[\"720p\"],"
            "           \"supported_aspect_ratios\":[\"16:9\"],\"supported_frame_images\":null,\"generate_audio\":false,"
            "           \"pricing_skus\":{\"video_tokens\":\"0.000007\"}},"
            "          {\"id\":\"flat/per-clip\",\"supported_durations\":[5,10],\"supported_resolutions\":[\"720p\"],"
            "           \"supported_aspect_ratios\":[\"16:9\"],\"pricing_skus\":{\"per_video\":\"1.00\"}},"
            "          {\"id\":\"broken/no-durations\",\"supported_durations\":null,\"supported_sizes\":[\"1280x720\"]},"
            "          {\"id\":\"broken/odd-sizes\",\"supported_durations\":[4],\"supported_resolutions\":[\"4K\"],"
            "           \"supported_aspect_ratios\":[\"2:1\"]},"
            "          {\"name\":\"no id at all\"}"
            "        ]}";
    }

    static const ListedModel *find(const QList<ListedModel> &models, const QString &id)
    {
        for (const auto &m : models)
            if (m.spec.id == id)
                return &m;
        return nullptr;
    }

private Q_SLOTS:
    void modelListBecomesSpecs()
    {
        QStringList problems;
        const auto models = parseVideoModels(modelsBody(), &problems);
        QCOMPARE(models.size(), 4);
        const ListedModel *veo = find(models, QStringLiteral("google/veo-3.1"));
        QVERIFY(veo);
        QCOMPARE(veo->spec.label, QStringLiteral("Google: Veo 3.1"));
        QCOMPARE(veo->spec.durations, (QList<int>{4, 6, 8}));
        QCOMPARE(veo->spec.sizes.size(), 4);
        QVERIFY(veo->spec.offersSize(VideoSize{1080, 1920}));
        QVERIFY(veo->spec.imageInput && veo->spec.lastFrameInput && veo->spec.audio);
        QVERIFY(veo->traits.sendsSize && veo->traits.seed && veo->traits.lastFrame);
        // The dearer SKU is the estimate (the bill is usage.cost).
        const auto veoPrice = veo->spec.pricePerSecond(VideoSize{1280, 720}, QStringLiteral("standard"));
        QVERIFY(veoPrice && *veoPrice == Money::fromCents(40));

        const ListedModel *wan = find(models, QStringLiteral("alibaba/wan-2.6"));
        QVERIFY(wan);
        // No exact sizes: resolution x aspect ratio, sent back as that pair.
        QVERIFY(wan->spec.offersSize(VideoSize{1280, 720}));
        QVERIFY(wan->spec.offersSize(VideoSize{1080, 1080}));
        QVERIFY(!wan->spec.offersSize(VideoSize{720, 1280}));
        QVERIFY(!wan->traits.sendsSize && !wan->traits.seed && !wan->spec.lastFrameInput && wan->spec.imageInput);
        const auto wanPrice = wan->spec.pricePerSecond(VideoSize{1280, 720}, QStringLiteral("standard"));
        QVERIFY(wanPrice && *wanPrice == Money::fromCents(12));

        const ListedModel *text = find(models, QStringLiteral("text/only"));
        QVERIFY(text && !text->spec.imageInput && !text->spec.audio && !text->traits.audio);
        QVERIFY(veo->traits.audio && wan->traits.audio);
        // Priced in tokens, which cannot be estimated: never free, the dearest listed rate.
        const auto textPrice = text->spec.pricePerSecond(VideoSize{1280, 720}, QStringLiteral("standard"));
        QVERIFY(textPrice && *textPrice == Money::fromCents(40));
        // $1 a clip, shortest 5 s: $0.20 a second, so a 5 s clip estimates at the bill.
        const ListedModel *flat = find(models, QStringLiteral("flat/per-clip"));
        QVERIFY(flat);
        const auto flatPrice = flat->spec.pricePerSecond(VideoSize{1280, 720}, QStringLiteral("standard"));
        QVERIFY2(flatPrice && *flatPrice == Money::fromCents(20), qPrintable(flatPrice ? flatPrice->toDecimalString() : QString()));

        QCOMPARE(problems.size(), 2);
        QVERIFY(problems.join(QLatin1Char('\n')).contains(QLatin1String("broken/no-durations")));
        QVERIFY(problems.join(QLatin1Char('\n')).contains(QLatin1String("broken/odd-sizes")));
    }

    void garbageListsNothing()
    {
        QStringList problems;
        QVERIFY(parseVideoModels("<html>hello</html>", &problems).isEmpty());
        QVERIFY(parseVideoModels("{\"data\":\"nope\"}", &problems).isEmpty());
        QVERIFY(parseVideoModels("{\"data\":[{\"id\":7,\"supported_durations\":[\"4\"]}]}", &problems).isEmpty());
    }

    void durationsPastAnyClipAreLeftOut()
    {
        // Numbers past an int's range, fractions and negatives: only the whole, sane seconds stay.
        QStringList problems;
        const QList<ListedModel> models = parseVideoModels(R"({"data":[
            {"id":"acme/a","supported_durations":[1e10,4294967296,-4,4.5,6],"supported_sizes":["1280x720"]},
            {"id":"acme/b","supported_durations":[1e300,7200],"supported_sizes":["1280x720"]}]})", &problems);
        QCOMPARE(models.size(), 1);
        QCOMPARE(models.first().spec.durations, QList<int>{6});
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().startsWith(QLatin1String("acme/b")));
    }

    void createBodyHasOnlyDocumentedFields()
    {
        GenerationRequest r;
        r.prompt = QStringLiteral("The lighthouse beam sweeps through fog");
        r.durationSec = 6;
        r.size = VideoSize{720, 1280};
        r.withAudio = true;
        r.seed = 42;
        WireTraits veo;
        veo.sendsSize = true;
        veo.seed = true;
        veo.lastFrame = true;
        veo.audio = true;
        QJsonObject body = createBody(r, QStringLiteral("google/veo-3.1"), veo, QStringLiteral("data:image/jpeg;base64,AAAA"),
                                      QStringLiteral("data:image/jpeg;base64,BBBB"));
        QCOMPARE(body.value(QStringLiteral("model")).toString(), QStringLiteral("google/veo-3.1"));
        QVERIFY(body.value(QStringLiteral("duration")).isDouble());
        QCOMPARE(body.value(QStringLiteral("duration")).toInt(), 6);
        QCOMPARE(body.value(QStringLiteral("size")).toString(), QStringLiteral("720x1280"));
        QVERIFY(!body.contains(QStringLiteral("resolution")) && !body.contains(QStringLiteral("aspect_ratio")));
        QCOMPARE(body.value(QStringLiteral("seed")).toInt(), 42);
        QCOMPARE(body.value(QStringLiteral("generate_audio")).toBool(), true);
        const QJsonArray frames = body.value(QStringLiteral("frame_images")).toArray();
        QCOMPARE(frames.size(), 2);
        QCOMPARE(frames[0].toObject().value(QStringLiteral("frame_type")).toString(), QStringLiteral("first_frame"));
        QCOMPARE(frames[0].toObject().value(QStringLiteral("type")).toString(), QStringLiteral("image_url"));
        QCOMPARE(frames[0].toObject().value(QStringLiteral("image_url")).toObject().value(QStringLiteral("url")).toString(),
                 QStringLiteral("data:image/jpeg;base64,AAAA"));
        QCOMPARE(frames[1].toObject().value(QStringLiteral("frame_type")).toString(), QStringLiteral("last_frame"));
        const QStringList allowed{QStringLiteral("model"), QStringLiteral("prompt"), QStringLiteral("duration"),
                                  QStringLiteral("size"), QStringLiteral("resolution"), QStringLiteral("aspect_ratio"),
                                  QStringLiteral("generate_audio"), QStringLiteral("seed"), QStringLiteral("frame_images")};
        for (const QString &key : body.keys())
            QVERIFY2(allowed.contains(key), qPrintable(key));

        // A model without exact sizes or a seed: resolution and aspect ratio, no seed, no last frame.
        WireTraits wan;
        r.size = VideoSize{1280, 720};
        body = createBody(r, QStringLiteral("alibaba/wan-2.6"), wan, QString(), QStringLiteral("data:image/jpeg;base64,BBBB"));
        QCOMPARE(body.value(QStringLiteral("resolution")).toString(), QStringLiteral("720p"));
        QCOMPARE(body.value(QStringLiteral("aspect_ratio")).toString(), QStringLiteral("16:9"));
        QVERIFY(!body.contains(QStringLiteral("size")));
        QVERIFY(!body.contains(QStringLiteral("seed")));
        QVERIFY(!body.contains(QStringLiteral("frame_images")));
        QVERIFY(!body.contains(QStringLiteral("generate_audio"))); // a silent model is not asked for sound
    }

    void jobAnswersAreRead()
    {
        auto job = parseJob("{\"id\":\"gen-vid-1-a\",\"status\":\"completed\",\"polling_url\":\"/api/v1/videos/gen-vid-1-a\","
            "            \"unsigned_urls\":[\"https://openrouter.ai/api/v1/videos/gen-vid-1-a/content?index=0\"],"
            "            \"urls\":[\"https://storage.example/v/a.mp4?sig=x\"],\"usage\":{\"cost\":1.6731,\"is_byok\":false}}");
        QVERIFY(job);
        QCOMPARE(job->status, QStringLiteral("completed"));
        QCOMPARE(job->unsignedUrls.size(), 1);
        QCOMPARE(job->urls.value(0), QStringLiteral("https://storage.example/v/a.mp4?sig=x"));
        QVERIFY(job->costUsd && qFuzzyCompare(*job->costUsd, 1.6731));

        job = parseJob("{\"id\":\"x\",\"status\":\"failed\",\"error\":\"Request was blocked by the provider\\u0027s content policy\"}");
        QVERIFY(job && job->error.contains(QLatin1String("content policy")) && !job->costUsd);
        job = parseJob("{\"id\":\"x\",\"status\":\"failed\",\"error\":{\"message\":\"out of capacity\"}}");
        QVERIFY(job && job->error == QLatin1String("out of capacity"));
        QVERIFY(!parseJob("not json"));
        QVERIFY(!parseJob("{\"id\":\"x\"}"));
        job = parseJob("{\"id\":\"x\",\"status\":\"completed\",\"usage\":{\"cost\":\"1.2\"}}");
        QVERIFY(job && !job->costUsd); // a cost as text is not trusted as the bill
    }

    void standardSizesRoundTrip()
    {
        QString resolution, aspect;
        QVERIFY(resolutionAndAspect(VideoSize{1080, 1920}, &resolution, &aspect));
        QCOMPARE(resolution, QStringLiteral("1080p"));
        QCOMPARE(aspect, QStringLiteral("9:16"));
        const auto back = sizeFor(resolution, aspect);
        QVERIFY(back && *back == (VideoSize{1080, 1920}));
        QVERIFY(!sizeFor(QStringLiteral("4K"), QStringLiteral("16:9")));
        QVERIFY(!resolutionAndAspect(VideoSize{1000, 1000}, &resolution, &aspect));
    }
};

QTEST_GUILESS_MAIN(TestOpenRouterProtocol)
#include "tst_openrouter_protocol.moc"
