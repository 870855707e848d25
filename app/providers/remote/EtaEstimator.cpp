#include "providers/remote/EtaEstimator.h"

#include "core/Logging.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace rc::net {

AverageEtaEstimator::AverageEtaEstimator(QString filePath, int window)
    : m_filePath(std::move(filePath)), m_window(qMax(1, window))
{
    load();
}

std::optional<int> AverageEtaEstimator::expectedSec(const QString &key) const
{
    const auto it = m_samples.constFind(key);
    if (it == m_samples.constEnd() || it->isEmpty())
        return std::nullopt;
    qint64 sum = 0;
    for (int s : *it)
        sum += s;
    return int(sum / it->size());
}

void AverageEtaEstimator::record(const QString &key, int seconds)
{
    if (seconds <= 0)
        return;
    QList<int> &list = m_samples[key];
    list.append(seconds);
    while (list.size() > m_window)
        list.removeFirst();
    save();
}

void AverageEtaEstimator::load()
{
    if (m_filePath.isEmpty())
        return;
    QFile f(m_filePath);
    if (!f.open(QIODevice::ReadOnly))
        return;
    const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    for (auto it = root.begin(); it != root.end(); ++it) {
        QList<int> list;
        for (const auto &v : it.value().toArray())
            if (v.toInt() > 0)
                list.append(v.toInt());
        if (!list.isEmpty())
            m_samples.insert(it.key(), list.mid(qMax(0, int(list.size()) - m_window)));
    }
}

void AverageEtaEstimator::save() const
{
    if (m_filePath.isEmpty())
        return;
    QJsonObject root;
    for (auto it = m_samples.begin(); it != m_samples.end(); ++it) {
        QJsonArray a;
        for (int s : it.value())
            a.append(s);
        root.insert(it.key(), a);
    }
    QSaveFile f(m_filePath);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(root).toJson(QJsonDocument::Compact)) < 0 || !f.commit())
        qCWarning(lcNet) << "could not save job durations to" << m_filePath;
}

} // namespace rc::net
