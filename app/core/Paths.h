#pragma once

#include "core/Job.h"

#include <QString>

namespace rc {

// The one place that knows where Reelcraft keeps its files. QStandardPaths is called nowhere else.
// A profile is a folder holding the database, the media, the logs and the user's catalogue;
// --profile DIR (or REELCRAFT_PROFILE) points the whole application at another one.
class Paths
{
public:
    // The profile: `overrideDir` when given, else $REELCRAFT_PROFILE, else the system's app-data folder.
    static Paths resolve(const QString &overrideDir = QString());
    explicit Paths(const QString &profileDir);

    QString profileDir() const { return m_profileDir; }
    QString databaseFile() const;
    QString catalogueOverrideFile() const;
    QString settingsFile() const;
    QString mediaDir() const;
    QString logDir() const;
    QString videoFileFor(JobId id) const;
    QString thumbnailFileFor(JobId id) const;
    QString inputsDir() const; // photos fitted for a provider, kept so a retry sends the same bytes

    // Creates the folders; false with a message when the profile cannot be written.
    bool ensureExists(QString *error) const;

private:
    QString m_profileDir;
};

} // namespace rc
