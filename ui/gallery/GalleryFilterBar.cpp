#include "gallery/GalleryFilterBar.h"

#include "core/Catalogue.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLineEdit>
#include <QMenu>
#include <QToolButton>

#include <algorithm>

namespace rc::ui {
namespace {

constexpr int kSearchDebounceMs = 250;
constexpr int kAnyState = -1;
constexpr int kMinContentsChars = 5;

} // namespace

GalleryFilterBar::GalleryFilterBar(const Catalogue &catalogue, QWidget *parent)
    : QWidget(parent), m_catalogue(catalogue), m_search(new QLineEdit(this)), m_provider(new QComboBox(this)), m_status(new QComboBox(this)),
      m_favourites(new QToolButton(this)), m_sort(new QComboBox(this)), m_project(new QComboBox(this)),
      m_projectsMenu(new QToolButton(this))
{
    m_search->setPlaceholderText(tr("Search prompts…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search prompts"));
    m_search->setMinimumWidth(140);

    m_provider->setAccessibleName(tr("Filter by provider"));
    reloadProviders();

    m_status->setAccessibleName(tr("Filter by status"));
    m_status->addItem(tr("Finished clips"), int(JobState::Completed));
    m_status->addItem(tr("Everything"), kAnyState);
    m_status->addItem(tr("Failed"), int(JobState::Failed));
    m_status->addItem(tr("Cancelled"), int(JobState::Cancelled));

    m_favourites->setText(tr("★ Favourites"));
    m_favourites->setCheckable(true);
    m_favourites->setAccessibleName(tr("Favourites only"));
    m_favourites->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_sort->setAccessibleName(tr("Sort"));
    m_sort->addItem(tr("Newest first"), int(JobQuery::Sort::NewestFirst));
    m_sort->addItem(tr("Oldest first"), int(JobQuery::Sort::OldestFirst));
    m_sort->addItem(tr("Most expensive"), int(JobQuery::Sort::CostHighest));
    m_sort->addItem(tr("Longest"), int(JobQuery::Sort::DurationLongest));

    m_project->setObjectName(QStringLiteral("projectFilter"));
    m_project->setAccessibleName(tr("Filter by project"));
    setProjects({});
    m_projectsMenu->setObjectName(QStringLiteral("projectsMenu"));
    m_projectsMenu->setText(tr("Projects"));
    m_projectsMenu->setAccessibleName(tr("Manage projects"));
    m_projectsMenu->setToolTip(tr("New, rename or remove a project"));
    m_projectsMenu->setPopupMode(QToolButton::InstantPopup);
    m_projectsMenu->setToolButtonStyle(Qt::ToolButtonTextOnly);

    // Two rows: in one row at full width the bar alone made the window wider than a 1280 px
    // screen. Each list is as wide as the column allows and elides its current text below that
    // (the pop-up shows items whole), so at 150 % scale the gallery still fits between the
    // compose column and the player.
    for (QComboBox *box : {m_provider, m_status, m_sort, m_project}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(kMinContentsChars);
        box->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }
    m_search->setMinimumWidth(80);
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(4);
    grid->addWidget(m_search, 0, 0, 1, 2);
    grid->addWidget(m_sort, 0, 2);
    grid->addWidget(m_provider, 1, 0);
    grid->addWidget(m_status, 1, 1);
    grid->addWidget(m_favourites, 1, 2);
    grid->addWidget(m_project, 2, 0, 1, 2);
    grid->addWidget(m_projectsMenu, 2, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kSearchDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &GalleryFilterBar::emitQuery);
    connect(m_search, &QLineEdit::textChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &GalleryFilterBar::emitQuery);
    for (QComboBox *box : {m_provider, m_status, m_sort, m_project})
        connect(box, &QComboBox::currentIndexChanged, this, &GalleryFilterBar::emitQuery);
    connect(m_favourites, &QToolButton::toggled, this, &GalleryFilterBar::emitQuery);
}

JobQuery GalleryFilterBar::query() const
{
    JobQuery q;
    q.search = m_search->text().trimmed();
    q.provider = m_provider->currentData().toString();
    const int state = m_status->currentData().toInt();
    if (state != kAnyState)
        q.state = JobState(state);
    q.favouritesOnly = m_favourites->isChecked();
    q.sort = JobQuery::Sort(m_sort->currentData().toInt());
    q.project = currentProject();
    return q;
}

void GalleryFilterBar::reloadProviders()
{
    const QString chosen = m_provider->currentData().toString();
    {
        const QSignalBlocker block(m_provider);
        m_provider->clear();
        m_provider->addItem(tr("All providers"), QString());
        for (const ProviderSpec &p : m_catalogue.providers())
            m_provider->addItem(p.label, p.id);
        m_provider->setCurrentIndex(std::max(0, m_provider->findData(chosen)));
    }
    if (m_provider->currentData().toString() != chosen)
        emitQuery(); // the filtered provider went away: the gallery shows all again
}

void GalleryFilterBar::setProjects(const QStringList &projects)
{
    const QString chosen = currentProject();
    {
        const QSignalBlocker block(m_project);
        m_project->clear();
        m_project->addItem(tr("All projects"), QString());
        for (const QString &name : projects)
            m_project->addItem(name, name);
        m_project->setCurrentIndex(std::max(0, m_project->findData(chosen)));
    }
    if (currentProject() != chosen)
        emitQuery(); // the filtered project went away: the gallery shows all again
}

void GalleryFilterBar::setProjectActions(const QList<QAction *> &actions)
{
    auto *menu = new QMenu(m_projectsMenu);
    menu->addActions(actions);
    m_projectsMenu->setMenu(menu);
}

QString GalleryFilterBar::currentProject() const
{
    return m_project->currentData().toString();
}

void GalleryFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void GalleryFilterBar::emitQuery()
{
    m_debounce.stop();
    Q_EMIT queryChanged(query());
}

} // namespace rc::ui
