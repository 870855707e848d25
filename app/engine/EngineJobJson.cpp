#include "engine/EngineJobJson.h"

#include <QJsonArray>
#include <QJsonValue>

namespace rc::engine {

QString tierName(Tier tier) { return tier == Tier::Pro ? QStringLiteral("pro") : QStringLiteral("draft"); }

bool parseTier(const QString &name, Tier *tier)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("draft"))
        *tier = Tier::Draft;
    else if (n == QLatin1String("pro"))
        *tier = Tier::Pro;
    else
        return false;
    return true;
}

QJsonObject toJson(const EngineJob &job)
{
    QJsonObject o;
    o.insert(QStringLiteral("prompt"), job.prompt);
    o.insert(QStringLiteral("imagePath"), job.imagePath);
    o.insert(QStringLiteral("focalPoint"), QJsonArray{job.focalPoint.x(), job.focalPoint.y()});
    o.insert(QStringLiteral("durationSec"), job.durationSec);
    o.insert(QStringLiteral("width"), job.width);
    o.insert(QStringLiteral("height"), job.height);
    o.insert(QStringLiteral("fps"), job.fps);
    o.insert(QStringLiteral("tier"), tierName(job.tier));
    // A string: JSON numbers are doubles and lose seeds above 2^53.
    o.insert(QStringLiteral("seed"), QString::number(job.seed));
    o.insert(QStringLiteral("withAudio"), job.withAudio);
    o.insert(QStringLiteral("outputPath"), job.outputPath);
    o.insert(QStringLiteral("thumbnailPath"), job.thumbnailPath);
    return o;
}

bool fromJson(const QJsonObject &json, EngineJob *job, QString *error)
{
    EngineJob out;
    QString problem;
    auto readString = [&](const char *key, QString *target) {
        const QJsonValue v = json.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isString())
            problem = QStringLiteral("\"%1\" must be a string").arg(QLatin1String(key));
        else
            *target = v.toString();
    };
    auto readInt = [&](const char *key, int *target) {
        const QJsonValue v = json.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isDouble() || v.toDouble() != double(v.toInt()))
            problem = QStringLiteral("\"%1\" must be an integer").arg(QLatin1String(key));
        else
            *target = v.toInt();
    };
    readString("prompt", &out.prompt);
    readString("imagePath", &out.imagePath);
    readInt("durationSec", &out.durationSec);
    readInt("width", &out.width);
    readInt("height", &out.height);
    readInt("fps", &out.fps);
    readString("outputPath", &out.outputPath);
    readString("thumbnailPath", &out.thumbnailPath);
    QString tier = tierName(out.tier);
    readString("tier", &tier);
    if (problem.isEmpty() && !parseTier(tier, &out.tier))
        problem = QStringLiteral("unknown tier \"%1\"").arg(tier);
    const QJsonValue seed = json.value(QLatin1String("seed"));
    if (seed.isString()) {
        bool ok = false;
        out.seed = seed.toString().toULongLong(&ok);
        if (!ok)
            problem = QStringLiteral("\"seed\" is not a number");
    } else if (seed.isDouble() && seed.toDouble() >= 0) {
        out.seed = quint64(seed.toDouble());
    } else if (!seed.isUndefined() && !seed.isNull()) {
        problem = QStringLiteral("\"seed\" must be a number");
    }
    const QJsonValue focal = json.value(QLatin1String("focalPoint"));
    if (focal.isArray()) {
        const QJsonArray xy = focal.toArray();
        const double x = xy.at(0).toDouble(-1), y = xy.at(1).toDouble(-1);
        if (xy.size() != 2 || x < 0 || x > 1 || y < 0 || y > 1)
            problem = QStringLiteral("\"focalPoint\" must be [x, y] within 0..1");
        else
            out.focalPoint = QPointF(x, y);
    } else if (!focal.isUndefined() && !focal.isNull()) {
        problem = QStringLiteral("\"focalPoint\" must be [x, y] within 0..1");
    }
    const QJsonValue audio = json.value(QLatin1String("withAudio"));
    if (audio.isBool())
        out.withAudio = audio.toBool();
    else if (!audio.isUndefined() && !audio.isNull())
        problem = QStringLiteral("\"withAudio\" must be true or false");
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    *job = out;
    return true;
}

} // namespace rc::engine
