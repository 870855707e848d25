// `edit`, `delete` and `purge`: what a user does to clips after they exist.
#include "cli/Commands.h"

#include "service/ClipLibrary.h"
#include "store/JobRepository.h"

#include <QDir>
#include <QFile>

namespace rc::cli {
namespace {

bool parseIds(const QStringList &words, QList<JobId> *ids)
{
    for (const QString &w : words) {
        bool ok = false;
        const JobId id = w.toLongLong(&ok);
        if (!ok || id <= 0)
            return false;
        ids->append(id);
    }
    return !ids->isEmpty();
}

} // namespace

int runEditCommand(const CommandArgs &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("id"), QStringLiteral("The clip's job number."));
    const QCommandLineOption favourite(QStringLiteral("favourite"), QStringLiteral("Mark as a favourite."));
    const QCommandLineOption unfavourite(QStringLiteral("no-favourite"), QStringLiteral("Unmark as a favourite."));
    const QCommandLineOption tag(QStringLiteral("tag"), QStringLiteral("Add a tag (repeatable)."), QStringLiteral("tag"));
    const QCommandLineOption untag(QStringLiteral("untag"), QStringLiteral("Remove a tag (repeatable)."), QStringLiteral("tag"));
    const QCommandLineOption project(QStringLiteral("project"), QStringLiteral("Add to a project, created if new (repeatable)."), QStringLiteral("name"));
    const QCommandLineOption unproject(QStringLiteral("remove-from"), QStringLiteral("Remove from a project (repeatable)."), QStringLiteral("name"));
    parser.addOptions({favourite, unfavourite, tag, untag, project, unproject});
    int code = Success;
    if (!parseOrExplain(parser, args, QStringLiteral("edit ID [--favourite] [--tag T] [--project NAME] ..."), &code))
        return code;
    QList<JobId> ids;
    if (parser.positionalArguments().size() != 1 || !parseIds(parser.positionalArguments(), &ids))
        return fail(BadArguments, QStringLiteral("edit needs one job number, e.g. reelcraft edit 12 --favourite"));
    if (parser.isSet(favourite) && parser.isSet(unfavourite))
        return fail(BadArguments, QStringLiteral("choose --favourite or --no-favourite, not both"));
    auto ctx = openContext(args);
    if (!ctx)
        return Failure;
    const JobId id = ids.first();
    JobRepository &jobs = ctx->jobs();
    if (!jobs.load(id) || jobs.isDeleted(id))
        return fail(Failure, QStringLiteral("there is no clip %1").arg(id));
    bool ok = true;
    if (parser.isSet(favourite) || parser.isSet(unfavourite))
        ok = ctx->library().setFavourite(id, parser.isSet(favourite)) && ok;
    for (const QString &t : parser.values(tag))
        ok = jobs.addTag(id, t) && ok;
    for (const QString &t : parser.values(untag))
        ok = jobs.removeTag(id, t) && ok;
    for (const QString &p : parser.values(project))
        ok = jobs.addToProject(id, p) && ok;
    for (const QString &p : parser.values(unproject))
        ok = jobs.removeFromProject(id, p) && ok;
    if (!ok)
        return fail(Failure, QStringLiteral("the history could not be updated"));
    const Job job = *jobs.load(id);
    out() << "clip " << id << (job.isFavourite() ? " (favourite)" : "") << "; tags: " << jobs.tags(id).join(QStringLiteral(", "))
          << "; projects: " << jobs.projects(id).join(QStringLiteral(", ")) << Qt::endl;
    return Success;
}

int runDeleteCommand(const CommandArgs &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ids"), QStringLiteral("Job numbers to delete."), QStringLiteral("ID..."));
    int code = Success;
    if (!parseOrExplain(parser, args, QStringLiteral("delete ID..."), &code))
        return code;
    QList<JobId> ids;
    if (!parseIds(parser.positionalArguments(), &ids))
        return fail(BadArguments, QStringLiteral("delete needs job numbers, e.g. reelcraft delete 12 13"));
    auto ctx = openContext(args);
    if (!ctx)
        return Failure;
    int failures = 0;
    for (JobId id : ids) {
        QString error;
        if (ctx->library().remove(id, &error)) {
            out() << "deleted clip " << id << Qt::endl;
        } else {
            ++failures;
            err() << "reelcraft: clip " << id << ": " << error << Qt::endl;
        }
    }
    // From the command line there is no session to undo in: the files go now. The records stay,
    // flagged, for history and spend until `reelcraft purge`.
    ctx->library().purgeTrash();
    return failures == 0 ? Success : Failure;
}

int runPurgeCommand(const CommandArgs &args)
{
    QCommandLineParser parser;
    int code = Success;
    if (!parseOrExplain(parser, args, QStringLiteral("purge"), &code))
        return code;
    auto ctx = openContext(args);
    if (!ctx)
        return Failure;
    ctx->library().purgeTrash();
    const QList<JobId> deleted = ctx->jobs().deletedJobs();
    for (JobId id : deleted)
        ctx->jobs().purge(id);
    out() << "purged " << deleted.size() << (deleted.size() == 1 ? " deleted clip" : " deleted clips")
          << " from the history (the spend ledger keeps their lines)" << Qt::endl;
    return Success;
}

} // namespace rc::cli
