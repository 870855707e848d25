#pragma once

#include "core/Job.h"
#include "core/Money.h"

#include <QObject>
#include <QSet>
#include <QStringList>
#include <functional>

namespace rc {

class JobRepository;
class Paths;

// What a user does to finished clips, one or many: favourite, tag, file in projects, delete and undo. Delete moves the clip's files
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

    // The same for many clips at once (the gallery's multi-selection).
    // What deleting these clips would do, for a confirmation that names it.
    struct RemovalPreview
    {
        int clips = 0;        // that can be deleted (finished, still in the gallery)
        int unfinished = 0;   // queued or running: left alone
        int paid = 0;         // of `clips`, those that cost money
        Money paidTotal;
        int missingFiles = 0; // of `clips`, those whose video is already gone
    };
    RemovalPreview previewRemoval(const QList<JobId> &ids) const;
    // Deletes every clip it can and returns those deleted (one undo step restores them all);
    // a reason for each one left is added to `errors`.
    QList<JobId> removeMany(const QList<JobId> &ids, QStringList *errors);
    // Each returns how many clips it changed; 0 with `error` set when nothing could be done.
    int setFavourite(const QList<JobId> &ids, bool favourite);
    int addTag(const QList<JobId> &ids, const QString &tag, QString *error);
    int addToProject(const QList<JobId> &ids, const QString &project, QString *error);

    // Projects (the command line's `edit --project` and `list --project`): names are trimmed,
    // non-empty and unique. Removing a project keeps its clips.
    QStringList projects() const;
    bool createProject(const QString &name, QString *error);
    bool renameProject(const QString &from, const QString &to, QString *error);
    bool removeProject(const QString &name, QString *error);

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
    void projectsChanged();

private:
    QString trashDir() const;
    QString projectNameProblem(const QString &name) const;
    // Applies `change` to each clip, announces those it changed, and counts them.
    int changeEach(const QList<JobId> &ids, const std::function<bool(JobId)> &change);
    JobRepository &m_jobs;
    const Paths &m_paths;
    QSet<JobId> m_trashed;
};

} // namespace rc
