#include "core/KeyStore.h"

#include "core/Logging.h"

namespace rc {

QString maskedKey(const QString &key)
{
    if (key.isEmpty())
        return QString();
    return QStringLiteral("••••") + key.right(4);
}

QString SecretRegisteringKeyStore::key(const QString &providerId, const QString &envName) const
{
    const QString cacheKey = providerId + QLatin1Char('\n') + envName;
    auto it = m_cache.constFind(cacheKey);
    if (it != m_cache.constEnd())
        return *it;
    if (auto miss = m_missedAt.constFind(cacheKey); miss != m_missedAt.constEnd() && !miss->hasExpired(kMissRecheckMs))
        return {};
    const QString value = m_inner->key(providerId, envName);
    registerSecret(value);
    if (value.isEmpty()) {
        m_missedAt[cacheKey].start();
        return value;
    }
    m_missedAt.remove(cacheKey);
    m_cache.insert(cacheKey, value);
    return value;
}

bool SecretRegisteringKeyStore::setKey(const QString &providerId, const QString &key, QString *error)
{
    registerSecret(key);
    forget(providerId);
    return m_inner->setKey(providerId, key, error);
}

bool SecretRegisteringKeyStore::removeKey(const QString &providerId, QString *error)
{
    forget(providerId);
    return m_inner->removeKey(providerId, error);
}

void SecretRegisteringKeyStore::forget(const QString &providerId)
{
    const QString prefix = providerId + QLatin1Char('\n');
    for (auto it = m_cache.begin(); it != m_cache.end();)
        it = it.key().startsWith(prefix) ? m_cache.erase(it) : std::next(it);
    for (auto it = m_missedAt.begin(); it != m_missedAt.end();)
        it = it.key().startsWith(prefix) ? m_missedAt.erase(it) : std::next(it);
}

} // namespace rc
