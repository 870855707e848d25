#pragma once

#include "core/Job.h"

#include <QString>

namespace rc {

class JobRepository;
class Paths;

// Brings an existing MP4 into the history as a completed clip. The file is copied into the
// profile's media folder (the original stays where it was). A clip Reelcraft made carries its
// prompt and seed in its metadata, and those come back; any other video comes in as a plain
// clip under the "imported" provider.
class ClipImporter
{
public:
    struct Result
    {
        JobId id = 0;
        bool recognised = false; // made by Reelcraft
        QString error;
    };

    ClipImporter(JobRepository &jobs, const Paths &paths);
    Result importFile(const QString &path);

private:
    JobRepository &m_jobs;
    const Paths &m_paths;
};

} // namespace rc
