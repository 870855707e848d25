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
