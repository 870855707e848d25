#pragma once

#include <QString>

namespace rc {

// The life of a job. Only the transitions in JobState.cpp's table exist; Job refuses the rest.
enum class JobState {
    Queued,      // stored, waiting for a slot (no byte has left the machine)
    Submitting,  // the provider is being asked to start
    Running,     // the provider works; progress and ETA may be known
    Downloading, // the result is being fetched into the profile
    Completed,   // the clip is in place
    Failed,      // with an ErrorKind and a message
    Cancelled,   // by the user
};

// Why a job failed: decides the wording, whether a retry may help, and what the ledger does.
enum class ErrorKind {
    None,
    InvalidInput, // the request or its photo is wrong: the user must change it
    Auth,         // missing or wrong key
    Quota,        // rate limit or quota: may pass with time
    Moderation,   // refused by the provider's safety system
    Network,      // could not reach the provider or the connection dropped
    Server,       // the provider answered with an error or garbage
    Cancelled,
    Interrupted,  // the app stopped while the job ran and the provider cannot resume it
    Unknown,      // the outcome cannot be known (a create may have reached the server)
    Disk,         // the result could not be written (disk full, permissions)
    Internal,     // the engine or Reelcraft itself failed
};

QString jobStateName(JobState state);           // stable id for storage and JSON: "queued", ...
bool jobStateFromName(const QString &name, JobState *out);
QString jobStateLabel(JobState state);          // for people: "Queued", ...
bool isTerminal(JobState state);
bool isTransitionAllowed(JobState from, JobState to);

QString errorKindName(ErrorKind kind);          // stable id: "invalid-input", ...
ErrorKind errorKindFromName(const QString &name);
QString errorKindLabel(ErrorKind kind);         // for people: "Invalid input", ...
// Whether trying the same request again, unchanged, can succeed.
bool isRetryable(ErrorKind kind);

} // namespace rc
