#pragma once

#include <QString>

namespace rc {

// Where API keys live. The real one is the system keychain (QtKeychain) with an environment
// variable fallback; tests use an in-memory fake. Keys never go to the settings file, the
// database or a log line.
class KeyStore
{
public:
    virtual ~KeyStore() = default;
    // The key for a provider profile: the keychain's, else the environment variable `envName`.
    // Empty when there is none.
    virtual QString key(const QString &providerId, const QString &envName) const = 0;
    // Returns false with a message when the keychain refused.
    virtual bool setKey(const QString &providerId, const QString &key, QString *error) = 0;
    virtual bool removeKey(const QString &providerId, QString *error) = 0;
};

// "••••1a2b": what the settings show of a key.
QString maskedKey(const QString &key);

} // namespace rc
