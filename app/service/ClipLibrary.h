#pragma once

#include "core/Job.h"
#include "core/Money.h"
#include "store/StoreReader.h"
#include "store/StoreWriter.h"

#include <QObject>
#include <QSet>
#include <QStringList>
#include <functional>
#include <memory>

namespace rc {

class JobRepository;
class Paths;

// What a user does to finished clips, one or many: favourite, tag, file in projects, delete and undo. Delete moves the clip's files
// into <media>/.trash and flags the record, so undo is a rename back; purgeTrash() (at exit) makes
// the deletions final for the files, while the records stay flagged for history and spend.
// Also checks, at start, that records and files agree, and reports what does not.
//
// Every edit is written by the store's writer thread (the one the generation service uses), in
// one transaction that also checks its rules (a taken project name, a clip still running), so
// a slow disk or another process holding the database never freezes the window. The studio's
// edits return at once and report on this object's thread: the announcing signals when they
// landed, editFailed (with SQLite's own words when the store refused) when not. A favourite is
// announced up front (favouriteChanging) so the gallery shows it at once and reads it again if
// the write fails. The command line's single-clip edits wait for their write.
// Its questions (a selection's clips, what a deletion would remove, the projects, the consistency
// check) come in two forms: answered now (the command line) and read*() on the library's own
// reader thread (the studio), whose futures the caller continues on its thread; the reads run in
// the order asked, so an answer reflects every edit whose result was already delivered.
class ClipLibrary : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClipLibrary)

public:
    // `writer` must outlive this object; destroying it waits for the edits it has handed over.
    ClipLibrary(JobRepository &jobs, StoreWriter &writer, const Paths &paths, QObject *parent = nullptr);
    ~ClipLibrary() override;

    // What an edit did, delivered on this object's thread.
    struct EditResult
    {
        QList<JobId> changed; // the clips it changed (committed)
        QStringList problems; // one reason for each clip it left as it was (deletions)
        QString error;        // why nothing was done: a rule, or the store's refusal with SQLite's text
        bool ok() const { return error.isEmpty(); }
    };
    using EditDone = std::function<void(const EditResult &)>;

    // Waited for (the command line, tests).
    [[nodiscard]] bool remove(JobId id, QString *error);
    [[nodiscard]] bool restore(JobId id, QString *error);
    [[nodiscard]] bool setFavourite(JobId id, bool favourite);
    // Deletes the trashed files of every clip removed in this session (after the edits under way).
    void purgeTrash();

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

    // The studio's edits of many clips at once (the gallery's multi-selection): they return at
    // once; `done` (optional) runs here with the result, after the announcing signals.
    // Deletes every clip it can (result.changed; one undo step restores them all), with a reason
    // for each one left in result.problems.
    void removeMany(const QList<JobId> &ids, EditDone done = {});
    void restoreMany(const QList<JobId> &ids, EditDone done = {});
    void setFavourite(const QList<JobId> &ids, bool favourite, EditDone done = {});
    void addTag(const QList<JobId> &ids, const QString &tag, EditDone done = {});
    void addToProject(const QList<JobId> &ids, const QString &project, EditDone done = {});

    // Projects (the command line's `edit --project` and `list --project`): names are trimmed,
    // non-empty and unique. Removing a project keeps its clips. The edits return at once.
    QStringList projects() const;
    void createProject(const QString &name, EditDone done = {});
    void renameProject(const QString &from, const QString &to, EditDone done = {});
    void removeProject(const QString &name, EditDone done = {});

    struct Consistency
    {
        QStringList orphanFiles;   // videos in the media folder that no record names
        QList<JobId> missingFiles; // completed records whose video is gone
    };
    Consistency checkConsistency() const;

    // The same questions read off the caller's thread (see the class comment).
    QFuture<RemovalPreview> readRemovalPreview(const QList<JobId> &ids) const;
    QFuture<QStringList> readProjects() const;
    QFuture<Consistency> readConsistency() const;
    // A clip as stored, and whether its video is there (a completed clip whose file is present).
    struct StoredClip
    {
        Job job;
        bool hasVideo = false;
    };
    // The stored clips among `ids`, in their order; ids with no record are left out.
    QFuture<QList<StoredClip>> readClips(const QList<JobId> &ids) const;
    // The clips edited or remixed from this one (JobRepository::children).
    QFuture<QList<JobId>> readEdits(JobId id) const;
    // Runs `task` on the reader thread after the reads asked for before; reads asked for
    // meanwhile wait behind it (what a busy database does: the tests hold the reader with it).
    QFuture<void> runOnReader(std::function<void()> task) const;

Q_SIGNALS:
    void clipRemoved(rc::JobId id);
    void clipRestored(rc::JobId id);
    void clipChanged(rc::JobId id);
    void projectsChanged();
    // Sent when a favourite is asked for, before it is written: what to show meanwhile.
    void favouriteChanging(const QList<rc::JobId> &ids, bool favourite);
    // An edit of the studio's was refused or could not be written; `message` says why, for the user.
    void editFailed(const QString &message);

private:
    // Runs on the writer thread inside the edit's transaction; false (with result->error) rolls
    // it back. Reads made here see the store as the write will change it.
    using Edit = std::function<bool(EditResult *result)>;
    // Runs here once the edit committed: the announcing signals and this object's own state.
    using Applied = std::function<void(const EditResult &)>;
    EditResult runNow(const QString &what, Edit edit, const Applied &applied);
    void runLater(const QString &what, Edit edit, Applied applied, EditDone done);
    StoreWriter::Write writeFor(Edit edit, const std::shared_ptr<EditResult> &result) const;

    QString trashDir() const;
    // On the writer thread: one clip's files into the trash (or back) and its record's flag.
    // False with `problem` for a clip left as it was; a refused write fails the whole edit.
    enum class Outcome { Done, Skipped, StoreFailed };
    Outcome trashOne(JobId id, QList<QPair<QString, QString>> *moved, QString *problem) const;
    Outcome untrashOne(JobId id, QList<QPair<QString, QString>> *moved, QString *problem) const;
    // Runs `one` for every clip inside the writer's transaction: a clip it skips is listed in the
    // result's problems; a store refusal moves back the files of all and fails the whole edit.
    using OneClip = Outcome (ClipLibrary::*)(JobId, QList<QPair<QString, QString>> *, QString *) const;
    bool eachClip(const QList<JobId> &ids, OneClip one, EditResult *result) const;
    QString takenName(const QString &name) const; // on the writer thread
    // Changes each clip with `change` (on the writer thread), stopping at a refused write.
    bool changeEach(const QList<JobId> &ids, const std::function<bool(JobId)> &change, EditResult *result) const;

    JobRepository &m_jobs;
    StoreWriter &m_writer;
    const Paths &m_paths;
    QSet<JobId> m_trashed; // this object's thread only
    // Last: destroyed first, waiting for the reads that call back into this object's members.
    mutable StoreReader m_reader;
};

} // namespace rc
