// Every error shape the servers send (compat-servers.md §6.12) reads as one clear sentence.
#include "providers/remote/ErrorBody.h"
#include "providers/remote/HttpFailure.h"

#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace rc;
using namespace rc::net;

class TestErrorBody : public QObject
{
    Q_OBJECT

    static HttpResponse response(int status, const QByteArray &body, const QByteArray &type = "application/json")
    {
        HttpResponse r;
        r.status = status;
        r.body = body;
        r.requestSent = true;
        r.headers.append({"content-type", type});
        return r;
    }

private Q_SLOTS:
    void shapes_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("code");
        QTest::newRow("openai") << QByteArray(R"({"error":{"message":"Invalid size","type":"invalid_request_error","param":"size","code":"invalid_value"}})")
                                << "Invalid size" << "invalid_value";
        QTest::newRow("vllm int code") << QByteArray(R"({"error":{"message":"Model mismatch","type":"Bad Request","param":null,"code":400}})")
                                       << "Model mismatch" << "400";
        QTest::newRow("vllm auth string") << QByteArray(R"({"error":"Unauthorized"})") << "Unauthorized" << "";
        QTest::newRow("fastapi detail") << QByteArray(R"({"detail":"Video not found"})") << "Video not found" << "";
        QTest::newRow("fastapi validation") << QByteArray(R"({"detail":[{"loc":["body","seconds"],"msg":"Input should be a valid integer","type":"int_parsing"}]})")
                                            << "seconds: Input should be a valid integer" << "validation_error";
        QTest::newRow("new-api flat") << QByteArray(R"({"code":"task_not_exist","message":"task_not_exist","data":null})")
                                      << "task_not_exist" << "task_not_exist";
        QTest::newRow("localai") << QByteArray(R"({"error":{"code":500,"message":"backend failed","type":""}})") << "backend failed" << "500";
        QTest::newRow("google") << QByteArray(R"({"error":{"code":429,"message":"Quota exceeded","status":"RESOURCE_EXHAUSTED"}})")
                                << "Quota exceeded" << "429";
        QTest::newRow("code only") << QByteArray(R"({"error":{"code":"server_busy"}})") << "server_busy" << "server_busy";
    }
    void shapes()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        QFETCH(QString, code);
        const ErrorBody e = parseErrorBody(body);
        QVERIFY(e.parsed);
        QCOMPARE(e.message, message);
        QCOMPARE(e.code, code);
    }

    void notAnErrorBody()
    {
        QVERIFY(!parseErrorBody("<html><body>Bad Gateway</body></html>").parsed);
        QVERIFY(!parseErrorBody("").parsed);
        QVERIFY(!parseErrorBody(R"({"id":"video_1","status":"queued"})").parsed);
        QVERIFY(!parseErrorBody("[1,2]").parsed);
    }

    void googleDetails()
    {
        const ErrorBody e = parseErrorBody(R"({"error":{"code":400,"message":"API key not valid.","status":"INVALID_ARGUMENT",
            "details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"API_KEY_INVALID"}]}})");
        QCOMPARE(e.type, QStringLiteral("INVALID_ARGUMENT"));
        QCOMPARE(e.reason, QStringLiteral("API_KEY_INVALID"));
    }

    void jobErrors()
    {
        QCOMPARE(parseJobError(QJsonDocument::fromJson(R"({"message":"CUDA OOM"})").object()).message, QStringLiteral("CUDA OOM"));
        QCOMPARE(parseJobError(QJsonValue(QStringLiteral("boom"))).message, QStringLiteral("boom"));
        QVERIFY(!parseJobError(QJsonValue()).parsed);
        QVERIFY(!parseJobError(QJsonValue(QJsonValue::Null)).parsed);
    }

    void moderation()
    {
        QVERIFY(isModerationError(parseJobError(QJsonDocument::fromJson(R"({"code":"moderation_blocked","message":"x"})").object())));
        QVERIFY(isModerationError(parseErrorBody(R"({"error":{"message":"Your request was rejected by the safety system."}})")));
        QVERIFY(isModerationError(parseErrorBody(R"({"error":{"message":"This prompt violates our content policy."}})")));
        QVERIFY(!isModerationError(parseErrorBody(R"({"error":{"message":"Invalid size 123x4"}})")));
    }

    void failures_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("phase");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("contains");
        const int create = int(CallPhase::Create), poll = int(CallPhase::Poll);
        QTest::newRow("401") << 401 << QByteArray(R"({"error":"Unauthorized"})") << create << int(ErrorKind::Auth) << "rejected the API key";
        QTest::newRow("403") << 403 << QByteArray(R"({"detail":"forbidden"})") << poll << int(ErrorKind::Auth) << "forbidden";
        QTest::newRow("429") << 429 << QByteArray(R"({"error":{"message":"slow down"}})") << create << int(ErrorKind::Quota) << "slow down";
        QTest::newRow("400 create") << 400 << QByteArray(R"({"error":{"message":"Inpaint image must match the requested width and height"}})")
                                    << create << int(ErrorKind::InvalidInput) << "must match";
        QTest::newRow("422 create") << 422 << QByteArray(R"({"detail":[{"loc":["body","size"],"msg":"bad"}]})") << create
                                    << int(ErrorKind::InvalidInput) << "size: bad";
        QTest::newRow("moderation 400") << 400 << QByteArray(R"({"error":{"code":"moderation_blocked","message":"blocked"}})") << create
                                        << int(ErrorKind::Moderation) << "refused the prompt or photo";
        QTest::newRow("500") << 500 << QByteArray(R"({"detail":"Internal Server Error"})") << poll << int(ErrorKind::Server) << "internal error";
        QTest::newRow("502 create") << 502 << QByteArray("<html>bad gateway</html>") << create << int(ErrorKind::Unknown) << "may have been created";
        QTest::newRow("html 404") << 404 << QByteArray("<html>nope</html>") << create << int(ErrorKind::InvalidInput) << "base URL";
    }
    void failures()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, phase);
        QFETCH(int, kind);
        QFETCH(QString, contains);
        const bool html = body.startsWith('<');
        const Failure f = describeFailure(response(status, body, html ? "text/html" : "application/json"), CallPhase(phase),
                                          QStringLiteral("my-gpu"));
        QCOMPARE(int(f.kind), kind);
        QVERIFY2(f.message.contains(contains), qPrintable(f.message));
        QVERIFY(f.message.contains(QLatin1String("my-gpu")));
    }

    void transportFailures()
    {
        HttpResponse r;
        r.error = TransportError::Timeout;
        r.errorText = QStringLiteral("Operation timed out");
        r.requestSent = true;
        QCOMPARE(describeFailure(r, CallPhase::Create, QStringLiteral("s")).kind, ErrorKind::Unknown);
        QCOMPARE(describeFailure(r, CallPhase::Poll, QStringLiteral("s")).kind, ErrorKind::Network);
        r.requestSent = false;
        r.error = TransportError::Connect;
        QCOMPARE(describeFailure(r, CallPhase::Create, QStringLiteral("s")).kind, ErrorKind::Network);
        r.error = TransportError::Refused;
        QCOMPARE(describeFailure(r, CallPhase::Create, QStringLiteral("s")).kind, ErrorKind::InvalidInput);
        r.error = TransportError::Disk;
        QCOMPARE(describeFailure(r, CallPhase::Download, QStringLiteral("s")).kind, ErrorKind::Disk);
    }

    void modelGoneIsToldApartFromOther404s_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("gone");
        QTest::newRow("openai code") << 404 << QByteArray(R"({"error":{"message":"x","code":"model_not_found"}})") << true;
        QTest::newRow("words") << 404 << QByteArray(R"({"error":{"message":"The model `sora-2` does not exist"}})") << true;
        QTest::newRow("deprecated") << 404 << QByteArray(R"({"error":{"code":404,"message":"models/veo-3.0-generate-001 is deprecated"}})") << true;
        QTest::newRow("fastapi detail") << 404 << QByteArray(R"({"detail":"Unknown model: wan-2.1"})") << true;
        QTest::newRow("410 without words") << 410 << QByteArray("gone") << true;
        QTest::newRow("unknown job") << 404 << QByteArray(R"({"error":{"message":"Video not found","code":"not_found"}})") << false;
        QTest::newRow("html 404") << 404 << QByteArray("<html>Not Found</html>") << false;
        QTest::newRow("400 about a model") << 400 << QByteArray(R"({"error":{"message":"model does not exist"}})") << false;
    }
    void modelGoneIsToldApartFromOther404s()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(bool, gone);
        HttpResponse r;
        r.status = status;
        r.body = body;
        r.headers.append(qMakePair(QByteArray("content-type"), QByteArray(body.startsWith('{') ? "application/json" : "text/html")));
        QCOMPARE(saysModelIsGone(r), gone);
        if (gone) {
            const Failure f = modelGoneFailure(r, QStringLiteral("Wan 2.1"), QStringLiteral("my-gpu"));
            QCOMPARE(f.kind, ErrorKind::InvalidInput);
            QVERIFY2(f.message.startsWith(QStringLiteral("Wan 2.1 has been retired by my-gpu; choose another model.")),
                     qPrintable(f.message));
            QVERIFY2(f.message.contains(QString::number(status)), qPrintable(f.message));
        }
    }

    void longMessagesAreCut()
    {
        const QByteArray body = QByteArray("{\"detail\":\"") + QByteArray(2000, 'x') + QByteArray("\"}");
        const Failure f = describeFailure(response(500, body), CallPhase::Poll, QStringLiteral("s"));
        QVERIFY(f.message.size() < 500);
    }
};

QTEST_GUILESS_MAIN(TestErrorBody)
#include "tst_errorbody.moc"
