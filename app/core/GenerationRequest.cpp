#include "core/GenerationRequest.h"

#include <QJsonArray>

namespace rc {

QJsonObject GenerationRequest::toJson() const
{
    QJsonObject o{{QStringLiteral("prompt"), prompt},
                  {QStringLiteral("seconds"), durationSec},
                  {QStringLiteral("size"), size.toString()},
                  {QStringLiteral("tier"), tier},
                  {QStringLiteral("provider"), provider},
                  {QStringLiteral("model"), model},
                  // A string: JSON numbers lose precision above 2^53 in many readers.
                  {QStringLiteral("seed"), QString::number(seed)},
                  {QStringLiteral("audio"), withAudio}};
    if (!imagePath.isEmpty())
        o.insert(QStringLiteral("image"), imagePath);
    if (!lastFramePath.isEmpty())
        o.insert(QStringLiteral("lastFrame"), lastFramePath);
    if (!negativePrompt.isEmpty())
        o.insert(QStringLiteral("negativePrompt"), negativePrompt);
    if (!remixOf.isEmpty())
        o.insert(QStringLiteral("remixOf"), remixOf);
    if (!batchRow.isEmpty())
        o.insert(QStringLiteral("batchRow"), batchRow);
    if (parentJobId > 0)
        o.insert(QStringLiteral("parent"), QString::number(parentJobId));
    if (focalPoint != QPointF(0.5, 0.5))
        o.insert(QStringLiteral("focal"), QJsonArray{focalPoint.x(), focalPoint.y()});
    return o;
}

GenerationRequest GenerationRequest::fromJson(const QJsonObject &o)
{
    GenerationRequest r;
    r.prompt = o.value(QStringLiteral("prompt")).toString();
    r.imagePath = o.value(QStringLiteral("image")).toString();
    r.lastFramePath = o.value(QStringLiteral("lastFrame")).toString();
    r.negativePrompt = o.value(QStringLiteral("negativePrompt")).toString();
    r.remixOf = o.value(QStringLiteral("remixOf")).toString();
    r.batchRow = o.value(QStringLiteral("batchRow")).toString();
    r.parentJobId = o.value(QStringLiteral("parent")).toString().toLongLong();
    r.durationSec = o.value(QStringLiteral("seconds")).toInt(r.durationSec);
    if (auto s = VideoSize::parse(o.value(QStringLiteral("size")).toString()))
        r.size = *s;
    r.tier = o.value(QStringLiteral("tier")).toString(r.tier);
    r.provider = o.value(QStringLiteral("provider")).toString(r.provider);
    r.model = o.value(QStringLiteral("model")).toString();
    const QJsonValue seed = o.value(QStringLiteral("seed"));
    r.seed = seed.isString() ? seed.toString().toULongLong() : quint64(seed.toDouble());
    r.withAudio = o.value(QStringLiteral("audio")).toBool(true);
    const QJsonArray focal = o.value(QStringLiteral("focal")).toArray();
    if (focal.size() == 2)
        r.focalPoint = QPointF(qBound(0.0, focal[0].toDouble(0.5), 1.0), qBound(0.0, focal[1].toDouble(0.5), 1.0));
    return r;
}

bool GenerationRequest::operator==(const GenerationRequest &o) const
{
    return prompt == o.prompt && imagePath == o.imagePath && lastFramePath == o.lastFramePath
        && negativePrompt == o.negativePrompt && durationSec == o.durationSec && size == o.size
        && tier == o.tier && provider == o.provider && model == o.model && seed == o.seed
        && withAudio == o.withAudio && focalPoint == o.focalPoint && remixOf == o.remixOf && batchRow == o.batchRow
        && parentJobId == o.parentJobId;
}

} // namespace rc
