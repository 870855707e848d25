#pragma once

#include "core/Job.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace rc {
class ClipImporter;
}

namespace rc::desktop {

// A file the studio is asked to open: named on its command line, passed on by a second launch,
// or opened with Reelcraft from a file manager (the desktop file offers video/mp4, image/png,
// image/jpeg and image/webp). An MP4 goes into the gallery; an image goes into the photo slot.
// The type is read from the file's content first, so a photo saved with a .mp4 name is still a
// photo; the name decides only when the content says nothing.
struct OpenRequest
{
    Q_DECLARE_TR_FUNCTIONS(OpenRequest)

public:
    enum class Kind {
        Clip, // an MP4 video: import it
        Photo, // an image Qt can read: put it in the photo slot
        Unsupported, // exists but is neither; `message` says so
        Missing, // no such file; `message` says so
    };

    Kind kind = Kind::Missing;
    QString path; // absolute
    QString mimeType; // as detected; empty when Missing
    QString message; // one sentence for the user when the file is not taken

    // `argument` is a path (relative to `workingDir`) or a file: URL.
    static OpenRequest classify(const QString &argument, const QString &workingDir);
};

// The files in a studio command line (QCoreApplication::arguments(): the program first), as
// absolute paths: every argument that is not an option, less the value of --profile.
QStringList filesFromArguments(const QStringList &arguments, const QString &workingDir);

// What opening some files came to, for the studio to show.
struct OpenOutcome
{
    QList<JobId> importedClips; // now in the gallery; select the last one
    QList<JobId> alreadyThere;  // clips whose content was opened again: skipped, worth showing
    QString photo; // for the photo slot; empty when none was given
    QStringList messages; // one line per file not taken, with the reason
};

// Classifies each file and acts: clips are imported through `importer` (a copy into the
// profile, on the calling thread), the first image becomes the photo (there is one photo slot),
// and everything else gets a message.
OpenOutcome openFiles(const QStringList &files, ClipImporter &importer, const QString &workingDir);

} // namespace rc::desktop
