#include "spend/SpendPanel.h"

#include "service/BudgetGuard.h"
#include "spend/SpendChart.h"
#include "store/Budgets.h"
#include "store/Ledger.h"

#include <QDateTime>
#include <QLabel>
#include <QVBoxLayout>

namespace rc::ui {
namespace {

QString withCap(Money spent, std::optional<Money> cap)
{
    return cap ? SpendPanel::tr("%1 of %2").arg(spent.toString(), cap->toString()) : spent.toString();
}

} // namespace

SpendPanel::SpendPanel(const Ledger &ledger, const Budgets &budgets, QWidget *parent)
    : QWidget(parent), m_ledger(ledger), m_budgets(budgets), m_today(new QLabel(this)), m_month(new QLabel(this)),
      m_chart(new SpendChart(this)), m_byProvider(new QLabel(this))
{
    setAccessibleName(tr("Spend"));
    m_byProvider->setWordWrap(true);
    m_byProvider->setForegroundRole(QPalette::PlaceholderText);
    auto *box = new QVBoxLayout(this);
    box->setContentsMargins(8, 8, 8, 8);
    box->addWidget(m_today);
    box->addWidget(m_month);
    box->addWidget(m_chart, 1);
    box->addWidget(m_byProvider);
    refresh();
}

QString SpendPanel::todayText() const
{
    return m_today->text();
}

void SpendPanel::refresh()
{
    const QDateTime now = QDateTime::currentDateTime();
    const QDateTime dayStart = BudgetGuard::startOfDay(now);
    const QDateTime monthStart = BudgetGuard::startOfMonth(now);
    const QDateTime end = now.addDays(1);
    m_today->setText(tr("Today: %1").arg(withCap(m_ledger.committed(dayStart, end), m_budgets.cap(BudgetPeriod::Day, QString()))));
    m_month->setText(tr("This month: %1")
                         .arg(withCap(m_ledger.committed(monthStart, end), m_budgets.cap(BudgetPeriod::Month, QString()))));

    const QDate today = now.date();
    const QDate first = today.addDays(-(kChartDays - 1));
    QHash<QString, Money> byDay;
    for (const SpendRow &row : m_ledger.spendBy(Ledger::GroupBy::Day, first.startOfDay()))
        byDay.insert(row.key, row.amount);
    QList<SpendChart::Day> days;
    for (QDate d = first; d <= today; d = d.addDays(1))
        days.append({d, byDay.value(d.toString(Qt::ISODate))});
    m_chart->setDays(days);

    QStringList parts;
    for (const SpendRow &row : m_ledger.spendBy(Ledger::GroupBy::Provider, monthStart)) {
        if (!row.amount.isZero())
            parts << tr("%1 %2 (%n job(s))", nullptr, row.jobs).arg(row.key, row.amount.toString());
    }
    m_byProvider->setText(parts.isEmpty() ? tr("Nothing spent this month. The built-in engine is free.")
                                          : tr("This month by provider: %1").arg(parts.join(QStringLiteral(", "))));
}

} // namespace rc::ui
