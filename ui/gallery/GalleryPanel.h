#pragma once

#include "core/Job.h"

#include <QWidget>

class QLabel;
class QListView;

namespace rc {
class Catalogue;
}

namespace rc::ui {

class GalleryFilterBar;
class GalleryModel;

// The clip grid with its filter bar. Emits the clip the user selected; knows nothing of playing.
class GalleryPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GalleryPanel)

public:
    GalleryPanel(GalleryModel &model, const Catalogue &catalogue, QWidget *parent = nullptr);

    GalleryFilterBar *filterBar() const { return m_filters; }
    QListView *view() const { return m_view; }
    JobId currentId() const;
    // Selects a clip; one the model has not read yet (it re-reads off the UI thread) is
    // selected when it arrives, unless the user chose another clip meanwhile.
    void select(JobId id);

Q_SIGNALS:
    void currentChanged(rc::JobId id); // 0: nothing selected
    void activated(rc::JobId id);

private:
    void updateEmptyState();
    void selectPending();

    GalleryModel &m_model;
    GalleryFilterBar *m_filters;
    QListView *m_view;
    QLabel *m_empty;
    QLabel *m_count;
    JobId m_pending = 0;       // a clip to select once the model has it
    JobId m_pendingOver = 0;   // what was current when it was asked for
};

} // namespace rc::ui
