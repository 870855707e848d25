#include "cli/JobWaiter.h"

#include "cli/CommandSupport.h"
#include "cli/InterruptWatch.h"
#include "cli/JobJson.h"
#include "cli/ProgressBar.h"
#include "core/Logging.h"
#include "service/GenerationService.h"

#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHash>

namespace rc::cli {
namespace {

// Copies through a temporary name so a half-written copy never carries the final name.
bool copyAtomically(const QString &from, const QString &to, QString *error)
{
    const QString part = to + QStringLiteral(".part");
    QFile::remove(part);
    if (!QFile::copy(from, part)) {
        *error = QStringLiteral("cannot write %1").arg(part);
        return false;
    }
    if (QFile::exists(to) && !QFile::remove(to)) {
        QFile::remove(part);
        *error = QStringLiteral("cannot replace %1").arg(to);
        return false;
    }
    if (!QFile::rename(part, to)) {
        QFile::remove(part);
        *error = QStringLiteral("cannot rename %1 to %2").arg(part, to);
        return false;
    }
    return true;
}

} // namespace

int waitForJobs(GenerationService &service, const QList<JobId> &ids, const WaitOptions &options)
{
    const int count = int(ids.size());
    ProgressBar bar;
    QEventLoop loop;
    QHash<JobId, int> progressOf;
    QList<Job> finishedJobs;
    QObject::connect(&service, &GenerationService::jobChanged, &loop, [&](const Job &job) {
        if (!ids.contains(job.id()) || isTerminal(job.state()))
            return;
        progressOf[job.id()] = job.progress();
        int sum = 0;
        bool known = true;
        for (JobId id : ids) {
            const int p = progressOf.value(id, 0);
            known = known && p >= 0;
            sum += std::max(p, 0);
        }
        const QString label = count > 1 ? QStringLiteral("%1/%2 done").arg(finishedJobs.size()).arg(count)
                                        : jobStateLabel(job.state());
        bar.update(label, known ? sum / count : -1, count == 1 ? job.etaSec() : -1);
    });
    QObject::connect(&service, &GenerationService::jobFinished, &loop, [&](const Job &job) {
        if (!ids.contains(job.id()))
            return;
        finishedJobs.append(job);
        if (finishedJobs.size() == count)
            loop.quit();
    });
    {
        // Ctrl+C cancels the jobs cleanly (no partial files) instead of killing the process mid-write.
        InterruptWatch interrupts(&loop, [&] {
            for (JobId id : ids)
                service.cancel(id);
        });
        loop.exec();
    }
    bar.finish();

    std::sort(finishedJobs.begin(), finishedJobs.end(), [](const Job &a, const Job &b) { return a.id() < b.id(); });
    int failures = 0;
    for (const Job &job : std::as_const(finishedJobs)) {
        if (job.state() == JobState::Completed && QFileInfo::exists(job.output().videoPath))
            continue;
        ++failures;
        if (job.isPaused()) {
            err() << "reelcraft: job " << job.id() << " is kept and not finished yet: "
                  << terminalSafe(redactSecrets(job.pausedReason())) << ". Run `reelcraft resume` later to finish it "
                  << "(it is charged once)." << Qt::endl;
            continue;
        }
        const QString message = job.errorMessage().isEmpty() ? errorKindLabel(job.errorKind()) : job.errorMessage();
        err() << "reelcraft: job " << job.id() << " " << jobStateLabel(job.state()).toLower() << ": " << terminalSafe(redactSecrets(message)) << Qt::endl;
    }
    for (const Job &job : std::as_const(finishedJobs)) {
        if (job.state() != JobState::Completed)
            continue;
        QString path = job.output().videoPath;
        if (!options.copyTo.isEmpty() && count == 1) {
            QString error;
            if (!copyAtomically(path, options.copyTo, &error))
                return fail(Failure, QStringLiteral("the clip is at %1, but %2").arg(path, error));
            path = options.copyTo;
        }
        if (options.json) {
            QJsonObject o = jobToJson(job);
            o.insert(QStringLiteral("output"), path);
            printJson(o);
        } else {
            out() << path << Qt::endl;
        }
    }
    return failures == 0 ? Success : Failure;
}

} // namespace rc::cli
