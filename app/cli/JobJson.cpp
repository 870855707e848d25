#include "cli/JobJson.h"

#include "core/Logging.h"

namespace rc::cli {

QJsonObject jobToJson(const Job &job)
{
    const GenerationRequest &r = job.request();
    QJsonObject o{{QStringLiteral("id"), job.id()},
                  {QStringLiteral("state"), jobStateName(job.state())},
                  {QStringLiteral("prompt"), r.prompt},
                  {QStringLiteral("provider"), r.provider},
                  {QStringLiteral("model"), r.model},
                  {QStringLiteral("tier"), r.tier},
                  {QStringLiteral("seconds"), r.durationSec},
                  {QStringLiteral("size"), r.size.toString()},
                  {QStringLiteral("seed"), QString::number(r.seed)},
                  {QStringLiteral("audio"), r.withAudio},
                  {QStringLiteral("estimateUsd"), job.estimate().toDecimalString()},
                  {QStringLiteral("costUsd"), job.cost().toDecimalString()},
                  {QStringLiteral("createdAt"), job.createdAt().toString(Qt::ISODateWithMs)},
                  {QStringLiteral("favourite"), job.isFavourite()},
                  {QStringLiteral("attempts"), job.attempts()}};
    if (!r.imagePath.isEmpty())
        o.insert(QStringLiteral("image"), r.imagePath);
    if (job.finishedAt().isValid())
        o.insert(QStringLiteral("finishedAt"), job.finishedAt().toString(Qt::ISODateWithMs));
    if (!job.remoteId().isEmpty())
        o.insert(QStringLiteral("remoteId"), job.remoteId());
    if (job.parentId() > 0)
        o.insert(QStringLiteral("parent"), job.parentId());
    if (!job.output().videoPath.isEmpty()) {
        o.insert(QStringLiteral("video"), job.output().videoPath);
        o.insert(QStringLiteral("thumbnail"), job.output().thumbnailPath);
        o.insert(QStringLiteral("fileBytes"), job.output().fileBytes);
    }
    if (job.errorKind() != ErrorKind::None) {
        o.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("kind"), errorKindName(job.errorKind())},
                                                      {QStringLiteral("message"), redactSecrets(job.errorMessage())}});
    }
    return o;
}

} // namespace rc::cli
