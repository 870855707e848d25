#include "batch/BatchStore.h"

#include "store/Database.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace rc::batch {
namespace {

StoredBatch readRow(const QSqlQuery &q)
{
    StoredBatch b;
    b.key = q.value(0).toString();
    b.name = q.value(1).toString();
    b.source = q.value(2).toString();
    b.outDir = q.value(3).toString();
    b.maxInFlight = q.value(4).toInt();
    QString error;
    b.plan = planFromJson(q.value(5).toByteArray(), &error);
    b.startedAt = QDateTime::fromMSecsSinceEpoch(q.value(6).toLongLong());
    return b;
}

} // namespace

BatchStore::BatchStore(Database &db) : m_db(db) {}

bool BatchStore::save(const StoredBatch &batch, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO batches (key, name, source, out_dir, max_in_flight, plan, started_at, "
                             "finished_at) VALUES (?, ?, ?, ?, ?, ?, ?, NULL)"));
    q.addBindValue(batch.key);
    q.addBindValue(batch.name.isNull() ? QStringLiteral("") : batch.name);
    q.addBindValue(batch.source.isNull() ? QStringLiteral("") : batch.source);
    q.addBindValue(batch.outDir);
    q.addBindValue(batch.maxInFlight);
    q.addBindValue(QString::fromUtf8(planToJson(batch.plan)));
    q.addBindValue((batch.startedAt.isValid() ? batch.startedAt : QDateTime::currentDateTime()).toMSecsSinceEpoch());
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

bool BatchStore::markFinished(const QString &key, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE batches SET finished_at = ? WHERE key = ?"));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(key);
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

QList<StoredBatch> BatchStore::unfinished() const
{
    QSqlQuery q(m_db.connection());
    QList<StoredBatch> out;
    if (q.exec(QStringLiteral("SELECT key, name, source, out_dir, max_in_flight, plan, started_at FROM batches "
                              "WHERE finished_at IS NULL ORDER BY started_at, key")))
        while (q.next())
            out.append(readRow(q));
    return out;
}

QStringList BatchStore::outDirsFor(const QString &source) const
{
    QStringList out;
    if (source.isEmpty())
        return out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT out_dir FROM batches WHERE source = ? ORDER BY started_at DESC"));
    q.addBindValue(source);
    if (q.exec())
        while (q.next())
            out.append(q.value(0).toString());
    return out;
}

QString defaultOutDir(const BatchStore &store, const QString &sourcePath, const QString &baseDir, const QDate &today)
{
    const QString source = sourcePath.isEmpty() ? QString() : QDir::cleanPath(QFileInfo(sourcePath).absoluteFilePath());
    for (const QString &dir : store.outDirsFor(source))
        if (QFileInfo(dir).isDir())
            return dir;
    return QDir(baseDir).filePath(QStringLiteral("reelcraft-batch-%1").arg(today.toString(Qt::ISODate)));
}

QDate batchToday()
{
    const QDate faked = QDate::fromString(qEnvironmentVariable("REELCRAFT_TEST_TODAY"), Qt::ISODate);
    return faked.isValid() ? faked : QDate::currentDate();
}

QByteArray planToJson(const BatchPlan &plan)
{
    QJsonArray items;
    for (const BatchItem &item : plan.items)
        items.append(QJsonObject{{QStringLiteral("row"), item.row},
                                 {QStringLiteral("sku"), item.sku},
                                 {QStringLiteral("request"), item.request.toJson()},
                                 {QStringLiteral("deliverSize"), item.deliverSize.toString()},
                                 {QStringLiteral("estimateMicros"), QString::number(item.estimate.micros())}});
    return QJsonDocument(QJsonObject{{QStringLiteral("name"), plan.name}, {QStringLiteral("items"), items}})
        .toJson(QJsonDocument::Compact);
}

BatchPlan planFromJson(const QByteArray &json, QString *error)
{
    BatchPlan plan;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = parseError.errorString();
        return plan;
    }
    const QJsonObject root = doc.object();
    plan.name = root.value(QStringLiteral("name")).toString();
    for (const QJsonValue &v : root.value(QStringLiteral("items")).toArray()) {
        const QJsonObject o = v.toObject();
        BatchItem item;
        item.row = o.value(QStringLiteral("row")).toInt();
        item.sku = o.value(QStringLiteral("sku")).toString();
        item.request = GenerationRequest::fromJson(o.value(QStringLiteral("request")).toObject());
        item.deliverSize = VideoSize::parse(o.value(QStringLiteral("deliverSize")).toString()).value_or(item.request.size);
        item.estimate = Money::fromMicros(o.value(QStringLiteral("estimateMicros")).toString().toLongLong());
        plan.items.append(item);
    }
    return plan;
}

} // namespace rc::batch
