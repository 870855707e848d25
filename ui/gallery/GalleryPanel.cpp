#include "gallery/GalleryPanel.h"

#include "gallery/GalleryDelegate.h"
#include "gallery/GalleryFilterBar.h"
#include "gallery/GalleryModel.h"
#include "widgets/FlowLayout.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QScopedValueRollback>
#include <QSlider>
#include <QStackedLayout>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace rc::ui {

GalleryPanel::GalleryPanel(GalleryModel &model, const Catalogue &catalogue, QWidget *parent)
    : QWidget(parent), m_model(model), m_filters(new GalleryFilterBar(catalogue, this)), m_view(new QListView(this)),
      m_empty(new QLabel(this)), m_count(new QLabel(this)), m_tileSlider(new QSlider(Qt::Horizontal, this)),
      m_selectionBar(new QWidget(this)), m_selectionCount(new QLabel(m_selectionBar))
{
    m_view->setObjectName(QStringLiteral("galleryView"));
    m_view->setAccessibleName(tr("Clips"));
    m_view->setViewMode(QListView::IconMode);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setMovement(QListView::Static);
    m_view->setUniformItemSizes(true);
    // The grid size sets the cells (see layoutTiles); the delegate draws each tile's margin itself.
    m_view->setSpacing(0);
    m_view->installEventFilter(this);
    // Ctrl/Shift-click, Ctrl+A and, from empty space, a rubber band; a plain click still picks one.
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionRectVisible(true);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setItemDelegate(new GalleryDelegate(m_view));
    m_view->setModel(&m_model);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    // Clips drag out to a file manager or an editor (as copies); nothing drops in, and IconMode's
    // default of moving icons around inside the view makes no sense for a sorted history.
    m_view->setDragEnabled(true);
    m_view->setDragDropMode(QAbstractItemView::DragOnly);
    m_view->setDefaultDropAction(Qt::CopyAction);

    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_tileSlider->setObjectName(QStringLiteral("tileSize"));
    m_tileSlider->setAccessibleName(tr("Tile size"));
    m_tileSlider->setToolTip(tr("Tile size"));
    m_tileSlider->setRange(kMinTileWidthPx, kMaxTileWidthPx);
    m_tileSlider->setSingleStep(8);
    m_tileSlider->setPageStep(40);
    m_tileSlider->setValue(kDefaultTileWidthPx);
    m_tileSlider->setMaximumWidth(160);

    m_selectionBar->setObjectName(QStringLiteral("selectionBar"));
    m_selectionBar->setAccessibleName(tr("Selected clips"));
    m_selectionCount->setObjectName(QStringLiteral("selectionCount"));
    // The buttons wrap: at 1280 px the gallery pane is narrower than one row of them.
    auto *selectionRow = new FlowLayout(m_selectionBar, 4);
    selectionRow->setContentsMargins(0, 0, 0, 0);
    selectionRow->addWidget(m_selectionCount);
    m_selectionBar->hide();

    auto *stackHost = new QWidget(this);
    auto *stack = new QStackedLayout(stackHost);
    stack->setStackingMode(QStackedLayout::StackAll);
    stack->addWidget(m_empty);
    stack->addWidget(m_view);
    auto *box = new QVBoxLayout(this);
    box->setContentsMargins(8, 8, 8, 4);
    box->setSpacing(6);
    box->addWidget(m_filters);
    box->addWidget(stackHost, 1);
    box->addWidget(m_selectionBar);
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_count, 1);
    footer->addWidget(m_tileSlider);
    box->addLayout(footer);

    // The bar's defaults (finished clips, newest first), read before the window shows; what the
    // user types or picks later is read off the UI thread.
    m_model.setQuery(m_filters->query(), GalleryModel::Read::Now);
    connect(m_filters, &GalleryFilterBar::queryChanged, &m_model, [this](const JobQuery &query) { m_model.setQuery(query); });
    // Current and selected can part (Ctrl+click or Space deselects and leaves the current index):
    // both changes go through one place that announces the shown clip only when it changes.
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &GalleryPanel::onSelectionChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &GalleryPanel::onSelectionChanged);
    connect(m_view, &QListView::activated, this,
            [this](const QModelIndex &index) { Q_EMIT activated(index.data(GalleryModel::JobIdRole).toLongLong()); });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(&m_model, signal, this, &GalleryPanel::updateEmptyState);
    connect(&m_model, &QAbstractItemModel::modelReset, this, &GalleryPanel::updateEmptyState);
    connect(&m_model, &GalleryModel::refreshed, this, &GalleryPanel::selectPending);
    // A reset (new filters) or a removed row drops the selection without a selectionChanged: say so.
    connect(&m_model, &QAbstractItemModel::modelReset, this, &GalleryPanel::onSelectionChanged);
    connect(&m_model, &QAbstractItemModel::rowsRemoved, this, &GalleryPanel::onSelectionChanged);
    connect(m_tileSlider, &QSlider::valueChanged, this, [this](int px) {
        layoutTiles();
        Q_EMIT tileWidthChanged(px);
    });
    updateEmptyState();
    layoutTiles();
}

void GalleryPanel::setTileWidth(int px)
{
    const QSignalBlocker block(m_tileSlider); // set from the settings, not by the user
    m_tileSlider->setValue(px > 0 ? px : kDefaultTileWidthPx);
    layoutTiles();
}

int GalleryPanel::tileWidth() const
{
    return m_tileSlider->value();
}

bool GalleryPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::Resize)
        layoutTiles();
    return QWidget::eventFilter(watched, event);
}

void GalleryPanel::layoutTiles()
{
    // The column count whose tiles come nearest the wanted size (rounded, not floored: a pane
    // 1.8 tiles wide shows two slightly smaller tiles rather than one stretched to almost double),
    // never below the smallest tile; then the row's spare pixels are spread over the columns, so
    // no empty margin is left beside the grid at any width. The scroll bar's width is always held
    // back, so its coming and going cannot change the column count and re-layout in a loop.
    const int scrollBar = m_view->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_view);
    const int available = std::max(1, m_view->width() - 2 * m_view->frameWidth() - scrollBar - 1);
    const QFontMetrics fm = m_view->fontMetrics();
    const int wanted = GalleryDelegate::cellSize(m_tileSlider->value(), fm).width();
    const int smallest = GalleryDelegate::cellSize(kMinTileWidthPx, fm).width();
    const int columns = std::max(1, std::min((available + wanted / 2) / wanted, available / smallest));
    const int cellWidth = std::max(available / columns, smallest);
    const int thumbWidth = cellWidth - 2 * GalleryDelegate::kPadPx;
    auto *delegate = static_cast<GalleryDelegate *>(m_view->itemDelegate());
    if (delegate->thumbWidth() == thumbWidth && m_view->gridSize().width() == cellWidth)
        return;
    delegate->setThumbWidth(thumbWidth);
    m_view->setGridSize(GalleryDelegate::cellSize(thumbWidth, fm));
}

QList<JobId> GalleryPanel::selectedIds() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedIndexes();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<JobId> ids;
    for (const QModelIndex &i : std::as_const(rows))
        ids << i.data(GalleryModel::JobIdRole).toLongLong();
    return ids;
}

void GalleryPanel::setSelectionActions(const QList<QAction *> &actions)
{
    QLayout *row = m_selectionBar->layout();
    for (QAction *action : actions) {
        auto *button = new QToolButton(m_selectionBar);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        // The action's text has a mnemonic and an ellipsis, and changes with the count ("Delete 3
        // Clips"): the button is read by its plain, current name.
        auto name = [button, action] {
            button->setAccessibleName(action->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")));
        };
        name();
        connect(action, &QAction::changed, button, name);
        row->addWidget(button);
    }
}

void GalleryPanel::updateSelectionBar()
{
    const QList<JobId> ids = selectedIds();
    m_selectionCount->setText(tr("%n clips selected", nullptr, int(ids.size()))); // shown from two on
    m_selectionBar->setVisible(ids.size() > 1);
    Q_EMIT selectionChanged(ids);
}

JobId GalleryPanel::currentId() const
{
    const QModelIndex i = m_view->currentIndex();
    const QItemSelectionModel *s = m_view->selectionModel();
    return i.isValid() && s->isSelected(i) ? i.data(GalleryModel::JobIdRole).toLongLong() : 0;
}

void GalleryPanel::select(JobId id)
{
    m_autoShown = 0; // asked for by name (an import, a test, a click): the user's own choice
    const int row = m_model.rowOf(id);
    m_pending = row < 0 ? id : 0;
    if (row >= 0)
        selectRow(row);
}

void GalleryPanel::showFinished(JobId id, JobId parentId)
{
    const JobId current = currentId();
    const bool lookingAtAnother = current != 0 && current != m_autoShown && (parentId == 0 || current != parentId);
    if (lookingAtAnother)
        return;
    m_autoShown = id;
    const int row = m_model.rowOf(id);
    m_pending = row < 0 ? id : 0;
    if (row >= 0)
        selectRow(row);
}

void GalleryPanel::selectRow(int row)
{
    const QModelIndex i = m_model.index(row);
    const QScopedValueRollback guard(m_selecting, true);
    m_view->selectionModel()->setCurrentIndex(i, QItemSelectionModel::ClearAndSelect);
    m_view->scrollTo(i);
    onSelectionChanged();
}

void GalleryPanel::selectPending()
{
    if (m_pending == 0)
        return;
    const int row = m_model.rowOf(m_pending);
    if (row < 0)
        return;
    m_pending = 0;
    // The autoShown mark stays on the clip: it is the one the studio is now showing.
    selectRow(row);
}

void GalleryPanel::onSelectionChanged()
{
    updateSelectionBar();
    const JobId id = currentId();
    if (!m_selecting && id != m_shown) {
        // The user (or the model under them) moved the selection: a clip still on its way no
        // longer takes over, and a clip of their own choosing is no longer the studio's to replace.
        if (id != 0)
            m_pending = 0;
        if (id != m_autoShown)
            m_autoShown = 0;
    }
    if (id == m_shown)
        return;
    m_shown = id;
    Q_EMIT currentChanged(id);
}

void GalleryPanel::updateEmptyState()
{
    const bool empty = m_model.rowCount() == 0;
    const JobQuery q = m_model.query();
    const bool filtered = !q.search.isEmpty() || !q.provider.isEmpty() || q.favouritesOnly || !q.project.isEmpty();
    m_empty->setText(filtered ? tr("No clip matches these filters.")
                              : tr("No clips yet.\nWrite a prompt on the left and press Generate (Ctrl+Enter)."));
    m_empty->setVisible(empty);
    m_view->setVisible(!empty);
    m_count->setText(tr("%n clip(s)", nullptr, m_model.totalCount()));
}

} // namespace rc::ui
