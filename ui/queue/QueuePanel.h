#pragma once

#include "core/Job.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace rc {
class Catalogue;
class GenerationService;
} // namespace rc

namespace rc::ui {

class QueueModel;
class QueueRow;

// Shows the queue model as rows and turns their buttons into service calls (cancel, retry).
class QueuePanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueuePanel)

public:
    QueuePanel(QueueModel &model, GenerationService &service, const Catalogue &catalogue, QWidget *parent = nullptr);

    QueueRow *rowFor(JobId id) const { return m_rows.value(id); }
    int rowCount() const { return int(m_rows.size()); }
    // Shows `group` above the jobs, standing for every job whose request carries the batch key
    // `key` (those get no row of their own while the group lives).
    void addGroup(const QString &key, QWidget *group);
    // Removes and deletes the group; its jobs, if any are left, get rows again.
    void removeGroup(const QString &key);

private:
    void sync();
    void retry(JobId id);

    QueueModel &m_model;
    GenerationService &m_service;
    const Catalogue &m_catalogue;
    QVBoxLayout *m_list;
    QVBoxLayout *m_groups;
    QHash<QString, QWidget *> m_groupOfKey;
    QLabel *m_empty;
    QHash<JobId, QueueRow *> m_rows;
};

} // namespace rc::ui
