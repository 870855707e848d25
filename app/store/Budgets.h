#pragma once

#include "core/Money.h"

#include <QList>
#include <QString>
#include <optional>

namespace rc {

class Database;

enum class BudgetPeriod { Day, Month };

struct BudgetCap
{
    BudgetPeriod period = BudgetPeriod::Day;
    QString provider; // empty: all providers together
    Money cap;
};

// The user's spending caps, daily and monthly, overall and per provider.
class Budgets
{
public:
    explicit Budgets(Database &db);
    bool set(BudgetPeriod period, const QString &provider, Money cap);
    bool clear(BudgetPeriod period, const QString &provider);
    std::optional<Money> cap(BudgetPeriod period, const QString &provider) const;
    QList<BudgetCap> all() const;

private:
    Database &m_db;
};

QString budgetPeriodName(BudgetPeriod period);

} // namespace rc
