#pragma once

#include "core/Job.h"

#include <QString>

namespace rc {

// A last step every finished clip passes through, on the service's thread, before its job is
// recorded as done (the content credentials are written here). It may rewrite the file in place
// and update `output` (its size); it never fails the job: a problem comes back as a line for the
// job's history, and the clip stays as it was.
class ClipFinisher
{
public:
    virtual ~ClipFinisher() = default;
    virtual QString finishClip(const Job &job, JobOutput *output) = 0;
};

} // namespace rc
