// The Google provider (Gemini Omni through the Interactions API) against a strict fake on
// 127.0.0.1: the request's shape, inline and URI results, edits by previous interaction id,
// cancel on the service, safety blocks, key and quota errors, 500s, resumption, and Veo refused
// before any request.
#include "providers/gemini/GeminiProvider.h"
#include "support/FakeGeminiServer.h"
#include "support/FakeServerFixture.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace rc;
using namespace rc::test;

class TestGeminiProvider : public QObject
{
    Q_OBJECT

    static constexpr const char *kModel = "gemini-omni-1.1-flash";

    GenerationRequest request() const
    {
        GenerationRequest r;
        r.prompt = QStringLiteral("a paper boat in a gutter river");
        r.durationSec = 6;
        r.size = VideoSize{1280, 720};
        r.tier = QStringLiteral("standard");
        r.provider = QStringLiteral("test-gemini");
        r.model = QLatin1String(kModel);
        return r;
    }

    QString answersDir(RemoteProviderFixture &f) const { return f.dir.filePath(QStringLiteral("answers")); }

    std::unique_ptr<GeminiProvider> provider(RemoteProviderFixture &f, FakeGeminiServer &server,
                                             QJsonObject options = fastRemoteOptions(), bool withKey = true)
    {
        if (withKey)
            f.keys.setKey(QStringLiteral("test-gemini"), QStringLiteral("test-gemini-key"), nullptr);
        options.insert(QStringLiteral("usdPerMillionVideoTokens"), 17.5);
        return std::make_unique<GeminiProvider>(
            f.spec(QStringLiteral("gemini"), server.baseUrl(), {QLatin1String(kModel)}, options), f.deps(), answersDir(f));
    }

    static QByteArray fileBytes(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static QByteArray otherVideo()
    {
        QByteArray v = sampleMp4();
        // Still a valid MP4 (a free box at the end), but not the same bytes.
        v.append(QByteArray::fromHex("0000000c66726565") + QByteArray("edit"));
        return v;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!sampleMp4().isEmpty(), "ffmpeg could not make the sample video");
    }

    void textToVideoInline()
    {
        RemoteProviderFixture f;
        FakeGeminiServer server;
        server.setPollsUntilDone(3);
        QVERIFY(server.listen());
        auto p = provider(f, server);
        ProviderSignals s(p.get());
        p->start(f.ticket(1, request()));
        QVERIFY(s.waitFinished());
        QVERIFY2(s.succeededOnce(), qPrintable(s.failureMessage()));
        QVERIFY(s.acceptedId().startsWith(QLatin1String("v1_")));
        QCOMPARE(fileBytes(s.result().output.videoPath), server.video());
        QVERIFY(QImage(s.result().output.thumbnailPath).width() > 0);
        QCOMPARE(server.createCount(), 1);
        QCOMPARE(server.downloadCount(), 0);
        QVERIFY2(server.refusals().isEmpty(), qPrintable(server.refusals().join('\n')));
        for (const auto &req : server.http().requests())
            QCOMPARE(req.header("x-goog-api-key"), QByteArray("test-gemini-key"));
        const QJsonObject body = server.lastCreateBody();
        QCOMPARE(body.value(QStringLiteral("model")).toString(), QLatin1String(kModel));
        QCOMPARE(body.value(QStringLiteral("background")).toBool(), true);
        QCOMPARE(body.value(QStringLiteral("response_format")).toObject().value(QStringLiteral("duration")).toString(), QStringLiteral("6s"));
        // 6 s x 5,792 video tokens at $17.50 a million, as the service counted them.
        QVERIFY(s.result().reportedCost);
        QCOMPARE(s.result().reportedCost->micros(), qint64(6 * 5792 * 17.5));
        // Nothing of the streamed answer is left behind.
        QVERIFY(QDir(answersDir(f)).entryList(QDir::Files).isEmpty());
        QVERIFY(!QFile::exists(s.result().output.videoPath + QStringLiteral(".part")));
    }

    void photoToVideoSendsTheFittedPhoto()
    {
        RemoteProviderFixture f;
        FakeGeminiServer server;
        server.setEscapedBase64(true);
        QVERIFY(server.listen());
        auto p = provider(f, server);
        ProviderSignals s(p.get());
        GenerationRequest r = request();
        r.size = VideoSize{720, 1280};
        r.imagePath = f.photo(800, 600, QStringLiteral("first.png"));
        p->start(f.ticket(2, r));
        QVERIFY(s.waitFinished());
        QVERIFY2(s.succeededOnce(), qPrintable(s.failureMessage()));
        QCOMPARE(fileBytes(s.result().output.videoPath), server.video());
        const QJsonObject body = server.lastCreateBody();
        const QJsonArray input = body.value(QStringLiteral("input")).toArray();
        QCOMPARE(input.size(), 2);
        const QJsonObject image = input[0].toObject();
        QCOMPARE(image.value(QStringLiteral("type")).toString(), QStringLiteral("image"));
        QCOMPARE(image.value(QStringLiteral("mime_type")).toString(), QStringLiteral("image/jpeg"));
        QCOMPARE(QImage::fromData(QByteArray::fromBase64(image.value(QStringLiteral("data")).toString().toLatin1())).size(), QSize(720, 1280));
        QCOMPARE(input[1].toObject().value(QStringLiteral("text")).toString(), r.prompt);
        const QJsonObject format = body.value(QStringLiteral("response_format")).toObject();
        QCOMPARE(format.value(QStringLiteral("aspect_ratio")).toString(), QStringLiteral("9:16"));
        QCOMPARE(body.value(QStringLiteral("generation_config")).toObject().value(QStringLiteral("video_config")).toObject()
                     .value(QStringLiteral("task")).toString(), QStringLiteral("image_to_video"));
    }

    void uriResultWaitsForTheFileThenDownloads()
    {
        RemoteProviderFixture f;
        FakeGeminiServer server;
        server.setResult(FakeGeminiServer::Result::Uri);
        server.setFileReadsUntilActive(2);
        QVERIFY(server.listen());
        QJsonObject options = fastRemoteOptions();
        options.insert(QStringLiteral("delivery"), QStringLiteral("uri"));
        auto p = provider(f, server, options);
        ProviderSignals s(p.get());
        p->start(f.ticket(3, request()));
        QVERIFY(s.waitFinished());
        QVERIFY2(s.succeededOnce(), qPrintable(s.failureMessage()));
        QCOMPARE(fileBytes(s.result().output.videoPath), server.video());
        QCOMPARE(server.lastCreateBody().value(QStringLiteral("response_format")).toObject().value(QStringLiteral("delivery")).toString(),
                 QStringLiteral("uri"));
        QCOMPARE(server.fileStateCount(), 3); // PROCESSING, PROCESSING, ACTIVE
        QCOMPARE(server.downloadCount(), 1);
        QVERIFY2(server.refusals().isEmpty(), qPrintable(server.refusals().join('\n')));
    }

    void aUriPollMayStillCarryTheVideoInline()
    {
        RemoteProviderFixture f;
        FakeGeminiServer server;
        server.setResult(FakeGeminiServer::Result::Uri);
        server.setUriPollsInline(true);
        QVERIFY(server.listen());
        QJsonObject options = fastRemoteOptions();
        options.insert(QStringLiteral("delivery"), QStringLiteral("uri"));
        auto p = provider(f, server, options);
        ProviderSignals s(p.get());
        p->start(f.ticket(4, request()));
        QVERIFY(s.waitFinished());
        QVERIFY2(s.succeededOnce(), qPrintable(s.failureMessage()));
        QCOMPARE(fileBytes(s.result().output.videoPath), server.video());
        QCOMPARE(server.downloadCount(), 0);
    }

    void editNamesThePreviousInteraction()
    {
        RemoteProviderFixture f;
        FakeGeminiServer server;
        server.setEditVideo(otherVideo());
        QVERIFY(server.listen());
        auto p = provider(f, server);
        QString firstId;
        {
            ProviderSignals s(p.get());
            p->start(f.ticket(5, request()));
            QVERIFY(s.waitFinished());
            QVERIFY2(s.succeededOnce(), qPrintable(s.failureMessage()));
            firstId = s.acceptedId();
        }
        ProviderSignals s(p.get());
        GenerationRequest edit = request();
        edit.prompt = QStringLiteral("now it snows. Keep everything else the same.");
        edit.remixOf = firstId;
        edit.parentJobId = 5;
        p->start(f.ticket(6, edit));
        QVERIFY(s.waitFinished());
        QVERIFY2(s.succeededOnce(), qPrintable(s.failureMessage()));
        QVERIFY(s.acceptedId() != firstId);
        QCOMPARE(fileBytes(s.result().output.videoPath), server.editVideo());
        const QJsonObject body = server.lastCreateBody();
        QCOMPARE(body.value(QStringLiteral("previous_interaction_id")).toString(), firstId);
        QCOMPARE(body.value(QStringLiteral("input")).toArray().size(), 1);
        QCOMPARE(body.value(QStringLiteral("input")).toArray()[0].toObject().value(QStringLiteral("text")).toString(), edit.prompt);
        QCOMPARE(server.createCount(), 2);
        QVERIFY2(server.refusals().isEmpty(), qPrintable(server.refusals().join('\n')));
    }

    void cancelStopsTheInteractionOnTheService()
    {
        RemoteProviderFixture f;
        FakeGeminiServer server;
        server.setPollsUntilDone(1000000);
        QVERIFY(server.listen());
        auto p = provider(f, server);
        ProviderSignals s(p.get());
        p->start(f.ticket(7, request()));
        QTRY_VERIFY_WITH_TIMEOUT(server.pollCount() >= 1, 10000);
        p->cancel(7);
        QVERIFY(s.waitFinished());
        QCOMPARE(s.failureKind(), ErrorKind::Cancelled);
        QTRY_COMPARE_WITH_TIMEOUT(server.cancelCount(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(server.statusOf(s.acceptedId()), QStringLiteral("cancelled"), 10000);
    }

    void safetyBlockSaysThePromptWasRefused()
    {
        RemoteProviderFixture f;
        FakeGeminiServer server;
        server.setResult(FakeGeminiServer::Result::SafetyBlock);
        QVERIFY(server.listen());
        auto p = provider(f, server);
        ProviderSignals s(p.get());
        p->start(f.ticket(8, request()));
        QVERIFY(s.waitFinished());
        QCOMPARE(s.failureKind(), ErrorKind::Moderation);
        QVERIFY2(s.failureMessage().contains(QLatin1String("safety filters refused the prompt or photo")), qPrintable(s.failureMessage()));
        QVERIFY(QDir(answersDir(f)).entryList(QDir::Files).isEmpty());
    }

    void wrongKeySaysSo()
    {
        RemoteProviderFixture f;
        FakeGeminiServer server;
        server.setKey(QStringLiteral("the-right-key"));
        QVERIFY(server.listen());
        auto p = provider(f, server);
        ProviderSignals s(p.get());
        p->start(f.ticket(9, request()));
        QVERIFY(s.waitFinished());
        QCOMPARE(s.failureKind(), ErrorKind::Auth);
        QVERIFY(s.failureMessage().contains(QLatin1String("rejected the API key")));
        QCOMPARE(server.createCount(), 1);
    }

    void missingKeyFailsBeforeSending()
    {
        RemoteProviderFixture f;
        FakeGeminiServer server;
        QVERIFY(server.listen());
        auto p = provider(f, server, fastRemoteOptions(), false);
        ProviderSignals s(p.get());
        p->start(f.ticket(10, request()));
        QVERIFY(s.waitFinished());
        QCOMPARE(s.failureKind(), ErrorKind::Auth);
        QCOMPARE(server.http().requests().size(), 0);
    }

    void rateLimitOnCreateIsWaitedOut()
    {
        RemoteProviderFixture f;
        FakeGeminiServer server;
        QVERIFY(server.listen());
        // As Google sends it: no Retry-After header, the wait in a RetryInfo detail of the body.
        const FakeResponse limited = FakeResponse::json(
            429, R"({"error":{"code":429,"message":"Resource has been exhausted (e.g. check quota).","status":"RESOURCE_EXHAUSTED",)"
                 R"("details":[{"@type":"type.googleapis.com/google.rpc.RetryInfo","retryDelay":"0.3s"}]}})");
        server.http().injectNext("POST", QStringLiteral("/v1beta/interactions"), limited);
        auto p = provider(f, server);
        ProviderSignals s(p.get());
        QElapsedTimer timer;
        timer.start();
        p->start(f.ticket(11, request()));
        QVERIFY(s.waitFinished());
        QVERIFY2(s.succeededOnce(), qPrintable(s.failureMessage()));
        QVERIFY(timer.elapsed() >= 290); // the body's wait, not the 10-40 ms backoff
        QCOMPARE(server.createCount(), 2);
    }

    void persistentRateLimitReadsAsQuota()
    {
        RemoteProviderFixture f;
        FakeGeminiServer server;
        QVERIFY(server.listen());
        server.http().injectNext("POST", QStringLiteral("/v1beta/interactions"),
                                 FakeResponse::json(429, R"({"error":{"code":429,"message":"Quota exceeded for omni.","status":"RESOURCE_EXHAUSTED"}})"), 100);
        auto p = provider(f, server);
        ProviderSignals s(p.get());
        p->start(f.ticket(12, request()));
        QVERIFY(s.waitFinished());
        QCOMPARE(s.failureKind(), ErrorKind::Quota);
        QVERIFY(s.failureMessage().contains(QLatin1String("Quota exceeded for omni.")));
        QCOMPARE(server.createCount(), p->timing().retry.maxAttempts);
    }

    void serverErrorsWhilePollingAreWaitedOut()
    {
        RemoteProviderFixture f;
        FakeGeminiServer server;
        QVERIFY(server.listen());
        server.http().injectNext("GET", QStringLiteral("/v1beta/interactions/"),
                                 FakeResponse::json(500, R"({"error":{"code":500,"message":"Internal error encountered.","status":"INTERNAL"}})"), 2);
        auto p = provider(f, server);
        ProviderSignals s(p.get());
        p->start(f.ticket(13, request()));
        QVERIFY(s.waitFinished());
        QVERIFY2(s.succeededOnce(), qPrintable(s.failureMessage()));
        QCOMPARE(server.createCount(), 1);
    }

    void resumesTheInteractionWithoutCreatingAgain()
    {
        RemoteProviderFixture f;
        FakeGeminiServer server;
        server.setPollsUntilDone(5);
        QVERIFY(server.listen());
        QString id;
        {
            auto first = provider(f, server);
            ProviderSignals s(first.get());
            first->start(f.ticket(14, request()));
            QTRY_VERIFY_WITH_TIMEOUT(s.accepted.count() == 1, 10000);
            id = s.acceptedId();
        }
        auto second = provider(f, server);
        ProviderSignals s(second.get());
        second->start(f.ticket(14, request(), id));
        QVERIFY(s.waitFinished());
        QVERIFY2(s.succeededOnce(), qPrintable(s.failureMessage()));
        QCOMPARE(server.createCount(), 1);
    }

    void veoIsRefusedBeforeAnyRequest()
    {
        RemoteProviderFixture f;
        FakeGeminiServer server;
        QVERIFY(server.listen());
        auto p = provider(f, server);
        ProviderSignals s(p.get());
        GenerationRequest r = request();
        r.model = QStringLiteral("veo-3.1-generate-preview");
        p->start(f.ticket(15, r));
        QVERIFY(s.waitFinished());
        QCOMPARE(s.failureKind(), ErrorKind::InvalidInput);
        QVERIFY2(s.failureMessage().contains(QLatin1String("2026-10-22")), qPrintable(s.failureMessage()));
        QVERIFY(s.failureMessage().contains(QLatin1String("gemini-omni-1.1-flash")));
        QCOMPARE(server.http().requests().size(), 0);
        QCOMPARE(server.veoCallCount(), 0);
    }

    void aModelTheServiceRetiredReadsAsRetired()
    {
        RemoteProviderFixture f;
        FakeGeminiServer server;
        QVERIFY(server.listen());
        server.http().injectNext("POST", QStringLiteral("/v1beta/interactions"),
                                 FakeResponse::json(404, R"({"error":{"code":404,"message":"models/gemini-omni-1.1-flash is no longer available.","status":"NOT_FOUND"}})"));
        auto p = provider(f, server);
        ProviderSignals s(p.get());
        p->start(f.ticket(16, request()));
        QVERIFY(s.waitFinished());
        QCOMPARE(s.failureKind(), ErrorKind::InvalidInput);
        QVERIFY2(s.failureMessage().contains(QLatin1String("retired")), qPrintable(s.failureMessage()));
    }

    void listsOmniModels()
    {
        RemoteProviderFixture f;
        FakeGeminiServer server;
        QVERIFY(server.listen());
        auto p = provider(f, server);
        QStringList ids;
        bool answered = false;
        p->listModels([&](const QStringList &models, const std::optional<net::Failure> &failure) {
            answered = !failure;
            ids = models;
        });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
        QCOMPARE(ids, QStringList({QStringLiteral("gemini-omni-1.1-flash"), QStringLiteral("gemini-omni-flash-preview")}));
    }
};

QTEST_GUILESS_MAIN(TestGeminiProvider)
#include "tst_gemini_provider.moc"
