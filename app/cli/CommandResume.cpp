#include "cli/Commands.h"

#include "core/Logging.h"
#include "service/ClipLibrary.h"
#include "service/GenerationService.h"
#include "store/JobRepository.h"
#include "store/Ledger.h"

#include <QEventLoop>

namespace rc::cli {
namespace {

// `resume --release ID`: the user looked on the server and the job is not there.
int releaseByHand(AppContext &ctx, JobId id)
{
    std::optional<Job> job = ctx.jobs().load(id);
    if (!job)
        return fail(Failure, QStringLiteral("there is no job %1").arg(id));
    if (job->state() != JobState::Failed || job->errorKind() != ErrorKind::Unknown)
        return fail(Failure, QStringLiteral("job %1 is %2, not a job whose outcome is unknown: nothing to release")
                                 .arg(id)
                                 .arg(jobStateName(job->state())));
    if (!ctx.ledger().hasOpenEstimate(id)) {
        out() << "job " << id << " holds no estimate any more" << Qt::endl;
        return Success;
    }
    if (!ctx.ledger().recordRelease(id, QStringLiteral("released by hand: not found on the server"), QDateTime::currentDateTime()))
        return fail(Failure, QStringLiteral("the history database could not record the release"));
    out() << "job " << id << ": its estimate of " << ctx.ledger().lines(id).last().amount.toString() << " was released" << Qt::endl;
    return Success;
}

// `resume --attach ID REMOTE-ID`: the user found the job on the server; poll and fetch it.
bool attachByHand(AppContext &ctx, JobId id, const QString &remoteId)
{
    std::optional<Job> job = ctx.jobs().load(id);
    if (!job) {
        fail(Failure, QStringLiteral("there is no job %1").arg(id));
        return false;
    }
    if (job->state() != JobState::Failed || job->errorKind() != ErrorKind::Unknown) {
        fail(Failure, QStringLiteral("job %1 is %2, not a job whose outcome is unknown").arg(id).arg(jobStateName(job->state())));
        return false;
    }
    const QDateTime now = QDateTime::currentDateTime();
    Job attached = *job;
    attached.setRemoteId(remoteId);
    if (!attached.requeue(now) || !attached.markSubmitting(now) || !attached.markRunning(now)
        || !ctx.jobs().save(attached, true, QStringLiteral("attached by hand to %1").arg(remoteId))) {
        fail(Failure, QStringLiteral("job %1 could not be attached").arg(id));
        return false;
    }
    return true;
}

} // namespace

int runResumeCommand(const CommandArgs &args)
{
    QCommandLineParser parser;
    const QCommandLineOption release(QStringLiteral("release"),
                                     QStringLiteral("Give back the estimate of a job whose outcome is unknown and that "
                                                    "`reelcraft remote PROVIDER` does not list."),
                                     QStringLiteral("job"));
    const QCommandLineOption attach(QStringLiteral("attach"),
                                    QStringLiteral("Finish a job whose outcome is unknown with the server's id for it "
                                                   "(from `reelcraft remote PROVIDER`): --attach JOB REMOTE-ID."),
                                    QStringLiteral("job"));
    parser.addOptions({release, attach});
    parser.addPositionalArgument(QStringLiteral("remote-id"), QStringLiteral("With --attach: the server's id for the job."));
    int code = Success;
    if (!parseOrExplain(parser, args, QStringLiteral("resume [--release JOB | --attach JOB REMOTE-ID]"), &code))
        return code;
    bool ok = true;
    const JobId releaseId = parser.isSet(release) ? parser.value(release).toLongLong(&ok) : 0;
    if (!ok || releaseId < 0)
        return fail(BadArguments, QStringLiteral("--release needs a job number"));
    const JobId attachId = parser.isSet(attach) ? parser.value(attach).toLongLong(&ok) : 0;
    if (!ok || attachId < 0 || (attachId && parser.positionalArguments().size() != 1))
        return fail(BadArguments, QStringLiteral("--attach needs a job number and the server's id, e.g. --attach 12 video_abc"));
    if (!attachId && !parser.positionalArguments().isEmpty())
        return fail(BadArguments, QStringLiteral("resume takes no arguments other than options"));
    auto ctx = openContext(args);
    if (!ctx)
        return Failure;
    if (releaseId)
        return releaseByHand(*ctx, releaseId);
    if (attachId && !attachByHand(*ctx, attachId, parser.positionalArguments().first()))
        return Failure;

    // Report, never silently drop, what the store and the media folder disagree on.
    const ClipLibrary::Consistency consistency = ctx->library().checkConsistency();
    for (const QString &orphan : consistency.orphanFiles)
        err() << "reelcraft: " << terminalSafe(orphan) << " has no record in the history (reelcraft import adds it)" << Qt::endl;
    for (JobId id : consistency.missingFiles)
        err() << "reelcraft: clip " << id << " has lost its video file" << Qt::endl;
    GenerationService &service = ctx->service();
    int unfinished = 0;
    QObject::connect(&service, &GenerationService::jobFinished, [&](const Job &job) {
        if (job.state() == JobState::Completed) {
            out() << "job " << job.id() << " completed: " << terminalSafe(job.output().videoPath) << Qt::endl;
        } else if (job.isPaused()) {
            ++unfinished;
            err() << "reelcraft: job " << job.id() << " is kept and not finished yet: " << terminalSafe(job.pausedReason())
                  << ". Run `reelcraft resume` again later." << Qt::endl;
        } else {
            ++unfinished;
            err() << "reelcraft: job " << job.id() << " " << jobStateName(job.state()) << ": "
                  << terminalSafe(redactSecrets(job.errorMessage())) << Qt::endl;
        }
    });
    QList<GenerationService::ResumeNote> notes;
    const int taken = service.resumeUnfinished(&notes);
    int needUser = 0;
    for (const auto &note : std::as_const(notes)) {
        (note.needsUser ? err() : out()) << (note.needsUser ? "reelcraft: job " : "job ") << note.id << ": "
                                         << terminalSafe(note.what) << Qt::endl;
        needUser += note.needsUser ? 1 : 0;
    }
    if (notes.isEmpty())
        out() << "Nothing to resume." << Qt::endl;
    if (taken > 0) {
        out() << "Resuming " << taken << (taken == 1 ? " job" : " jobs") << Qt::endl;
        QEventLoop loop;
        QObject::connect(&service, &GenerationService::idle, &loop, &QEventLoop::quit);
        if (service.hasActiveJobs())
            loop.exec();
    }
    return unfinished == 0 && needUser == 0 ? Success : Failure;
}

} // namespace rc::cli
