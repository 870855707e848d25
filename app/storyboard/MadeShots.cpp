#include "storyboard/MadeShots.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace rc::storyboard {

MadeShots::MadeShots(QString file) : m_file(std::move(file)) {}

bool MadeShots::load(QString *error)
{
    m_entries.clear();
    QFile f(m_file);
    if (!f.exists())
        return true;
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("MadeShots", "cannot read %1: %2").arg(m_file, f.errorString());
        return false;
    }
    // A damaged index only costs re-making shots; it must never stop a storyboard.
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QJsonObject e = it.value().toObject();
        m_entries.insert(it.key(), {JobId(e.value(QStringLiteral("job")).toInteger()), e.value(QStringLiteral("clip")).toString()});
    }
    return true;
}

bool MadeShots::save(QString *error) const
{
    QJsonObject o;
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it)
        o.insert(it.key(), QJsonObject{{QStringLiteral("job"), it->job}, {QStringLiteral("clip"), it->clip}});
    QDir().mkpath(QFileInfo(m_file).absolutePath());
    QSaveFile f(m_file);
    if (f.open(QIODevice::WriteOnly) && f.write(QJsonDocument(o).toJson()) >= 0 && f.commit())
        return true;
    if (error)
        *error = QCoreApplication::translate("MadeShots", "cannot write %1: %2").arg(m_file, f.errorString());
    return false;
}

QString MadeShots::clipFor(const QString &key) const
{
    const auto it = m_entries.find(key);
    return it != m_entries.end() && QFileInfo(it->clip).isFile() ? it->clip : QString();
}

JobId MadeShots::jobFor(const QString &key) const
{
    return clipFor(key).isEmpty() ? 0 : m_entries.value(key).job;
}

void MadeShots::record(const QString &key, JobId job, const QString &clip)
{
    m_entries.insert(key, {job, clip});
}

} // namespace rc::storyboard
