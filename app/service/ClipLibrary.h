#pragma once

#include "core/Job.h"

#include <QObject>
#include <QSet>
#include <QStringList>

namespace rc {

class JobRepository;
class Paths;

// What a user does to finished clips: favourite, delete and undo. Delete moves the clip's files
// into <media>/.trash and flags the record, so undo is a rename back; purgeTrash() (at exit) makes
// the deletions final for the files, while the records stay flagged for history and spend.
// Also checks, at start, that records and files agree, and reports what does not.
class ClipLibrary : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClipLibrary)

public:
    ClipLibrary(JobRepository &jobs, const Paths &paths, QObject *parent = nullptr);

    bool remove(JobId id, QString *error);
    bool restore(JobId id, QString *error);
    // Deletes the trashed files of every clip removed in this session.
    void purgeTrash();
    bool setFavourite(JobId id, bool favourite);

    struct Consistency
    {
        QStringList orphanFiles;   // videos in the media folder that no record names
        QList<JobId> missingFiles; // completed records whose video is gone
    };
    Consistency checkConsistency() const;

Q_SIGNALS:
    void clipRemoved(rc::JobId id);
    void clipRestored(rc::JobId id);
    void clipChanged(rc::JobId id);

private:
    QString trashDir() const;
    JobRepository &m_jobs;
    const Paths &m_paths;
    QSet<JobId> m_trashed;
};

} // namespace rc
