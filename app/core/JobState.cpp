#include "core/JobState.h"

#include <QCoreApplication>
#include <array>
#include <utility>

namespace rc {
namespace {

constexpr std::array<std::pair<JobState, const char *>, 7> kStateNames{{
    {JobState::Queued, "queued"},
    {JobState::Submitting, "submitting"},
    {JobState::Running, "running"},
    {JobState::Downloading, "downloading"},
    {JobState::Completed, "completed"},
    {JobState::Failed, "failed"},
    {JobState::Cancelled, "cancelled"},
}};

constexpr std::array<std::pair<ErrorKind, const char *>, 12> kErrorNames{{
    {ErrorKind::None, "none"},
    {ErrorKind::InvalidInput, "invalid-input"},
    {ErrorKind::Auth, "auth"},
    {ErrorKind::Quota, "quota"},
    {ErrorKind::Moderation, "moderation"},
    {ErrorKind::Network, "network"},
    {ErrorKind::Server, "server"},
    {ErrorKind::Cancelled, "cancelled"},
    {ErrorKind::Interrupted, "interrupted"},
    {ErrorKind::Unknown, "unknown"},
    {ErrorKind::Disk, "disk"},
    {ErrorKind::Internal, "internal"},
}};

} // namespace

QString jobStateName(JobState state)
{
    for (const auto &[s, name] : kStateNames)
        if (s == state)
            return QString::fromLatin1(name);
    return QString();
}

bool jobStateFromName(const QString &name, JobState *out)
{
    for (const auto &[s, n] : kStateNames) {
        if (name == QLatin1String(n)) {
            *out = s;
            return true;
        }
    }
    return false;
}

QString jobStateLabel(JobState state)
{
    switch (state) {
    case JobState::Queued: return QCoreApplication::translate("JobState", "Queued");
    case JobState::Submitting: return QCoreApplication::translate("JobState", "Submitting");
    case JobState::Running: return QCoreApplication::translate("JobState", "Generating");
    case JobState::Downloading: return QCoreApplication::translate("JobState", "Downloading");
    case JobState::Completed: return QCoreApplication::translate("JobState", "Completed");
    case JobState::Failed: return QCoreApplication::translate("JobState", "Failed");
    case JobState::Cancelled: return QCoreApplication::translate("JobState", "Cancelled");
    }
    return QString();
}

bool isTerminal(JobState state)
{
    return state == JobState::Completed || state == JobState::Failed || state == JobState::Cancelled;
}

bool isTransitionAllowed(JobState from, JobState to)
{
    using S = JobState;
    switch (from) {
    case S::Queued:
        return to == S::Submitting || to == S::Failed || to == S::Cancelled;
    case S::Submitting:
        // Running may be skipped by providers that answer with a finished job at once.
        return to == S::Running || to == S::Downloading || to == S::Failed || to == S::Cancelled
            || to == S::Queued; // a retryable failure before the provider accepted the job
    case S::Running:
        return to == S::Downloading || to == S::Completed || to == S::Failed || to == S::Cancelled;
    case S::Downloading:
        return to == S::Completed || to == S::Failed || to == S::Cancelled;
    case S::Failed:
    case S::Cancelled:
        return to == S::Queued; // the user's Retry
    case S::Completed:
        return false;
    }
    return false;
}

QString errorKindName(ErrorKind kind)
{
    for (const auto &[k, name] : kErrorNames)
        if (k == kind)
            return QString::fromLatin1(name);
    return QStringLiteral("internal");
}

ErrorKind errorKindFromName(const QString &name)
{
    for (const auto &[k, n] : kErrorNames)
        if (name == QLatin1String(n))
            return k;
    return ErrorKind::Internal;
}

QString errorKindLabel(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None: return QString();
    case ErrorKind::InvalidInput: return QCoreApplication::translate("JobState", "Invalid input");
    case ErrorKind::Auth: return QCoreApplication::translate("JobState", "Key rejected");
    case ErrorKind::Quota: return QCoreApplication::translate("JobState", "Rate limit or quota");
    case ErrorKind::Moderation: return QCoreApplication::translate("JobState", "Refused by moderation");
    case ErrorKind::Network: return QCoreApplication::translate("JobState", "Network error");
    case ErrorKind::Server: return QCoreApplication::translate("JobState", "Server error");
    case ErrorKind::Cancelled: return QCoreApplication::translate("JobState", "Cancelled");
    case ErrorKind::Interrupted: return QCoreApplication::translate("JobState", "Interrupted");
    case ErrorKind::Unknown: return QCoreApplication::translate("JobState", "Outcome unknown");
    case ErrorKind::Disk: return QCoreApplication::translate("JobState", "Could not write the file");
    case ErrorKind::Internal: return QCoreApplication::translate("JobState", "Internal error");
    }
    return QString();
}

bool isRetryable(ErrorKind kind)
{
    return kind == ErrorKind::Network || kind == ErrorKind::Server || kind == ErrorKind::Quota
        || kind == ErrorKind::Interrupted || kind == ErrorKind::Cancelled || kind == ErrorKind::Disk
        || kind == ErrorKind::Internal;
}

} // namespace rc
