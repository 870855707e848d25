#include "gallery/GalleryPanel.h"

#include "gallery/GalleryDelegate.h"
#include "gallery/GalleryFilterBar.h"
#include "gallery/GalleryModel.h"

#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QScopedValueRollback>
#include <QStackedLayout>
#include <QVBoxLayout>

namespace rc::ui {

GalleryPanel::GalleryPanel(GalleryModel &model, const Catalogue &catalogue, QWidget *parent)
    : QWidget(parent), m_model(model), m_filters(new GalleryFilterBar(catalogue, this)), m_view(new QListView(this)),
      m_empty(new QLabel(this)), m_count(new QLabel(this))
{
    m_view->setObjectName(QStringLiteral("galleryView"));
    m_view->setAccessibleName(tr("Clips"));
    m_view->setViewMode(QListView::IconMode);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setMovement(QListView::Static);
    m_view->setUniformItemSizes(true);
    m_view->setSpacing(4);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
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
    box->addWidget(m_count);

    m_model.setQuery(m_filters->query()); // the bar's defaults (finished clips, newest first)
    connect(m_filters, &GalleryFilterBar::queryChanged, &m_model, &GalleryModel::setQuery);
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
    updateEmptyState();
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
    const bool filtered = !q.search.isEmpty() || !q.provider.isEmpty() || q.favouritesOnly;
    m_empty->setText(filtered ? tr("No clip matches these filters.")
                              : tr("No clips yet.\nWrite a prompt on the left and press Generate (Ctrl+Enter)."));
    m_empty->setVisible(empty);
    m_view->setVisible(!empty);
    m_count->setText(tr("%n clip(s)", nullptr, m_model.totalCount()));
}

} // namespace rc::ui
