// HttpClient against a local socket server: the request as sent, timeouts, redirects and the
// key they may carry, downloads that resume after a cut, cancellation, and the URL policy.
#include "net/HttpClient.h"
#include "providers/remote/Mp4Check.h"
#include "net/UrlPolicy.h"
#include "support/FakeHttpServer.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace rc::net;
using namespace rc::test;

class TestHttpClient : public QObject
{
    Q_OBJECT

    // Sends and waits for the one answer.
    static HttpResponse run(HttpClient &client, const HttpRequest &request, int timeoutMs = 15000)
    {
        HttpResponse out;
        bool done = false;
        client.send(request, [&](const HttpResponse &r) {
            out = r;
            done = true;
        });
        QElapsedTimer timer;
        timer.start();
        while (!done && timer.elapsed() < timeoutMs)
            QTest::qWait(5);
        if (!done)
            out.errorText = QStringLiteral("no answer within the test's limit");
        return out;
    }
    static RetryPolicy fastRetries()
    {
        RetryPolicy p;
        p.baseDelayMs = 5;
        p.maxDelayMs = 20;
        return p;
    }

private Q_SLOTS:
    void getWithHeadersAndUserAgent()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const RecordedRequest &) { return FakeResponse::json(200, R"({"ok":true})"); });
        HttpClient client;
        HttpRequest r = HttpRequest::get(QUrl(server.origin() + QStringLiteral("/v1/models")));
        r.setHeader("Accept", "application/json");
        r.setSecretHeader("Authorization", "Bearer sk-secret");
        const HttpResponse response = run(client, r);
        QVERIFY(response.isHttpSuccess());
        QCOMPARE(response.body, QByteArray(R"({"ok":true})"));
        QCOMPARE(response.contentType(), QByteArray("application/json"));
        const RecordedRequest &seen = server.requests().first();
        QCOMPARE(seen.header("user-agent"), QByteArray("Reelcraft/" REELCRAFT_VERSION));
        QCOMPARE(seen.header("authorization"), QByteArray("Bearer sk-secret"));
        QCOMPARE(seen.header("accept"), QByteArray("application/json"));
    }

    void multipartWithAFilePart()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("photo.png"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("\x89PNG\r\n\x1a\n-binary-\0-bytes", 24));
        f.close();
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const RecordedRequest &) { return FakeResponse::json(200, "{}"); });
        HttpClient client;
        HttpRequest r;
        r.method = HttpMethod::Post;
        r.url = QUrl(server.origin() + QStringLiteral("/v1/videos"));
        r.multipart.append({"prompt", "a cat", QString(), QByteArray(), QByteArray()});
        r.multipart.append({"input_reference", QByteArray(), file, "photo.png", "image/png"});
        QVERIFY(run(client, r).isHttpSuccess());
        const RecordedRequest &seen = server.requests().first();
        QVERIFY(!seen.headers.contains("expect"));
        QCOMPARE(seen.part("prompt")->data, QByteArray("a cat"));
        QCOMPARE(seen.part("input_reference")->fileName, QByteArray("photo.png"));
        QCOMPARE(seen.part("input_reference")->contentType, QByteArray("image/png"));
        QCOMPARE(seen.part("input_reference")->data.size(), 24);
    }

    void timeoutIsATransportErrorAfterSending()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        FakeResponse hang;
        hang.misbehaviour = FakeResponse::Hang;
        server.setHandler([hang](const RecordedRequest &) { return hang; });
        HttpClient client;
        HttpRequest r = HttpRequest::get(QUrl(server.origin() + QStringLiteral("/slow")));
        r.timeoutMs = 300;
        r.retry = RetryMode::Never;
        const HttpResponse response = run(client, r);
        QCOMPARE(response.error, TransportError::Timeout);
        QVERIFY(response.requestSent);
    }

    void connectionRefusedIsRetriedThenReported()
    {
        quint16 port;
        {
            FakeHttpServer closed;
            QVERIFY(closed.listen());
            port = closed.port();
        }
        HttpClient client;
        client.setRetryPolicy(fastRetries());
        const HttpResponse response = run(client, HttpRequest::get(QUrl(QStringLiteral("http://127.0.0.1:%1/x").arg(port))));
        QCOMPARE(response.error, TransportError::Connect);
        QVERIFY(!response.requestSent);
        QCOMPARE(response.attempts, fastRetries().maxAttempts);
    }

    void redirectToAnotherOriginDropsTheKey()
    {
        FakeHttpServer target;
        QVERIFY(target.listen());
        target.setHandler([](const RecordedRequest &) { return FakeResponse::json(200, R"({"at":"target"})"); });
        FakeHttpServer origin;
        QVERIFY(origin.listen());
        origin.setHandler([&](const RecordedRequest &r) {
            if (r.path == QLatin1String("/same"))
                return FakeResponse::json(200, R"({"at":"origin"})");
            FakeResponse redirect;
            redirect.status = 302;
            redirect.setHeader("Location", r.path == QLatin1String("/away") ? (target.origin() + QStringLiteral("/file")).toUtf8()
                                                                            : QByteArray("/same"));
            return redirect;
        });
        HttpClient client;
        for (const QString &path : {QStringLiteral("/away"), QStringLiteral("/here")}) {
            HttpRequest r = HttpRequest::get(QUrl(origin.origin() + path));
            r.setSecretHeader("x-goog-api-key", "AIza-secret-key-123456");
            QVERIFY(run(client, r).isHttpSuccess());
        }
        QCOMPARE(target.requests().size(), 1);
        QVERIFY(!target.requests().first().headers.contains("x-goog-api-key"));
        QCOMPARE(origin.requests().last().path, QStringLiteral("/same"));
        QCOMPARE(origin.requests().last().header("x-goog-api-key"), QByteArray("AIza-secret-key-123456"));
    }

    void downloadResumesAfterACutAndChecksLength()
    {
        const QByteArray data = QByteArray(200000, 'v');
        FakeHttpServer server;
        QVERIFY(server.listen());
        int served = 0;
        server.setHandler([&](const RecordedRequest &r) {
            FakeResponse response = FakeResponse::bytes(data, "video/mp4", r.header("range"));
            if (served++ == 0) {
                response.misbehaviour = FakeResponse::CutAfterBytes;
                response.cutAfterBytes = 70000;
            }
            return response;
        });
        QTemporaryDir dir;
        HttpClient client;
        client.setRetryPolicy(fastRetries());
        HttpRequest r = HttpRequest::get(QUrl(server.origin() + QStringLiteral("/content")));
        r.downloadPath = dir.filePath(QStringLiteral("clip.mp4"));
        const HttpResponse response = run(client, r);
        QVERIFY2(response.isHttpSuccess(), qPrintable(response.errorText));
        QCOMPARE(response.status, 206);
        QCOMPARE(response.partPath, r.partPath());
        QFile part(response.partPath);
        QVERIFY(part.open(QIODevice::ReadOnly));
        QCOMPARE(part.readAll(), data);
        QCOMPARE(server.requests().last().header("range"), QByteArray("bytes=70000-"));
        QVERIFY(!QFile::exists(r.downloadPath)); // the caller verifies and renames
    }

    void errorBodyOfADownloadStaysOutOfTheFile()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const RecordedRequest &) { return FakeResponse::json(404, R"({"detail":"Generation is still in-progress"})"); });
        QTemporaryDir dir;
        HttpClient client;
        HttpRequest r = HttpRequest::get(QUrl(server.origin() + QStringLiteral("/content")));
        r.downloadPath = dir.filePath(QStringLiteral("clip.mp4"));
        const HttpResponse response = run(client, r);
        QCOMPARE(response.status, 404);
        QVERIFY(response.body.contains("in-progress"));
        QVERIFY(!QFile::exists(r.partPath()));
    }

    void cancelledCallNeverAnswersAndLeavesNoPart()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        FakeResponse slow = FakeResponse::bytes(QByteArray(1000, 'x'), "video/mp4", QByteArray());
        slow.misbehaviour = FakeResponse::Hang;
        server.setHandler([slow](const RecordedRequest &) { return slow; });
        QTemporaryDir dir;
        HttpClient client;
        HttpRequest r = HttpRequest::get(QUrl(server.origin() + QStringLiteral("/content")));
        r.downloadPath = dir.filePath(QStringLiteral("clip.mp4"));
        bool answered = false;
        const auto id = client.send(r, [&](const HttpResponse &) { answered = true; });
        QTRY_COMPARE_WITH_TIMEOUT(server.requests().size(), 1, 10000);
        client.cancel(id);
        QCOMPARE(client.pendingCount(), 0);
        QTest::qWait(100); // an answer delivered despite the cancel would arrive here
        QVERIFY(!answered);
        QVERIFY(!QFile::exists(r.partPath()));
    }

    void unsupportedSchemesAreRefusedBeforeSending()
    {
        HttpClient client;
        const HttpResponse response = run(client, HttpRequest::get(QUrl(QStringLiteral("ftp://127.0.0.1/file"))));
        QCOMPARE(response.error, TransportError::Refused);
        QVERIFY(!response.requestSent);
    }

    void localAddresses()
    {
        for (const char *ip : {"127.0.0.1", "::1", "10.1.2.3", "172.20.0.5", "192.168.1.20", "169.254.3.3", "fd00::1", "::ffff:192.168.0.9"})
            QVERIFY2(isLocalAddress(QLatin1String(ip)), ip);
        for (const char *ip : {"8.8.8.8", "172.32.0.1", "2001:4860::1", "", "not-an-ip"})
            QVERIFY2(!isLocalAddress(QLatin1String(ip)), ip);
    }

    void logsNeverShowKeysInUrls()
    {
        const QString shown = redactedUrl(QUrl(QStringLiteral("https://user:pw@example.com/v1beta/files/a:download?alt=media&key=AIzaSECRET")));
        QVERIFY(!shown.contains(QLatin1String("AIzaSECRET")));
        QVERIFY(!shown.contains(QLatin1String("pw")));
        QVERIFY(shown.contains(QLatin1String("alt=media")));
    }

    void mp4Structure()
    {
        QTemporaryDir dir;
        const QByteArray good = sampleMp4();
        QVERIFY(!good.isEmpty());
        auto write = [&](const QString &name, const QByteArray &bytes) {
            QFile f(dir.filePath(name));
            f.open(QIODevice::WriteOnly);
            f.write(bytes);
            return f.fileName();
        };
        QCOMPARE(checkMp4Structure(write(QStringLiteral("good.mp4"), good)), QString());
        QVERIFY(!checkMp4Structure(write(QStringLiteral("cut.mp4"), good.left(good.size() - 100))).isEmpty());
        QVERIFY(!checkMp4Structure(write(QStringLiteral("html.mp4"), "<html><body>error</body></html>")).isEmpty());
        QVERIFY(!checkMp4Structure(dir.filePath(QStringLiteral("missing.mp4"))).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_http_client.moc"
