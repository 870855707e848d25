// The Videos API provider against a fake /v1/videos server on 127.0.0.1: the whole job life,
// the request's shape, and each way the server can misbehave.
#include "providers/videosapi/VideosApiProvider.h"
#include "support/FakeServerFixture.h"
#include "support/FakeVideosApiServer.h"

#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QTest>

using namespace rc;
using namespace rc::test;

class TestVideosApiProvider : public QObject
{
    Q_OBJECT

    GenerationRequest request(const QString &prompt = QStringLiteral("a lighthouse in a storm")) const
    {
        GenerationRequest r;
        r.prompt = prompt;
        r.durationSec = 8;
        r.size = VideoSize{1280, 720};
        r.tier = QStringLiteral("standard");
        r.provider = QStringLiteral("test-videos-api");
        r.model = QStringLiteral("sora-2");
        return r;
    }

    std::unique_ptr<VideosApiProvider> provider(RemoteProviderFixture &f, FakeVideosApiServer &server,
                                                const QJsonObject &options = fastRemoteOptions())
    {
        return std::make_unique<VideosApiProvider>(
            f.spec(QStringLiteral("videos-api"), server.baseUrl(), {QStringLiteral("sora-2")}, options), f.deps());
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

    void completesAndSendsConformingMultipart()
    {
        RemoteProviderFixture f;
        f.keys.setKey(QStringLiteral("test-videos-api"), QStringLiteral("sk-test-1234567890abcdef"), nullptr);
        FakeVideosApiServer server;
        server.setRequiredKey(QStringLiteral("sk-test-1234567890abcdef"));
        server.setPollsUntilDone(4);
        server.setThumbnails(true);
        QVERIFY(server.listen());
        auto p = provider(f, server, fastRemoteOptions({{QStringLiteral("thumbnail"), true}}));
        ProviderSignals s(p.get());
        p->start(f.ticket(1, request()));
        QVERIFY(s.waitFinished());
        QVERIFY2(s.succeededOnce(), qPrintable(s.failureMessage()));
        QCOMPARE(s.accepted.count(), 1);
        QVERIFY(s.acceptedId().startsWith(QLatin1String("video_")));
        QCOMPARE(s.running.count(), 1);
        QCOMPARE(s.downloading.count(), 1);
        // in_progress polls report 25, 50, 75; the start is unknown (-1); 100 before the download.
        QVERIFY2(s.percents().contains(50) && s.percents().first() == -1 && s.percents().last() == 100,
                 qPrintable(QStringLiteral("%1").arg(QString::number(s.percents().size()))));
        const ProviderResult result = s.result();
        QCOMPARE(fileBytes(result.output.videoPath), server.video());
        QCOMPARE(result.output.fileBytes, qint64(server.video().size()));
        QVERIFY(!QFile::exists(result.output.videoPath + QStringLiteral(".part")));
        QVERIFY(QImage(result.output.thumbnailPath).width() > 0);

        QCOMPARE(server.createCount(), 1);
        const RecordedRequest *create = server.lastCreate();
        QVERIFY(create->header("content-type").startsWith("multipart/form-data; boundary="));
        QCOMPARE(create->header("authorization"), QByteArray("Bearer sk-test-1234567890abcdef"));
        QVERIFY(create->header("user-agent").startsWith("Reelcraft/"));
        QCOMPARE(create->part("prompt")->data, QByteArray("a lighthouse in a storm"));
        QCOMPARE(create->part("model")->data, QByteArray("sora-2"));
        QCOMPARE(create->part("seconds")->data, QByteArray("8"));
        QCOMPARE(create->part("size")->data, QByteArray("1280x720"));
        for (const auto &part : create->parts)
            QVERIFY2(part.fileName.isEmpty(), part.name.constData()); // text fields only without a photo
        // The video is fetched without a variant; the thumbnail with one.
        bool plainContent = false, thumbnail = false;
        for (const auto &r : server.http().requests()) {
            if (r.path.endsWith(QLatin1String("/content"))) {
                plainContent |= !r.query.hasQueryItem(QStringLiteral("variant"));
                thumbnail |= r.query.queryItemValue(QStringLiteral("variant")) == QLatin1String("thumbnail");
            }
        }
        QVERIFY(plainContent && thumbnail);
    }

    void photoIsFittedToExactlyTheSizeAndSentAsAFilePart()
    {
        RemoteProviderFixture f;
        FakeVideosApiServer server;
        QVERIFY(server.listen());
        auto p = provider(f, server);
        ProviderSignals s(p.get());
        GenerationRequest r = request();
        r.imagePath = f.photo(1000, 1000); // square: must be cropped to 16:9 and scaled
        p->start(f.ticket(2, r));
        QVERIFY(s.waitFinished());
        QVERIFY2(s.succeededOnce(), qPrintable(s.failureMessage()));
        const RecordedPart *image = server.lastCreate()->part("input_reference");
        QVERIFY(image);
        QVERIFY(image->fileName.endsWith(".jpg"));
        QCOMPARE(image->contentType, QByteArray("image/jpeg"));
        QCOMPARE(QImage::fromData(image->data).size(), QSize(1280, 720));
    }

    void localThumbnailWhenTheServerHasNone()
    {
        RemoteProviderFixture f;
        FakeVideosApiServer server(FakeVideosApiServer::Flavor::SGLang);
        QVERIFY(server.listen());
        auto p = provider(f, server);
        ProviderSignals s(p.get());
        p->start(f.ticket(3, request()));
        QVERIFY(s.waitFinished());
        QVERIFY2(s.succeededOnce(), qPrintable(s.failureMessage()));
        QVERIFY(QImage(s.result().output.thumbnailPath).width() > 0);
        QCOMPARE(server.http().count("GET", QStringLiteral("variant")), 0);
        // SGLang never reports progress before the end: the bar stays indeterminate.
        for (int percent : s.percents().mid(0, s.percents().size() - 1))
            QCOMPARE(percent, -1);
    }

    void honoursRetryAfterOnCreate()
    {
        RemoteProviderFixture f;
        FakeVideosApiServer server;
        QVERIFY(server.listen());
        FakeResponse limited = FakeResponse::json(429, R"({"error":{"message":"Rate limit reached","type":"requests","code":"rate_limit_exceeded"}})");
        limited.setHeader("Retry-After", "1");
        server.http().injectNext("POST", QStringLiteral("/v1/videos"), limited);
        auto p = provider(f, server);
        ProviderSignals s(p.get());
        QElapsedTimer timer;
        timer.start();
        p->start(f.ticket(4, request()));
        QVERIFY(s.waitFinished());
        QVERIFY2(s.succeededOnce(), qPrintable(s.failureMessage()));
        QVERIFY2(timer.elapsed() >= 950, "Retry-After: 1 was not waited for");
        QCOMPARE(server.createCount(), 2); // the refused one and the accepted one
        QCOMPARE(s.accepted.count(), 1);
    }

    void serverErrorsWhilePollingAreRetried()
    {
        RemoteProviderFixture f;
        FakeVideosApiServer server;
        server.setPollsUntilDone(3);
        QVERIFY(server.listen());
        server.http().injectNext("GET", QStringLiteral("/v1/videos/video_"), FakeResponse::json(500, R"({"error":{"message":"boom"}})"), 3);
        server.http().injectNext("GET", QStringLiteral("/v1/videos/video_"), FakeResponse::html(502, "<html>bad gateway</html>"), 2);
        auto p = provider(f, server);
        ProviderSignals s(p.get());
        p->start(f.ticket(5, request()));
        QVERIFY(s.waitFinished());
        QVERIFY2(s.succeededOnce(), qPrintable(s.failureMessage()));
        QCOMPARE(server.createCount(), 1);
    }

    void internalErrorOnCreateIsNotRepeated()
    {
        RemoteProviderFixture f;
        FakeVideosApiServer server;
        QVERIFY(server.listen());
        server.http().injectNext("POST", QStringLiteral("/v1/videos"), FakeResponse::json(500, R"({"error":{"message":"upstream exploded"}})"), 5);
        auto p = provider(f, server);
        ProviderSignals s(p.get());
        p->start(f.ticket(6, request()));
        QVERIFY(s.waitFinished());
        QCOMPARE(s.failureKind(), ErrorKind::Server);
        QVERIFY(s.failureMessage().contains(QLatin1String("upstream exploded")));
        QCOMPARE(server.createCount(), 1);
        QCOMPARE(s.accepted.count(), 0);
    }

    void unavailableOnCreateIsRetried()
    {
        RemoteProviderFixture f;
        FakeVideosApiServer server;
        QVERIFY(server.listen());
        server.http().injectNext("POST", QStringLiteral("/v1/videos"), FakeResponse::json(503, R"({"detail":"warming up"})"), 2);
        auto p = provider(f, server);
        ProviderSignals s(p.get());
        p->start(f.ticket(7, request()));
        QVERIFY(s.waitFinished());
        QVERIFY2(s.succeededOnce(), qPrintable(s.failureMessage()));
        QCOMPARE(server.createCount(), 3);
    }

    void timeoutAfterSendingTheCreateIsUnknownAndNotRepeated()
    {
        RemoteProviderFixture f;
        FakeVideosApiServer server;
        QVERIFY(server.listen());
        FakeResponse hang;
        hang.misbehaviour = FakeResponse::Hang;
        server.http().injectNext("POST", QStringLiteral("/v1/videos"), hang);
        auto p = provider(f, server, fastRemoteOptions({{QStringLiteral("createTimeoutMs"), 400}}));
        ProviderSignals s(p.get());
        p->start(f.ticket(8, request()));
        QVERIFY(s.waitFinished());
        QCOMPARE(s.failureKind(), ErrorKind::Unknown);
        QVERIFY2(s.failureMessage().contains(QLatin1String("may have been created")), qPrintable(s.failureMessage()));
        QCOMPARE(server.createCount(), 1);
    }

    void cutDownloadResumesWithRange()
    {
        RemoteProviderFixture f;
        FakeVideosApiServer server;
        QVERIFY(server.listen());
        const qint64 cut = server.video().size() / 3;
        server.setCutDownloadOnce(cut);
        auto p = provider(f, server);
        ProviderSignals s(p.get());
        p->start(f.ticket(9, request()));
        QVERIFY(s.waitFinished());
        QVERIFY2(s.succeededOnce(), qPrintable(s.failureMessage()));
        QCOMPARE(fileBytes(s.result().output.videoPath), server.video());
        QStringList ranges;
        for (const auto &r : server.http().requests())
            if (r.path.endsWith(QLatin1String("/content")))
                ranges.append(QString::fromLatin1(r.header("range")));
        QCOMPARE(ranges, QStringList({QString(), QStringLiteral("bytes=%1-").arg(cut)}));
    }

    void truncatedFileIsNotAccepted()
    {
        RemoteProviderFixture f;
        FakeVideosApiServer server;
        QVERIFY(server.listen());
        server.setVideo(sampleMp4().left(sampleMp4().size() / 2)); // served "completely", but cut
        auto p = provider(f, server);
        ProviderSignals s(p.get());
        p->start(f.ticket(10, request()));
        QVERIFY(s.waitFinished());
        QCOMPARE(s.failureKind(), ErrorKind::Server);
        QVERIFY2(s.failureMessage().contains(QLatin1String("not a playable video")), qPrintable(s.failureMessage()));
        QVERIFY(!QFile::exists(f.ticket(10, request()).videoPath));
        QVERIFY(!QFile::exists(f.ticket(10, request()).videoPath + QStringLiteral(".part")));
    }

    void wrongKeyReadsAsAuth()
    {
        RemoteProviderFixture f;
        f.keys.setKey(QStringLiteral("test-videos-api"), QStringLiteral("sk-wrong-000000000000"), nullptr);
        FakeVideosApiServer server;
        server.setRequiredKey(QStringLiteral("sk-right"));
        QVERIFY(server.listen());
        auto p = provider(f, server);
        ProviderSignals s(p.get());
        p->start(f.ticket(11, request()));
        QVERIFY(s.waitFinished());
        QCOMPARE(s.failureKind(), ErrorKind::Auth);
        QVERIFY(s.failureMessage().contains(QLatin1String("key")));
        QVERIFY(!s.failureMessage().contains(QLatin1String("sk-wrong")));
        QCOMPARE(server.createCount(), 1);
    }

    void moderationRefusal()
    {
        RemoteProviderFixture f;
        FakeVideosApiServer server;
        server.setFailJobsWith(QJsonObject{{QStringLiteral("code"), QStringLiteral("moderation_blocked")},
                                           {QStringLiteral("message"), QStringLiteral("Your request was blocked by our moderation system.")}});
        QVERIFY(server.listen());
        auto p = provider(f, server);
        ProviderSignals s(p.get());
        p->start(f.ticket(12, request()));
        QVERIFY(s.waitFinished());
        QCOMPARE(s.failureKind(), ErrorKind::Moderation);
        QVERIFY(s.failureMessage().contains(QLatin1String("refused the prompt or photo")));
    }

    void failedJobShapes_data()
    {
        QTest::addColumn<int>("flavor");
        QTest::addColumn<QJsonValue>("error");
        QTest::addColumn<QString>("expected");
        const auto obj = [](const char *json) { return QJsonValue(QJsonDocument::fromJson(json).object()); };
        QTest::newRow("openai code+message") << int(FakeVideosApiServer::Flavor::OpenAi)
                                             << obj(R"({"code":"internal_error","message":"GPU fell over"})") << "GPU fell over";
        QTest::newRow("sglang message only") << int(FakeVideosApiServer::Flavor::SGLang)
                                             << obj(R"({"message":"CUDA out of memory"})") << "CUDA out of memory";
        QTest::newRow("vllm-omni 4xx with job body") << int(FakeVideosApiServer::Flavor::VllmOmni)
                                                     << obj(R"({"code":422,"message":"num_frames too large"})") << "num_frames too large";
        QTest::newRow("new-api no error member") << int(FakeVideosApiServer::Flavor::NewApi) << QJsonValue(QJsonValue::Undefined)
                                                 << "gave no reason";
    }
    void failedJobShapes()
    {
        QFETCH(int, flavor);
        QFETCH(QJsonValue, error);
        QFETCH(QString, expected);
        RemoteProviderFixture f;
        FakeVideosApiServer server{FakeVideosApiServer::Flavor(flavor)};
        server.setFailJobsWith(error);
        QVERIFY(server.listen());
        auto p = provider(f, server);
        ProviderSignals s(p.get());
        p->start(f.ticket(13, request()));
        QVERIFY(s.waitFinished());
        QCOMPARE(s.failureKind(), ErrorKind::Server);
        QVERIFY2(s.failureMessage().contains(expected), qPrintable(s.failureMessage()));
        QCOMPARE(server.createCount(), 1);
    }

    void newApiUnknownStatusKeepsPolling()
    {
        RemoteProviderFixture f;
        FakeVideosApiServer server(FakeVideosApiServer::Flavor::NewApi);
        server.setPollsUntilDone(4);
        QVERIFY(server.listen());
        auto p = provider(f, server);
        ProviderSignals s(p.get());
        p->start(f.ticket(14, request()));
        QVERIFY(s.waitFinished());
        QVERIFY2(s.succeededOnce(), qPrintable(s.failureMessage()));
        QVERIFY(s.acceptedId().startsWith(QLatin1String("task_")));
        QCOMPARE(server.pollCount(), 4);
    }

    void lostJob_data()
    {
        QTest::addColumn<int>("flavor");
        QTest::newRow("sglang 404 detail") << int(FakeVideosApiServer::Flavor::SGLang);
        QTest::newRow("vllm-omni 404") << int(FakeVideosApiServer::Flavor::VllmOmni);
        QTest::newRow("new-api 400 task_not_exist") << int(FakeVideosApiServer::Flavor::NewApi);
    }
    void lostJob()
    {
        QFETCH(int, flavor);
        RemoteProviderFixture f;
        FakeVideosApiServer server{FakeVideosApiServer::Flavor(flavor)};
        server.setPollsUntilDone(1000);
        QVERIFY(server.listen());
        auto p = provider(f, server);
        ProviderSignals s(p.get());
        p->start(f.ticket(15, request()));
        QTRY_VERIFY_WITH_TIMEOUT(server.pollCount() >= 2, 10000);
        server.loseAllJobs(); // the server restarted
        QVERIFY(s.waitFinished());
        QCOMPARE(s.failureKind(), ErrorKind::Server);
        QVERIFY2(s.failureMessage().contains(QLatin1String("lost this job")), qPrintable(s.failureMessage()));
    }

    void resumesAKnownJobWithoutCreatingAgain()
    {
        RemoteProviderFixture f;
        FakeVideosApiServer server;
        server.setPollsUntilDone(6);
        QVERIFY(server.listen());
        QString remoteId;
        {
            auto first = provider(f, server);
            ProviderSignals s(first.get());
            first->start(f.ticket(16, request()));
            QTRY_VERIFY_WITH_TIMEOUT(s.accepted.count() == 1, 10000);
            remoteId = s.acceptedId();
        } // the app stopped while the job ran
        auto second = provider(f, server);
        ProviderSignals s(second.get());
        second->start(f.ticket(16, request(), remoteId));
        QVERIFY(s.waitFinished());
        QVERIFY2(s.succeededOnce(), qPrintable(s.failureMessage()));
        QCOMPARE(s.accepted.count(), 0);
        QCOMPARE(s.running.count(), 1);
        QCOMPARE(server.createCount(), 1);
        QCOMPARE(fileBytes(s.result().output.videoPath), server.video());
    }

    void retiredProfileFailsWithoutSending()
    {
        RemoteProviderFixture f;
        FakeVideosApiServer server;
        QVERIFY(server.listen());
        ProviderSpec spec = f.spec(QStringLiteral("videos-api"), server.baseUrl(), {QStringLiteral("sora-2")});
        spec.retired = QStringLiteral("2026-09-24");
        VideosApiProvider p(spec, f.deps());
        ProviderSignals s(&p);
        p.start(f.ticket(17, request()));
        QCOMPARE(s.failed.count(), 0); // never from inside start()
        QVERIFY(s.waitFinished());
        QCOMPARE(s.failureKind(), ErrorKind::InvalidInput);
        QCOMPARE(s.failureMessage(), QStringLiteral("OpenAI shut this service down on 2026-09-24; choose another provider."));
        QCOMPARE(server.http().requests().size(), 0);
    }

    // Any service that says the model is gone reads like a retirement the catalogue knows.
    void modelGoneAtCreateReadsLikeARetirement_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("410") << 410 << QByteArray(R"({"error":{"message":"This model has been retired","code":"model_retired"}})");
        QTest::newRow("404 model") << 404 << QByteArray(R"({"detail":"Model sora-2 does not exist"})");
    }
    void modelGoneAtCreateReadsLikeARetirement()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        RemoteProviderFixture f;
        FakeVideosApiServer server(FakeVideosApiServer::Flavor::SGLang);
        QVERIFY(server.listen());
        server.http().injectNext("POST", QStringLiteral("/videos"), FakeResponse::json(status, body));
        auto p = provider(f, server);
        ProviderSignals s(p.get());
        p->start(f.ticket(19, request()));
        QVERIFY(s.waitFinished());
        QCOMPARE(s.failureKind(), ErrorKind::InvalidInput);
        QVERIFY2(s.failureMessage().startsWith(QStringLiteral("sora-2 has been retired by Test server; ")),
                 qPrintable(s.failureMessage()));
        QVERIFY2(s.failureMessage().contains(QStringLiteral("choose another model")), qPrintable(s.failureMessage()));
        QCOMPARE(server.http().count("POST"), 1); // never sent again
    }

    void cancelStopsPollingAndDeletesRemotely()
    {
        RemoteProviderFixture f;
        FakeVideosApiServer server(FakeVideosApiServer::Flavor::VllmOmni);
        server.setPollsUntilDone(1000);
        QVERIFY(server.listen());
        auto p = provider(f, server);
        ProviderSignals s(p.get());
        p->start(f.ticket(18, request()));
        QTRY_VERIFY_WITH_TIMEOUT(server.pollCount() >= 1, 10000);
        p->cancel(18);
        QVERIFY(s.waitFinished());
        QCOMPARE(s.failureKind(), ErrorKind::Cancelled);
        QTRY_COMPARE_WITH_TIMEOUT(server.http().count("DELETE"), 1, 5000);
        const int polls = server.pollCount();
        QTest::qWait(200); // a poll timer left running would show up here
        QCOMPARE(server.pollCount(), polls);
        QCOMPARE(p->activeJobCount(), 0);
    }

    void deadlineEndsAnEndlessJob()
    {
        RemoteProviderFixture f;
        FakeVideosApiServer server;
        server.setPollsUntilDone(100000);
        QVERIFY(server.listen());
        auto p = provider(f, server, fastRemoteOptions({{QStringLiteral("deadlineSec"), 1}}));
        ProviderSignals s(p.get());
        p->start(f.ticket(19, request()));
        QVERIFY(s.waitFinished());
        QCOMPARE(s.failureKind(), ErrorKind::Server);
        QVERIFY(s.failureMessage().contains(QLatin1String("did not finish")));
    }

    void serverPollHintWins()
    {
        RemoteProviderFixture f;
        FakeVideosApiServer server;
        server.setPollsUntilDone(3);
        server.setPollAfterMs(20);
        QVERIFY(server.listen());
        // Without the hint the provider would wait 5 s between polls.
        auto p = provider(f, server, fastRemoteOptions({{QStringLiteral("pollMinMs"), 5000}, {QStringLiteral("pollMaxMs"), 5000}}));
        ProviderSignals s(p.get());
        p->start(f.ticket(20, request()));
        QTRY_VERIFY_WITH_TIMEOUT(server.pollCount() >= 3, 4000);
        QVERIFY(s.waitFinished(10000));
        QVERIFY2(s.succeededOnce(), qPrintable(s.failureMessage()));
    }
    void remoteHelpers()
    {
        RemoteProviderFixture f;
        FakeVideosApiServer server;
        QVERIFY(server.listen());
        auto p = provider(f, server, fastRemoteOptions({{QStringLiteral("remix"), true}}));
        ProviderSignals s(p.get());
        p->start(f.ticket(21, request()));
        QVERIFY(s.waitFinished());
        const QString id = s.acceptedId();

        QString remixId;
        bool remixed = false;
        p->remix(id, QStringLiteral("the same, at night"), [&](const QString &newId, const std::optional<net::Failure> &failure) {
            remixed = !failure;
            remixId = newId;
        });
        QTRY_VERIFY_WITH_TIMEOUT(remixed, 10000);
        QVERIFY(!remixId.isEmpty() && remixId != id);
        QCOMPARE(server.http().requests().last().part("prompt")->data, QByteArray("the same, at night"));

        QList<videosapi::VideoJob> jobs;
        bool listed = false;
        p->listRemoteJobs([&](const QList<videosapi::VideoJob> &all, const std::optional<net::Failure> &failure) {
            listed = !failure;
            jobs = all;
        });
        QTRY_VERIFY_WITH_TIMEOUT(listed, 10000);
        QCOMPARE(jobs.size(), 2);

        bool deleted = false;
        p->deleteRemoteJob(id, [&](const std::optional<net::Failure> &failure) { deleted = !failure; });
        QTRY_VERIFY_WITH_TIMEOUT(deleted, 10000);
        QVERIFY(!server.jobIds().contains(id));
    }

    void helpersTheServerLacksAreMarkedUnsupported()
    {
        RemoteProviderFixture f;
        FakeVideosApiServer server(FakeVideosApiServer::Flavor::NewApi);
        QVERIFY(server.listen());
        auto p = provider(f, server);
        QVERIFY(p->features().list);
        std::optional<net::Failure> failure;
        bool answered = false;
        p->listRemoteJobs([&](const QList<videosapi::VideoJob> &, const std::optional<net::Failure> &f2) {
            failure = f2;
            answered = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
        QVERIFY(failure && failure->message.contains(QLatin1String("does not support")));
        QVERIFY(!p->features().list); // not asked again
        answered = false;
        p->remix(QStringLiteral("task_1"), QStringLiteral("x"), [&](const QString &, const std::optional<net::Failure> &f2) {
            answered = f2.has_value();
        });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
        QCOMPARE(server.http().count("POST"), 0); // remix is off for servers that are not OpenAI
    }
};

QTEST_GUILESS_MAIN(TestVideosApiProvider)
#include "tst_videosapi_provider.moc"
