#pragma once

#include "core/GenerationRequest.h"
#include "core/Job.h"

#include <QObject>
#include <optional>

class QAction;
class QUndoStack;
class QWidget;

namespace rc {
class ClipLibrary;
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
class ClipActions : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClipActions)

public:
    ClipActions(JobRepository &jobs, GenerationService &service, ClipLibrary &library, StudioSettings &settings,
                QString inputsDir, QWidget *dialogParent);

    void setCurrent(JobId id);
    JobId current() const { return m_current; }

    QAction *reuse() const { return m_reuse; }
    QAction *generateAgain() const { return m_again; }
    QAction *edit() const { return m_edit; }
    QAction *useLastFrame() const { return m_lastFrame; }
    QAction *favourite() const { return m_favourite; }
    QAction *reveal() const { return m_reveal; }
    QAction *saveAs() const { return m_saveAs; }
    QAction *remove() const { return m_delete; }
    QAction *undo() const { return m_undoAction; }
    QUndoStack *undoStack() const { return m_undo; }
    QList<QAction *> all() const;

    // Submits an edit of a finished clip: `change` says what to change. The new job is the
    // clip's child. Returns its id, or 0 with the reason sent through message().
    JobId submitEdit(JobId id, const QString &change);
    // Why the clip cannot be edited, or empty when it can.
    QString editProblem(const Job &job) const;

    // Deletes without asking (the confirmation is deleteCurrent's job); pushes an undo step.
    bool deleteClip(JobId id);

Q_SIGNALS:
    void reuseRequested(const rc::GenerationRequest &request);
    void photoRequested(const QString &path);
    void submitted(rc::JobId id);
    void message(const QString &text);

private:
    std::optional<Job> currentJob() const;
    void updateEnabled();
    void doReuse();
    void doGenerateAgain();
    void doEdit();
    void doUseLastFrame();
    void doFavourite(bool on);
    void doReveal();
    void doSaveAs();
    void deleteCurrent();

    JobRepository &m_jobs;
    GenerationService &m_service;
    ClipLibrary &m_library;
    StudioSettings &m_settings;
    QString m_inputsDir;
    QWidget *m_dialogParent;
    JobId m_current = 0;
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
};

} // namespace rc::ui
