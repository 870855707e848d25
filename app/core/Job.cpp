#include "core/Job.h"

#include "core/Logging.h"

#include <algorithm>

namespace rc {

Job::Job(JobId id, GenerationRequest request, QDateTime createdAt)
    : m_id(id), m_request(std::move(request)), m_createdAt(createdAt), m_updatedAt(createdAt)
{
}

Job Job::restored(JobId id, GenerationRequest request, JobState state, QDateTime createdAt)
{
    Job job(id, std::move(request), createdAt);
    job.m_state = state;
    return job;
}

void Job::restoreDetails(const JobOutput &output, Money cost, ErrorKind kind, const QString &message,
                         const QDateTime &updatedAt, const QDateTime &finishedAt, int attempts)
{
    m_output = output;
    m_cost = cost;
    m_errorKind = kind;
    m_errorMessage = redactSecrets(message); // rows written before redaction existed
    m_updatedAt = updatedAt;
    m_finishedAt = finishedAt;
    m_attempts = attempts;
    if (m_state == JobState::Completed)
        m_progress = 100;
}

bool Job::moveTo(JobState to, const QDateTime &at)
{
    if (!isTransitionAllowed(m_state, to))
        return false;
    m_state = to;
    m_updatedAt = at;
    m_liveDetail.clear();
    if (isTerminal(to))
        m_finishedAt = at;
    return true;
}

bool Job::markSubmitting(const QDateTime &at)
{
    if (!moveTo(JobState::Submitting, at))
        return false;
    ++m_attempts;
    m_progress = 0;
    m_etaSec = -1;
    return true;
}

bool Job::markRunning(const QDateTime &at)
{
    return moveTo(JobState::Running, at);
}

bool Job::updateProgress(int percent, int etaSec)
{
    if (m_state != JobState::Running && m_state != JobState::Downloading)
        return false;
    m_progress = percent < 0 ? -1 : std::min(percent, 100);
    m_etaSec = etaSec;
    return true;
}

bool Job::markDownloading(const QDateTime &at)
{
    if (!moveTo(JobState::Downloading, at))
        return false;
    m_progress = -1;
    m_etaSec = -1;
    return true;
}

bool Job::complete(const JobOutput &output, Money cost, const QDateTime &at)
{
    if (!moveTo(JobState::Completed, at))
        return false;
    m_output = output;
    m_cost = cost;
    m_progress = 100;
    m_etaSec = 0;
    m_errorKind = ErrorKind::None;
    m_errorMessage.clear();
    return true;
}

bool Job::fail(ErrorKind kind, const QString &message, const QDateTime &at)
{
    if (!moveTo(kind == ErrorKind::Cancelled ? JobState::Cancelled : JobState::Failed, at))
        return false;
    m_errorKind = kind;
    // Servers repeat keys in error bodies; the message is stored, printed and shown.
    m_errorMessage = redactSecrets(message);
    m_etaSec = -1;
    return true;
}

bool Job::cancel(const QDateTime &at)
{
    return fail(ErrorKind::Cancelled, QString(), at);
}

bool Job::requeue(const QDateTime &at)
{
    if (!moveTo(JobState::Queued, at))
        return false;
    m_errorKind = ErrorKind::None;
    m_errorMessage.clear();
    m_progress = 0;
    m_etaSec = -1;
    m_finishedAt = QDateTime();
    return true;
}

} // namespace rc
