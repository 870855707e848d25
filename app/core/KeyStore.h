#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QString>

#include <memory>

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

// Wraps the real store and registers every key it hands out with registerSecret (Logging.h), so
// a server that repeats the key in an error is masked in the job's message, on stderr and in logs.
// AppContext puts every key store behind one of these. Not thread-safe: used on one thread.
class SecretRegisteringKeyStore final : public KeyStore
{
public:
    static constexpr qint64 kMissRecheckMs = 10000;

    explicit SecretRegisteringKeyStore(std::unique_ptr<KeyStore> inner) : m_inner(std::move(inner)) {}
    QString key(const QString &providerId, const QString &envName) const override;
    bool setKey(const QString &providerId, const QString &key, QString *error) override;
    bool removeKey(const QString &providerId, QString *error) override;

private:
    void forget(const QString &providerId);

    std::unique_ptr<KeyStore> m_inner;
    // Keys already looked up this run, so the keychain (which may run a nested event loop while
    // it asks the user) is asked at most once per provider, not on every job start.
    mutable QHash<QString, QString> m_cache;
    // When a look-up last found nothing. The studio asks on every keystroke (can Generate run?):
    // a missing key is asked again only after kMissRecheckMs, so typing never waits on the
    // keychain, and a key stored by another process is still noticed soon after.
    mutable QHash<QString, QElapsedTimer> m_missedAt;
};

// "••••1a2b": what the settings show of a key.
QString maskedKey(const QString &key);

} // namespace rc
