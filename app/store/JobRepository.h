#pragma once

#include "core/Job.h"
#include "store/JobQuery.h"

#include <QList>
#include <QStringList>
#include <optional>

namespace rc {

class Database;

struct JobEvent
{
    QDateTime at;
    JobState state;
    QString detail;
};

// Reads and writes jobs. Every state change is saved together with its event row in one
// transaction, so history never shows a state without its time, or the reverse.
class JobRepository
{
public:
    explicit JobRepository(Database &db);
    // For a WriteTransaction that spans this and the ledger (a job and its estimate).
    Database &database() { return m_db; }

    // Stores a new queued job and returns it with its id (0 and an error when the disk refused).
    [[nodiscard]] Job insert(const GenerationRequest &request, Money estimate, const QDateTime &createdAt, QString *error,
               const QString &origin = QStringLiteral("generated"));
    // The same for a job whose id was reserved with reserveIds().
    [[nodiscard]] Job insertReserved(JobId id, const GenerationRequest &request, Money estimate, const QDateTime &createdAt,
                                     QString *error);
    // Reserves `count` job ids for this caller, also against other processes on the profile: no
    // insert anywhere takes them. *first is the lowest; they run to *first + count - 1.
    [[nodiscard]] bool reserveIds(int count, JobId *first, QString *error);
    // Gives back the reserved ids above `lastUsed` when nobody reserved or inserted after
    // `reservedUpTo` (the end of this caller's last block); otherwise they stay unused.
    bool giveBackIds(JobId reservedUpTo, JobId lastUsed);
    // Saves the job's current fields; appends a transition event when `recordEvent`.
    [[nodiscard]] bool save(const Job &job, bool recordEvent, const QString &detail = QString());
    std::optional<Job> load(JobId id) const;
    QList<Job> list(const JobQuery &query) const;
    int count(const JobQuery &query) const;
    // Jobs the app was working on when it stopped (not terminal).
    QList<Job> unfinished() const;
    QList<JobEvent> events(JobId id) const;
    // The clips remixed or edited from this one (not deleted), oldest first.
    QList<JobId> children(JobId id) const;

    // The edits below are false when nothing changed (no such clip) or the store refused; then
    // lastError() has SQLite's text, or is empty for a clip that is not there.
    [[nodiscard]] bool setFavourite(JobId id, bool favourite);
    [[nodiscard]] bool setDeleted(JobId id, bool deleted);
    bool isDeleted(JobId id) const;
    // Removes the rows for good (the ledger keeps its lines).
    bool purge(JobId id);
    QList<JobId> deletedJobs() const;

    [[nodiscard]] bool addTag(JobId id, const QString &tag);
    bool removeTag(JobId id, const QString &tag);
    QStringList tags(JobId id) const;
    [[nodiscard]] bool addToProject(JobId id, const QString &project);
    bool removeFromProject(JobId id, const QString &project);
    QStringList projects(JobId id) const;
    QStringList allProjects() const;
    // Projects on their own (one can be empty); the names' rules are ClipLibrary's. False when the
    // store refused (a taken name breaks the UNIQUE constraint).
    [[nodiscard]] bool createProject(const QString &name);
    [[nodiscard]] bool renameProject(const QString &from, const QString &to);
    [[nodiscard]] bool removeProject(const QString &name);
    // Every video path the store knows, for the start-up consistency check.
    QStringList knownVideoPaths() const;
    // The videos of completed clips still in the gallery, by job, without reading whole rows.
    QList<QPair<JobId, QString>> completedVideos() const;

    // SQLite's message for this thread's last statement that failed here; clearLastError()
    // before an edit tells a refused write from a clip that was not there.
    static QString lastError();
    static void clearLastError();

private:
    Job insertRow(JobId reservedId, const GenerationRequest &request, Money estimate, const QDateTime &createdAt,
                  QString *error, const QString &origin);
    Database &m_db;
};

} // namespace rc
