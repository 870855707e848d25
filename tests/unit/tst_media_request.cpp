// Where a service's key may go when it names a result file by URL.
#include "providers/remote/MediaRequest.h"

#include <QTest>

using namespace rc::net;

class TestMediaRequest : public QObject
{
    Q_OBJECT

    static void bearer(HttpRequest *r, const QString &key) { r->setSecretHeader("Authorization", "Bearer " + key.toUtf8()); }

private Q_SLOTS:
    void keyOnlyToTheApiOrigin_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("keyed");
        QTest::newRow("same host, other path") << "https://api.example.com/v1/videos/abc/content" << true;
        QTest::newRow("same host, explicit default port") << "https://api.example.com:443/files/x.mp4" << true;
        QTest::newRow("same host, upper case") << "https://API.Example.com/v1/x" << true;
        QTest::newRow("CDN") << "https://cdn.example.com/x.mp4" << false;
        QTest::newRow("signed storage URL") << "https://storage.googleapis.com/b/x.mp4?X-Goog-Signature=abc" << false;
        QTest::newRow("same host, other port") << "https://api.example.com:8443/x.mp4" << false;
        QTest::newRow("same host, plain http") << "http://api.example.com/x.mp4" << false;
        QTest::newRow("look-alike host") << "https://api.example.com.evil.net/x.mp4" << false;
    }
    void keyOnlyToTheApiOrigin()
    {
        QFETCH(QString, url);
        QFETCH(bool, keyed);
        const HttpRequest r = mediaRequest(QUrl(url), QStringLiteral("https://api.example.com/v1"),
                                           QStringLiteral("sk-1"), &TestMediaRequest::bearer);
        QCOMPARE(r.url, QUrl(url));
        QCOMPARE(r.method, HttpMethod::Get);
        QCOMPARE(!r.secretHeaders.isEmpty(), keyed);
        QVERIFY(r.headers.isEmpty()); // the key never lands among the logged headers
        QCOMPARE(keyGoesTo(QUrl(url), QStringLiteral("https://api.example.com/v1")), keyed);
    }

    void localServerWithPort()
    {
        const QString base = QStringLiteral("http://127.0.0.1:8188/api");
        QVERIFY(!mediaRequest(QUrl("http://127.0.0.1:8188/view?f=a.mp4"), base, "k", &TestMediaRequest::bearer)
                     .secretHeaders.isEmpty());
        QVERIFY(mediaRequest(QUrl("http://127.0.0.1:8189/a.mp4"), base, "k", &TestMediaRequest::bearer)
                    .secretHeaders.isEmpty());
    }

    void noKeyNoHeader()
    {
        const HttpRequest r = mediaRequest(QUrl("https://api.example.com/x"), "https://api.example.com", QString(),
                                           &TestMediaRequest::bearer);
        QVERIFY(r.secretHeaders.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMediaRequest)
#include "tst_media_request.moc"
