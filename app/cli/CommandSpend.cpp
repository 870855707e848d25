#include "cli/Commands.h"

#include "core/Catalogue.h"
#include "service/BudgetGuard.h"
#include "store/Budgets.h"
#include "store/Ledger.h"

#include <QJsonArray>

namespace rc::cli {
namespace {

bool parseGroup(const QString &name, Ledger::GroupBy *group)
{
    static const QList<std::pair<QString, Ledger::GroupBy>> names{
        {QStringLiteral("day"), Ledger::GroupBy::Day},       {QStringLiteral("week"), Ledger::GroupBy::Week},
        {QStringLiteral("month"), Ledger::GroupBy::Month},   {QStringLiteral("provider"), Ledger::GroupBy::Provider},
        {QStringLiteral("model"), Ledger::GroupBy::Model},   {QStringLiteral("project"), Ledger::GroupBy::Project}};
    for (const auto &[n, g] : names) {
        if (n == name) {
            *group = g;
            return true;
        }
    }
    return false;
}

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text;
    return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

} // namespace

int runSpendCommand(const CommandArgs &args)
{
    QCommandLineParser parser;
    const QCommandLineOption by(QStringLiteral("by"), QStringLiteral("day, week, month, provider, model or project (default day)."), QStringLiteral("group"), QStringLiteral("day"));
    const QCommandLineOption since(QStringLiteral("since"), QStringLiteral("Only spend from this date (YYYY-MM-DD)."), QStringLiteral("date"));
    const QCommandLineOption csv(QStringLiteral("csv"), QStringLiteral("Print CSV."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    parser.addOptions({by, since, csv, json});
    int code = Success;
    if (!parseOrExplain(parser, args, QStringLiteral("spend [--by GROUP] [--since DATE] [--csv|--json]"), &code))
        return code;
    Ledger::GroupBy group;
    if (!parseGroup(parser.value(by), &group))
        return fail(BadArguments, QStringLiteral("--by takes day, week, month, provider, model or project, not \"%1\"").arg(parser.value(by)));
    QDateTime from;
    if (parser.isSet(since)) {
        const QDate d = QDate::fromString(parser.value(since), Qt::ISODate);
        if (!d.isValid())
            return fail(BadArguments, QStringLiteral("--since needs a date like 2026-11-01"));
        from = d.startOfDay();
    }
    if (parser.isSet(csv) && parser.isSet(json))
        return fail(BadArguments, QStringLiteral("choose --csv or --json, not both"));
    auto ctx = openContext(args);
    if (!ctx)
        return Failure;
    const QList<SpendRow> rows = ctx->ledger().spendBy(group, from);
    Money total;
    for (const SpendRow &r : rows)
        total += r.amount;
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const SpendRow &r : rows)
            array.append(QJsonObject{{QStringLiteral("key"), r.key},
                                     {QStringLiteral("usd"), r.amount.toDecimalString()},
                                     {QStringLiteral("jobs"), r.jobs}});
        printJson(QJsonObject{{QStringLiteral("by"), parser.value(by)},
                              {QStringLiteral("rows"), array},
                              {QStringLiteral("totalUsd"), total.toDecimalString()}});
        return Success;
    }
    if (parser.isSet(csv)) {
        out() << parser.value(by) << ",usd,jobs\n";
        for (const SpendRow &r : rows)
            out() << csvField(r.key) << ',' << r.amount.toDecimalString() << ',' << r.jobs << '\n';
        out() << Qt::flush;
        return Success;
    }
    if (rows.isEmpty()) {
        out() << "Nothing spent yet." << Qt::endl;
        return Success;
    }
    for (const SpendRow &r : rows)
        out() << r.key.leftJustified(24) << r.amount.toString().rightJustified(10) << "  " << r.jobs
              << (r.jobs == 1 ? " job\n" : " jobs\n");
    out() << QStringLiteral("Total").leftJustified(24) << total.toString().rightJustified(10) << Qt::endl;
    return Success;
}

int runBudgetCommand(const CommandArgs &args)
{
    QCommandLineParser parser;
    const QCommandLineOption daily(QStringLiteral("daily"), QStringLiteral("Daily cap in dollars (0 blocks paid work; \"none\" removes it)."), QStringLiteral("usd"));
    const QCommandLineOption monthly(QStringLiteral("monthly"), QStringLiteral("Monthly cap in dollars (\"none\" removes it)."), QStringLiteral("usd"));
    const QCommandLineOption provider(QStringLiteral("provider"), QStringLiteral("Caps for this provider only."), QStringLiteral("name"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    parser.addOptions({daily, monthly, provider, json});
    int code = Success;
    if (!parseOrExplain(parser, args, QStringLiteral("budget [--daily USD] [--monthly USD] [--provider NAME] [--json]"), &code))
        return code;
    struct Change { BudgetPeriod period; bool clear; Money cap; };
    QList<Change> changes;
    for (const auto &[option, period] : {std::pair{&daily, BudgetPeriod::Day}, std::pair{&monthly, BudgetPeriod::Month}}) {
        if (!parser.isSet(*option))
            continue;
        const QString value = parser.value(*option);
        Money cap;
        if (value == QLatin1String("none"))
            changes.append({period, true, Money()});
        else if (Money::parse(value, &cap))
            changes.append({period, false, cap});
        else
            return fail(BadArguments, QStringLiteral("--%1 needs an amount in dollars such as 5 or 2.50, or \"none\"").arg(option->names().first()));
    }
    auto ctx = openContext(args);
    if (!ctx)
        return Failure;
    const QString providerId = parser.value(provider);
    if (!providerId.isEmpty() && !ctx->catalogue().provider(providerId))
        return fail(BadArguments, QStringLiteral("there is no provider named \"%1\"").arg(providerId));
    for (const Change &c : changes) {
        QString error;
        const bool ok = c.clear ? ctx->budgets().clear(c.period, providerId, &error)
                                : ctx->budgets().set(c.period, providerId, c.cap, &error);
        if (!ok)
            return fail(Failure, QStringLiteral("the budget could not be saved: %1").arg(error));
    }
    const QDateTime now = QDateTime::currentDateTime();
    const QDateTime day = BudgetGuard::startOfDay(now), month = BudgetGuard::startOfMonth(now);
    QJsonArray array;
    const QList<BudgetCap> caps = ctx->budgets().all();
    for (const BudgetCap &cap : caps) {
        const QDateTime from = cap.period == BudgetPeriod::Day ? day : month;
        const QDateTime to = cap.period == BudgetPeriod::Day ? day.addDays(1) : month.addMonths(1);
        const Money spent = ctx->ledger().committed(from, to, cap.provider);
        if (parser.isSet(json)) {
            array.append(QJsonObject{{QStringLiteral("period"), budgetPeriodName(cap.period)},
                                     {QStringLiteral("provider"), cap.provider},
                                     {QStringLiteral("capUsd"), cap.cap.toDecimalString()},
                                     {QStringLiteral("spentUsd"), spent.toDecimalString()}});
        } else {
            out() << (cap.period == BudgetPeriod::Day ? "Daily  " : "Monthly") << "  "
                  << (cap.provider.isEmpty() ? QStringLiteral("all providers") : cap.provider).leftJustified(16)
                  << spent.toString().rightJustified(9) << " of " << cap.cap.toString() << "\n";
        }
    }
    if (parser.isSet(json))
        printJson(array);
    else if (caps.isEmpty())
        out() << "No budget set. Set one: reelcraft budget --daily 5 --monthly 50\n";
    out() << Qt::flush;
    return Success;
}

} // namespace rc::cli
