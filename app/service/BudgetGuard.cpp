#include "service/BudgetGuard.h"

#include "store/Budgets.h"
#include "store/Ledger.h"

#include <QCoreApplication>

namespace rc {

BudgetGuard::BudgetGuard(const Budgets &budgets, const Ledger &ledger) : m_budgets(budgets), m_ledger(ledger) {}

QDateTime BudgetGuard::startOfDay(const QDateTime &now)
{
    return now.toLocalTime().date().startOfDay();
}

QDateTime BudgetGuard::startOfMonth(const QDateTime &now)
{
    const QDate d = now.toLocalTime().date();
    return QDate(d.year(), d.month(), 1).startOfDay();
}

std::optional<BudgetGuard::Headroom> BudgetGuard::headroom(const QString &provider, const QDateTime &now,
                                                          const Pending &pending) const
{
    std::optional<Headroom> tightest;
    for (const BudgetPeriod period : {BudgetPeriod::Day, BudgetPeriod::Month}) {
        for (const QString &scope : {QString(), provider}) {
            const auto cap = m_budgets.cap(period, scope);
            if (!cap)
                continue;
            const QDateTime from = period == BudgetPeriod::Day ? startOfDay(now) : startOfMonth(now);
            const QDateTime to = period == BudgetPeriod::Day ? from.addDays(1) : from.addMonths(1);
            const Money spent = m_ledger.committed(from, to, scope) + (scope.isEmpty() ? pending.all : pending.thisProvider);
            const Money left = spent >= *cap ? Money() : *cap - spent;
            if (!tightest || left < tightest->left)
                tightest = Headroom{left, period};
        }
    }
    return tightest;
}

QString BudgetGuard::check(const QString &provider, const QString &providerLabel, Money estimate,
                           const QDateTime &now, const Pending &pending, Spending what) const
{
    if (estimate.isZero())
        return QString(); // free work never crosses a cap
    struct Scope { BudgetPeriod period; QString provider; };
    const Scope scopes[] = {{BudgetPeriod::Day, QString()}, {BudgetPeriod::Month, QString()},
                            {BudgetPeriod::Day, provider}, {BudgetPeriod::Month, provider}};
    for (const Scope &s : scopes) {
        const auto cap = m_budgets.cap(s.period, s.provider);
        if (!cap)
            continue;
        const QDateTime from = s.period == BudgetPeriod::Day ? startOfDay(now) : startOfMonth(now);
        const QDateTime to = s.period == BudgetPeriod::Day ? from.addDays(1) : from.addMonths(1);
        const Money spent = m_ledger.committed(from, to, s.provider) + (s.provider.isEmpty() ? pending.all : pending.thisProvider);
        if (spent + estimate <= *cap)
            continue;
        const QString scope = s.provider.isEmpty()
            ? (s.period == BudgetPeriod::Day ? QCoreApplication::translate("BudgetGuard", "daily budget")
                                             : QCoreApplication::translate("BudgetGuard", "monthly budget"))
            : (s.period == BudgetPeriod::Day
                   ? QCoreApplication::translate("BudgetGuard", "daily budget for %1").arg(providerLabel)
                   : QCoreApplication::translate("BudgetGuard", "monthly budget for %1").arg(providerLabel));
        const QString price = what == Spending::Batch
            ? QCoreApplication::translate("BudgetGuard", "This batch would cost %1 in all").arg(estimate.toString())
            : what == Spending::Shots
            ? QCoreApplication::translate("BudgetGuard", "The shots still to make would cost %1").arg(estimate.toString())
            : QCoreApplication::translate("BudgetGuard", "This job would cost %1").arg(estimate.toString());
        return QCoreApplication::translate(
                   "BudgetGuard", "%1, but %2 of the %3 of %4 is already spent. "
                                  "Raise the cap in Settings or choose a cheaper option.")
            .arg(price, spent.toString(), scope, cap->toString());
    }
    return QString();
}

} // namespace rc
