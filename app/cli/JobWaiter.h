#pragma once

#include "core/Job.h"

#include <QList>
#include <QString>

namespace rc {
class GenerationService;
}

namespace rc::cli {

struct WaitOptions
{
    bool json = false;  // print each finished job as JSON instead of its path
    QString copyTo;     // with one job: also copy the clip here
};

// Runs the event loop until every job has ended, with a progress bar on a terminal and Ctrl+C
// cancelling them. Prints each clip's path (or JSON) and each failure's reason; returns Success
// only when every clip exists.
int waitForJobs(GenerationService &service, const QList<JobId> &ids, const WaitOptions &options);

} // namespace rc::cli
