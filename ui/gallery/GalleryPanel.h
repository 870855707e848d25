#pragma once

#include "core/Job.h"

#include <QWidget>

class QAction;
class QLabel;
class QListView;
class QSlider;

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
    // The clip shown in the player and details: the current clip while it is selected; 0 once the
    // selection is cleared (the current index alone stays behind and would show a stale clip).
    JobId currentId() const;
    // Every selected clip (Ctrl/Shift-click, Ctrl+A, a rubber band), in the grid's order.
    QList<JobId> selectedIds() const;
    // The actions offered over a multi-selection (favourite, tag, add to project, export, delete):
    // shown as buttons in a bar that appears while two or more clips are selected.
    void setSelectionActions(const QList<QAction *> &actions);
    QWidget *selectionBar() const { return m_selectionBar; }
    // Selects a clip; one the model has not read yet (it re-reads off the UI thread) is
    // selected when it arrives, unless the user chose another clip meanwhile.
    void select(JobId id);
    // A clip that just finished: shown (selected, and so played) unless the user is looking at
    // another one. The user is "looking at another one" when they picked a clip themselves; the
    // clip the studio showed last, or none, gives way. An edit also takes its parent's place.
    void showFinished(JobId id, JobId parentId = 0);
    // The tile size the user wants (the thumbnail's width in px, as the slider under the grid
    // sets it): the grid fits as many whole columns as that allows and widens them to fill the row.
    void setTileWidth(int px); // 0 or less: kDefaultTileWidthPx
    int tileWidth() const;
    QSlider *tileSlider() const { return m_tileSlider; }
    static constexpr int kMinTileWidthPx = 120;
    static constexpr int kMaxTileWidthPx = 360;
    // Two columns in the gallery pane of a 1280 px wide window; bigger tiles are one slide away.
    static constexpr int kDefaultTileWidthPx = 160;

Q_SIGNALS:
    void currentChanged(rc::JobId id); // 0: nothing selected
    void selectionChanged(const QList<rc::JobId> &ids);
    void activated(rc::JobId id);
    void tileWidthChanged(int px); // the user moved the slider: worth remembering

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateEmptyState();
    void updateSelectionBar();
    void selectPending();
    void onSelectionChanged();
    void selectRow(int row);
    void layoutTiles();

    GalleryModel &m_model;
    GalleryFilterBar *m_filters;
    QListView *m_view;
    QLabel *m_empty;
    QLabel *m_count;
    QSlider *m_tileSlider;
    QWidget *m_selectionBar;
    QLabel *m_selectionCount;
    JobId m_pending = 0;       // a clip to select once the model has it; a choice of the user's cancels it
    JobId m_shown = 0;         // the id last announced by currentChanged
    JobId m_autoShown = 0;     // the clip the studio itself showed last (showFinished)
    bool m_selecting = false;  // the panel is changing the selection, not the user
};

} // namespace rc::ui
