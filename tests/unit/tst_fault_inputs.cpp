// Hostile inputs that must not leak or mislead: a key a server repeats in its error, control
// characters headed for a terminal, API keys in the environment of the engine worker, a broken
// catalogue, redirects that would carry the user's data elsewhere, and answers too large to hold.
#include "cli/CommandSupport.h"
#include "core/Catalogue.h"
#include "core/Job.h"
#include "core/Logging.h"
#include "core/Paths.h"
#include "net/HttpClient.h"
#include "providers/remote/HttpFailure.h"
#include "providers/builtin/BuiltinProvider.h"
#include "store/Database.h"
#include "store/JobRepository.h"
#include "support/FakeHttpServer.h"

#include <QElapsedTimer>
#include <QProcessEnvironment>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace rc;
using namespace rc::net;
using namespace rc::test;

class TestFaultInputs : public QObject
{
    Q_OBJECT

    static HttpResponse run(HttpClient &client, const HttpRequest &request, int timeoutMs = 20000)
    {
        HttpResponse out;
        bool done = false;
        client.send(request, [&](const HttpResponse &r) {
            out = r;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, timeoutMs))
            out.errorText = QStringLiteral("no answer within the test's limit");
        return out;
    }

private Q_SLOTS:
    void aKeyInAnyWordingIsRedactedBeforeItIsStored()
    {
        // No pattern knows this wording or this key's shape: only its registered value does.
        const QString key = QStringLiteral("relay-7f3a9c2e5b1d");
        const QString said = QStringLiteral("Incorrect API key provided: %1. You can find your key at ...").arg(key);
        QVERIFY(redactSecrets(said).contains(key)); // not masked before the key is known
        registerSecret(key);
        QVERIFY(!redactSecrets(said).contains(key));

        QTemporaryDir dir;
        Database db(dir.filePath(QStringLiteral("h.sqlite")));
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        JobRepository jobs(db);
        GenerationRequest r;
        r.prompt = QStringLiteral("a cat");
        r.provider = QStringLiteral("srv");
        r.model = QStringLiteral("m");
        r.tier = QStringLiteral("standard");
        r.durationSec = 4;
        r.size = VideoSize{1280, 720};
        Job job = jobs.insert(r, Money(), QDateTime::currentDateTime(), &error);
        QVERIFY(job.id() > 0);
        QVERIFY(job.markSubmitting(QDateTime::currentDateTime()));
        QVERIFY(job.fail(ErrorKind::Auth, said + QStringLiteral(" Authorization: Bearer sk-abcdefghijklmnopqrst"),
                         QDateTime::currentDateTime()));
        QVERIFY(!job.errorMessage().contains(key));
        QVERIFY(!job.errorMessage().contains(QLatin1String("abcdefghijklmnopqrst")));
        QVERIFY(jobs.save(job, true, QStringLiteral("retrying after: %1").arg(said)));
        const std::optional<Job> back = jobs.load(job.id());
        QVERIFY(back);
        QVERIFY(!back->errorMessage().contains(key));
        QVERIFY(back->errorMessage().contains(QLatin1String("[redacted]")));
        for (const JobEvent &e : jobs.events(job.id()))
            QVERIFY2(!e.detail.contains(key), qPrintable(e.detail));
        // Short values are never registered: they would mask ordinary words.
        registerSecret(QStringLiteral("cat"));
        QCOMPARE(redactSecrets(QStringLiteral("a cat")), QStringLiteral("a cat"));
    }

    void controlCharactersAreEscapedForTheTerminal()
    {
        const QString prompt = QStringLiteral("red \x1b[31mALERT\x1b[0m\r\nline\tnext\x07 \u009b2J caf\u00e9 \U0001F408");
        const QString safe = cli::terminalSafe(prompt);
        for (const QChar c : safe) {
            const char16_t u = c.unicode();
            QVERIFY2(!(u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0)), qPrintable(QString::number(int(u), 16)));
        }
        QVERIFY(safe.contains(QLatin1String("\\x1b[31mALERT")));
        QVERIFY(safe.contains(QLatin1String("\\r\\nline\\tnext\\x07")));
        QVERIFY(safe.contains(QLatin1String("\\x9b2J")));
        QVERIFY(safe.endsWith(QStringLiteral("caf\u00e9 \U0001F408"))); // ordinary text untouched
    }

    void theEngineWorkerGetsNoKeys()
    {
        QProcessEnvironment parent;
        parent.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin"));
        parent.insert(QStringLiteral("HOME"), QStringLiteral("/home/ana"));
        parent.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
        parent.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
        parent.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=false"));
        parent.insert(QStringLiteral("OPENAI_API_KEY"), QStringLiteral("sk-secret"));
        parent.insert(QStringLiteral("GEMINI_API_KEY"), QStringLiteral("AIza-secret"));
        parent.insert(QStringLiteral("FAL_KEY"), QStringLiteral("fal-secret"));
        parent.insert(QStringLiteral("OPENROUTER_TOKEN"), QStringLiteral("or-secret"));
        parent.insert(QStringLiteral("REELCRAFT_API_KEY"), QStringLiteral("rc-secret"));
        parent.insert(QStringLiteral("QT_SECRET_PASSWORD"), QStringLiteral("pw"));
        parent.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("aws"));
        parent.insert(QStringLiteral("MY_RELAY_CREDENTIALS"), QStringLiteral("cred"));
        const QProcessEnvironment env = workerEnvironment(parent);
        for (const QString &name : env.keys())
            QVERIFY2(!env.value(name).contains(QLatin1String("secret")) && env.value(name) != QLatin1String("pw")
                         && env.value(name) != QLatin1String("aws") && env.value(name) != QLatin1String("cred"),
                     qPrintable(name));
        QCOMPARE(env.value(QStringLiteral("PATH")), QStringLiteral("/usr/bin"));
        QCOMPARE(env.value(QStringLiteral("LANG")), QStringLiteral("de_DE.UTF-8"));
        QCOMPARE(env.value(QStringLiteral("LC_ALL")), QStringLiteral("de_DE.UTF-8"));
        QCOMPARE(env.value(QStringLiteral("QT_LOGGING_RULES")), QStringLiteral("*.debug=false"));
        QVERIFY(env.contains(QStringLiteral("HOME")));
    }

    void aCatalogueThatDoesNotParseIsReportedByLine()
    {
        QStringList errors;
        Catalogue c;
        QVERIFY(!c.addJson("{\n  \"providers\": [\n    { \"id\": \"a\" },\n    oops\n  ]\n}\n", QStringLiteral("catalogue.json"), &errors));
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().contains(QLatin1String("line 4")), qPrintable(errors.first()));
    }

    void aRequestWithABodyIsNeverRedirected_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("multipart");
        QTest::addColumn<bool>("sameHost");
        QTest::newRow("307 elsewhere, json") << 307 << false << false;
        QTest::newRow("307 elsewhere, multipart") << 307 << true << false;
        QTest::newRow("308 same host") << 308 << true << true;
        QTest::newRow("302 elsewhere") << 302 << false << false;
        QTest::newRow("303 elsewhere") << 303 << true << false;
    }
    void aRequestWithABodyIsNeverRedirected()
    {
        QFETCH(int, status);
        QFETCH(bool, multipart);
        QFETCH(bool, sameHost);
        FakeHttpServer elsewhere;
        QVERIFY(elsewhere.listen());
        elsewhere.setHandler([](const RecordedRequest &) { return FakeResponse::json(200, R"({"id":"stolen"})"); });
        FakeHttpServer origin;
        QVERIFY(origin.listen());
        origin.setHandler([&](const RecordedRequest &r) {
            if (r.path == QLatin1String("/moved"))
                return FakeResponse::json(200, R"({"id":"moved"})");
            FakeResponse redirect;
            redirect.status = status;
            redirect.setHeader("Location", sameHost ? QByteArray("/moved") : (elsewhere.origin() + QStringLiteral("/v1/videos")).toUtf8());
            return redirect;
        });
        HttpClient client;
        HttpRequest r;
        r.method = HttpMethod::Post;
        r.url = QUrl(origin.origin() + QStringLiteral("/v1/videos"));
        r.setSecretHeader("Authorization", "Bearer sk-redirect-secret-0123456789");
        r.retry = RetryMode::CreateOnce;
        if (multipart) {
            r.multipart.append({"prompt", "a private prompt", QString(), QByteArray(), QByteArray()});
        } else {
            r.body = R"({"prompt":"a private prompt"})";
            r.contentType = "application/json";
        }
        const HttpResponse response = run(client, r);
        QCOMPARE(response.status, status);
        QVERIFY(!response.isHttpSuccess());
        QCOMPARE(elsewhere.requests().size(), 0);
        QCOMPARE(origin.requests().size(), 1);
        const Failure f = describeFailure(response, CallPhase::Create, QStringLiteral("Relay"));
        QVERIFY2(f.message.contains(QLatin1String("redirect")), qPrintable(f.message));
    }

    void aGetRedirectedToAnotherHostLeavesTheKeyBehind()
    {
        FakeHttpServer elsewhere;
        QVERIFY(elsewhere.listen());
        elsewhere.setHandler([](const RecordedRequest &) { return FakeResponse::json(200, R"({"ok":true})"); });
        FakeHttpServer origin;
        QVERIFY(origin.listen());
        origin.setHandler([&](const RecordedRequest &) {
            FakeResponse redirect;
            redirect.status = 307;
            redirect.setHeader("Location", (elsewhere.origin() + QStringLiteral("/cdn/clip")).toUtf8());
            return redirect;
        });
        HttpClient client;
        HttpRequest r = HttpRequest::get(QUrl(origin.origin() + QStringLiteral("/v1/videos/1")));
        r.setSecretHeader("Authorization", "Bearer sk-redirect-secret-0123456789");
        QVERIFY(run(client, r).isHttpSuccess());
        QCOMPARE(elsewhere.requests().size(), 1);
        QVERIFY(!elsewhere.requests().first().headers.contains("authorization"));
    }

    void aTooLargeAnswerIsRefusedWhileItStreams()
    {
        // An honest length, far beyond the cap.
        FakeHttpServer server;
        QVERIFY(server.listen());
        const QByteArray huge = "{\"id\":\"" + QByteArray(24 * 1024 * 1024, 'x') + "\"}";
        server.setHandler([&](const RecordedRequest &) { return FakeResponse::json(200, huge); });
        HttpClient client;
        HttpRequest r = HttpRequest::get(QUrl(server.origin() + QStringLiteral("/v1/videos/1")));
        r.retry = RetryMode::Never;
        HttpResponse response = run(client, r);
        QCOMPARE(response.error, TransportError::TooLarge);
        QVERIFY(response.body.size() <= kDefaultMaxBodyBytes);

        // A claimed 2 GB that never comes: refused on the header, without waiting for a byte.
        QTcpServer raw;
        QVERIFY(raw.listen(QHostAddress::LocalHost));
        qint64 bodyBytesSent = 0;
        connect(&raw, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *s = raw.nextPendingConnection();
            connect(s, &QTcpSocket::readyRead, s, [s, &bodyBytesSent] {
                s->readAll();
                s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2147483648\r\n\r\n");
                const QByteArray chunk(64 * 1024, ' ');
                s->write(chunk);
                bodyBytesSent += chunk.size();
            });
        });
        HttpRequest claim = HttpRequest::get(QUrl(QStringLiteral("http://127.0.0.1:%1/v1/videos").arg(raw.serverPort())));
        claim.retry = RetryMode::Never;
        claim.timeoutMs = 15000;
        QElapsedTimer timer;
        timer.start();
        response = run(client, claim);
        QCOMPARE(response.error, TransportError::TooLarge);
        QVERIFY(response.body.isEmpty());
        QVERIFY2(timer.elapsed() < 10000, "refused on the header, not at the timeout");
    }
};

QTEST_GUILESS_MAIN(TestFaultInputs)
#include "tst_fault_inputs.moc"
