#include "core/Money.h"
#include "core/VideoSize.h"

#include <QtTest>

using namespace rc;

class TestMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("micros");
        QTest::newRow("whole") << "12" << true << qint64(12'000'000);
        QTest::newRow("cents") << "0.80" << true << qint64(800'000);
        QTest::newRow("dollar sign") << "$3.5" << true << qint64(3'500'000);
        QTest::newRow("micro") << "0.000001" << true << qint64(1);
        QTest::newRow("too precise") << "0.0000001" << false << qint64(0);
        QTest::newRow("negative") << "-1" << false << qint64(0);
        QTest::newRow("word") << "five" << false << qint64(0);
        QTest::newRow("exponent") << "1e3" << false << qint64(0);
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(qint64, micros);
        Money m;
        QCOMPARE(Money::parse(text, &m), ok);
        if (ok)
            QCOMPARE(m.micros(), micros);
    }

    void sumsAreExact()
    {
        // Ten thousand jobs of 0.1 $/s x 8 s: a double would drift, micros do not.
        Money total;
        Money perSecond;
        QVERIFY(Money::parse(QStringLiteral("0.10"), &perSecond));
        for (int i = 0; i < 10000; ++i)
            total += perSecond * 8;
        QCOMPARE(total, Money::fromCents(800000));
        QCOMPARE(total.toString(), QStringLiteral("$8000.00"));
    }

    void display()
    {
        QCOMPARE(Money().toString(), QStringLiteral("$0.00"));
        QCOMPARE(Money::fromCents(80).toString(), QStringLiteral("$0.80"));
        QCOMPARE(Money::fromMicros(4200).toString(), QStringLiteral("$0.0042"));
        QCOMPARE(Money::fromMicros(1'234'567).toDecimalString(), QStringLiteral("1.234567"));
        QCOMPARE((Money() - Money::fromCents(150)).toString(), QStringLiteral("-$1.50"));
    }

    void sizes()
    {
        QCOMPARE(VideoSize::parse(QStringLiteral("1280x720"))->aspectLabel(), QStringLiteral("16:9"));
        QCOMPARE(VideoSize::parse(QStringLiteral("720x1280"))->aspectLabel(), QStringLiteral("9:16"));
        QCOMPARE(VideoSize::parse(QStringLiteral("854x480"))->aspectLabel(), QStringLiteral("16:9"));
        QCOMPARE(VideoSize::parse(QStringLiteral("1080X1080"))->aspectLabel(), QStringLiteral("1:1"));
        QVERIFY(!VideoSize::parse(QStringLiteral("0x720")));
        QVERIFY(!VideoSize::parse(QStringLiteral("1280*720")));
        QVERIFY(!VideoSize::parse(QStringLiteral("big")));
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
