#include "service/ClipLibrary.h"

#include "core/Logging.h"
#include "core/Paths.h"
#include "store/JobRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace rc {
namespace {

// Puts back files an edit moved before its write was refused (newest first).
void moveBack(const QList<QPair<QString, QString>> &moved)
{
    for (auto it = moved.crbegin(); it != moved.crend(); ++it) {
        if (!QFile::rename(it->second, it->first))
            qCWarning(lcStore) << "could not move" << it->second << "back to" << it->first;
    }
}

} // namespace

ClipLibrary::ClipLibrary(JobRepository &jobs, StoreWriter &writer, const Paths &paths, QObject *parent)
    : QObject(parent), m_jobs(jobs), m_writer(writer), m_paths(paths), m_reader(jobs.database())
{
}

ClipLibrary::~ClipLibrary()
{
    // The writer calls back into this object: let it finish what it was handed. Results still
    // queued as events go with this object.
    m_writer.drain();
}

QString ClipLibrary::trashDir() const
{
    return m_paths.mediaDir() + QStringLiteral("/.trash");
}

StoreWriter::Write ClipLibrary::writeFor(Edit edit, const std::shared_ptr<EditResult> &result) const
{
    return [edit = std::move(edit), result](QString *error) {
        JobRepository::clearLastError();
        if (edit(result.get()))
            return true;
        *error = result->error;
        return false;
    };
}

ClipLibrary::EditResult ClipLibrary::runNow(const QString &what, Edit edit, const Applied &applied)
{
    auto result = std::make_shared<EditResult>();
    const StoreWriter::Result written = m_writer.call(what, writeFor(std::move(edit), result));
    if (!written.ok) {
        result->changed.clear(); // rolled back
        if (result->error.isEmpty())
            result->error = tr("The history could not be updated: %1").arg(written.error);
        return *result;
    }
    if (result->ok())
        applied(*result);
    return *result;
}

void ClipLibrary::runLater(const QString &what, Edit edit, Applied applied, EditDone done)
{
    auto result = std::make_shared<EditResult>();
    m_writer.post(what, writeFor(std::move(edit), result), this,
                  [this, result, applied = std::move(applied), done = std::move(done)](const StoreWriter::Result &written) {
                      if (!written.ok) {
                          result->changed.clear(); // rolled back
                          if (result->error.isEmpty())
                              result->error = tr("The history could not be updated: %1").arg(written.error);
                      }
                      if (result->ok())
                          applied(*result);
                      else
                          Q_EMIT editFailed(result->error);
                      if (done)
                          done(*result);
                  });
}

ClipLibrary::Outcome ClipLibrary::trashOne(JobId id, QList<QPair<QString, QString>> *moved, QString *problem) const
{
    const std::optional<Job> job = m_jobs.load(id);
    if (!job || m_jobs.isDeleted(id)) {
        *problem = tr("There is no clip %1.").arg(id);
        return Outcome::Skipped;
    }
    if (!isTerminal(job->state())) {
        *problem = tr("Cancel the job before deleting it.");
        return Outcome::Skipped;
    }
    QDir().mkpath(trashDir());
    QList<QPair<QString, QString>> mine;
    for (const QString &file : {job->output().videoPath, job->output().thumbnailPath}) {
        if (file.isEmpty() || !QFile::exists(file))
            continue;
        const QString target = trashDir() + QLatin1Char('/') + QFileInfo(file).fileName();
        QFile::remove(target);
        if (!QFile::rename(file, target)) {
            moveBack(mine);
            *problem = tr("The file %1 could not be moved to the trash.").arg(file);
            return Outcome::Skipped;
        }
        mine.append({file, target});
    }
    if (!m_jobs.setDeleted(id, true)) {
        moveBack(mine);
        *problem = tr("The history could not be updated: %1").arg(JobRepository::lastError());
        return JobRepository::lastError().isEmpty() ? Outcome::Skipped : Outcome::StoreFailed;
    }
    moved->append(mine);
    return Outcome::Done;
}

ClipLibrary::Outcome ClipLibrary::untrashOne(JobId id, QList<QPair<QString, QString>> *moved, QString *problem) const
{
    const std::optional<Job> job = m_jobs.load(id);
    if (!job) {
        *problem = tr("This deletion can no longer be undone.");
        return Outcome::Skipped;
    }
    QList<QPair<QString, QString>> mine;
    for (const QString &file : {job->output().videoPath, job->output().thumbnailPath}) {
        if (file.isEmpty())
            continue;
        const QString trashed = trashDir() + QLatin1Char('/') + QFileInfo(file).fileName();
        if (!QFile::exists(trashed))
            continue;
        if (!QFile::rename(trashed, file)) {
            moveBack(mine);
            *problem = tr("The file %1 could not be restored.").arg(file);
            return Outcome::Skipped;
        }
        mine.append({trashed, file});
    }
    if (!m_jobs.setDeleted(id, false)) {
        moveBack(mine);
        *problem = tr("The history could not be updated: %1").arg(JobRepository::lastError());
        return JobRepository::lastError().isEmpty() ? Outcome::Skipped : Outcome::StoreFailed;
    }
    moved->append(mine);
    return Outcome::Done;
}

bool ClipLibrary::remove(JobId id, QString *error)
{
    const EditResult r = runNow(QStringLiteral("deletion of clip %1").arg(id), [this, id](EditResult *result) {
        QList<QPair<QString, QString>> moved;
        QString problem;
        const Outcome outcome = trashOne(id, &moved, &problem);
        if (outcome == Outcome::Done)
            result->changed << id;
        else
            result->error = problem;
        return outcome != Outcome::StoreFailed;
    }, [this](const EditResult &result) {
        for (JobId removed : result.changed) {
            m_trashed.insert(removed);
            Q_EMIT clipRemoved(removed);
        }
    });
    if (!r.ok() && error)
        *error = r.error;
    return r.ok();
}

bool ClipLibrary::restore(JobId id, QString *error)
{
    if (!m_trashed.contains(id)) {
        if (error)
            *error = tr("This deletion can no longer be undone.");
        return false;
    }
    const EditResult r = runNow(QStringLiteral("undoing the deletion of clip %1").arg(id), [this, id](EditResult *result) {
        QList<QPair<QString, QString>> moved;
        QString problem;
        const Outcome outcome = untrashOne(id, &moved, &problem);
        if (outcome == Outcome::Done)
            result->changed << id;
        else
            result->error = problem;
        return outcome != Outcome::StoreFailed;
    }, [this](const EditResult &result) {
        for (JobId restored : result.changed) {
            m_trashed.remove(restored);
            Q_EMIT clipRestored(restored);
        }
    });
    if (!r.ok() && error)
        *error = r.error;
    return r.ok();
}

bool ClipLibrary::eachClip(const QList<JobId> &ids, OneClip one, EditResult *result) const
{
    QList<QPair<QString, QString>> moved;
    for (JobId id : ids) {
        QString problem;
        switch ((this->*one)(id, &moved, &problem)) {
        case Outcome::Done:
            result->changed << id;
            break;
        case Outcome::Skipped:
            result->problems << tr("Clip %1: %2").arg(id).arg(problem);
            break;
        case Outcome::StoreFailed:
            // The transaction rolls back every flag: the files of all must come back too.
            moveBack(moved);
            result->error = problem;
            return false;
        }
    }
    return true;
}

void ClipLibrary::removeMany(const QList<JobId> &ids, EditDone done)
{
    runLater(QStringLiteral("deletion of %1 clip(s)").arg(ids.size()), [this, ids](EditResult *result) {
        return eachClip(ids, &ClipLibrary::trashOne, result);
    }, [this](const EditResult &result) {
        for (JobId id : result.changed) {
            m_trashed.insert(id);
            Q_EMIT clipRemoved(id);
        }
    }, std::move(done));
}

void ClipLibrary::restoreMany(const QList<JobId> &ids, EditDone done)
{
    QList<JobId> undoable;
    QStringList gone;
    for (JobId id : ids) {
        if (m_trashed.contains(id))
            undoable << id;
        else
            gone << tr("Clip %1: %2").arg(id).arg(tr("This deletion can no longer be undone."));
    }
    runLater(QStringLiteral("undoing the deletion of %1 clip(s)").arg(ids.size()), [this, undoable, gone](EditResult *result) {
        result->problems = gone;
        return eachClip(undoable, &ClipLibrary::untrashOne, result);
    }, [this](const EditResult &result) {
        for (JobId id : result.changed) {
            m_trashed.remove(id);
            Q_EMIT clipRestored(id);
        }
    }, std::move(done));
}

void ClipLibrary::purgeTrash()
{
    m_writer.drain(); // a deletion or undo under way moves files in or out of the trash
    // Everything in the trash: this session's deletions and any left by a session that crashed.
    QDir trash(trashDir());
    for (const QString &name : trash.entryList(QDir::Files))
        trash.remove(name);
    m_trashed.clear();
}

bool ClipLibrary::changeEach(const QList<JobId> &ids, const std::function<bool(JobId)> &change, EditResult *result) const
{
    for (JobId id : ids) {
        if (change(id)) {
            result->changed << id;
        } else if (!JobRepository::lastError().isEmpty()) {
            result->error = tr("The history could not be updated: %1").arg(JobRepository::lastError());
            return false;
        }
    }
    return true;
}

bool ClipLibrary::setFavourite(JobId id, bool favourite)
{
    const EditResult r = runNow(QStringLiteral("favourite of clip %1").arg(id), [this, id, favourite](EditResult *result) {
        return changeEach({id}, [&](JobId one) { return m_jobs.setFavourite(one, favourite); }, result);
    }, [this](const EditResult &result) {
        for (JobId changed : result.changed)
            Q_EMIT clipChanged(changed);
    });
    return r.ok() && !r.changed.isEmpty();
}

void ClipLibrary::setFavourite(const QList<JobId> &ids, bool favourite, EditDone done)
{
    Q_EMIT favouriteChanging(ids, favourite);
    runLater(QStringLiteral("favourites of %1 clip(s)").arg(ids.size()), [this, ids, favourite](EditResult *result) {
        return changeEach(ids, [&](JobId id) { return m_jobs.setFavourite(id, favourite); }, result);
    }, [this](const EditResult &result) {
        for (JobId id : result.changed)
            Q_EMIT clipChanged(id);
    }, std::move(done));
}

void ClipLibrary::addTag(const QList<JobId> &ids, const QString &tag, EditDone done)
{
    const QString clean = tag.trimmed();
    runLater(QStringLiteral("tag of %1 clip(s)").arg(ids.size()), [this, ids, clean](EditResult *result) {
        if (clean.isEmpty()) {
            result->error = tr("A tag needs some text.");
            return true; // a refusal, not a failed write: nothing was written
        }
        return changeEach(ids, [&](JobId id) { return m_jobs.addTag(id, clean); }, result);
    }, [this](const EditResult &result) {
        for (JobId id : result.changed)
            Q_EMIT clipChanged(id);
    }, std::move(done));
}

void ClipLibrary::addToProject(const QList<JobId> &ids, const QString &project, EditDone done)
{
    const QString clean = project.trimmed();
    auto isNew = std::make_shared<bool>(false); // written on the writer thread, read after it
    runLater(QStringLiteral("project of %1 clip(s)").arg(ids.size()), [this, ids, clean, isNew](EditResult *result) {
        if (clean.isEmpty()) {
            result->error = tr("A project needs a name.");
            return true;
        }
        *isNew = !m_jobs.allProjects().contains(clean);
        if (!changeEach(ids, [&](JobId id) { return m_jobs.addToProject(id, clean); }, result))
            return false;
        if (result->changed.isEmpty())
            result->error = tr("The clips could not be added to \"%1\".").arg(clean);
        return true;
    }, [this, isNew](const EditResult &result) {
        for (JobId id : result.changed)
            Q_EMIT clipChanged(id);
        if (*isNew)
            Q_EMIT projectsChanged();
    }, std::move(done));
}

QStringList ClipLibrary::projects() const
{
    return m_jobs.allProjects();
}

QString ClipLibrary::takenName(const QString &name) const
{
    if (name.trimmed().isEmpty())
        return tr("A project needs a name.");
    if (m_jobs.allProjects().contains(name.trimmed()))
        return tr("There is already a project named \"%1\".").arg(name.trimmed());
    return QString();
}

void ClipLibrary::createProject(const QString &name, EditDone done)
{
    runLater(QStringLiteral("new project"), [this, name](EditResult *result) {
        result->error = takenName(name);
        if (!result->error.isEmpty())
            return true; // refused by a rule: nothing to write
        if (m_jobs.createProject(name.trimmed()))
            return true;
        result->error = tr("The history database could not store the project: %1").arg(JobRepository::lastError());
        return false;
    }, [this](const EditResult &) { Q_EMIT projectsChanged(); }, std::move(done));
}

void ClipLibrary::renameProject(const QString &from, const QString &to, EditDone done)
{
    if (to.trimmed() == from) { // nothing to do, and not a clash with itself
        if (done)
            done(EditResult());
        return;
    }
    runLater(QStringLiteral("project rename"), [this, from, to](EditResult *result) {
        result->error = m_jobs.allProjects().contains(from) ? takenName(to)
                                                            : tr("There is no project named \"%1\".").arg(from);
        if (!result->error.isEmpty())
            return true;
        if (m_jobs.renameProject(from, to.trimmed()))
            return true;
        result->error = tr("The history database could not rename the project: %1").arg(JobRepository::lastError());
        return false;
    }, [this](const EditResult &) { Q_EMIT projectsChanged(); }, std::move(done));
}

void ClipLibrary::removeProject(const QString &name, EditDone done)
{
    runLater(QStringLiteral("project removal"), [this, name](EditResult *result) {
        if (m_jobs.removeProject(name))
            return true;
        if (JobRepository::lastError().isEmpty()) {
            result->error = tr("There is no project named \"%1\".").arg(name);
            return true;
        }
        result->error = tr("The history database could not remove the project: %1").arg(JobRepository::lastError());
        return false;
    }, [this](const EditResult &) { Q_EMIT projectsChanged(); }, std::move(done));
}

ClipLibrary::RemovalPreview ClipLibrary::previewRemoval(const QList<JobId> &ids) const
{
    RemovalPreview p;
    for (JobId id : ids) {
        const std::optional<Job> job = m_jobs.load(id);
        if (!job || m_jobs.isDeleted(id))
            continue;
        if (!isTerminal(job->state())) {
            ++p.unfinished;
            continue;
        }
        ++p.clips;
        if (job->cost() > Money()) {
            ++p.paid;
            p.paidTotal += job->cost();
        }
        if (job->state() == JobState::Completed && !QFile::exists(job->output().videoPath))
            ++p.missingFiles;
    }
    return p;
}

ClipLibrary::Consistency ClipLibrary::checkConsistency() const
{
    Consistency c;
    QSet<QString> known;
    for (const QString &path : m_jobs.knownVideoPaths())
        known.insert(QFileInfo(path).absoluteFilePath());
    const QDir media(m_paths.mediaDir());
    for (const QFileInfo &file : media.entryInfoList({QStringLiteral("*.mp4")}, QDir::Files))
        if (!known.contains(file.absoluteFilePath()))
            c.orphanFiles << file.absoluteFilePath();
    for (const auto &[id, path] : m_jobs.completedVideos())
        if (!QFile::exists(path))
            c.missingFiles << id;
    for (const QString &orphan : std::as_const(c.orphanFiles))
        qCWarning(lcStore) << "a video in the media folder has no record:" << orphan;
    for (JobId id : std::as_const(c.missingFiles))
        qCWarning(lcStore) << "job" << id << "has lost its video file";
    return c;
}

QFuture<ClipLibrary::RemovalPreview> ClipLibrary::readRemovalPreview(const QList<JobId> &ids) const
{
    return m_reader.read([this, ids] { return previewRemoval(ids); });
}

QFuture<QStringList> ClipLibrary::readProjects() const
{
    return m_reader.read([this] { return projects(); });
}

QFuture<ClipLibrary::Consistency> ClipLibrary::readConsistency() const
{
    return m_reader.read([this] { return checkConsistency(); });
}

QFuture<QList<ClipLibrary::StoredClip>> ClipLibrary::readClips(const QList<JobId> &ids) const
{
    return m_reader.read([this, ids] {
        QList<StoredClip> clips;
        for (JobId id : ids) {
            if (std::optional<Job> job = m_jobs.load(id)) {
                // Asked here too: on a slow disk even a file's existence is worth keeping off the window.
                const bool hasVideo = job->state() == JobState::Completed && QFile::exists(job->output().videoPath);
                clips << StoredClip{std::move(*job), hasVideo};
            }
        }
        return clips;
    });
}

QFuture<QList<JobId>> ClipLibrary::readEdits(JobId id) const
{
    return m_reader.read([this, id] { return m_jobs.children(id); });
}

QFuture<void> ClipLibrary::runOnReader(std::function<void()> task) const
{
    return m_reader.read(std::move(task));
}

} // namespace rc
