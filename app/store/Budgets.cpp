#include "store/Budgets.h"

#include "store/Database.h"
#include "store/SqlText.h"

#include <QSqlQuery>

namespace rc {

QString budgetPeriodName(BudgetPeriod period)
{
    return period == BudgetPeriod::Day ? QStringLiteral("day") : QStringLiteral("month");
}

Budgets::Budgets(Database &db) : m_db(db) {}

bool Budgets::set(BudgetPeriod period, const QString &provider, Money cap)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO budgets (period, provider, cap_micros) VALUES (?, ?, ?)"));
    q.addBindValue(budgetPeriodName(period));
    q.addBindValue(sqlText(provider));
    q.addBindValue(cap.micros());
    return q.exec();
}

bool Budgets::clear(BudgetPeriod period, const QString &provider)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM budgets WHERE period = ? AND provider = ?"));
    q.addBindValue(budgetPeriodName(period));
    q.addBindValue(sqlText(provider));
    return q.exec();
}

std::optional<Money> Budgets::cap(BudgetPeriod period, const QString &provider) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT cap_micros FROM budgets WHERE period = ? AND provider = ?"));
    q.addBindValue(budgetPeriodName(period));
    q.addBindValue(sqlText(provider));
    if (q.exec() && q.next())
        return Money::fromMicros(q.value(0).toLongLong());
    return std::nullopt;
}

QList<BudgetCap> Budgets::all() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT period, provider, cap_micros FROM budgets ORDER BY provider, period"));
    QList<BudgetCap> out;
    if (q.exec())
        while (q.next())
            out.append(BudgetCap{q.value(0).toString() == QLatin1String("day") ? BudgetPeriod::Day : BudgetPeriod::Month,
                                 q.value(1).toString(), Money::fromMicros(q.value(2).toLongLong())});
    return out;
}

} // namespace rc
