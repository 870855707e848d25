#include "queue/QueuePanel.h"

#include "core/Catalogue.h"
#include "queue/QueueModel.h"
#include "queue/QueueRow.h"
#include "service/GenerationService.h"

#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace rc::ui {

QueuePanel::QueuePanel(QueueModel &model, GenerationService &service, const Catalogue &catalogue, QWidget *parent)
    : QWidget(parent), m_model(model), m_service(service), m_catalogue(catalogue), m_list(new QVBoxLayout), m_groups(new QVBoxLayout),
      m_empty(new QLabel(tr("No jobs running. Press Generate to start one."), this))
{
    setAccessibleName(tr("Queue"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    auto *content = new QWidget;
    auto *contentBox = new QVBoxLayout(content);
    contentBox->setContentsMargins(6, 6, 6, 6);
    m_list->setSpacing(6);
    m_groups->setSpacing(6);
    contentBox->addLayout(m_groups);
    contentBox->addLayout(m_list);
    contentBox->addWidget(m_empty);
    contentBox->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *box = new QVBoxLayout(this);
    box->setContentsMargins(0, 0, 0, 0);
    box->addWidget(scroll);

    connect(&m_model, &QAbstractItemModel::rowsInserted, this, &QueuePanel::sync);
    connect(&m_model, &QAbstractItemModel::rowsRemoved, this, &QueuePanel::sync);
    connect(&m_model, &QAbstractItemModel::modelReset, this, &QueuePanel::sync);
    connect(&m_model, &QAbstractItemModel::dataChanged, this, &QueuePanel::sync);
    sync();
}

void QueuePanel::addGroup(const QString &key, QWidget *group)
{
    m_groupOfKey.insert(key, group);
    m_groups->addWidget(group);
    sync();
}

void QueuePanel::removeGroup(const QString &key)
{
    if (QWidget *group = m_groupOfKey.take(key))
        group->deleteLater();
    sync();
}

void QueuePanel::sync()
{
    QHash<JobId, QueueRow *> keep;
    int shown = 0;
    for (int i = 0; i < m_model.rowCount(); ++i) {
        const Job job = m_model.jobAt(i);
        const QString batchRow = job.request().batchRow;
        if (!batchRow.isEmpty() && m_groupOfKey.contains(batchRow.left(batchRow.lastIndexOf(QLatin1Char('/')))))
            continue;
        QueueRow *row = m_rows.take(job.id());
        if (!row) {
            const ProviderSpec *spec = m_catalogue.provider(job.request().provider);
            row = new QueueRow(spec ? spec->label : job.request().provider, this);
            connect(row, &QueueRow::cancelRequested, &m_service, &GenerationService::cancel);
            connect(row, &QueueRow::retryRequested, this, &QueuePanel::retry);
            connect(row, &QueueRow::dismissRequested, &m_model, &QueueModel::dismiss);
            // The model only appends and removes, so the insertion index keeps the model's order.
            m_list->insertWidget(shown, row);
        }
        ++shown;
        row->update(job);
        keep.insert(job.id(), row);
    }
    qDeleteAll(m_rows);
    m_rows = keep;
    m_empty->setVisible(m_rows.isEmpty() && m_groupOfKey.isEmpty());
}

void QueuePanel::retry(JobId id)
{
    const GenerationService::Submission s = m_service.retry(id);
    if (!s.ok()) {
        if (QueueRow *row = m_rows.value(id))
            row->showProblem(s.error);
    }
}

} // namespace rc::ui
