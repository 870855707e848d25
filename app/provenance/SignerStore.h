#pragma once

#include "provenance/Crypto.h"

#include <QString>

#include <optional>

namespace rc {
class KeyStore;
}

namespace rc::provenance {

// Where the signing identity (key + certificates) lives: in the keychain, as one PEM text under
// the entry "c2pa-signer". Without a working keychain (a headless machine) it falls back to
// <profile>/provenance/signer.pem, readable by its owner only, so clips are still signed; the
// settings and `reelcraft provenance` say which place is in use.
// The installation identity is made on first use; a user may install their own instead.
class SignerStore
{
public:
    SignerStore(KeyStore &keys, QString profileDir);

    // The identity to sign with; made and saved when there is none yet.
    std::optional<SigningIdentity> identity(QString *error);
    // Replaces it with the user's key and certificate chain (PEM files), after checking them.
    bool install(const QByteArray &keyPem, const QByteArray &chainPem, QString *error);
    // Forgets the current identity and makes a new installation identity.
    bool reset(QString *error);
    // "the system keychain" or the fallback file's path.
    QString location() const;

private:
    bool save(const SigningIdentity &identity, QString *error);
    QString fallbackFile() const;

    KeyStore &m_keys;
    QString m_profileDir;
    std::optional<SigningIdentity> m_cached;
    bool m_inFile = false;
};

} // namespace rc::provenance
