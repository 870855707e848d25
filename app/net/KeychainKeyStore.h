#pragma once

#include "core/KeyStore.h"

#include <QString>

namespace rc {

// API keys in the system keychain (Secret Service, KWallet, ...) through QtKeychain, with the
// environment variable as a fallback for reading. QtKeychain's plain-text fallback stays off:
// a key is never written to a settings file.
//
// The calls block on a local event loop (a D-Bus round trip of a few milliseconds); call them
// from the thread that owns the keychain use, at job start or from the settings dialog.
// Without a secret service (headless machines) reads fall back to the environment and writes
// fail with a message; that state is remembered so later reads do not wait again.
class KeychainKeyStore : public KeyStore
{
public:
    // `service` names the keychain entry group; tests pass their own to stay apart from the user's.
    explicit KeychainKeyStore(QString service = QStringLiteral("Reelcraft"), int timeoutMs = 5000);

    QString key(const QString &providerId, const QString &envName) const override;
    bool setKey(const QString &providerId, const QString &key, QString *error) override;
    bool removeKey(const QString &providerId, QString *error) override;

    // Whether the last keychain call found a working keychain.
    bool keychainAvailable() const { return !m_unavailable; }

private:
    QString m_service;
    int m_timeoutMs;
    mutable bool m_unavailable = false;
};

} // namespace rc
