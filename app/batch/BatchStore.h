#pragma once

#include "batch/BatchPlan.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace rc {
class Database;
}

namespace rc::batch {

// A batch as it was started: enough to take it up again without the sheet, the photos' folder
// or today's catalogue (the checked rows are kept whole).
struct StoredBatch
{
    QString key;     // BatchRunner::batchKeyFor(name, outDir): what each job's request carries
    QString name;
    QString source;  // the sheet or folder (absolute); empty for photos dropped together
    QString outDir;
    int maxInFlight = 1;
    BatchPlan plan;
    QDateTime startedAt;
};

// The batches table. A batch is written when it starts and marked finished when every row has
// settled (made, failed or cancelled); one that never got there (the studio closed, the command
// was killed) stays unfinished, so the studio can show it as a batch again on its next start.
class BatchStore
{
public:
    explicit BatchStore(Database &db);

    // Writes (or, for a rerun with the same key, replaces) the batch, unfinished.
    // On the caller's connection: the studio and the commands hand these to the store's writer
    // (BatchRunner). False with SQLite's text in *error.
    [[nodiscard]] bool save(const StoredBatch &batch, QString *error);
    [[nodiscard]] bool markFinished(const QString &key, QString *error);
    // Read on the caller's thread: a few rows, once when the studio starts (BatchCoordinator).
    QList<StoredBatch> unfinished() const;
    // The output folders of earlier batches from `source`, newest first.
    QStringList outDirsFor(const QString &source) const;

private:
    Database &m_db;
};

// Where a batch from `sourcePath` writes its clips when nobody says: the folder an earlier batch
// from the same sheet or folder used, if it is still there (so a rerun on another day finds the
// clips it made and resumes), else baseDir/reelcraft-batch-<today>.
QString defaultOutDir(const BatchStore &store, const QString &sourcePath, const QString &baseDir, const QDate &today);

// Today's date for naming a new output folder. REELCRAFT_TEST_TODAY (YYYY-MM-DD) stands in for
// it: tests use it to rerun a batch "on another day"; nothing else sets it.
QDate batchToday();

// The checked rows as JSON and back (what a stored batch keeps).
QByteArray planToJson(const BatchPlan &plan);
BatchPlan planFromJson(const QByteArray &json, QString *error);

} // namespace rc::batch
