#pragma once

#include "core/Money.h"

#include "store/Budgets.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace rc {

class Ledger;

// Decides whether a job's estimate fits under every cap that applies to it: the daily and monthly
// caps for all providers and for the job's provider. Spending exactly up to a cap is allowed.
class BudgetGuard
{
public:
    BudgetGuard(const Budgets &budgets, const Ledger &ledger);

    // Holds of this process not yet in the ledger (jobs whose write is queued): counted as spent.
    struct Pending
    {
        Money all;         // every provider's
        Money thisProvider; // the job's provider's
    };
    // What the estimate is the price of, so a refusal names it as the user started it.
    enum class Spending { Job, Batch, Shots };
    // Empty when the work may go; otherwise the refusal for the user: the cap, what is already
    // committed in that period, and what the work would cost.
    QString check(const QString &provider, const QString &providerLabel, Money estimate, const QDateTime &now,
                  const Pending &pending = {}, Spending what = Spending::Job) const;

    // What is left under the tightest cap that applies to the provider's jobs (never below zero),
    // and that cap's period; nullopt when no cap applies.
    struct Headroom
    {
        Money left;
        BudgetPeriod period = BudgetPeriod::Day;
    };
    std::optional<Headroom> headroom(const QString &provider, const QDateTime &now, const Pending &pending = {}) const;

    static QDateTime startOfDay(const QDateTime &now);
    static QDateTime startOfMonth(const QDateTime &now);

private:
    const Budgets &m_budgets;
    const Ledger &m_ledger;
};

} // namespace rc
