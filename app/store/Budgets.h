#pragma once

#include "core/Money.h"

#include <QList>
#include <QObject>
#include <QString>
#include <optional>

namespace rc {

class Database;
class StoreWriter;

enum class BudgetPeriod { Day, Month };

struct BudgetCap
{
    BudgetPeriod period = BudgetPeriod::Day;
    QString provider; // empty: all providers together
    Money cap;
};

// The user's spending caps, daily and monthly, overall and per provider.
// set() and clear() write on the caller's thread and connection (the command line, and the store
// writer running setLater's write); the studio calls setLater(), which hands the write to the
// store's writer thread and returns at once. Reads stay on the caller's thread: the caps are a
// handful of rows, read when a job is priced or the settings open.
class Budgets : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Budgets)

public:
    explicit Budgets(Database &db, QObject *parent = nullptr);
    // The writer setLater() uses (the generation service's); it must outlive this object's use of it.
    void setWriter(StoreWriter *writer) { m_writer = writer; }

    // False with SQLite's text in *error when the store refused.
    [[nodiscard]] bool set(BudgetPeriod period, const QString &provider, Money cap, QString *error = nullptr);
    [[nodiscard]] bool clear(BudgetPeriod period, const QString &provider, QString *error = nullptr);
    // Sets the cap, or clears it when `cap` is empty, on the writer thread; then capsChanged or
    // writeFailed here. Without a writer it writes now.
    void setLater(BudgetPeriod period, const QString &provider, std::optional<Money> cap);

    std::optional<Money> cap(BudgetPeriod period, const QString &provider) const;
    QList<BudgetCap> all() const;

Q_SIGNALS:
    void capsChanged();
    // A cap could not be stored; `message` says why, for the user.
    void writeFailed(const QString &message);

private:
    Database &m_db;
    StoreWriter *m_writer = nullptr;
};

QString budgetPeriodName(BudgetPeriod period);

} // namespace rc
