#include "store/Budgets.h"

#include "store/Database.h"
#include "store/SqlText.h"
#include "store/StoreWriter.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace rc {

QString budgetPeriodName(BudgetPeriod period)
{
    return period == BudgetPeriod::Day ? QStringLiteral("day") : QStringLiteral("month");
}

namespace {

bool execOrSay(QSqlQuery &q, QString *error)
{
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

} // namespace

Budgets::Budgets(Database &db, QObject *parent) : QObject(parent), m_db(db) {}

bool Budgets::set(BudgetPeriod period, const QString &provider, Money cap, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO budgets (period, provider, cap_micros) VALUES (?, ?, ?)"));
    q.addBindValue(budgetPeriodName(period));
    q.addBindValue(sqlText(provider));
    q.addBindValue(cap.micros());
    return execOrSay(q, error);
}

bool Budgets::clear(BudgetPeriod period, const QString &provider, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM budgets WHERE period = ? AND provider = ?"));
    q.addBindValue(budgetPeriodName(period));
    q.addBindValue(sqlText(provider));
    return execOrSay(q, error);
}

void Budgets::setLater(BudgetPeriod period, const QString &provider, std::optional<Money> cap)
{
    const auto write = [this, period, provider, cap](QString *error) {
        return cap ? set(period, provider, *cap, error) : clear(period, provider, error);
    };
    const auto done = [this](const StoreWriter::Result &r) {
        if (r.ok)
            Q_EMIT capsChanged();
        else
            Q_EMIT writeFailed(QCoreApplication::translate("Budgets", "The spending cap could not be stored: %1").arg(r.error));
    };
    if (!m_writer) {
        QString error;
        done(StoreWriter::Result{write(&error), error});
        return;
    }
    m_writer->post(QStringLiteral("%1 cap for %2").arg(budgetPeriodName(period), provider.isEmpty() ? QStringLiteral("all providers") : provider),
                   write, this, done);
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
