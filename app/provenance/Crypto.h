#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace rc::provenance {

// Who signs: a private key and its certificate chain (signing certificate first, DER).
struct SigningIdentity
{
    QByteArray privateKeyPem;
    QList<QByteArray> chainDer;
    bool isValid() const { return !privateKeyPem.isEmpty() && !chainDer.isEmpty(); }
};

struct CertificateInfo
{
    QString subject;     // RFC 2253
    QString commonName;
    QString organization;
    QString issuer;
    QDateTime notBefore;
    QDateTime notAfter;
    QString sha256;      // hex fingerprint of the DER
    bool selfSigned = false;
};

// X.509 and signatures through OpenSSL (libcrypto). Every function reports failures as values.
namespace crypto {

// COSE algorithm identifiers (RFC 9053) C2PA allows.
enum CoseAlgorithm { ES256 = -7, ES384 = -35, ES512 = -36, PS256 = -37, PS384 = -38, PS512 = -39, EdDSA = -8 };

// A new identity for this installation: a P-256 key, an installation CA certificate (self-signed)
// and a signing certificate issued by it. C2PA's certificate profile refuses a self-signed
// signing certificate, so the CA is the one self-signed part; both carry the key usages the
// profile asks for (digitalSignature + emailProtection/documentSigning for the signer).
bool createInstallationIdentity(const QString &commonName, SigningIdentity *out, QString *error);

// A PEM private key and PEM certificates (signing certificate first) -> identity. Refuses a key
// that does not belong to the first certificate, or one that ES256 cannot use.
bool identityFromPem(const QByteArray &keyPem, const QByteArray &chainPem, SigningIdentity *out, QString *error);
// Key and certificates in one PEM text (what the keychain stores).
QByteArray identityToPem(const SigningIdentity &identity);
bool identityFromBundle(const QByteArray &bundle, SigningIdentity *out, QString *error);

// ES256 over `data`: the raw r||s form COSE uses (64 bytes).
bool signEs256(const QByteArray &privateKeyPem, const QByteArray &data, QByteArray *signature, QString *error);
// Checks a COSE signature (raw form for ECDSA) with the certificate's public key.
bool verify(int coseAlgorithm, const QByteArray &certificateDer, const QByteArray &data, const QByteArray &signature,
            QString *error);

bool describe(const QByteArray &certificateDer, CertificateInfo *out);
// What a signing certificate breaks of the C2PA certificate profile; empty when nothing.
QStringList profileProblems(const QByteArray &certificateDer);
// Whether each certificate was issued and signed by the next one.
bool chainLinks(const QList<QByteArray> &chainDer, QString *error);

} // namespace crypto
} // namespace rc::provenance
