#pragma once

#include <QWidget>

class QLabel;

namespace rc {
class Budgets;
class Ledger;
} // namespace rc

namespace rc::ui {

class SpendChart;

// Spend at a glance: today and this month against their caps, the last 14 days as a chart, and
// the month by provider. Every figure is the ledger's committed spend, the same numbers that
// `reelcraft spend` prints.
class SpendPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpendPanel)

public:
    static constexpr int kChartDays = 14;

    SpendPanel(const Ledger &ledger, const Budgets &budgets, QWidget *parent = nullptr);
    void refresh();
    SpendChart *chart() const { return m_chart; }
    QString todayText() const;

private:
    const Ledger &m_ledger;
    const Budgets &m_budgets;
    QLabel *m_today;
    QLabel *m_month;
    SpendChart *m_chart;
    QLabel *m_byProvider;
};

} // namespace rc::ui
