#include "support/FakeKeyStore.h"

namespace rc::test {

QString FakeKeyStore::key(const QString &providerId, const QString &envName) const
{
    ++m_reads;
    const QString stored = m_keys.value(providerId);
    if (!stored.isEmpty() || envName.isEmpty())
        return stored;
    return qEnvironmentVariable(envName.toLatin1().constData());
}

bool FakeKeyStore::setKey(const QString &providerId, const QString &key, QString *error)
{
    if (m_refuseWrites) {
        if (error)
            *error = QStringLiteral("the fake keychain refuses writes");
        return false;
    }
    m_keys.insert(providerId, key);
    return true;
}

bool FakeKeyStore::removeKey(const QString &providerId, QString *)
{
    m_keys.remove(providerId);
    return true;
}

} // namespace rc::test
