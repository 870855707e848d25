#include "store/Ledger.h"

#include "core/Logging.h"
#include "store/Database.h"
#include "store/SqlText.h"
#include "store/StoreError.h"
#include "store/WriteTransaction.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <map>
#include <optional>

namespace rc {
namespace {

LedgerKind kindFromName(const QString &name)
{
    if (name == QLatin1String("final"))
        return LedgerKind::Final;
    if (name == QLatin1String("release"))
        return LedgerKind::Release;
    return LedgerKind::Estimate;
}

const char *const kLineColumns = "id, at, job_id, provider, model, kind, amount_micros, delta_micros, reason";

LedgerLine lineFromQuery(const QSqlQuery &q)
{
    LedgerLine l;
    l.id = q.value(0).toLongLong();
    l.at = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong());
    l.jobId = q.value(2).toLongLong();
    l.provider = q.value(3).toString();
    l.model = q.value(4).toString();
    l.kind = kindFromName(q.value(5).toString());
    l.amount = Money::fromMicros(q.value(6).toLongLong());
    l.delta = Money::fromMicros(q.value(7).toLongLong());
    l.reason = q.value(8).toString();
    return l;
}

QString groupKey(Ledger::GroupBy group, const LedgerLine &line)
{
    const QDate day = line.at.toLocalTime().date();
    switch (group) {
    case Ledger::GroupBy::Day: return day.toString(Qt::ISODate);
    case Ledger::GroupBy::Week: {
        int year = 0;
        const int week = day.weekNumber(&year);
        return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
    }
    case Ledger::GroupBy::Month: return day.toString(QStringLiteral("yyyy-MM"));
    case Ledger::GroupBy::Provider: return line.provider;
    case Ledger::GroupBy::Model: return line.model;
    case Ledger::GroupBy::Project: return QString(); // resolved by the caller
    }
    return QString();
}

} // namespace

QString ledgerKindName(LedgerKind kind)
{
    switch (kind) {
    case LedgerKind::Estimate: return QStringLiteral("estimate");
    case LedgerKind::Final: return QStringLiteral("final");
    case LedgerKind::Release: return QStringLiteral("release");
    }
    return QString();
}

Ledger::Ledger(Database &db) : m_db(db) {}

bool Ledger::append(const LedgerLine &line)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO ledger (at, job_id, provider, model, kind, amount_micros, delta_micros, reason) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(line.at.toMSecsSinceEpoch());
    q.addBindValue(line.jobId);
    q.addBindValue(sqlText(line.provider));
    q.addBindValue(sqlText(line.model));
    q.addBindValue(ledgerKindName(line.kind));
    q.addBindValue(line.amount.micros());
    q.addBindValue(line.delta.micros());
    q.addBindValue(sqlText(line.reason));
    if (!q.exec()) {
        qCWarning(lcStore) << "ledger append failed:" << q.lastError().text();
        noteStoreError(q.lastError().databaseText());
        return false;
    }
    return true;
}

std::optional<LedgerLine> Ledger::lastLine(JobId job) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM ledger WHERE job_id = ? ORDER BY id DESC LIMIT 1").arg(QLatin1String(kLineColumns)));
    q.addBindValue(job);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return lineFromQuery(q);
}

bool Ledger::recordEstimate(JobId job, const QString &provider, const QString &model, Money estimate,
                            const QString &reason, const QDateTime &at)
{
    // The look and the line in one write: two processes resuming one job cannot both add one.
    WriteTransaction tx(m_db);
    if (!tx.isOpen())
        return false;
    if (hasOpenEstimate(job))
        return tx.commit(); // already held: a resumed job keeps its first estimate
    if (!append(LedgerLine{0, at, job, provider, model, LedgerKind::Estimate, estimate, estimate, reason}))
        tx.fail();
    return tx.commit();
}

bool Ledger::recordFinal(JobId job, Money cost, const QString &reason, const QDateTime &at)
{
    WriteTransaction tx(m_db);
    if (!tx.isOpen())
        return false;
    const auto last = lastLine(job);
    if (!last || last->kind != LedgerKind::Estimate)
        return tx.commit(); // nothing held (or already settled): charged once, never twice
    if (!append(LedgerLine{0, at, job, last->provider, last->model, LedgerKind::Final, cost, cost - last->amount, reason}))
        tx.fail();
    return tx.commit();
}

bool Ledger::recordRelease(JobId job, const QString &reason, const QDateTime &at)
{
    WriteTransaction tx(m_db);
    if (!tx.isOpen())
        return false;
    const auto last = lastLine(job);
    if (!last || last->kind != LedgerKind::Estimate)
        return tx.commit();
    if (!append(LedgerLine{0, at, job, last->provider, last->model, LedgerKind::Release, last->amount,
                           Money() - last->amount, reason}))
        tx.fail();
    return tx.commit();
}

Money Ledger::openEstimate(JobId job) const
{
    const auto last = lastLine(job);
    return last && last->kind == LedgerKind::Estimate ? last->amount : Money();
}

bool Ledger::hasOpenEstimate(JobId job) const
{
    const auto last = lastLine(job);
    return last && last->kind == LedgerKind::Estimate;
}

Money Ledger::committed(const QDateTime &from, const QDateTime &to, const QString &provider) const
{
    QSqlQuery q(m_db.connection());
    QString sql = QStringLiteral("SELECT COALESCE(SUM(delta_micros), 0) FROM ledger WHERE at >= ? AND at < ?");
    if (!provider.isEmpty())
        sql += QStringLiteral(" AND provider = ?");
    q.prepare(sql);
    q.addBindValue(from.toMSecsSinceEpoch());
    q.addBindValue(to.toMSecsSinceEpoch());
    if (!provider.isEmpty())
        q.addBindValue(provider);
    return q.exec() && q.next() ? Money::fromMicros(q.value(0).toLongLong()) : Money();
}

QList<LedgerLine> Ledger::lines(JobId job) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM ledger WHERE job_id = ? ORDER BY id").arg(QLatin1String(kLineColumns)));
    q.addBindValue(job);
    QList<LedgerLine> out;
    if (q.exec())
        while (q.next())
            out.append(lineFromQuery(q));
    return out;
}

QList<LedgerLine> Ledger::allLines(const QDateTime &since) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM ledger WHERE at >= ? ORDER BY id").arg(QLatin1String(kLineColumns)));
    q.addBindValue(since.isValid() ? since.toMSecsSinceEpoch() : 0);
    QList<LedgerLine> out;
    if (q.exec())
        while (q.next())
            out.append(lineFromQuery(q));
    return out;
}

QList<SpendRow> Ledger::spendBy(GroupBy group, const QDateTime &since) const
{
    const QList<LedgerLine> all = allLines(since);
    QHash<JobId, QStringList> projectsOf;
    if (group == GroupBy::Project) {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT pj.job_id, p.name FROM project_jobs pj JOIN projects p ON p.id = pj.project_id"));
        if (q.exec())
            while (q.next())
                projectsOf[q.value(0).toLongLong()].append(q.value(1).toString());
    }
    std::map<QString, std::pair<Money, QSet<JobId>>> groups;
    for (const auto &line : all) {
        QStringList keys;
        if (group == GroupBy::Project) {
            keys = projectsOf.value(line.jobId);
            if (keys.isEmpty())
                keys << QStringLiteral("(no project)");
        } else {
            keys << groupKey(group, line);
        }
        for (const auto &key : keys) {
            auto &g = groups[key];
            g.first += line.delta;
            g.second.insert(line.jobId);
        }
    }
    QList<SpendRow> rows;
    for (const auto &[key, value] : groups)
        rows.append(SpendRow{key, value.first, int(value.second.size())});
    return rows;
}

} // namespace rc
