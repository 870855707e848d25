#include "service/ClipLibrary.h"

#include "core/Logging.h"
#include "core/Paths.h"
#include "store/JobRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace rc {

ClipLibrary::ClipLibrary(JobRepository &jobs, const Paths &paths, QObject *parent)
    : QObject(parent), m_jobs(jobs), m_paths(paths)
{
}

QString ClipLibrary::trashDir() const
{
    return m_paths.mediaDir() + QStringLiteral("/.trash");
}

bool ClipLibrary::remove(JobId id, QString *error)
{
    const std::optional<Job> job = m_jobs.load(id);
    if (!job || m_jobs.isDeleted(id)) {
        if (error)
            *error = tr("There is no clip %1.").arg(id);
        return false;
    }
    if (!isTerminal(job->state())) {
        if (error)
            *error = tr("Cancel the job before deleting it.");
        return false;
    }
    QDir().mkpath(trashDir());
    for (const QString &file : {job->output().videoPath, job->output().thumbnailPath}) {
        if (file.isEmpty() || !QFile::exists(file))
            continue;
        const QString target = trashDir() + QLatin1Char('/') + QFileInfo(file).fileName();
        QFile::remove(target);
        if (!QFile::rename(file, target)) {
            if (error)
                *error = tr("The file %1 could not be moved to the trash.").arg(file);
            return false;
        }
    }
    if (!m_jobs.setDeleted(id, true)) {
        if (error)
            *error = tr("The history could not be updated.");
        return false;
    }
    m_trashed.insert(id);
    Q_EMIT clipRemoved(id);
    return true;
}

bool ClipLibrary::restore(JobId id, QString *error)
{
    const std::optional<Job> job = m_jobs.load(id);
    if (!job || !m_trashed.contains(id)) {
        if (error)
            *error = tr("This deletion can no longer be undone.");
        return false;
    }
    for (const QString &file : {job->output().videoPath, job->output().thumbnailPath}) {
        if (file.isEmpty())
            continue;
        const QString trashed = trashDir() + QLatin1Char('/') + QFileInfo(file).fileName();
        if (QFile::exists(trashed) && !QFile::rename(trashed, file)) {
            if (error)
                *error = tr("The file %1 could not be restored.").arg(file);
            return false;
        }
    }
    m_jobs.setDeleted(id, false);
    m_trashed.remove(id);
    Q_EMIT clipRestored(id);
    return true;
}

void ClipLibrary::purgeTrash()
{
    // Everything in the trash: this session's deletions and any left by a session that crashed.
    QDir trash(trashDir());
    for (const QString &name : trash.entryList(QDir::Files))
        trash.remove(name);
    m_trashed.clear();
}

bool ClipLibrary::setFavourite(JobId id, bool favourite)
{
    if (!m_jobs.setFavourite(id, favourite))
        return false;
    Q_EMIT clipChanged(id);
    return true;
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

QList<JobId> ClipLibrary::removeMany(const QList<JobId> &ids, QStringList *errors)
{
    QList<JobId> removed;
    for (JobId id : ids) {
        QString error;
        if (remove(id, &error))
            removed << id;
        else if (errors)
            *errors << tr("Clip %1: %2").arg(id).arg(error);
    }
    return removed;
}

int ClipLibrary::setFavourite(const QList<JobId> &ids, bool favourite)
{
    return changeEach(ids, [&](JobId id) { return m_jobs.setFavourite(id, favourite); });
}

int ClipLibrary::changeEach(const QList<JobId> &ids, const std::function<bool(JobId)> &change)
{
    int changed = 0;
    for (JobId id : ids) {
        if (change(id)) {
            ++changed;
            Q_EMIT clipChanged(id);
        }
    }
    return changed;
}

int ClipLibrary::addTag(const QList<JobId> &ids, const QString &tag, QString *error)
{
    const QString clean = tag.trimmed();
    const int changed = clean.isEmpty() ? 0 : changeEach(ids, [&](JobId id) { return m_jobs.addTag(id, clean); });
    if (changed == 0 && error)
        *error = clean.isEmpty() ? tr("A tag needs some text.") : tr("The tag could not be stored.");
    return changed;
}

int ClipLibrary::addToProject(const QList<JobId> &ids, const QString &project, QString *error)
{
    const QString clean = project.trimmed();
    const bool isNew = !m_jobs.allProjects().contains(clean);
    const int changed = clean.isEmpty() ? 0 : changeEach(ids, [&](JobId id) { return m_jobs.addToProject(id, clean); });
    if (changed == 0 && error)
        *error = clean.isEmpty() ? tr("A project needs a name.") : tr("The clips could not be added to \"%1\".").arg(clean);
    if (isNew && changed > 0)
        Q_EMIT projectsChanged();
    return changed;
}

QStringList ClipLibrary::projects() const
{
    return m_jobs.allProjects();
}

QString ClipLibrary::projectNameProblem(const QString &name) const
{
    if (name.trimmed().isEmpty())
        return tr("A project needs a name.");
    if (m_jobs.allProjects().contains(name.trimmed()))
        return tr("There is already a project named \"%1\".").arg(name.trimmed());
    return QString();
}

bool ClipLibrary::createProject(const QString &name, QString *error)
{
    QString problem = projectNameProblem(name);
    if (problem.isEmpty() && !m_jobs.createProject(name.trimmed()))
        problem = tr("The history database could not store the project.");
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    Q_EMIT projectsChanged();
    return true;
}

bool ClipLibrary::renameProject(const QString &from, const QString &to, QString *error)
{
    if (to.trimmed() == from)
        return true; // nothing to do, and not a clash with itself
    QString problem = m_jobs.allProjects().contains(from) ? projectNameProblem(to)
                                                          : tr("There is no project named \"%1\".").arg(from);
    if (problem.isEmpty() && !m_jobs.renameProject(from, to.trimmed()))
        problem = tr("The history database could not rename the project.");
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    Q_EMIT projectsChanged();
    return true;
}

bool ClipLibrary::removeProject(const QString &name, QString *error)
{
    if (!m_jobs.removeProject(name)) {
        if (error)
            *error = tr("There is no project named \"%1\".").arg(name);
        return false;
    }
    Q_EMIT projectsChanged();
    return true;
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

} // namespace rc
