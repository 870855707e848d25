#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace rc::net {

// How long a remote job usually takes, learned from this user's earlier jobs, for providers that
// report no percentage (Veo; SGLang's 0 -> 100). Keys name what makes jobs comparable, e.g.
// "veo-3.1-generate-preview/8s/1280x720".
class EtaEstimator
{
public:
    virtual ~EtaEstimator() = default;
    virtual std::optional<int> expectedSec(const QString &key) const = 0;
    virtual void record(const QString &key, int seconds) = 0;
};

// The mean of the last few durations per key, kept in a small JSON file when given one.
// Not thread-safe: used from the provider's thread only.
class AverageEtaEstimator : public EtaEstimator
{
public:
    explicit AverageEtaEstimator(QString filePath = QString(), int window = 5);
    std::optional<int> expectedSec(const QString &key) const override;
    void record(const QString &key, int seconds) override;

private:
    void load();
    void save() const;

    QString m_filePath;
    int m_window;
    QHash<QString, QList<int>> m_samples;
};

} // namespace rc::net
