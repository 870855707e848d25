#pragma once

#include "batch/BatchPlan.h"
#include "batch/BatchReport.h"
#include "core/Job.h"

#include <QHash>
#include <QObject>

namespace rc {
class GenerationService;
class JobRepository;
}

namespace rc::batch {

// Runs a checked batch on the generation service, one product after another: it submits a row
// only when the provider has room (so a 500-row batch holds a handful of jobs, and pausing just
// stops feeding), writes each clip to OUT/SKU.mp4 and keeps OUT/report.csv current.
//
// A rerun of the same batch (same output folder) never makes a second create for a row: rows
// whose clip is in the folder are done, and a row's existing job is found through the report or
// through the batch key stored with every job's request, then followed, resumed at the provider,
// delivered, or (after a definite failure) retried as the same job. A job whose create may have
// reached the server unanswered is reported, never sent again.
class BatchRunner : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchRunner)

public:
    enum class RowState { Pending, Queued, Running, Delivering, Completed, Failed, Cancelled };

    struct Row
    {
        BatchItem item;
        JobId jobId = 0;
        RowState state = RowState::Pending;
        int progress = 0;     // 0-100 while running, -1 when the provider cannot say
        bool retry = false;   // a failed job of an earlier run, to run again as the same job
        Money cost;
        QString path;         // the delivered clip
        QString error;
    };

    struct Options
    {
        QString outDir;
        QString tag;          // put on every clip in the gallery; empty: none
        int maxInFlight = 1;  // jobs handed to the service at once (the provider's concurrency)
        QString source;       // the sheet or folder, so a rerun from it finds this folder again
    };

    BatchRunner(GenerationService &service, JobRepository &jobs, BatchPlan plan, Options options,
                QObject *parent = nullptr);
    ~BatchRunner() override;

    // Makes the output folder and looks at what an earlier run left there and in the store.
    // Starts nothing. False with a reason when the folder cannot be used.
    bool prepare(QString *error);
    // What the rows still to be created (or retried) are estimated to cost, and how many.
    Money remainingEstimate() const;
    int rowsToCreate() const;

    // Records the batch in the store (see BatchStore) and starts feeding rows, unless paused.
    void start();
    void pause();
    void resume();
    void cancel();

    QString name() const { return m_plan.name; }
    QString key() const { return m_key; }
    QString outDir() const { return m_options.outDir; }
    QString reportPath() const;
    const QList<Row> &rows() const { return m_rows; }
    int total() const { return int(m_rows.size()); }
    int doneCount() const;
    int failedCount() const;  // failed or cancelled
    bool isPaused() const { return m_paused; }
    bool isCancelled() const { return m_cancelled; }
    bool isFinished() const { return m_finished; }

    // "<name>#<hash of the output folder>": what every job's request carries before "/<sku>".
    static QString batchKeyFor(const QString &name, const QString &outDir);
    // The batch key of a request made by a batch, or empty; and the name within a key.
    static QString keyOfRequest(const GenerationRequest &request);
    static QString nameOfKey(const QString &key);

Q_SIGNALS:
    void rowChanged(int index);
    void progressChanged(int done, int failed, int total);
    void pausedChanged(bool paused);
    void finished();

private:
    void adopt(int index, const Job &job);
    void feed();
    void onJobChanged(const Job &job);
    void onJobFinished(const Job &job);
    void deliver(int index, const Job &job);
    void settle(int index, RowState state, const QString &error = QString());
    void writeReport();
    void remember();
    void tagLater(JobId id);
    void checkFinished();
    QString targetFor(const BatchItem &item) const;

    GenerationService &m_service;
    JobRepository &m_jobs;
    BatchPlan m_plan;
    Options m_options;
    QString m_key;
    QList<Row> m_rows;
    QHash<JobId, int> m_rowOfJob;
    int m_inFlight = 0;
    int m_delivering = 0;
    bool m_started = false;
    bool m_paused = false;
    bool m_cancelled = false;
    bool m_finished = false;
    QString m_reportError;
};

QString rowStateName(BatchRunner::RowState state);

} // namespace rc::batch
