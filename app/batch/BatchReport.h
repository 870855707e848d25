#pragma once

#include "core/Job.h"

#include <QHash>
#include <QList>
#include <QString>

namespace rc::batch {

// One line of report.csv: what became of one product.
struct ReportLine
{
    QString sku;
    JobId jobId = 0;
    QString state;   // "completed", "failed", "cancelled", "pending", "queued", "running", ...
    int seconds = 0;
    QString size;    // of the delivered clip
    Money cost;      // charged when completed, else what is still held for it (zero when released)
    QString path;    // the delivered clip
    QString error;
};

// report.csv in the output folder: sku, job_id, state, seconds, size, cost_usd, path, error.
// It doubles as the batch's memory: a rerun reads the job ids back from it. Written through a
// temporary file and a rename, so a kill mid-write leaves the previous report whole.
class BatchReport
{
public:
    static QString fileName() { return QStringLiteral("report.csv"); }

    // The lines of an existing report by sku; empty when there is none (or it is unreadable).
    static QHash<QString, ReportLine> read(const QString &path);
    static bool write(const QString &path, const QList<ReportLine> &lines, QString *error);
};

} // namespace rc::batch
