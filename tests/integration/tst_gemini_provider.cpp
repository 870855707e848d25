// The Gemini (Veo) provider against a fake Gemini API on 127.0.0.1: the operation's life, the
// request's shape, samples by URI and inline, safety blocks, quota and key errors, cut downloads.
#include "providers/gemini/GeminiProvider.h"
#include "support/FakeGeminiServer.h"
#include "support/FakeServerFixture.h"

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

    static constexpr const char *kModel = "veo-3.1-generate-preview";

    GenerationRequest request() const
    {
        GenerationRequest r;
        r.prompt = QStringLiteral("a paper boat in a gutter river");
        r.durationSec = 8;
        r.size = VideoSize{1280, 720};
        r.tier = QStringLiteral("standard");
        r.provider = QStringLiteral("test-gemini");
        r.model = QLatin1String(kModel);
        return r;
    }

    std::unique_ptr<GeminiProvider> provider(RemoteProviderFixture &f, FakeGeminiServer &server,
                                             const QJsonObject &options = fastRemoteOptions(), bool withKey = true)
    {
        if (withKey)
            f.keys.setKey(QStringLiteral("test-gemini"), QStringLiteral("test-gemini-key"), nullptr);
        return std::make_unique<GeminiProvider>(
            f.spec(QStringLiteral("gemini"), server.baseUrl(), {QLatin1String(kModel)}, options), f.deps());
    }

    static QByteArray fileBytes(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!sampleMp4().isEmpty(), "ffmpeg could not make the sample video");
    }

    void uriSampleWithConformingRequest()
    {
        RemoteProviderFixture f;
        FakeGeminiServer server;
        server.setPollsUntilDone(3);
        QVERIFY(server.listen());
        auto p = provider(f, server);
        ProviderSignals s(p.get());
        GenerationRequest r = request();
        r.imagePath = f.photo(800, 800, QStringLiteral("first.png"));
        r.lastFramePath = f.photo(640, 480, QStringLiteral("last.png"));
        r.negativePrompt = QStringLiteral("blurry");
        p->start(f.ticket(1, r));
        QVERIFY(s.waitFinished());
        QVERIFY2(s.succeededOnce(), qPrintable(s.failureMessage()));
        QVERIFY(s.acceptedId().startsWith(QLatin1String("models/veo-3.1-generate-preview/operations/")));
        QCOMPARE(fileBytes(s.result().output.videoPath), server.video());
        QVERIFY(QImage(s.result().output.thumbnailPath).width() > 0);
        QCOMPARE(server.createCount(), 1);
        QCOMPARE(server.downloadCount(), 1);
        for (const auto &req : server.http().requests())
            QCOMPARE(req.header("x-goog-api-key"), QByteArray("test-gemini-key"));

        const RecordedRequest *create = server.lastCreate();
        QCOMPARE(create->header("content-type"), QByteArray("application/json"));
        const QJsonObject body = QJsonDocument::fromJson(create->body).object();
        const QJsonObject instance = body.value(QStringLiteral("instances")).toArray().first().toObject();
        QCOMPARE(instance.value(QStringLiteral("prompt")).toString(), r.prompt);
        for (const char *frame : {"image", "lastFrame"}) {
            const QJsonObject image = instance.value(QLatin1String(frame)).toObject();
            QCOMPARE(image.value(QStringLiteral("mimeType")).toString(), QStringLiteral("image/jpeg"));
            const QImage decoded = QImage::fromData(QByteArray::fromBase64(image.value(QStringLiteral("bytesBase64Encoded")).toString().toLatin1()));
            QCOMPARE(decoded.size(), QSize(1280, 720));
        }
        const QJsonObject params = body.value(QStringLiteral("parameters")).toObject();
        QCOMPARE(params.value(QStringLiteral("aspectRatio")).toString(), QStringLiteral("16:9"));
        QCOMPARE(params.value(QStringLiteral("durationSeconds")).toInt(), 8);
        QCOMPARE(params.value(QStringLiteral("resolution")).toString(), QStringLiteral("720p"));
        QCOMPARE(params.value(QStringLiteral("negativePrompt")).toString(), QStringLiteral("blurry"));
    }

    void inlineSample()
    {
        RemoteProviderFixture f;
        FakeGeminiServer server;
        server.setResult(FakeGeminiServer::Result::Inline);
        QVERIFY(server.listen());
        auto p = provider(f, server);
        ProviderSignals s(p.get());
        GenerationRequest r = request();
        r.size = VideoSize{1080, 1920};
        p->start(f.ticket(2, r));
        QVERIFY(s.waitFinished());
        QVERIFY2(s.succeededOnce(), qPrintable(s.failureMessage()));
        QCOMPARE(fileBytes(s.result().output.videoPath), server.video());
        QCOMPARE(server.downloadCount(), 0);
        const QJsonObject params = QJsonDocument::fromJson(server.lastCreate()->body).object().value(QStringLiteral("parameters")).toObject();
        QCOMPARE(params.value(QStringLiteral("aspectRatio")).toString(), QStringLiteral("9:16"));
        QCOMPARE(params.value(QStringLiteral("resolution")).toString(), QStringLiteral("1080p"));
    }

    void safetyBlockReadsAsModerationWithReasons()
    {
        RemoteProviderFixture f;
        FakeGeminiServer server;
        server.setResult(FakeGeminiServer::Result::SafetyBlock);
        server.setSafetyReasons({QStringLiteral("Video contains a public figure.")});
        QVERIFY(server.listen());
        auto p = provider(f, server);
        ProviderSignals s(p.get());
        p->start(f.ticket(3, request()));
        QVERIFY(s.waitFinished());
        QCOMPARE(s.failureKind(), ErrorKind::Moderation);
        QCOMPARE(s.failureMessage(), QStringLiteral("Refused by the provider's safety filter: Video contains a public figure."));
    }

    void operationErrors_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("kind");
        QTest::newRow("quota") << 8 << "RESOURCE_EXHAUSTED" << int(ErrorKind::Quota);
        QTest::newRow("permission") << 7 << "PERMISSION_DENIED" << int(ErrorKind::Auth);
        QTest::newRow("argument") << 3 << "INVALID_ARGUMENT" << int(ErrorKind::InvalidInput);
        QTest::newRow("internal") << 13 << "INTERNAL" << int(ErrorKind::Server);
    }
    void operationErrors()
    {
        QFETCH(int, code);
        QFETCH(QString, status);
        QFETCH(int, kind);
        RemoteProviderFixture f;
        FakeGeminiServer server;
        server.setResult(FakeGeminiServer::Result::OperationError);
        server.setOperationError(code, QStringLiteral("details from Google"), status);
        QVERIFY(server.listen());
        auto p = provider(f, server);
        ProviderSignals s(p.get());
        p->start(f.ticket(4, request()));
        QVERIFY(s.waitFinished());
        QCOMPARE(int(s.failureKind()), kind);
        QVERIFY(s.failureMessage().contains(QLatin1String("details from Google")));
    }

    void rateLimitOnCreateIsWaitedOut()
    {
        RemoteProviderFixture f;
        FakeGeminiServer server;
        QVERIFY(server.listen());
        FakeResponse limited = FakeResponse::json(429, R"({"error":{"code":429,"message":"Resource has been exhausted (e.g. check quota).","status":"RESOURCE_EXHAUSTED"}})");
        limited.setHeader("retry-after-ms", "300");
        server.http().injectNext("POST", QStringLiteral(":predictLongRunning"), limited);
        auto p = provider(f, server);
        ProviderSignals s(p.get());
        QElapsedTimer timer;
        timer.start();
        p->start(f.ticket(5, request()));
        QVERIFY(s.waitFinished());
        QVERIFY2(s.succeededOnce(), qPrintable(s.failureMessage()));
        QVERIFY(timer.elapsed() >= 290);
        QCOMPARE(server.createCount(), 2);
    }

    void persistentRateLimitReadsAsQuota()
    {
        RemoteProviderFixture f;
        FakeGeminiServer server;
        QVERIFY(server.listen());
        server.http().injectNext("POST", QStringLiteral(":predictLongRunning"),
                                 FakeResponse::json(429, R"({"error":{"code":429,"message":"Quota exceeded for veo.","status":"RESOURCE_EXHAUSTED"}})"), 100);
        auto p = provider(f, server);
        ProviderSignals s(p.get());
        p->start(f.ticket(6, request()));
        QVERIFY(s.waitFinished());
        QCOMPARE(s.failureKind(), ErrorKind::Quota);
        QVERIFY(s.failureMessage().contains(QLatin1String("Quota exceeded for veo.")));
        QCOMPARE(server.createCount(), p->timing().retry.maxAttempts);
    }

    void invalidKeyReadsAsAuth()
    {
        RemoteProviderFixture f;
        FakeGeminiServer server;
        server.setKey(QStringLiteral("the-right-key"));
        QVERIFY(server.listen());
        auto p = provider(f, server);
        ProviderSignals s(p.get());
        p->start(f.ticket(7, request()));
        QVERIFY(s.waitFinished());
        QCOMPARE(s.failureKind(), ErrorKind::Auth);
        QVERIFY(s.failureMessage().contains(QLatin1String("API key")));
        QCOMPARE(server.createCount(), 1);
    }

    void missingKeyFailsBeforeSending()
    {
        RemoteProviderFixture f;
        FakeGeminiServer server;
        QVERIFY(server.listen());
        auto p = provider(f, server, fastRemoteOptions(), false);
        ProviderSignals s(p.get());
        p->start(f.ticket(8, request()));
        QVERIFY(s.waitFinished());
        QCOMPARE(s.failureKind(), ErrorKind::Auth);
        QCOMPARE(server.http().requests().size(), 0);
    }

    void cutDownloadResumes()
    {
        RemoteProviderFixture f;
        FakeGeminiServer server;
        server.setCutDownloadOnce(1000);
        QVERIFY(server.listen());
        auto p = provider(f, server);
        ProviderSignals s(p.get());
        p->start(f.ticket(9, request()));
        QVERIFY(s.waitFinished());
        QVERIFY2(s.succeededOnce(), qPrintable(s.failureMessage()));
        QCOMPARE(fileBytes(s.result().output.videoPath), server.video());
        QCOMPARE(server.downloadCount(), 2);
        QCOMPARE(server.http().requests().last().header("range"), QByteArray("bytes=1000-"));
    }

    void progressIsUnknownWithALearnedEta()
    {
        RemoteProviderFixture f;
        f.eta->record(QStringLiteral("test-gemini/veo-3.1-generate-preview/8s/1280x720"), 90);
        f.eta->record(QStringLiteral("test-gemini/veo-3.1-generate-preview/8s/1280x720"), 110);
        FakeGeminiServer server;
        server.setPollsUntilDone(3);
        QVERIFY(server.listen());
        auto p = provider(f, server);
        ProviderSignals s(p.get());
        p->start(f.ticket(10, request()));
        QVERIFY(s.waitFinished());
        QVERIFY2(s.succeededOnce(), qPrintable(s.failureMessage()));
        QCOMPARE(s.percents().first(), -1);
        QVERIFY2(s.etas().first() >= 99 && s.etas().first() <= 100, qPrintable(QString::number(s.etas().first())));
        // This job's own (short) time is learned for the next one.
        QVERIFY(*f.eta->expectedSec(QStringLiteral("test-gemini/veo-3.1-generate-preview/8s/1280x720")) < 100);
    }

    void resumesTheOperation()
    {
        RemoteProviderFixture f;
        FakeGeminiServer server;
        server.setPollsUntilDone(5);
        QVERIFY(server.listen());
        QString name;
        {
            auto first = provider(f, server);
            ProviderSignals s(first.get());
            first->start(f.ticket(11, request()));
            QTRY_VERIFY_WITH_TIMEOUT(s.accepted.count() == 1, 10000);
            name = s.acceptedId();
        }
        auto second = provider(f, server);
        ProviderSignals s(second.get());
        second->start(f.ticket(11, request(), name));
        QVERIFY(s.waitFinished());
        QVERIFY2(s.succeededOnce(), qPrintable(s.failureMessage()));
        QCOMPARE(server.createCount(), 1);
    }

    void forgottenOperationIsLost()
    {
        RemoteProviderFixture f;
        FakeGeminiServer server;
        QVERIFY(server.listen());
        auto p = provider(f, server);
        ProviderSignals s(p.get());
        p->start(f.ticket(12, request(), QStringLiteral("models/veo-3.1-generate-preview/operations/gone")));
        QVERIFY(s.waitFinished());
        QCOMPARE(s.failureKind(), ErrorKind::Server);
        QVERIFY(s.failureMessage().contains(QLatin1String("lost this job")));
        QCOMPARE(server.createCount(), 0);
    }

    void listsVeoModels()
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
        QCOMPARE(ids, QStringList({QStringLiteral("veo-3.1-generate-preview"), QStringLiteral("veo-3.0-fast-generate-001")}));
    }
};

QTEST_GUILESS_MAIN(TestGeminiProvider)
#include "tst_gemini_provider.moc"
