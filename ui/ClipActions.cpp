#include "ClipActions.h"

#include "StudioSettings.h"
#include "integration/RevealInFileManager.h"
#include "media/MediaReader.h"
#include "service/ClipExporter.h"
#include "service/ClipLibrary.h"
#include "service/GenerationService.h"
#include "store/JobRepository.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QUndoStack>
#include <algorithm>

namespace rc::ui {
namespace {

// Delete as one undo step for any number of clips, pushed after the clips were deleted (so the
// errors of that first deletion can be reported): undo brings them back, redo deletes them again.
// Both return at once; the library reports a failure (editFailed) and the gallery follows it.
class DeleteClipsCommand : public QUndoCommand
{
public:
    DeleteClipsCommand(ClipLibrary &library, QList<JobId> deleted, const QString &text)
        : QUndoCommand(text), m_library(library), m_ids(std::move(deleted)) {}
    void redo() override
    {
        if (m_done) {
            m_done = false; // pushed after the deletion itself
            return;
        }
        m_library.removeMany(m_ids);
    }
    void undo() override { m_library.restoreMany(m_ids); }

private:
    ClipLibrary &m_library;
    QList<JobId> m_ids;
    bool m_done = true;
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
      m_delete(new QAction(tr("&Delete Clip"), this)), m_exporter(new ClipExporter(jobs, this)),
      m_tag(new QAction(tr("&Tag…"), this)), m_addToProject(new QAction(tr("Add to &Project…"), this)),
      m_newProject(new QAction(tr("&New Project…"), this)), m_renameProject(new QAction(tr("&Rename Project…"), this)),
      m_removeProject(new QAction(tr("Re&move Project…"), this))
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
    m_tag->setToolTip(tr("Add a tag to the selected clips"));
    m_addToProject->setToolTip(tr("Put the selected clips in a project, new or existing"));
    m_undoAction = m_undo->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);

    connect(m_reuse, &QAction::triggered, this, &ClipActions::doReuse);
    connect(m_again, &QAction::triggered, this, &ClipActions::doGenerateAgain);
    connect(m_edit, &QAction::triggered, this, &ClipActions::doEdit);
    connect(m_lastFrame, &QAction::triggered, this, &ClipActions::doUseLastFrame);
    connect(m_favourite, &QAction::triggered, this, &ClipActions::doFavourite);
    connect(m_reveal, &QAction::triggered, this, &ClipActions::doReveal);
    connect(m_saveAs, &QAction::triggered, this, &ClipActions::doSaveAs);
    connect(m_delete, &QAction::triggered, this, &ClipActions::deleteSelection);
    connect(m_tag, &QAction::triggered, this, &ClipActions::doTag);
    connect(m_addToProject, &QAction::triggered, this, &ClipActions::doAddToProject);
    connect(m_newProject, &QAction::triggered, this, &ClipActions::doNewProject);
    connect(m_renameProject, &QAction::triggered, this, &ClipActions::doRenameProject);
    connect(m_removeProject, &QAction::triggered, this, &ClipActions::doRemoveProject);
    connect(&m_library, &ClipLibrary::projectsChanged, this, &ClipActions::readProjects);
    // Edits return at once and land later: one that was refused or not written says why here.
    connect(&m_library, &ClipLibrary::editFailed, this, [this](const QString &why) {
        warn(tr("Not Changed"), why);
        updateEnabled();
    });
    // A bulk change sends one clipChanged per clip: look at the selection once, afterwards.
    connect(&m_library, &ClipLibrary::clipChanged, this, [this] {
        if (std::exchange(m_updateQueued, true))
            return;
        QMetaObject::invokeMethod(this, [this] {
            m_updateQueued = false;
            updateEnabled();
        }, Qt::QueuedConnection);
    });
    m_renameProject->setEnabled(false); // until the projects are read
    m_removeProject->setEnabled(false);
    updateEnabled();
    readProjects();
}

QList<QAction *> ClipActions::all() const
{
    return {m_reuse, m_again, m_edit, m_lastFrame, m_favourite, m_tag, m_addToProject, m_reveal, m_saveAs, m_delete};
}

QList<QAction *> ClipActions::selectionActions() const
{
    return {m_favourite, m_tag, m_addToProject, m_saveAs, m_delete};
}

QList<QAction *> ClipActions::projectActions() const
{
    return {m_newProject, m_renameProject, m_removeProject};
}

void ClipActions::setCurrent(JobId id)
{
    if (id != m_current)
        ++m_selectionChanges;
    m_current = id;
    updateEnabled();
}

void ClipActions::setSelection(const QList<JobId> &ids)
{
    if (ids != m_selection)
        ++m_selectionChanges;
    m_selection = ids;
    updateEnabled();
}

QList<JobId> ClipActions::selection() const
{
    if (!m_selection.isEmpty())
        return m_selection;
    return m_current ? QList<JobId>{m_current} : QList<JobId>{};
}

std::optional<Job> ClipActions::currentJob() const
{
    // As read for the enabled states: until it is, the actions that use it are disabled.
    return m_currentJob && m_currentJob->id() == m_current ? m_currentJob : std::nullopt;
}

void ClipActions::updateEnabled()
{
    const QList<JobId> ids = selection();
    const int n = int(ids.size());
    // What depends on the count alone shows at once.
    m_tag->setEnabled(n > 0);
    m_addToProject->setEnabled(n > 0);
    m_saveAs->setText(n > 1 ? tr("&Export %n Clips…", nullptr, n) : tr("&Export Clip…"));
    m_delete->setText(n > 1 ? tr("&Delete %n Clips", nullptr, n) : tr("&Delete Clip"));
    if (m_shownSelection != m_selectionChanges) {
        // Other clips: what the last ones allowed may be wrong for these, and disabled never is.
        m_currentJob.reset();
        for (QAction *a : {m_reuse, m_again, m_edit, m_lastFrame, m_reveal, m_favourite, m_saveAs, m_delete})
            a->setEnabled(false);
        m_favourite->setChecked(false);
        m_edit->setStatusTip(QString());
    }
    QList<JobId> wanted = ids;
    if (m_current && !wanted.contains(m_current))
        wanted << m_current;
    const quint64 read = ++m_reads;
    if (wanted.isEmpty()) {
        showSelection({});
        return;
    }
    m_library.readClips(wanted).then(this, [this, read](const QList<ClipLibrary::StoredClip> &clips) {
        if (read == m_reads) // else the selection or a clip in it changed since: a newer read follows
            showSelection(clips);
    });
}

void ClipActions::showSelection(QList<ClipLibrary::StoredClip> clips)
{
    // A job just submitted may not be written yet: the service's live job says what it is.
    QList<JobId> wanted = selection();
    if (m_current && !wanted.contains(m_current))
        wanted << m_current;
    for (JobId id : wanted) {
        const bool read = std::any_of(clips.cbegin(), clips.cend(), [id](const auto &c) { return c.job.id() == id; });
        if (!read) {
            if (std::optional<Job> live = m_service.activeJob(id))
                clips << ClipLibrary::StoredClip{*live, false};
        }
    }
    m_shownSelection = m_selectionChanges;
    m_shownRead = m_reads;
    const ClipLibrary::StoredClip *current = nullptr;
    for (const ClipLibrary::StoredClip &clip : clips) {
        if (clip.job.id() == m_current)
            current = &clip;
    }
    m_currentJob = current ? std::optional<Job>(current->job) : std::nullopt;
    const bool any = current != nullptr;
    const bool hasVideo = any && current->hasVideo;
    m_reuse->setEnabled(any);
    m_again->setEnabled(any);
    const QString editProblem = any ? this->editProblem(current->job) : QString();
    m_edit->setEnabled(any && editProblem.isEmpty());
    m_edit->setStatusTip(editProblem);
    m_lastFrame->setEnabled(hasVideo);
    m_reveal->setEnabled(hasVideo);

    const QList<JobId> ids = selection();
    const int n = int(ids.size());
    int favourites = 0;
    bool anyFinished = false;
    for (const ClipLibrary::StoredClip &clip : clips) {
        if (!ids.contains(clip.job.id()))
            continue;
        favourites += clip.job.isFavourite() ? 1 : 0;
        anyFinished = anyFinished || isTerminal(clip.job.state());
    }
    m_favourite->setEnabled(n > 0);
    m_favourite->setChecked(n > 0 && favourites == n);
    m_saveAs->setEnabled(n > 1 ? anyFinished : hasVideo);
    m_delete->setEnabled(anyFinished);
    Q_EMIT selectionRead();
}

void ClipActions::readProjects()
{
    const quint64 read = ++m_projectReads;
    m_library.readProjects().then(this, [this, read](const QStringList &names) {
        if (read != m_projectReads)
            return; // the projects changed again: the newer answer follows
        m_projects = names;
        m_renameProject->setEnabled(!names.isEmpty());
        m_removeProject->setEnabled(!names.isEmpty());
        Q_EMIT projectsRead(names);
    });
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
    const std::optional<Job> job = id == m_current && currentJob() ? currentJob() : m_jobs.load(id);
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
    // Over a mixed selection the action is unchecked, so a press makes them all favourites.
    const QList<JobId> ids = selection();
    if (ids.isEmpty())
        return;
    m_favourite->setChecked(on); // what was asked, until the store answers
    m_library.setFavourite(ids, on, whileAlive([this, on, many = ids.size() > 1](const ClipLibrary::EditResult &r) {
        if (r.ok() && many) {
            const int changed = int(r.changed.size());
            Q_EMIT message(on ? tr("%n clip(s) marked as favourites.", nullptr, changed)
                              : tr("%n clip(s) no longer favourites.", nullptr, changed));
        }
        updateEnabled();
    }));
}

void ClipActions::doReveal()
{
    if (const std::optional<Job> job = currentJob())
        revealInFileManager(job->output().videoPath);
}

void ClipActions::doSaveAs()
{
    const QString dir = m_settings.exportDir.get().isEmpty() ? QDir::homePath() : m_settings.exportDir.get();
    if (selection().size() > 1) {
        const QString folder = QFileDialog::getExistingDirectory(m_dialogParent, tr("Export Clips to a Folder"), dir);
        if (!folder.isEmpty())
            exportClips(selection(), folder);
        return;
    }
    const std::optional<Job> job = currentJob();
    if (!job)
        return;
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

void ClipActions::deleteSelection()
{
    const QList<JobId> ids = selection();
    if (ids.isEmpty() || m_previewPending)
        return; // a second press while the first one's question is read asks nothing more
    m_previewPending = true;
    const quint64 asked = m_selectionChanges;
    m_library.readRemovalPreview(ids).then(this, [this, ids, asked](const ClipLibrary::RemovalPreview &preview) {
        m_previewPending = false;
        if (asked != m_selectionChanges)
            return; // the user chose other clips meanwhile: a question about these is not theirs
        const auto answer = QMessageBox::question(m_dialogParent, ids.size() > 1 ? tr("Delete Clips") : tr("Delete Clip"),
                                                  deletionQuestion(preview), QMessageBox::Yes | QMessageBox::Cancel,
                                                  QMessageBox::Cancel);
        if (answer == QMessageBox::Yes)
            deleteClips(ids);
    });
}

QString ClipActions::deletionQuestion(const ClipLibrary::RemovalPreview &p)
{
    QStringList lines;
    lines << (p.clips == 1 ? tr("Delete this clip and its video file?")
                           : tr("Delete %n clip(s) and their video files?", nullptr, p.clips));
    lines << tr("The files go to Reelcraft's trash and are erased when you close Reelcraft; until then "
                "Edit › Undo (Ctrl+Z) brings them back.");
    // Phrased to read right for any count, also before a translation supplies the plural forms.
    if (p.paid > 0)
        lines << tr("Paid for: %n (%1 in total). The spend history keeps what they cost; a video cannot be made "
                    "again for free.", nullptr, p.paid)
                     .arg(p.paidTotal.toString());
    if (p.missingFiles > 0)
        lines << tr("Already without a video file: %n (only the entry in the gallery goes).", nullptr, p.missingFiles);
    if (p.unfinished > 0)
        lines << tr("Still queued or running, and left alone (cancel them first): %n.", nullptr, p.unfinished);
    return lines.join(QStringLiteral("\n\n"));
}

bool ClipActions::deleteClip(JobId id)
{
    return deleteClips({id});
}

bool ClipActions::deleteClips(const QList<JobId> &ids)
{
    if (ids.isEmpty())
        return false;
    m_library.removeMany(ids, whileAlive([this, many = ids.size() > 1](const ClipLibrary::EditResult &r) {
        if (!r.ok())
            return; // editFailed has said why; nothing was deleted
        const QList<JobId> &removed = r.changed;
        if (!removed.isEmpty())
            m_undo->push(new DeleteClipsCommand(m_library, removed, removed.size() > 1 ? tr("Delete Clips") : tr("Delete Clip")));
        if (removed.isEmpty())
            Q_EMIT message(many ? tr("The clips could not be deleted.") : tr("The clip could not be deleted."));
        else
            Q_EMIT message(tr("%n clip(s) deleted. Press Ctrl+Z to undo.", nullptr, int(removed.size())));
        if (!r.problems.isEmpty() && many)
            warn(tr("Delete Clips"), tr("%n clip(s) could not be deleted.", nullptr, int(r.problems.size())), r.problems);
        if (removed.contains(m_current))
            setCurrent(0);
        m_selection.removeIf([&](JobId id) { return removed.contains(id); });
        updateEnabled();
    }));
    return true;
}

bool ClipActions::exportClips(const QList<JobId> &ids, const QString &folder)
{
    QString error;
    if (!m_exporter->start(ids, folder, &error)) {
        warn(tr("Export Clips"), error);
        return false;
    }
    m_settings.exportDir.set(folder);
    auto *progress = new QProgressDialog(tr("Exporting %n clip(s)…", nullptr, int(ids.size())), tr("Cancel"), 0,
                                         int(ids.size()), m_dialogParent);
    progress->setObjectName(QStringLiteral("exportProgress"));
    progress->setWindowTitle(tr("Export Clips"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(500); // a few clips copy before it would even show
    progress->setAttribute(Qt::WA_DeleteOnClose);
    connect(progress, &QProgressDialog::canceled, m_exporter, &ClipExporter::cancel);
    connect(m_exporter, &ClipExporter::progress, progress, &QProgressDialog::setValue);
    connect(m_exporter, &ClipExporter::finished, progress, [this, progress](const ClipExporter::Report &r) {
        progress->close();
        showExportReport(r.written, r.problems, r.folder, r.cancelled);
    }, Qt::SingleShotConnection);
    return true;
}

void ClipActions::showExportReport(const QStringList &written, const QStringList &problems, const QString &folder,
                                   bool cancelled)
{
    const QString shown = QDir::toNativeSeparators(folder);
    Q_EMIT message(cancelled ? tr("Export cancelled: %n clip(s) written to %1.", nullptr, int(written.size())).arg(shown)
                             : tr("%n clip(s) exported to %1.", nullptr, int(written.size())).arg(shown));
    if (!problems.isEmpty())
        warn(tr("Export Clips"), tr("%n clip(s) could not be exported.", nullptr, int(problems.size())), problems);
}

void ClipActions::doTag()
{
    const QList<JobId> ids = selection();
    bool ok = false;
    const QString tag = QInputDialog::getText(m_dialogParent, tr("Tag Clips"),
                                              tr("Tag for %n clip(s):", nullptr, int(ids.size())), QLineEdit::Normal,
                                              QString(), &ok);
    if (!ok)
        return;
    m_library.addTag(ids, tag, whileAlive([this, tag](const ClipLibrary::EditResult &r) {
        if (r.ok())
            Q_EMIT message(tr("Tagged %n clip(s) \"%1\".", nullptr, int(r.changed.size())).arg(tag.trimmed()));
    }));
}

void ClipActions::doAddToProject()
{
    const QList<JobId> ids = selection();
    bool ok = false;
    const QString project = QInputDialog::getItem(m_dialogParent, tr("Add to Project"),
                                                  tr("Project for %n clip(s) (type a new name to make one):", nullptr, int(ids.size())),
                                                  m_projects, 0, true, &ok);
    if (!ok)
        return;
    m_library.addToProject(ids, project, whileAlive([this, project](const ClipLibrary::EditResult &r) {
        if (r.ok())
            Q_EMIT message(tr("%n clip(s) added to \"%1\".", nullptr, int(r.changed.size())).arg(project.trimmed()));
    }));
}

void ClipActions::doNewProject()
{
    bool ok = false;
    const QString name = QInputDialog::getText(m_dialogParent, tr("New Project"), tr("Name:"), QLineEdit::Normal, QString(), &ok);
    if (ok)
        m_library.createProject(name); // a refusal comes back through editFailed
}

void ClipActions::doRenameProject()
{
    bool ok = false;
    const QString from = QInputDialog::getItem(m_dialogParent, tr("Rename Project"), tr("Project:"), m_projects,
                                               0, false, &ok);
    if (!ok)
        return;
    const QString to = QInputDialog::getText(m_dialogParent, tr("Rename Project"), tr("New name for \"%1\":").arg(from),
                                             QLineEdit::Normal, from, &ok);
    if (ok)
        m_library.renameProject(from, to);
}

void ClipActions::doRemoveProject()
{
    bool ok = false;
    const QString name = QInputDialog::getItem(m_dialogParent, tr("Remove Project"),
                                               tr("Project to remove (its clips stay in the gallery):"),
                                               m_projects, 0, false, &ok);
    if (ok)
        m_library.removeProject(name);
}

ClipLibrary::EditDone ClipActions::whileAlive(ClipLibrary::EditDone done)
{
    // An edit's result may come after the window (and these actions) closed.
    return [self = QPointer<ClipActions>(this), done = std::move(done)](const ClipLibrary::EditResult &r) {
        if (self)
            done(r);
    };
}

void ClipActions::warn(const QString &title, const QString &text, const QStringList &details)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Close, m_dialogParent);
    box->setObjectName(QStringLiteral("clipActionsWarning"));
    if (!details.isEmpty()) {
        box->setInformativeText(details.first());
        box->setDetailedText(details.join(QLatin1Char('\n')));
    }
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

} // namespace rc::ui
