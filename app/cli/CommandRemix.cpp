// `remix` and `remote`: work on clips that live on a Videos API server.
#include "cli/Commands.h"
#include "cli/JobWaiter.h"

#include "providers/ProviderRegistry.h"
#include "providers/videosapi/VideosApiProvider.h"
#include "service/GenerationService.h"
#include "store/JobRepository.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>

namespace rc::cli {

int runRemixCommand(const CommandArgs &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("id"), QStringLiteral("The clip to change (a finished job on a provider that can remix or edit)."));
    parser.addPositionalArgument(QStringLiteral("prompt"), QStringLiteral("What to change, e.g. \"now it snows\"."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the finished job as JSON."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("Also copy the new clip to this file."), QStringLiteral("file"));
    parser.addOptions({json, output});
    int code = Success;
    if (!parseOrExplain(parser, args, QStringLiteral("remix ID \"PROMPT\" [-o FILE]"), &code))
        return code;
    const QStringList positional = parser.positionalArguments();
    bool ok = false;
    const JobId source = positional.value(0).toLongLong(&ok);
    if (positional.size() != 2 || !ok || source <= 0 || positional[1].trimmed().isEmpty())
        return fail(BadArguments, QStringLiteral("remix needs a job number and a prompt, e.g. reelcraft remix 12 \"make it snow\""));
    auto ctx = openContext(args);
    if (!ctx)
        return Failure;
    const std::optional<Job> original = ctx->jobs().load(source);
    if (!original)
        return fail(Failure, QStringLiteral("there is no job %1").arg(source));
    if (original->state() != JobState::Completed || original->remoteId().isEmpty())
        return fail(Failure, QStringLiteral("job %1 is not a finished clip on a remote server, so it cannot be remixed").arg(source));
    GenerationRequest request = original->request();
    request.prompt = positional[1];
    request.remixOf = original->remoteId();
    request.parentJobId = original->id();
    request.seed = 0; // a new clip: the service picks its own seed
    request.imagePath.clear();
    request.lastFramePath.clear();
    GenerationService &service = ctx->service();
    const QString problem = service.check(request);
    if (!problem.isEmpty())
        return fail(BadArguments, problem);
    const GenerationService::Submission submission = service.submit(request);
    if (!submission.ok())
        return fail(Failure, submission.error);
    WaitOptions wait;
    wait.json = parser.isSet(json);
    if (parser.isSet(output))
        wait.copyTo = QFileInfo(parser.value(output)).absoluteFilePath();
    return waitForJobs(service, {submission.id}, wait);
}

int runRemoteCommand(const CommandArgs &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("provider"), QStringLiteral("A Videos API provider profile."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    const QCommandLineOption remove(QStringLiteral("delete"), QStringLiteral("Delete this job's copy on the server."), QStringLiteral("remote-id"));
    parser.addOptions({json, remove});
    int code = Success;
    if (!parseOrExplain(parser, args, QStringLiteral("remote PROVIDER [--delete REMOTE-ID] [--json]"), &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return fail(BadArguments, QStringLiteral("remote needs one provider name, e.g. reelcraft remote my-gpu"));
    auto ctx = openContext(args);
    if (!ctx)
        return Failure;
    const QString name = parser.positionalArguments().first();
    auto *provider = qobject_cast<VideosApiProvider *>(ctx->providers().find(name));
    if (!provider)
        return fail(BadArguments, QStringLiteral("\"%1\" is not a Videos API provider (see: reelcraft providers)").arg(name));
    QEventLoop loop;
    int result = Success;
    if (parser.isSet(remove)) {
        provider->deleteRemoteJob(parser.value(remove), [&](const std::optional<net::Failure> &failure) {
            if (failure)
                result = fail(Failure, failure->message);
            else
                out() << "deleted " << parser.value(remove) << " on " << name << Qt::endl;
            loop.quit();
        });
        loop.exec();
        return result;
    }
    provider->listRemoteJobs([&](const QList<videosapi::VideoJob> &jobs, const std::optional<net::Failure> &failure) {
        if (failure) {
            result = fail(Failure, failure->message);
        } else if (parser.isSet(json)) {
            QJsonArray array;
            for (const auto &j : jobs)
                array.append(QJsonObject{{QStringLiteral("id"), j.id},
                                         {QStringLiteral("status"), j.status},
                                         {QStringLiteral("progress"), j.progress}});
            printJson(array);
        } else {
            for (const auto &j : jobs)
                out() << terminalSafe(j.id) << "  " << terminalSafe(j.status) << (j.progress >= 0 ? QStringLiteral("  %1%").arg(j.progress) : QString()) << "\n";
            if (jobs.isEmpty())
                out() << "No jobs on " << name << ".\n";
            out() << Qt::flush;
        }
        loop.quit();
    });
    loop.exec();
    return result;
}

} // namespace rc::cli
