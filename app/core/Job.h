#pragma once

#include "core/GenerationRequest.h"
#include "core/JobState.h"
#include "core/Money.h"

#include <QDateTime>
#include <QString>

namespace rc {

using JobId = qint64;

// What a finished job left behind.
struct JobOutput
{
    QString videoPath;
    QString thumbnailPath;
    qint64 fileBytes = 0;
};

// One generation: the request, where it stands, and what it produced and cost.
// The state changes only through the transition methods below; each refuses a move the table in
// JobState.cpp does not allow and leaves the job untouched, so an illegal state cannot be reached.
class Job
{
public:
    Job() = default;
    Job(JobId id, GenerationRequest request, QDateTime createdAt);
    // For the store: a job read back as it was saved.
    static Job restored(JobId id, GenerationRequest request, JobState state, QDateTime createdAt);

    JobId id() const { return m_id; }
    const GenerationRequest &request() const { return m_request; }
    JobState state() const { return m_state; }
    int progress() const { return m_progress; }   // 0-100, or -1 when the provider cannot say
    int etaSec() const { return m_etaSec; }       // -1 when unknown
    ErrorKind errorKind() const { return m_errorKind; }
    QString errorMessage() const { return m_errorMessage; }
    QString remoteId() const { return m_remoteId; }
    const JobOutput &output() const { return m_output; }
    Money estimate() const { return m_estimate; }
    Money cost() const { return m_cost; }
    QDateTime createdAt() const { return m_createdAt; }
    QDateTime updatedAt() const { return m_updatedAt; }
    QDateTime finishedAt() const { return m_finishedAt; }
    int attempts() const { return m_attempts; }
    bool isFavourite() const { return m_favourite; }
    // The job this clip was remixed or edited from; 0 for none.
    JobId parentId() const { return m_request.parentJobId; }

    bool markSubmitting(const QDateTime &at);
    bool markRunning(const QDateTime &at);
    bool updateProgress(int percent, int etaSec);
    bool markDownloading(const QDateTime &at);
    bool complete(const JobOutput &output, Money cost, const QDateTime &at);
    bool fail(ErrorKind kind, const QString &message, const QDateTime &at);
    bool cancel(const QDateTime &at);
    bool requeue(const QDateTime &at);

    // Plain attributes, not states.
    void setRemoteId(const QString &remoteId) { m_remoteId = remoteId; }
    void setEstimate(Money estimate) { m_estimate = estimate; }
    void setFavourite(bool favourite) { m_favourite = favourite; }
    void setSeed(quint64 seed) { m_request.seed = seed; }
    void setModel(const QString &model) { m_request.model = model; }
    // Why the provider stopped working on a job that stays resumable ("waiting for the server",
    // "paused: disk full"); empty while it runs. Not a state: the job keeps its place in the
    // state machine and `resume` carries on from there.
    void setPausedReason(const QString &reason) { m_pausedReason = reason; }
    QString pausedReason() const { return m_pausedReason; }
    bool isPaused() const { return !m_pausedReason.isEmpty(); }
    // The provider's live status line ("in queue, position 3"). Never stored; a state change
    // clears it, since it describes the state the job was in.
    void setLiveDetail(const QString &detail) { m_liveDetail = detail; }
    QString liveDetail() const { return m_liveDetail; }
    // For the store when it reads a row back.
    void restoreDetails(const JobOutput &output, Money cost, ErrorKind kind, const QString &message,
                        const QDateTime &updatedAt, const QDateTime &finishedAt, int attempts);

private:
    bool moveTo(JobState to, const QDateTime &at);

    JobId m_id = 0;
    GenerationRequest m_request;
    JobState m_state = JobState::Queued;
    int m_progress = 0;
    int m_etaSec = -1;
    ErrorKind m_errorKind = ErrorKind::None;
    QString m_errorMessage;
    QString m_remoteId;
    JobOutput m_output;
    Money m_estimate;
    Money m_cost;
    QDateTime m_createdAt;
    QDateTime m_updatedAt;
    QDateTime m_finishedAt;
    int m_attempts = 0;
    bool m_favourite = false;
    QString m_pausedReason;
    QString m_liveDetail;
};

} // namespace rc
