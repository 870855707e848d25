#pragma once

#include "core/Job.h"
#include "core/Money.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace rc {

class Database;

enum class LedgerKind { Estimate, Final, Release };

// One line of the append-only spend ledger. `amount` is the figure the line is about; `delta` is
// its effect on what is committed: an estimate holds +E, a final line turns the hold into the
// real cost (F - E), a release gives the hold back (-E). So committed spend is the sum of deltas,
// and no line is ever changed or removed (the database refuses UPDATE and DELETE).
struct LedgerLine
{
    qint64 id = 0;
    QDateTime at;
    JobId jobId = 0;
    QString provider;
    QString model;
    LedgerKind kind = LedgerKind::Estimate;
    Money amount;
    Money delta;
    QString reason;
};

struct SpendRow
{
    QString key;   // a day "2026-11-25", week "2026-W48", month "2026-11", provider, model or project
    Money amount;  // committed spend
    int jobs = 0;  // jobs with a line in the group
};

class Ledger
{
public:
    enum class GroupBy { Day, Week, Month, Provider, Model, Project };

    explicit Ledger(Database &db);

    [[nodiscard]] bool recordEstimate(JobId job, const QString &provider, const QString &model, Money estimate,
                        const QString &reason, const QDateTime &at);
    // Closes the job's open estimate with its real cost. Does nothing (and returns true) when the
    // job has no open estimate, so a resumed job is never billed twice.
    [[nodiscard]] bool recordFinal(JobId job, Money cost, const QString &reason, const QDateTime &at);
    // Gives back the job's open estimate; does nothing when there is none.
    [[nodiscard]] bool recordRelease(JobId job, const QString &reason, const QDateTime &at);

    // The estimate still held for a job (zero when closed).
    Money openEstimate(JobId job) const;
    bool hasOpenEstimate(JobId job) const;
    // Committed spend between two instants (from inclusive, to exclusive), for one provider or all.
    Money committed(const QDateTime &from, const QDateTime &to, const QString &provider = QString()) const;
    QList<LedgerLine> lines(JobId job) const;
    QList<LedgerLine> allLines(const QDateTime &since = QDateTime()) const;
    QList<SpendRow> spendBy(GroupBy group, const QDateTime &since = QDateTime()) const;

private:
    bool append(const LedgerLine &line);
    std::optional<LedgerLine> lastLine(JobId job) const;
    Database &m_db;
};

QString ledgerKindName(LedgerKind kind);

} // namespace rc
