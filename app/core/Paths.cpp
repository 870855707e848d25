#include "core/Paths.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace rc {

Paths Paths::resolve(const QString &overrideDir)
{
    if (!overrideDir.isEmpty())
        return Paths(overrideDir);
    const QString env = qEnvironmentVariable("REELCRAFT_PROFILE");
    if (!env.isEmpty())
        return Paths(env);
    QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (base.isEmpty())
        base = QDir::homePath() + QStringLiteral("/.local/share");
    return Paths(base + QStringLiteral("/reelcraft"));
}

Paths::Paths(const QString &profileDir)
    : m_profileDir(QFileInfo(profileDir).absoluteFilePath())
{
}

QString Paths::databaseFile() const { return m_profileDir + QStringLiteral("/reelcraft.db"); }
QString Paths::catalogueOverrideFile() const { return m_profileDir + QStringLiteral("/catalogue.json"); }
QString Paths::settingsFile() const { return m_profileDir + QStringLiteral("/settings.ini"); }
QString Paths::mediaDir() const { return m_profileDir + QStringLiteral("/media"); }
QString Paths::logDir() const { return m_profileDir + QStringLiteral("/logs"); }
QString Paths::inputsDir() const { return m_profileDir + QStringLiteral("/inputs"); }

QString Paths::videoFileFor(JobId id) const
{
    return mediaDir() + QStringLiteral("/%1.mp4").arg(id);
}

QString Paths::thumbnailFileFor(JobId id) const
{
    return mediaDir() + QStringLiteral("/%1.jpg").arg(id);
}

bool Paths::ensureExists(QString *error) const
{
    for (const QString &dir : {m_profileDir, mediaDir(), logDir(), inputsDir()}) {
        if (!QDir().mkpath(dir)) {
            if (error)
                *error = QStringLiteral("Cannot create the folder %1").arg(dir);
            return false;
        }
    }
    return true;
}

} // namespace rc
