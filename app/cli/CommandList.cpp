#include "cli/Commands.h"
#include "cli/JobJson.h"

#include "core/Logging.h"
#include "store/JobRepository.h"
#include "store/Ledger.h"

#include <QJsonArray>

namespace rc::cli {

int runListCommand(const CommandArgs &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    const QCommandLineOption search(QStringLiteral("search"), QStringLiteral("Only prompts with these words."), QStringLiteral("text"));
    const QCommandLineOption status(QStringLiteral("status"), QStringLiteral("queued, running, completed, failed, cancelled, ..."), QStringLiteral("state"));
    const QCommandLineOption provider(QStringLiteral("provider"), QStringLiteral("Only this provider."), QStringLiteral("name"));
    const QCommandLineOption model(QStringLiteral("model"), QStringLiteral("Only this model."), QStringLiteral("id"));
    const QCommandLineOption favourite(QStringLiteral("favourite"), QStringLiteral("Only favourites."));
    const QCommandLineOption project(QStringLiteral("project"), QStringLiteral("Only clips in this project."), QStringLiteral("name"));
    const QCommandLineOption limit(QStringLiteral("limit"), QStringLiteral("At most this many (default 50)."), QStringLiteral("n"), QStringLiteral("50"));
    const QCommandLineOption offset(QStringLiteral("offset"), QStringLiteral("Skip this many."), QStringLiteral("n"), QStringLiteral("0"));
    parser.addOptions({json, search, status, provider, model, favourite, project, limit, offset});
    int code = Success;
    if (!parseOrExplain(parser, args, QStringLiteral("list [options]"), &code))
        return code;
    if (!parser.positionalArguments().isEmpty())
        return fail(BadArguments, QStringLiteral("list takes no arguments other than options"));

    JobQuery query;
    query.search = parser.value(search);
    query.provider = parser.value(provider);
    query.model = parser.value(model);
    query.project = parser.value(project);
    query.favouritesOnly = parser.isSet(favourite);
    bool ok = false;
    query.limit = parser.value(limit).toInt(&ok);
    if (!ok || query.limit <= 0)
        return fail(BadArguments, QStringLiteral("--limit needs a positive number"));
    query.offset = parser.value(offset).toInt(&ok);
    if (!ok || query.offset < 0)
        return fail(BadArguments, QStringLiteral("--offset needs a number, 0 or more"));
    if (parser.isSet(status)) {
        JobState state;
        QString name = parser.value(status).toLower();
        if (name == QLatin1String("generating"))
            name = QStringLiteral("running");
        if (!jobStateFromName(name, &state))
            return fail(BadArguments, QStringLiteral("unknown --status \"%1\"").arg(parser.value(status)));
        query.state = state;
    }

    auto ctx = openContext(args);
    if (!ctx)
        return Failure;
    const QList<Job> jobs = ctx->jobs().list(query);
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const Job &job : jobs)
            array.append(jobToJson(job));
        printJson(array);
        return Success;
    }
    if (jobs.isEmpty()) {
        out() << "No clips yet. Make one: reelcraft generate \"An orange cat playing in a sunlit garden\"" << Qt::endl;
        return Success;
    }
    out() << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                 .arg(QStringLiteral("ID").rightJustified(5), QStringLiteral("STATE").leftJustified(11),
                      QStringLiteral("PROVIDER").leftJustified(10), QStringLiteral("LENGTH").leftJustified(6),
                      QStringLiteral("COST").rightJustified(7), QStringLiteral("PROMPT"));
    for (const Job &job : jobs) {
        QString prompt = terminalSafe(job.request().prompt.simplified());
        if (prompt.size() > 60)
            prompt = prompt.left(59) + QChar(0x2026);
        out() << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                     .arg(QString::number(job.id()).rightJustified(5), jobStateName(job.state()).leftJustified(11),
                          terminalSafe(job.request().provider).leftJustified(10),
                          QStringLiteral("%1s").arg(job.request().durationSec).leftJustified(6),
                          (job.state() == JobState::Completed ? job.cost() : job.estimate()).toString().rightJustified(7),
                          prompt);
    }
    out() << Qt::flush;
    return Success;
}

int runShowCommand(const CommandArgs &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("id"), QStringLiteral("The job's number, as `list` shows it."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    parser.addOption(json);
    int code = Success;
    if (!parseOrExplain(parser, args, QStringLiteral("show ID [--json]"), &code))
        return code;
    bool ok = false;
    const JobId id = parser.positionalArguments().value(0).toLongLong(&ok);
    if (parser.positionalArguments().size() != 1 || !ok || id <= 0)
        return fail(BadArguments, QStringLiteral("show needs one job number, e.g. reelcraft show 12"));
    auto ctx = openContext(args);
    if (!ctx)
        return Failure;
    const std::optional<Job> job = ctx->jobs().load(id);
    if (!job)
        return fail(Failure, QStringLiteral("there is no job %1").arg(id));
    const QList<JobEvent> events = ctx->jobs().events(id);
    const QList<LedgerLine> lines = ctx->ledger().lines(id);
    const QList<JobId> children = ctx->jobs().children(id);
    if (parser.isSet(json)) {
        QJsonObject o = jobToJson(*job);
        QJsonArray history;
        for (const JobEvent &e : events) {
            QJsonObject eo{{QStringLiteral("at"), e.at.toString(Qt::ISODateWithMs)}, {QStringLiteral("state"), jobStateName(e.state)}};
            if (!e.detail.isEmpty())
                eo.insert(QStringLiteral("detail"), e.detail);
            history.append(eo);
        }
        QJsonArray ledger;
        for (const LedgerLine &l : lines)
            ledger.append(QJsonObject{{QStringLiteral("at"), l.at.toString(Qt::ISODateWithMs)},
                                      {QStringLiteral("kind"), ledgerKindName(l.kind)},
                                      {QStringLiteral("amountUsd"), l.amount.toDecimalString()},
                                      {QStringLiteral("reason"), l.reason}});
        o.insert(QStringLiteral("history"), history);
        o.insert(QStringLiteral("ledger"), ledger);
        o.insert(QStringLiteral("tags"), QJsonArray::fromStringList(ctx->jobs().tags(id)));
        o.insert(QStringLiteral("projects"), QJsonArray::fromStringList(ctx->jobs().projects(id)));
        QJsonArray childIds;
        for (JobId child : children)
            childIds.append(child);
        o.insert(QStringLiteral("children"), childIds);
        printJson(o);
        return Success;
    }
    const GenerationRequest &r = job->request();
    out() << "Job " << id << ": " << jobStateLabel(job->state()) << "\n"
          << "  Prompt:    " << terminalSafe(r.prompt) << "\n";
    if (r.hasImage())
        out() << "  Photo:     " << terminalSafe(r.imagePath) << "\n";
    if (job->parentId() > 0) {
        const std::optional<Job> parent = ctx->jobs().load(job->parentId());
        out() << "  Edit of:   job " << job->parentId()
              << (parent ? QStringLiteral(" (\"%1\")").arg(terminalSafe(parent->request().prompt.simplified().left(60))) : QString()) << "\n";
    }
    if (!children.isEmpty()) {
        QStringList ids;
        for (JobId child : children)
            ids << QString::number(child);
        out() << "  Edits:     " << (children.size() == 1 ? "job " : "jobs ") << ids.join(QStringLiteral(", ")) << "\n";
    }
    out() << "  Provider:  " << terminalSafe(r.provider) << " / " << terminalSafe(r.model) << " (" << terminalSafe(r.tier) << ")\n"
          << "  Clip:      " << r.durationSec << " s, " << r.size.toString() << " (" << r.size.aspectLabel() << ")"
          << (r.withAudio ? ", with sound" : ", silent") << "\n"
          << "  Seed:      " << r.seed << "\n"
          << "  Cost:      " << job->cost().toString() << " (estimate " << job->estimate().toString() << ")\n";
    if (!job->output().videoPath.isEmpty())
        out() << "  File:      " << terminalSafe(job->output().videoPath) << " (" << job->output().fileBytes / 1024 << " KiB)\n";
    if (job->errorKind() != ErrorKind::None)
        out() << "  Error:     " << errorKindLabel(job->errorKind()) << ": " << terminalSafe(redactSecrets(job->errorMessage())) << "\n";
    out() << "  History:\n";
    for (const JobEvent &e : events)
        out() << "    " << e.at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) << "  " << jobStateName(e.state)
              << (e.detail.isEmpty() ? QString() : QStringLiteral("  (%1)").arg(terminalSafe(redactSecrets(e.detail)))) << "\n";
    out() << Qt::flush;
    return Success;
}

} // namespace rc::cli
