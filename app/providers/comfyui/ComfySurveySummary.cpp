#include "providers/comfyui/ComfySurveySummary.h"

#include <QCoreApplication>

namespace rc::comfyui {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(comfyui)
};

QString headline(const ServerReport &r)
{
    const QString server = r.server.toString();
    if (!r.reachable)
        return Tr::tr("%1: down: %2").arg(server, r.problem);
    const QString gpu = r.stats.gpu.isEmpty() ? Tr::tr("unknown device") : r.stats.gpu;
    // Spelled out rather than %n: the command line installs no translation to pick a plural form.
    const QString queued = r.queueRemaining == 1 ? Tr::tr("1 job queued") : Tr::tr("%1 jobs queued").arg(r.queueRemaining);
    return Tr::tr("%1: ComfyUI %2, %3, %4 GiB of %5 GiB VRAM free, %6")
        .arg(server, r.stats.version.isEmpty() ? QStringLiteral("?") : r.stats.version, gpu, gibText(r.stats.vramFree),
             gibText(r.stats.vramTotal), queued);
}

} // namespace

SurveySummary summarizeSurvey(const QStringList &models, const QList<ServerReport> &reports)
{
    SurveySummary summary;
    for (const ServerReport &r : reports) {
        ServerSummary s;
        s.headline = headline(r);
        if (r.reachable) {
            s.nodesRead = !r.objectInfo.isEmpty();
            s.usable = !s.nodesRead;
            for (const QString &model : models) {
                for (bool photo : {false, true}) {
                    auto it = r.readiness.find(readinessKey(model, photo));
                    if (it == r.readiness.end())
                        continue;
                    const bool ready = it->second.ready();
                    s.models.append({photo ? Tr::tr("%1 (photo)").arg(model) : model,
                                     ready ? QString() : it->second.describe(r.server.authority())});
                    s.usable = s.usable || ready;
                    if (ready && !photo && !summary.runnableModels.contains(model))
                        summary.runnableModels.append(model);
                }
            }
            if (!s.nodesRead)
                for (const QString &model : models)
                    if (!summary.runnableModels.contains(model))
                        summary.runnableModels.append(model);
        }
        if (s.usable)
            ++summary.usableServers;
        summary.servers.append(s);
    }
    return summary;
}

} // namespace rc::comfyui
