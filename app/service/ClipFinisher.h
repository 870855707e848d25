#pragma once

#include "core/Job.h"

#include <QString>

#include <atomic>
#include <functional>

namespace rc {

// A last step every finished clip passes through before its job is recorded as done (the
// content credentials are written here, maybe a visible label burned in and a time-stamp asked
// for: seconds of work). It comes in two halves so that the service's thread (the UI's) never
// waits for it: prepareFinish() runs on the service's thread and gathers what needs that thread
// (the keychain, the store's connection); the Work it returns runs on a worker thread and must
// touch nothing but what it captured. The work may rewrite the file in place and update
// `output` (its size); it never fails the job: a problem comes back as a line for the job's
// history, and the clip stays as it was. When `stopping` turns true (the service is going away)
// it skips what has not begun yet and returns soon.
class ClipFinisher
{
public:
    using Work = std::function<QString(JobOutput *output, const std::atomic<bool> &stopping)>;

    virtual ~ClipFinisher() = default;
    virtual Work prepareFinish(const Job &job) = 0;
};

} // namespace rc
