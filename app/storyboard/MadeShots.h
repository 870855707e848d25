#pragma once

#include "core/Job.h"

#include <QHash>
#include <QString>

namespace rc::storyboard {

// Which clip was made for which shot content (ShotRequest::key), kept in the profile as
// storyboards/shots.json so any storyboard, in the studio or on the command line, reuses a shot
// already made. A clip whose file is gone (deleted from the gallery) no longer counts.
class MadeShots
{
public:
    explicit MadeShots(QString file);

    bool load(QString *error);
    bool save(QString *error) const;
    // The clip made for `key`, or empty.
    QString clipFor(const QString &key) const;
    JobId jobFor(const QString &key) const;
    void record(const QString &key, JobId job, const QString &clip);

private:
    struct Entry
    {
        JobId job = 0;
        QString clip;
    };
    QString m_file;
    QHash<QString, Entry> m_entries;
};

} // namespace rc::storyboard
