#pragma once

#include "core/Job.h"

#include <QString>

namespace rc {

class JobRepository;
class Paths;

// Brings an existing MP4 into the history as a completed clip. The file is copied into the
// profile's media folder (the original stays where it was). A clip Reelcraft made carries its
// prompt and seed in its metadata, and those come back; any other video comes in as a plain
// clip under the "imported" provider. A file whose content is already in the gallery (the same
// file twice, or a copy of a clip) is skipped unless asked otherwise.
class ClipImporter
{
public:
    struct Result
    {
        JobId id = 0;
        bool recognised = false; // made by Reelcraft
        JobId duplicateOf = 0;   // skipped: the gallery's clip with the same content
        QString error;           // why nothing was imported (a duplicate says so too)
    };
    enum class Duplicates { Skip, Allow };

    ClipImporter(JobRepository &jobs, const Paths &paths);
    Result importFile(const QString &path, Duplicates duplicates = Duplicates::Skip);

private:
    JobRepository &m_jobs;
    const Paths &m_paths;
};

} // namespace rc
