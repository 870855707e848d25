// The spend ledger's arithmetic over the paths a job can take, and the reports built on it.
#include "store/Database.h"
#include "store/JobRepository.h"
#include "store/Ledger.h"

#include <QtTest>

using namespace rc;

class TestLedger : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Ledger> m_ledger;
    const QDateTime m_t0 = QDateTime(QDate(2026, 11, 20), QTime(10, 0));

    Money total() const { return m_ledger->committed(m_t0.addYears(-1), m_t0.addYears(1)); }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("%1.db").arg(QTest::currentTestFunction())));
        QString error;
        QVERIFY(m_db->open(&error));
        m_ledger = std::make_unique<Ledger>(*m_db);
    }

    void estimateThenFinalAtTheEstimate()
    {
        QVERIFY(m_ledger->recordEstimate(1, QStringLiteral("openai"), QStringLiteral("sora-2"), Money::fromCents(80), QStringLiteral("e"), m_t0));
        QCOMPARE(total(), Money::fromCents(80)); // held while running
        QVERIFY(m_ledger->recordFinal(1, Money::fromCents(80), QStringLiteral("f"), m_t0.addSecs(60)));
        QCOMPARE(total(), Money::fromCents(80));
        QVERIFY(!m_ledger->hasOpenEstimate(1));
    }

    void finalDiffersFromEstimate()
    {
        QVERIFY(m_ledger->recordEstimate(2, QStringLiteral("gemini"), QStringLiteral("veo"), Money::fromCents(320), QStringLiteral("e"), m_t0));
        QVERIFY(m_ledger->recordFinal(2, Money::fromCents(300), QStringLiteral("reported"), m_t0.addSecs(60)));
        QCOMPARE(total(), Money::fromCents(300));
        const QList<LedgerLine> lines = m_ledger->lines(2);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[1].amount, Money::fromCents(300));
        QCOMPARE(lines[1].delta, Money() - Money::fromCents(20));
    }

    void releaseGivesTheHoldBack()
    {
        QVERIFY(m_ledger->recordEstimate(3, QStringLiteral("openai"), QStringLiteral("sora-2"), Money::fromCents(40), QStringLiteral("e"), m_t0));
        QVERIFY(m_ledger->recordRelease(3, QStringLiteral("failed: moderation"), m_t0.addSecs(5)));
        QCOMPARE(total(), Money());
        QCOMPARE(m_ledger->lines(3).last().reason, QStringLiteral("failed: moderation"));
    }

    void closingTwiceBillsOnce()
    {
        QVERIFY(m_ledger->recordEstimate(4, QStringLiteral("p"), QStringLiteral("m"), Money::fromCents(100), QStringLiteral("e"), m_t0));
        QVERIFY(m_ledger->recordFinal(4, Money::fromCents(100), QStringLiteral("f"), m_t0));
        QVERIFY(m_ledger->recordFinal(4, Money::fromCents(100), QStringLiteral("f again, after a resume"), m_t0));
        QVERIFY(m_ledger->recordRelease(4, QStringLiteral("late failure report"), m_t0));
        QCOMPARE(m_ledger->lines(4).size(), 2);
        QCOMPARE(total(), Money::fromCents(100));
        QVERIFY(m_ledger->recordEstimate(4, QStringLiteral("p"), QStringLiteral("m"), Money::fromCents(100), QStringLiteral("e"), m_t0));
        QVERIFY(m_ledger->recordEstimate(4, QStringLiteral("p"), QStringLiteral("m"), Money::fromCents(100), QStringLiteral("e twice"), m_t0));
        QCOMPARE(m_ledger->lines(4).size(), 3); // an open estimate is never doubled
    }

    void retryAfterFailureChargesOnlyTheSuccess()
    {
        QVERIFY(m_ledger->recordEstimate(5, QStringLiteral("p"), QStringLiteral("m"), Money::fromCents(50), QStringLiteral("e"), m_t0));
        QVERIFY(m_ledger->recordRelease(5, QStringLiteral("network"), m_t0));
        QVERIFY(m_ledger->recordEstimate(5, QStringLiteral("p"), QStringLiteral("m"), Money::fromCents(50), QStringLiteral("retry"), m_t0));
        QVERIFY(m_ledger->recordFinal(5, Money::fromCents(50), QStringLiteral("f"), m_t0));
        QCOMPARE(total(), Money::fromCents(50));
    }

    void windowsAndGroups()
    {
        // Two days, two providers, one project.
        QVERIFY(m_ledger->recordEstimate(10, QStringLiteral("openai"), QStringLiteral("sora-2"), Money::fromCents(80), QStringLiteral("e"), m_t0));
        QVERIFY(m_ledger->recordFinal(10, Money::fromCents(80), QStringLiteral("f"), m_t0));
        QVERIFY(m_ledger->recordEstimate(11, QStringLiteral("gemini"), QStringLiteral("veo"), Money::fromCents(320), QStringLiteral("e"), m_t0.addDays(1)));
        QVERIFY(m_ledger->recordFinal(11, Money::fromCents(320), QStringLiteral("f"), m_t0.addDays(1)));
        QVERIFY(m_ledger->recordEstimate(12, QStringLiteral("builtin"), QStringLiteral("proc"), Money(), QStringLiteral("free"), m_t0.addDays(1)));
        QVERIFY(m_ledger->recordFinal(12, Money(), QStringLiteral("free"), m_t0.addDays(1)));
        const QDateTime day1 = m_t0.date().startOfDay();
        QCOMPARE(m_ledger->committed(day1, day1.addDays(1)), Money::fromCents(80));
        QCOMPARE(m_ledger->committed(day1, day1.addDays(2), QStringLiteral("gemini")), Money::fromCents(320));

        const QList<SpendRow> byDay = m_ledger->spendBy(Ledger::GroupBy::Day);
        QCOMPARE(byDay.size(), 2);
        QCOMPARE(byDay[0].key, QStringLiteral("2026-11-20"));
        QCOMPARE(byDay[1].amount, Money::fromCents(320));
        QCOMPARE(byDay[1].jobs, 2);
        const QList<SpendRow> byProvider = m_ledger->spendBy(Ledger::GroupBy::Provider);
        QCOMPARE(byProvider.size(), 3);
        const QList<SpendRow> byMonth = m_ledger->spendBy(Ledger::GroupBy::Month);
        QCOMPARE(byMonth.size(), 1);
        QCOMPARE(byMonth[0].amount, Money::fromCents(400));
        QCOMPARE(m_ledger->spendBy(Ledger::GroupBy::Day, m_t0.addDays(1).date().startOfDay()).size(), 1);
    }

    void projectReportCountsAClipInEachOfItsProjects()
    {
        JobRepository jobs(*m_db);
        QString error;
        const Job a = jobs.insert(GenerationRequest(), Money::fromCents(80), m_t0, &error);
        QVERIFY(jobs.addToProject(a.id(), QStringLiteral("Spring catalogue")));
        QVERIFY(jobs.addToProject(a.id(), QStringLiteral("Lesson 4")));
        QVERIFY(m_ledger->recordEstimate(a.id(), QStringLiteral("openai"), QStringLiteral("sora-2"), Money::fromCents(80), QStringLiteral("e"), m_t0));
        const QList<SpendRow> rows = m_ledger->spendBy(Ledger::GroupBy::Project);
        QCOMPARE(rows.size(), 2);
        for (const SpendRow &r : rows)
            QCOMPARE(r.amount, Money::fromCents(80));
    }
};

QTEST_GUILESS_MAIN(TestLedger)
#include "tst_ledger.moc"
