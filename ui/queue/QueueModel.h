#pragma once

#include "core/Job.h"

#include <QAbstractListModel>
#include <QList>

namespace rc {
class GenerationService;
}

namespace rc::ui {

// The queue as a list model: the service's queued and running jobs, in submission order, plus the
// jobs that failed in this session (they stay, with their message, until retried or dismissed).
// A completed or cancelled job leaves the queue; the gallery shows completed ones.
class QueueModel : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueModel)

public:
    enum Role {
        JobIdRole = Qt::UserRole + 1,
        StateRole,      // int(JobState)
        ProgressRole,   // 0-100, or -1 when unknown
        EtaRole,        // seconds, -1 when unknown
        ProviderRole,
        ErrorRole,
        PromptRole,
        DetailRole,     // the provider's live status line, empty when it has none
    };

    explicit QueueModel(GenerationService &service, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int rowOf(JobId id) const;
    Job jobAt(int row) const { return m_jobs.at(row); }
    // Removes a failed job from the list (it stays in history).
    void dismiss(JobId id);
    int runningCount() const;

private:
    void upsert(const Job &job);
    void onFinished(const Job &job);

    QList<Job> m_jobs;
};

// "1 min 20 s left"; empty when unknown.
QString etaText(int etaSec);

} // namespace rc::ui
