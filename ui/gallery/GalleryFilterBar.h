#pragma once

#include "store/JobQuery.h"

#include <QTimer>
#include <QWidget>

class QAction;
class QComboBox;
class QLineEdit;
class QToolButton;

namespace rc {
class Catalogue;
}

namespace rc::ui {

// Search, filters (provider, status, favourites, project) and sort over the gallery. Typing waits 250 ms before searching, so each
// keystroke does not hit the store.
class GalleryFilterBar : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GalleryFilterBar)

public:
    explicit GalleryFilterBar(const Catalogue &catalogue, QWidget *parent = nullptr);

    JobQuery query() const;
    void focusSearch();
    // Reads the catalogue's providers again (one added or removed while the studio runs); the
    // chosen one stays chosen, and a filter on a provider that went away falls back to all.
    void reloadProviders();
    // The projects to filter by (ClipLibrary::projects()); the chosen one stays chosen, and a
    // filter on a project that was removed or renamed falls back to all clips.
    void setProjects(const QStringList &projects);
    // Shows "New Project…", "Rename Project…" and "Remove Project" in the projects menu.
    void setProjectActions(const QList<QAction *> &actions);
    QString currentProject() const;
    QComboBox *projectBox() const { return m_project; }
    QToolButton *projectsButton() const { return m_projectsMenu; }
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *providerBox() const { return m_provider; }
    QComboBox *statusBox() const { return m_status; }
    QToolButton *favouritesButton() const { return m_favourites; }
    QComboBox *sortBox() const { return m_sort; }

Q_SIGNALS:
    void queryChanged(const rc::JobQuery &query);

private:
    void emitQuery();

    const Catalogue &m_catalogue;
    QLineEdit *m_search;
    QComboBox *m_provider;
    QComboBox *m_status;
    QToolButton *m_favourites;
    QComboBox *m_sort;
    QComboBox *m_project;
    QToolButton *m_projectsMenu;
    QTimer m_debounce;
};

} // namespace rc::ui
