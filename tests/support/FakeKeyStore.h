#pragma once

#include "core/KeyStore.h"

#include <QHash>

namespace rc::test {

// Keys in memory, with the same environment fallback as the real store, and a switch to make
// the "keychain" refuse writes. Counts reads so tests can see when a key was looked up.
class FakeKeyStore final : public KeyStore
{
public:
    QString key(const QString &providerId, const QString &envName) const override;
    bool setKey(const QString &providerId, const QString &key, QString *error) override;
    bool removeKey(const QString &providerId, QString *error) override;

    void setRefuseWrites(bool refuse) { m_refuseWrites = refuse; }
    int reads() const { return m_reads; }
    bool contains(const QString &providerId) const { return m_keys.contains(providerId); }

private:
    QHash<QString, QString> m_keys;
    bool m_refuseWrites = false;
    mutable int m_reads = 0;
};

} // namespace rc::test
