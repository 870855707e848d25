// The retry rules, without a network: which failures repeat, and after how long.
#include "providers/remote/RemoteTiming.h"
#include "net/RetryPolicy.h"

#include <QTest>

using namespace rc::net;

class TestRetryPolicy : public QObject
{
    Q_OBJECT

    static HttpResponse status(int code, const HeaderList &headers = {})
    {
        HttpResponse r;
        r.status = code;
        r.requestSent = true;
        r.headers = headers;
        return r;
    }
    static HttpResponse transport(TransportError error, bool sent)
    {
        HttpResponse r;
        r.error = error;
        r.requestSent = sent;
        return r;
    }
    std::optional<int> decide(const HttpResponse &r, RetryMode mode = RetryMode::Idempotent, int attempt = 1) const
    {
        return RetryPolicy().decide(r, mode, attempt, m_now, [] { return 0.0; });
    }

    const QDateTime m_now = QDateTime(QDate(2026, 11, 20), QTime(12, 0, 0), Qt::UTC);

private Q_SLOTS:
    void statuses_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<bool>("idempotent");
        QTest::addColumn<bool>("create");
        for (int c : {408, 429})
            QTest::addRow("%d", c) << c << true << true;
        QTest::addRow("409") << 409 << true << false;
        QTest::addRow("500") << 500 << true << false;
        QTest::addRow("502") << 502 << true << false;
        QTest::addRow("503") << 503 << true << true;
        QTest::addRow("504") << 504 << true << false;
        for (int c : {400, 401, 403, 404, 422})
            QTest::addRow("%d", c) << c << false << false;
    }
    void statuses()
    {
        QFETCH(int, code);
        QFETCH(bool, idempotent);
        QFETCH(bool, create);
        QCOMPARE(decide(status(code)).has_value(), idempotent);
        QCOMPARE(decide(status(code), RetryMode::CreateOnce).has_value(), create);
        QVERIFY(!decide(status(code), RetryMode::Never));
    }

    void transportErrors()
    {
        QVERIFY(decide(transport(TransportError::Connect, false), RetryMode::CreateOnce));
        QVERIFY(decide(transport(TransportError::Timeout, false), RetryMode::CreateOnce)); // connect timeout
        QVERIFY(!decide(transport(TransportError::Timeout, true), RetryMode::CreateOnce));
        QVERIFY(!decide(transport(TransportError::Interrupted, true), RetryMode::CreateOnce));
        QVERIFY(decide(transport(TransportError::Interrupted, true), RetryMode::Idempotent));
        QVERIFY(!decide(transport(TransportError::Tls, false)));
        QVERIFY(!decide(transport(TransportError::Refused, false)));
        QVERIFY(!decide(transport(TransportError::Disk, true)));
        QVERIFY(!decide(transport(TransportError::Cancelled, true)));
    }

    void backoffDoublesToTheCapWithJitter()
    {
        RetryPolicy p;
        p.maxAttempts = 10;
        QList<int> delays;
        for (int attempt = 1; attempt <= 6; ++attempt)
            delays.append(*p.decide(status(500), RetryMode::Idempotent, attempt, m_now, [] { return 0.0; }));
        QCOMPARE(delays, QList<int>({500, 1000, 2000, 4000, 8000, 8000}));
        // Jitter takes up to a quarter off, never adds.
        QCOMPARE(p.backoffMs(1, 0.999999), 375);
        QCOMPARE(p.backoffMs(3, 0.5), 1750);
    }

    void givesUpAfterMaxAttempts()
    {
        RetryPolicy p;
        p.maxAttempts = 3;
        QVERIFY(p.decide(status(500), RetryMode::Idempotent, 2, m_now, {}));
        QVERIFY(!p.decide(status(500), RetryMode::Idempotent, 3, m_now, {}));
    }

    void serverDelays_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("expected"); // -1: ignored, backoff used (500 on the first attempt)
        QTest::newRow("retry-after-ms") << QByteArray("retry-after-ms") << QByteArray("1234.6") << 1235;
        QTest::newRow("seconds") << QByteArray("retry-after") << QByteArray("7") << 7000;
        QTest::newRow("zero") << QByteArray("retry-after") << QByteArray("0") << 0;
        QTest::newRow("http date") << QByteArray("retry-after") << QByteArray("Fri, 20 Nov 2026 12:00:30 GMT") << 30000;
        QTest::newRow("past date") << QByteArray("retry-after") << QByteArray("Fri, 20 Nov 2026 11:59:00 GMT") << -1;
        QTest::newRow("too long") << QByteArray("retry-after") << QByteArray("121") << -1;
        QTest::newRow("garbage") << QByteArray("retry-after") << QByteArray("soon") << -1;
        QTest::newRow("negative ms") << QByteArray("retry-after-ms") << QByteArray("-5") << -1;
    }
    void serverDelays()
    {
        QFETCH(QByteArray, name);
        QFETCH(QByteArray, value);
        QFETCH(int, expected);
        const auto delay = decide(status(429, {{name, value}}));
        QVERIFY(delay);
        QCOMPARE(*delay, expected < 0 ? 500 : expected);
    }

    void googleRetryInfoInTheBody_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("expected"); // -1: ignored, backoff used (500 on the first attempt)
        const QByteArray head = R"({"error":{"code":429,"status":"RESOURCE_EXHAUSTED","details":[)";
        QTest::newRow("whole seconds")
            << head + R"({"@type":"type.googleapis.com/google.rpc.RetryInfo","retryDelay":"34s"}]}})" << 34000;
        QTest::newRow("fraction, after another detail")
            << head + R"({"@type":"type.googleapis.com/google.rpc.QuotaFailure","violations":[]},)"
                      R"({"@type":"type.googleapis.com/google.rpc.RetryInfo","retryDelay":"1.5s"}]}})" << 1500;
        QTest::newRow("beyond the limit")
            << head + R"({"@type":"type.googleapis.com/google.rpc.RetryInfo","retryDelay":"600s"}]}})" << -1;
        QTest::newRow("no unit") << head + R"({"@type":"type.googleapis.com/google.rpc.RetryInfo","retryDelay":"34"}]}})" << -1;
        QTest::newRow("number, not string")
            << head + R"({"@type":"type.googleapis.com/google.rpc.RetryInfo","retryDelay":34}]}})" << -1;
        QTest::newRow("other type only") << head + R"({"@type":"x.Help","retryDelay":"9s"}]}})" << -1;
        QTest::newRow("not JSON") << QByteArray("<html>slow down</html>") << -1;
        QTest::newRow("details not a list") << QByteArray(R"({"error":{"details":"34s"}})") << -1;
    }
    void googleRetryInfoInTheBody()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, expected);
        HttpResponse r = status(429);
        r.body = body;
        const auto delay = decide(r);
        QVERIFY(delay);
        QCOMPARE(*delay, expected < 0 ? 500 : expected);
    }
    void headerWinsOverBody()
    {
        HttpResponse r = status(429, {{"retry-after", "3"}});
        r.body = R"({"error":{"details":[{"@type":"type.googleapis.com/google.rpc.RetryInfo","retryDelay":"34s"}]}})";
        QCOMPARE(*decide(r), 3000);
    }

    void retryAfterMsWinsOverRetryAfter()
    {
        QCOMPARE(*decide(status(503, {{"retry-after", "9"}, {"retry-after-ms", "250"}})), 250);
    }

    void pollIntervalGrowsWithAge()
    {
        PollTiming t; // 2 s .. 20 s, age / 10
        QCOMPARE(t.nextDelayMs(0), 2000);
        QCOMPARE(t.nextDelayMs(60'000), 6000);
        QCOMPARE(t.nextDelayMs(3'600'000), 20000);
        QCOMPARE(t.nextDelayMs(3'600'000, 1500), 1500); // the server's hint wins
        QCOMPARE(t.nextDelayMs(0, 0), 10);
        QCOMPARE(t.nextDelayMs(0, 10'000'000), 60000);
    }

    void timingFromOptions()
    {
        const RemoteTiming t = RemoteTiming::fromOptions(QJsonObject{{QStringLiteral("pollMinMs"), 50},
                                                                     {QStringLiteral("retryAttempts"), 2},
                                                                     {QStringLiteral("deadlineSec"), -4},
                                                                     {QStringLiteral("pollMaxMs"), QStringLiteral("fast")}});
        QCOMPARE(t.poll.minMs, 50);
        QCOMPARE(t.retry.maxAttempts, 2);
        QCOMPARE(t.poll.deadlineSec, 1);      // clamped, not trusted
        QCOMPARE(t.poll.maxMs, PollTiming().maxMs); // wrong type: default kept
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retry_policy.moc"
