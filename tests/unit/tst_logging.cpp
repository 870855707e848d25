// Log lines never carry a secret, and they land in the profile's log file.
#include "core/Logging.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace rc;

class TestLogging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void redactsKeys_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("secret");
        QTest::newRow("bearer") << "Authorization: Bearer sk-proj-abcdefghijklmnop1234" << "abcdefghijklmnop1234";
        QTest::newRow("google header") << "x-goog-api-key: AIzaSyA1234567890abcdefghij" << "AIzaSyA1234567890abcdefghij";
        QTest::newRow("query") << "GET https://example.test/v1beta/files/x:download?alt=media&key=SECRETKEY42" << "SECRETKEY42";
        QTest::newRow("bare openai key") << "using key sk-abcdefghijklmnopqrstuvwx for relay" << "sk-abcdefghijklmnopqrstuvwx";
        QTest::newRow("json") << R"({"api-key": "hunter2hunter2"})" << "hunter2hunter2";
    }
    void redactsKeys()
    {
        QFETCH(QString, line);
        QFETCH(QString, secret);
        const QString clean = redactSecrets(line);
        QVERIFY2(!clean.contains(secret), qPrintable(clean));
        QVERIFY(clean.contains(QStringLiteral("[redacted]")));
    }

    void leavesOrdinaryTextAlone()
    {
        const QString text = QStringLiteral("job 12 completed: /home/ana/.local/share/reelcraft/media/12.mp4 (sora-2, 1280x720)");
        QCOMPARE(redactSecrets(text), text);
    }

    void writesTheProfileLogWithoutSecrets()
    {
        QTemporaryDir dir;
        installLogFile(dir.path());
        qCInfo(lcNet) << "request with Bearer sk-live-000011112222333344445555";
        qInstallMessageHandler(nullptr);
        QFile log(dir.filePath(QStringLiteral("reelcraft.log")));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray text = log.readAll();
        QVERIFY(text.contains("reelcraft.net"));
        QVERIFY(text.contains("[redacted]"));
        QVERIFY(!text.contains("000011112222333344445555"));
    }
};

QTEST_GUILESS_MAIN(TestLogging)
#include "tst_logging.moc"
