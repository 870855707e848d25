#include "queue/QueueModel.h"

#include "service/GenerationService.h"

#include <algorithm>

namespace rc::ui {

QString etaText(int etaSec)
{
    if (etaSec < 0)
        return QString();
    if (etaSec < 60)
        return QueueModel::tr("%n s left", nullptr, etaSec);
    return QueueModel::tr("%1 min %2 s left").arg(etaSec / 60).arg(etaSec % 60);
}

QueueModel::QueueModel(GenerationService &service, QObject *parent)
    : QAbstractListModel(parent)
{
    QList<Job> active = service.activeJobs();
    std::sort(active.begin(), active.end(), [](const Job &a, const Job &b) { return a.id() < b.id(); });
    m_jobs = active;
    connect(&service, &GenerationService::jobAdded, this, &QueueModel::upsert);
    connect(&service, &GenerationService::jobChanged, this, &QueueModel::upsert);
    connect(&service, &GenerationService::jobFinished, this, &QueueModel::onFinished);
}

int QueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int QueueModel::rowOf(JobId id) const
{
    for (int i = 0; i < m_jobs.size(); ++i) {
        if (m_jobs.at(i).id() == id)
            return i;
    }
    return -1;
}

int QueueModel::runningCount() const
{
    return int(std::count_if(m_jobs.cbegin(), m_jobs.cend(), [](const Job &j) { return !isTerminal(j.state()); }));
}

void QueueModel::upsert(const Job &job)
{
    const int row = rowOf(job.id());
    if (row >= 0) {
        m_jobs[row] = job;
        Q_EMIT dataChanged(index(row), index(row));
        return;
    }
    // A terminal job seen for the first time (a late change signal) has no place in the queue.
    if (isTerminal(job.state()))
        return;
    beginInsertRows(QModelIndex(), int(m_jobs.size()), int(m_jobs.size()));
    m_jobs.append(job);
    endInsertRows();
}

void QueueModel::onFinished(const Job &job)
{
    if (job.state() == JobState::Failed) {
        upsert(job);
        return;
    }
    dismiss(job.id());
}

void QueueModel::dismiss(JobId id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows(QModelIndex(), row, row);
    m_jobs.removeAt(row);
    endRemoveRows();
}

QVariant QueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Job &job = m_jobs.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case PromptRole:
        return job.request().prompt;
    case Qt::ToolTipRole:
        return job.state() == JobState::Failed ? job.errorMessage() : job.request().prompt;
    case JobIdRole:
        return job.id();
    case StateRole:
        return int(job.state());
    case ProgressRole:
        return job.progress();
    case EtaRole:
        return job.etaSec();
    case ProviderRole:
        return job.request().provider;
    case ErrorRole:
        return job.errorMessage();
    case DetailRole:
        return job.liveDetail();
    default:
        return {};
    }
}

QHash<int, QByteArray> QueueModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(JobIdRole, "jobId");
    names.insert(StateRole, "state");
    names.insert(ProgressRole, "progress");
    names.insert(EtaRole, "eta");
    names.insert(ProviderRole, "provider");
    names.insert(ErrorRole, "error");
    names.insert(PromptRole, "prompt");
    names.insert(DetailRole, "detail");
    return names;
}

} // namespace rc::ui
