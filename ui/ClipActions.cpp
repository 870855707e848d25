#include "ClipActions.h"

#include "StudioSettings.h"
#include "integration/RevealInFileManager.h"
#include "media/MediaReader.h"
#include "service/ClipLibrary.h"
#include "service/GenerationService.h"
#include "store/JobRepository.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QUndoStack>

namespace rc::ui {
namespace {

// Delete as an undo step: redo moves the clip to the library's trash, undo brings it back.
class DeleteClipCommand : public QUndoCommand
{
public:
    DeleteClipCommand(ClipLibrary &library, JobId id, const QString &text)
        : QUndoCommand(text), m_library(library), m_id(id) {}
    void redo() override
    {
        if (!m_library.remove(m_id, &m_error))
            setObsolete(true);
    }
    void undo() override { m_library.restore(m_id, &m_error); }
    QString error() const { return m_error; }

private:
    ClipLibrary &m_library;
    JobId m_id;
    QString m_error;
};

} // namespace

ClipActions::ClipActions(JobRepository &jobs, GenerationService &service, ClipLibrary &library,
                         StudioSettings &settings, QString inputsDir, QWidget *dialogParent)
    : QObject(dialogParent), m_jobs(jobs), m_service(service), m_library(library), m_settings(settings),
      m_inputsDir(std::move(inputsDir)), m_dialogParent(dialogParent), m_undo(new QUndoStack(this)),
      m_reuse(new QAction(tr("&Reuse Settings"), this)), m_again(new QAction(tr("Generate &Again"), this)),
      m_edit(new QAction(tr("&Edit / Remix…"), this)),
      m_lastFrame(new QAction(tr("Continue from &Last Frame"), this)), m_favourite(new QAction(tr("&Favourite"), this)),
      m_reveal(new QAction(tr("Show in &Folder"), this)), m_saveAs(new QAction(tr("&Export Clip…"), this)),
      m_delete(new QAction(tr("&Delete Clip"), this))
{
    m_reuse->setShortcut(Qt::CTRL | Qt::Key_R);
    m_reuse->setToolTip(tr("Fill the compose panel with this clip's prompt and settings (Ctrl+R)"));
    m_again->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_G);
    m_again->setToolTip(tr("Make another take with the same settings and a new seed (Ctrl+Shift+G)"));
    m_edit->setShortcut(Qt::CTRL | Qt::Key_E);
    m_edit->setToolTip(tr("Ask the provider for a change to this clip (\"now it snows\"); the rest of the scene "
                          "stays, and the result is kept as a new clip next to this one (Ctrl+E)"));
    m_lastFrame->setShortcut(Qt::CTRL | Qt::Key_L);
    m_lastFrame->setToolTip(tr("Use this clip's last frame as the input photo (Ctrl+L)"));
    m_favourite->setCheckable(true);
    m_favourite->setShortcut(Qt::CTRL | Qt::Key_D);
    m_reveal->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_R);
    m_saveAs->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_S);
    m_delete->setShortcut(QKeySequence::Delete);
    m_undoAction = m_undo->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);

    connect(m_reuse, &QAction::triggered, this, &ClipActions::doReuse);
    connect(m_again, &QAction::triggered, this, &ClipActions::doGenerateAgain);
    connect(m_edit, &QAction::triggered, this, &ClipActions::doEdit);
    connect(m_lastFrame, &QAction::triggered, this, &ClipActions::doUseLastFrame);
    connect(m_favourite, &QAction::triggered, this, &ClipActions::doFavourite);
    connect(m_reveal, &QAction::triggered, this, &ClipActions::doReveal);
    connect(m_saveAs, &QAction::triggered, this, &ClipActions::doSaveAs);
    connect(m_delete, &QAction::triggered, this, &ClipActions::deleteCurrent);
    connect(&m_library, &ClipLibrary::clipChanged, this, &ClipActions::updateEnabled);
    updateEnabled();
}

QList<QAction *> ClipActions::all() const
{
    return {m_reuse, m_again, m_edit, m_lastFrame, m_favourite, m_reveal, m_saveAs, m_delete};
}

void ClipActions::setCurrent(JobId id)
{
    m_current = id;
    updateEnabled();
}

std::optional<Job> ClipActions::currentJob() const
{
    return m_current ? m_jobs.load(m_current) : std::nullopt;
}

void ClipActions::updateEnabled()
{
    const std::optional<Job> job = currentJob();
    const bool any = job.has_value();
    const bool hasVideo = any && job->state() == JobState::Completed && QFileInfo::exists(job->output().videoPath);
    m_reuse->setEnabled(any);
    m_again->setEnabled(any);
    const QString editProblem = any ? this->editProblem(*job) : QString();
    m_edit->setEnabled(any && editProblem.isEmpty());
    m_edit->setStatusTip(editProblem);
    m_lastFrame->setEnabled(hasVideo);
    m_favourite->setEnabled(any);
    m_favourite->setChecked(any && job->isFavourite());
    m_reveal->setEnabled(hasVideo);
    m_saveAs->setEnabled(hasVideo);
    m_delete->setEnabled(any && isTerminal(job->state()));
}

void ClipActions::doReuse()
{
    if (const std::optional<Job> job = currentJob())
        Q_EMIT reuseRequested(job->request());
}

void ClipActions::doGenerateAgain()
{
    const std::optional<Job> job = currentJob();
    if (!job)
        return;
    GenerationRequest r = job->request();
    r.seed = 0; // a new take; "Reuse Settings" keeps the seed for an exact replay
    const GenerationService::Submission s = m_service.submit(r);
    if (s.ok())
        Q_EMIT submitted(s.id);
    else
        Q_EMIT message(s.error);
}

QString ClipActions::editProblem(const Job &job) const
{
    if (job.state() != JobState::Completed || job.remoteId().isEmpty())
        return tr("Only a finished clip made by a remote provider can be edited.");
    GenerationRequest r = job.request();
    r.prompt = QStringLiteral("-"); // any change: only whether the provider can edit is asked
    r.remixOf = job.remoteId();
    r.imagePath.clear();
    r.lastFramePath.clear();
    return m_service.check(r);
}

JobId ClipActions::submitEdit(JobId id, const QString &change)
{
    const std::optional<Job> job = m_jobs.load(id);
    if (!job || change.trimmed().isEmpty())
        return 0;
    const QString problem = editProblem(*job);
    if (!problem.isEmpty()) {
        Q_EMIT message(problem);
        return 0;
    }
    GenerationRequest r = job->request();
    r.prompt = change.trimmed();
    r.remixOf = job->remoteId();
    r.parentJobId = job->id();
    r.imagePath.clear();
    r.lastFramePath.clear();
    r.seed = 0;
    const GenerationService::Submission s = m_service.submit(r);
    if (!s.ok()) {
        Q_EMIT message(s.error);
        return 0;
    }
    Q_EMIT submitted(s.id);
    return s.id;
}

void ClipActions::doEdit()
{
    const std::optional<Job> job = currentJob();
    if (!job)
        return;
    bool ok = false;
    const QString change = QInputDialog::getMultiLineText(
        m_dialogParent, tr("Edit Clip"),
        tr("Say what should change; the rest of the scene stays the same.\nFor example: now it snows. Keep everything "
           "else the same."),
        QString(), &ok);
    if (ok && !change.trimmed().isEmpty())
        submitEdit(job->id(), change);
}

void ClipActions::doUseLastFrame()
{
    const std::optional<Job> job = currentJob();
    if (!job)
        return;
    media::VideoReader reader;
    QString error;
    QImage frame, last;
    if (reader.open(job->output().videoPath, &error)) {
        reader.seek(std::max(0.0, job->request().durationSec - 0.5));
        while (reader.next(&frame))
            last = frame;
    }
    QDir().mkpath(m_inputsDir);
    const QString path = QDir(m_inputsDir).filePath(QStringLiteral("clip-%1-last-frame.png").arg(job->id()));
    if (last.isNull() || !last.save(path)) {
        Q_EMIT message(tr("The last frame could not be read: %1").arg(error.isEmpty() ? tr("no frame decoded") : error));
        return;
    }
    Q_EMIT photoRequested(path);
}

void ClipActions::doFavourite(bool on)
{
    if (m_current)
        m_library.setFavourite(m_current, on);
}

void ClipActions::doReveal()
{
    if (const std::optional<Job> job = currentJob())
        revealInFileManager(job->output().videoPath);
}

void ClipActions::doSaveAs()
{
    const std::optional<Job> job = currentJob();
    if (!job)
        return;
    const QString dir = m_settings.exportDir.get().isEmpty() ? QDir::homePath() : m_settings.exportDir.get();
    const QString target = QFileDialog::getSaveFileName(m_dialogParent, tr("Export Clip"),
                                                        QDir(dir).filePath(QStringLiteral("reelcraft-%1.mp4").arg(job->id())),
                                                        tr("MP4 video (*.mp4)"));
    if (target.isEmpty())
        return;
    QFile::remove(target); // the dialog already asked about replacing it
    if (!QFile::copy(job->output().videoPath, target))
        Q_EMIT message(tr("The clip could not be exported to %1.").arg(target));
    else
        Q_EMIT message(tr("Exported to %1").arg(target));
}

void ClipActions::deleteCurrent()
{
    const std::optional<Job> job = currentJob();
    if (!job)
        return;
    const auto answer = QMessageBox::question(
        m_dialogParent, tr("Delete Clip"),
        tr("Delete this clip and its video file?\nYou can undo this (Ctrl+Z) until you close Reelcraft."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        deleteClip(job->id());
}

bool ClipActions::deleteClip(JobId id)
{
    auto *command = new DeleteClipCommand(m_library, id, tr("Delete Clip"));
    m_undo->push(command);
    // A refused removal marks itself obsolete and the stack drops it at once.
    const bool removed = m_undo->count() > 0 && m_undo->command(m_undo->count() - 1) == command;
    if (!removed)
        Q_EMIT message(tr("The clip could not be deleted."));
    else
        Q_EMIT message(tr("Clip deleted. Press Ctrl+Z to undo."));
    if (id == m_current)
        setCurrent(0);
    return removed;
}

} // namespace rc::ui
