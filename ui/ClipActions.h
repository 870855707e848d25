#pragma once

#include "core/GenerationRequest.h"
#include "core/Job.h"
#include "service/ClipLibrary.h"

#include <QObject>
#include <optional>

class QAction;
class QUndoStack;
class QWidget;

namespace rc {
class ClipExporter;
class GenerationService;
class JobRepository;
} // namespace rc

namespace rc::ui {

class StudioSettings;

// What the user can do to the selected clip, as QActions the menus, the details panel and the
// grid's context menu share: reuse settings, generate again, edit (ask the provider for a change
// to a finished remote clip, e.g. Gemini Omni; the result is stored as the clip's child),
// continue from the last frame, favourite, reveal, save as, and delete (confirmed, and undoable with Ctrl+Z while the window is
// open: the library keeps the files in its trash until exit).
// Favourite, tag, add to project, export and delete act on every selected clip (the gallery's
// multi-selection); the rest on the current one. The work is the core's (ClipLibrary,
// ClipExporter): this class asks the questions and reports the answers.
// What the actions offer depends on the selected clips' rows, which are read on the library's
// reader thread, never on the window's: after the selection changes, the actions that depend on
// those rows are disabled until they are read, and only the answer for the newest selection is
// shown. The confirmation of a deletion and the projects (for the dialogs and the gallery's
// filter) are read there too; the dialogs offer the last project list read.
class ClipActions : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClipActions)

public:
    ClipActions(JobRepository &jobs, GenerationService &service, ClipLibrary &library, StudioSettings &settings,
                QString inputsDir, QWidget *dialogParent);

    void setCurrent(JobId id);
    JobId current() const { return m_current; }
    // The gallery's selected clips; when empty, the current clip alone is the selection.
    void setSelection(const QList<JobId> &ids);
    QList<JobId> selection() const;
    // True from a change of the selection (or of a clip in it) until its clips are read.
    bool isSelectionPending() const { return m_reads != m_shownRead; }
    // The projects as last read (empty until the first answer).
    QStringList projects() const { return m_projects; }

    QAction *reuse() const { return m_reuse; }
    QAction *generateAgain() const { return m_again; }
    QAction *edit() const { return m_edit; }
    QAction *useLastFrame() const { return m_lastFrame; }
    QAction *favourite() const { return m_favourite; }
    QAction *reveal() const { return m_reveal; }
    QAction *saveAs() const { return m_saveAs; }
    QAction *remove() const { return m_delete; }
    QAction *tag() const { return m_tag; }
    QAction *addToProject() const { return m_addToProject; }
    QAction *newProject() const { return m_newProject; }
    QAction *renameProject() const { return m_renameProject; }
    QAction *removeProject() const { return m_removeProject; }
    // The actions the gallery shows over a multi-selection, and those of its projects menu.
    QList<QAction *> selectionActions() const;
    QList<QAction *> projectActions() const;
    QAction *undo() const { return m_undoAction; }
    QUndoStack *undoStack() const { return m_undo; }
    QList<QAction *> all() const;

    // Submits an edit of a finished clip: `change` says what to change. The new job is the
    // clip's child. Returns its id, or 0 with the reason sent through message().
    JobId submitEdit(JobId id, const QString &change);
    // Why the clip cannot be edited, or empty when it can.
    QString editProblem(const Job &job) const;

    // Deletes without asking (the confirmation is deleteSelection's job); returns at once, and
    // when the deletion has landed pushes one undo step for all of them. Clips that could not be
    // deleted are named in a message box. False when there was nothing to delete.
    bool deleteClip(JobId id);
    bool deleteClips(const QList<JobId> &ids);
    // The confirmation deleting clips asks: how many, what happens to their files, what the paid
    // ones cost, which have lost their file already, which are left alone.
    static QString deletionQuestion(const ClipLibrary::RemovalPreview &preview);
    // Copies the clips into `folder` (see ClipExporter), with a progress dialog when it takes a
    // moment; false with a message box when the folder cannot be written.
    bool exportClips(const QList<JobId> &ids, const QString &folder);
    ClipExporter *exporter() const { return m_exporter; }

Q_SIGNALS:
    void reuseRequested(const rc::GenerationRequest &request);
    void photoRequested(const QString &path);
    void submitted(rc::JobId id);
    void message(const QString &text);
    // The state of the actions now shows the selection's clips as read from the store.
    void selectionRead();
    // The projects were read (at start and after every change of them).
    void projectsRead(const QStringList &projects);

private:
    std::optional<Job> currentJob() const;
    void updateEnabled();
    void showSelection(QList<ClipLibrary::StoredClip> clips);
    void readProjects();
    void doReuse();
    void doGenerateAgain();
    void doEdit();
    void doUseLastFrame();
    void doFavourite(bool on);
    void doReveal();
    void doSaveAs();
    void deleteSelection();
    void doTag();
    void doAddToProject();
    void doNewProject();
    void doRenameProject();
    void doRemoveProject();
    void showExportReport(const QStringList &written, const QStringList &problems, const QString &folder, bool cancelled);
    ClipLibrary::EditDone whileAlive(ClipLibrary::EditDone done);
    // Non-blocking (window-modal) so a test, or the user, can read it while the studio runs on.
    void warn(const QString &title, const QString &text, const QStringList &details = {});

    JobRepository &m_jobs;
    GenerationService &m_service;
    ClipLibrary &m_library;
    StudioSettings &m_settings;
    QString m_inputsDir;
    QWidget *m_dialogParent;
    JobId m_current = 0;
    QList<JobId> m_selection;
    std::optional<Job> m_currentJob; // the current clip as last read (what its actions act on)
    quint64 m_selectionChanges = 0;  // bumped when the current clip or the selection changes
    quint64 m_shownSelection = 0;    // the m_selectionChanges the actions' state was read for
    quint64 m_reads = 0;             // reads of the selection asked for: only the newest is shown
    quint64 m_shownRead = 0;
    quint64 m_projectReads = 0;
    QStringList m_projects;
    bool m_previewPending = false;   // a deletion's confirmation is being read
    bool m_updateQueued = false;
    QUndoStack *m_undo;
    QAction *m_reuse;
    QAction *m_again;
    QAction *m_edit;
    QAction *m_lastFrame;
    QAction *m_favourite;
    QAction *m_reveal;
    QAction *m_saveAs;
    QAction *m_delete;
    QAction *m_undoAction;
    ClipExporter *m_exporter;
    QAction *m_tag;
    QAction *m_addToProject;
    QAction *m_newProject;
    QAction *m_renameProject;
    QAction *m_removeProject;
};

} // namespace rc::ui
