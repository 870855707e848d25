// The Storyboard tab: cards added, duplicated, removed and reordered; the price of the shots
// still to make shown before anything is sent; the budget refusing the whole storyboard.
#include "GuiFixture.h"
#include "store/Budgets.h"
#include "storyboard/StoryboardPanel.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QtTest>

using namespace rc;

class TestStoryboardPanel : public QObject
{
    Q_OBJECT

    static storyboard::Storyboard twoPaidShots()
    {
        storyboard::Storyboard sb;
        sb.title = QStringLiteral("The Water Cycle");
        sb.provider = QStringLiteral("fake-paid");
        sb.music = storyboard::MusicKind::None;
        for (const char *prompt : {"Sunlight warming the sea", "Clouds over the hills"}) {
            storyboard::Shot s;
            s.prompt = QLatin1String(prompt);
            s.seconds = 4;
            sb.shots.append(s);
        }
        return sb;
    }

private Q_SLOTS:
    void cardsAndPrice()
    {
        test::GuiFixture f;
        ui::StoryboardPanel panel(f.context());
        panel.setDocument(twoPaidShots());
        QCOMPARE(panel.strip()->count(), 2);
        // sora-2 at $0.10 a second, two 4 s shots, before anything is sent.
        QVERIFY2(panel.priceLabel()->text().contains(QLatin1String("$0.80")), qPrintable(panel.priceLabel()->text()));
        QVERIFY(f.service->activeJobs().isEmpty());

        panel.strip()->setCurrentRow(1);
        panel.duplicateShot();
        QCOMPARE(panel.document().shots.size(), 3);
        QCOMPARE(panel.document().shots[2].prompt, QStringLiteral("Clouds over the hills"));
        QVERIFY2(panel.priceLabel()->text().contains(QLatin1String("$1.20")), qPrintable(panel.priceLabel()->text()));
        panel.addShot();
        QCOMPARE(panel.strip()->count(), 4);
        panel.removeShot();
        QCOMPARE(panel.strip()->count(), 3);

        // Dragging the last card to the front reorders the shots.
        QVERIFY(panel.strip()->model()->moveRow(QModelIndex(), 2, QModelIndex(), 0));
        QTRY_COMPARE(panel.document().shots[0].prompt, QStringLiteral("Clouds over the hills"));
        QCOMPARE(panel.document().shots[1].prompt, QStringLiteral("Sunlight warming the sea"));
        QTRY_COMPARE(panel.strip()->item(0)->text().contains(QLatin1String("Clouds")), true);
    }

    void budgetRefusesTheWholeStoryboardBeforeSending()
    {
        test::GuiFixture f;
        // Each shot ($0.40) fits under the cap; both together ($0.80) do not.
        QVERIFY(f.budgets->set(BudgetPeriod::Day, QString(), Money::fromCents(50)));
        ui::StoryboardPanel panel(f.context());
        panel.setDocument(twoPaidShots());
        panel.makeLesson();
        QVERIFY2(panel.statusLabel()->text().contains(QLatin1String("$0.80")), qPrintable(panel.statusLabel()->text()));
        QVERIFY(f.service->activeJobs().isEmpty());
        QCOMPARE(f.jobs->count(JobQuery{}), 0);
        QVERIFY(panel.makeButton()->isEnabled());
    }
};

QTEST_MAIN(TestStoryboardPanel)
#include "tst_storyboard_panel.moc"
