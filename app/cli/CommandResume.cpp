#include "cli/Commands.h"

#include "service/ClipLibrary.h"
#include "service/GenerationService.h"

#include <QEventLoop>

namespace rc::cli {

int runResumeCommand(const CommandArgs &args)
{
    QCommandLineParser parser;
    int code = Success;
    if (!parseOrExplain(parser, args, QStringLiteral("resume"), &code))
        return code;
    auto ctx = openContext(args);
    if (!ctx)
        return Failure;
    // Report, never silently drop, what the store and the media folder disagree on.
    const ClipLibrary::Consistency consistency = ctx->library().checkConsistency();
    for (const QString &orphan : consistency.orphanFiles)
        err() << "reelcraft: " << orphan << " has no record in the history (reelcraft import adds it)" << Qt::endl;
    for (JobId id : consistency.missingFiles)
        err() << "reelcraft: clip " << id << " has lost its video file" << Qt::endl;
    GenerationService &service = ctx->service();
    int failedCount = 0;
    QObject::connect(&service, &GenerationService::jobFinished, [&](const Job &job) {
        if (job.state() == JobState::Completed) {
            out() << "job " << job.id() << " completed: " << job.output().videoPath << Qt::endl;
        } else {
            ++failedCount;
            err() << "reelcraft: job " << job.id() << " " << jobStateName(job.state()) << ": " << job.errorMessage() << Qt::endl;
        }
    });
    const int taken = service.resumeUnfinished();
    if (taken == 0) {
        out() << "Nothing to resume." << Qt::endl;
        return Success;
    }
    out() << "Resuming " << taken << (taken == 1 ? " job" : " jobs") << Qt::endl;
    QEventLoop loop;
    QObject::connect(&service, &GenerationService::idle, &loop, &QEventLoop::quit);
    if (service.hasActiveJobs())
        loop.exec();
    return failedCount == 0 ? Success : Failure;
}

} // namespace rc::cli
