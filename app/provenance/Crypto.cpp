#include "provenance/Crypto.h"

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace rc::provenance::crypto {
namespace {

template<typename T, void (*Free)(T *)>
struct Deleter
{
    void operator()(T *p) const { Free(p); }
};
using Bio = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using PKey = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using Cert = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using MdCtx = std::unique_ptr<EVP_MD_CTX, Deleter<EVP_MD_CTX, EVP_MD_CTX_free>>;
using EcSig = std::unique_ptr<ECDSA_SIG, Deleter<ECDSA_SIG, ECDSA_SIG_free>>;
using Bn = std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>>;
using Eku = std::unique_ptr<EXTENDED_KEY_USAGE, Deleter<EXTENDED_KEY_USAGE, EXTENDED_KEY_USAGE_free>>;

// "emailProtection" and "documentSigning": the extended key usages C2PA accepts for signers.
const char *const kEmailProtection = "1.3.6.1.5.5.7.3.4";
const char *const kDocumentSigning = "1.3.6.1.5.5.7.3.36";
const char *const kAnyUsage = "2.5.29.37.0";

QString opensslError(const char *what)
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0)
        return QString::fromLatin1(what);
    char buf[256];
    ERR_error_string_n(code, buf, sizeof buf);
    return QStringLiteral("%1 (%2)").arg(QString::fromLatin1(what), QString::fromLatin1(buf));
}

QByteArray bioBytes(BIO *bio)
{
    BUF_MEM *mem = nullptr;
    BIO_get_mem_ptr(bio, &mem);
    return mem ? QByteArray(mem->data, qsizetype(mem->length)) : QByteArray();
}

Cert certFromDer(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    return Cert(d2i_X509(nullptr, &p, long(der.size())));
}

QByteArray certToDer(X509 *cert)
{
    unsigned char *buf = nullptr;
    const int len = i2d_X509(cert, &buf);
    if (len <= 0)
        return QByteArray();
    QByteArray out(reinterpret_cast<const char *>(buf), len);
    OPENSSL_free(buf);
    return out;
}

PKey keyFromPem(const QByteArray &pem)
{
    Bio bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return PKey(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
}

bool addExtension(X509 *cert, X509V3_CTX *ctx, int nid, const char *value)
{
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, ctx, nid, value);
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

// A certificate for `key`, issued by `issuer` (itself when null) and signed with `issuerKey`.
Cert makeCertificate(EVP_PKEY *key, const QString &commonName, bool ca, X509 *issuer, EVP_PKEY *issuerKey, int days)
{
    Cert cert(X509_new());
    if (!cert || X509_set_version(cert.get(), 2) != 1)
        return nullptr;
    Bn serial(BN_new());
    if (!serial || BN_rand(serial.get(), 127, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) != 1
        || !BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(cert.get())))
        return nullptr;
    // An hour back, so a clock slightly behind another machine's still finds it valid.
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), long(days) * 86400);
    X509_set_pubkey(cert.get(), key);
    X509_NAME *name = X509_get_subject_name(cert.get());
    const QByteArray cn = commonName.toUtf8();
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>("Reelcraft"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(cn.constData()), -1,
                               -1, 0);
    X509_set_issuer_name(cert.get(), issuer ? X509_get_subject_name(issuer) : name);
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer ? issuer : cert.get(), cert.get(), nullptr, nullptr, 0);
    bool ok = addExtension(cert.get(), &ctx, NID_subject_key_identifier, "hash");
    if (ca) {
        ok = ok && addExtension(cert.get(), &ctx, NID_basic_constraints, "critical,CA:TRUE")
            && addExtension(cert.get(), &ctx, NID_key_usage, "critical,keyCertSign,cRLSign");
    } else {
        ok = ok && addExtension(cert.get(), &ctx, NID_basic_constraints, "critical,CA:FALSE")
            && addExtension(cert.get(), &ctx, NID_key_usage, "critical,digitalSignature")
            && addExtension(cert.get(), &ctx, NID_ext_key_usage, "emailProtection,1.3.6.1.5.5.7.3.36")
            && addExtension(cert.get(), &ctx, NID_authority_key_identifier, "keyid:always");
    }
    if (!ok || X509_sign(cert.get(), issuerKey, EVP_sha256()) <= 0)
        return nullptr;
    return cert;
}

bool isP256(EVP_PKEY *key)
{
    if (EVP_PKEY_get_base_id(key) != EVP_PKEY_EC)
        return false;
    char group[64] = {};
    size_t len = 0;
    if (EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group, &len) != 1)
        return false;
    return QByteArray(group) == "prime256v1" || QByteArray(group) == "P-256";
}

QString nameText(const X509_NAME *name)
{
    Bio bio(BIO_new(BIO_s_mem()));
    X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    return QString::fromUtf8(bioBytes(bio.get()));
}

QString nameEntry(const X509_NAME *name, int nid)
{
    const int index = X509_NAME_get_index_by_NID(name, nid, -1);
    if (index < 0)
        return QString();
    unsigned char *utf8 = nullptr;
    const int len = ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index)));
    if (len < 0)
        return QString();
    const QString out = QString::fromUtf8(reinterpret_cast<const char *>(utf8), len);
    OPENSSL_free(utf8);
    return out;
}

QDateTime timeOf(const ASN1_TIME *t)
{
    struct tm parts = {};
    if (ASN1_TIME_to_tm(t, &parts) != 1)
        return QDateTime();
    return QDateTime(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
                     QTime(parts.tm_hour, parts.tm_min, parts.tm_sec), Qt::UTC);
}

} // namespace

bool createInstallationIdentity(const QString &commonName, SigningIdentity *out, QString *error)
{
    PKey caKey(EVP_EC_gen("P-256"));
    PKey key(EVP_EC_gen("P-256"));
    if (!caKey || !key) {
        *error = opensslError("no P-256 key could be made");
        return false;
    }
    // Without a time-stamp authority a validator checks the certificate at the time it
    // validates, so the certificates last long enough for the clips they sign.
    Cert ca = makeCertificate(caKey.get(), commonName + QStringLiteral(" CA"), true, nullptr, caKey.get(), 365 * 30);
    Cert leaf = ca ? makeCertificate(key.get(), commonName, false, ca.get(), caKey.get(), 365 * 25) : nullptr;
    if (!ca || !leaf) {
        *error = opensslError("the certificates could not be made");
        return false;
    }
    Bio bio(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_PrivateKey(bio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1) {
        *error = opensslError("the key could not be written");
        return false;
    }
    out->privateKeyPem = bioBytes(bio.get());
    out->chainDer = {certToDer(leaf.get()), certToDer(ca.get())};
    return true;
}

bool identityFromPem(const QByteArray &keyPem, const QByteArray &chainPem, SigningIdentity *out, QString *error)
{
    PKey key = keyFromPem(keyPem);
    if (!key) {
        *error = QStringLiteral("the private key is not a PEM key Reelcraft can read (an encrypted key must be decrypted first)");
        ERR_clear_error();
        return false;
    }
    if (!isP256(key.get())) {
        *error = QStringLiteral("the key is not an ECDSA P-256 key; content credentials are signed with ES256");
        return false;
    }
    Bio bio(BIO_new_mem_buf(chainPem.constData(), int(chainPem.size())));
    QList<QByteArray> chain;
    while (X509 *c = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr)) {
        chain.append(certToDer(c));
        X509_free(c);
    }
    ERR_clear_error(); // the loop ends on "no start line"
    if (chain.isEmpty()) {
        *error = QStringLiteral("no PEM certificate was found");
        return false;
    }
    Cert leaf = certFromDer(chain.first());
    if (!leaf || X509_check_private_key(leaf.get(), key.get()) != 1) {
        ERR_clear_error();
        *error = QStringLiteral("the key does not belong to the first certificate");
        return false;
    }
    Bio keyOut(BIO_new(BIO_s_mem()));
    PEM_write_bio_PrivateKey(keyOut.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr);
    out->privateKeyPem = bioBytes(keyOut.get());
    out->chainDer = chain;
    return true;
}

QByteArray identityToPem(const SigningIdentity &identity)
{
    QByteArray out = identity.privateKeyPem;
    for (const QByteArray &der : identity.chainDer) {
        Cert c = certFromDer(der);
        Bio bio(BIO_new(BIO_s_mem()));
        if (c && PEM_write_bio_X509(bio.get(), c.get()) == 1)
            out.append(bioBytes(bio.get()));
    }
    return out;
}

bool identityFromBundle(const QByteArray &bundle, SigningIdentity *out, QString *error)
{
    return identityFromPem(bundle, bundle, out, error);
}

bool signEs256(const QByteArray &privateKeyPem, const QByteArray &data, QByteArray *signature, QString *error)
{
    PKey key = keyFromPem(privateKeyPem);
    MdCtx ctx(EVP_MD_CTX_new());
    size_t derLen = 0;
    if (!key || !ctx || EVP_DigestSignInit(ctx.get(), nullptr, EVP_sha256(), nullptr, key.get()) != 1
        || EVP_DigestSign(ctx.get(), nullptr, &derLen, reinterpret_cast<const unsigned char *>(data.constData()),
                          size_t(data.size()))
            != 1) {
        *error = opensslError("the claim could not be signed");
        return false;
    }
    QByteArray der(qsizetype(derLen), '\0');
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(der.data()), &derLen,
                       reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size()))
        != 1) {
        *error = opensslError("the claim could not be signed");
        return false;
    }
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    EcSig sig(d2i_ECDSA_SIG(nullptr, &p, long(derLen)));
    if (!sig) {
        *error = opensslError("the signature could not be converted");
        return false;
    }
    const BIGNUM *r = nullptr;
    const BIGNUM *s = nullptr;
    ECDSA_SIG_get0(sig.get(), &r, &s);
    QByteArray raw(64, '\0');
    BN_bn2binpad(r, reinterpret_cast<unsigned char *>(raw.data()), 32);
    BN_bn2binpad(s, reinterpret_cast<unsigned char *>(raw.data()) + 32, 32);
    *signature = raw;
    return true;
}

bool verify(int coseAlgorithm, const QByteArray &certificateDer, const QByteArray &data, const QByteArray &signature,
            QString *error)
{
    Cert cert = certFromDer(certificateDer);
    EVP_PKEY *key = cert ? X509_get0_pubkey(cert.get()) : nullptr;
    if (!key) {
        *error = QStringLiteral("the signing certificate cannot be read");
        ERR_clear_error();
        return false;
    }
    const EVP_MD *md = nullptr;
    int half = 0; // ECDSA: bytes of r (and of s) in the raw form
    bool pss = false;
    switch (coseAlgorithm) {
    case ES256: md = EVP_sha256(); half = 32; break;
    case ES384: md = EVP_sha384(); half = 48; break;
    case ES512: md = EVP_sha512(); half = 66; break;
    case PS256: md = EVP_sha256(); pss = true; break;
    case PS384: md = EVP_sha384(); pss = true; break;
    case PS512: md = EVP_sha512(); pss = true; break;
    case EdDSA: break;
    default:
        *error = QStringLiteral("the signature algorithm %1 is not supported").arg(coseAlgorithm);
        return false;
    }
    QByteArray sig = signature;
    if (half > 0 && signature.size() != 2 * half) {
        // COSE wants r||s, but some writers (c2pa-ts 0.9) put the DER form there; read that too.
        const auto *p = reinterpret_cast<const unsigned char *>(signature.constData());
        EcSig der(d2i_ECDSA_SIG(nullptr, &p, long(signature.size())));
        ERR_clear_error();
        if (!der || p != reinterpret_cast<const unsigned char *>(signature.constData()) + signature.size()) {
            *error = QStringLiteral("the signature has the wrong length for its algorithm");
            return false;
        }
        half = 0; // already DER
    }
    if (half > 0) {
        EcSig ec(ECDSA_SIG_new());
        BIGNUM *r = BN_bin2bn(reinterpret_cast<const unsigned char *>(signature.constData()), half, nullptr);
        BIGNUM *s = BN_bin2bn(reinterpret_cast<const unsigned char *>(signature.constData()) + half, half, nullptr);
        ECDSA_SIG_set0(ec.get(), r, s);
        unsigned char *der = nullptr;
        const int len = i2d_ECDSA_SIG(ec.get(), &der);
        if (len <= 0) {
            *error = QStringLiteral("the signature cannot be decoded");
            return false;
        }
        sig = QByteArray(reinterpret_cast<const char *>(der), len);
        OPENSSL_free(der);
    }
    MdCtx ctx(EVP_MD_CTX_new());
    EVP_PKEY_CTX *pctx = nullptr;
    if (!ctx || EVP_DigestVerifyInit(ctx.get(), &pctx, md, nullptr, key) != 1) {
        *error = opensslError("the certificate's key does not fit the signature algorithm");
        return false;
    }
    if (pss
        && (EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING) != 1
            || EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, RSA_PSS_SALTLEN_DIGEST) != 1)) {
        *error = opensslError("the certificate's key does not fit the signature algorithm");
        return false;
    }
    const int rc = EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char *>(sig.constData()), size_t(sig.size()),
                                    reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size()));
    ERR_clear_error();
    if (rc != 1) {
        *error = QStringLiteral("the signature does not match the claim");
        return false;
    }
    return true;
}

bool describe(const QByteArray &certificateDer, CertificateInfo *out)
{
    Cert cert = certFromDer(certificateDer);
    if (!cert) {
        ERR_clear_error();
        return false;
    }
    const X509_NAME *subject = X509_get_subject_name(cert.get());
    out->subject = nameText(subject);
    out->commonName = nameEntry(subject, NID_commonName);
    out->organization = nameEntry(subject, NID_organizationName);
    out->issuer = nameText(X509_get_issuer_name(cert.get()));
    out->notBefore = timeOf(X509_get0_notBefore(cert.get()));
    out->notAfter = timeOf(X509_get0_notAfter(cert.get()));
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int mdLen = 0;
    X509_digest(cert.get(), EVP_sha256(), md, &mdLen);
    out->sha256 = QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(md), int(mdLen)).toHex());
    out->selfSigned = X509_NAME_cmp(subject, X509_get_issuer_name(cert.get())) == 0;
    return true;
}

QStringList profileProblems(const QByteArray &certificateDer)
{
    Cert cert = certFromDer(certificateDer);
    if (!cert) {
        ERR_clear_error();
        return {QStringLiteral("the certificate cannot be read")};
    }
    QStringList problems;
    X509 *c = cert.get();
    if (X509_get_version(c) != 2)
        problems << QStringLiteral("it is not an X.509 version 3 certificate");
    if (X509_NAME_cmp(X509_get_subject_name(c), X509_get_issuer_name(c)) == 0)
        problems << QStringLiteral("it is self-signed (a signing certificate must be issued by a CA)");
    X509_get_extension_flags(c); // computes the cached flags read below
    if (X509_check_ca(c) != 0)
        problems << QStringLiteral("it is a CA certificate");
    const int kuIndex = X509_get_ext_by_NID(c, NID_key_usage, -1);
    if (kuIndex < 0 || !X509_EXTENSION_get_critical(X509_get_ext(c, kuIndex)))
        problems << QStringLiteral("it has no critical key usage extension");
    else if (!(X509_get_key_usage(c) & KU_DIGITAL_SIGNATURE))
        problems << QStringLiteral("its key usage does not include digitalSignature");
    Eku eku(static_cast<EXTENDED_KEY_USAGE *>(X509_get_ext_d2i(c, NID_ext_key_usage, nullptr, nullptr)));
    bool allowed = false;
    bool any = false;
    for (int i = 0; eku && i < sk_ASN1_OBJECT_num(eku.get()); ++i) {
        char oid[80];
        OBJ_obj2txt(oid, sizeof oid, sk_ASN1_OBJECT_value(eku.get(), i), 1);
        allowed |= qstrcmp(oid, kEmailProtection) == 0 || qstrcmp(oid, kDocumentSigning) == 0;
        any |= qstrcmp(oid, kAnyUsage) == 0;
    }
    if (!eku)
        problems << QStringLiteral("it has no extended key usage extension");
    else if (any)
        problems << QStringLiteral("its extended key usage allows any use");
    else if (!allowed)
        problems << QStringLiteral("its extended key usage has neither emailProtection nor documentSigning");
    EVP_PKEY *key = X509_get0_pubkey(c);
    const int type = key ? EVP_PKEY_get_base_id(key) : 0;
    if (type == EVP_PKEY_RSA || type == EVP_PKEY_RSA_PSS) {
        if (EVP_PKEY_get_bits(key) < 2048)
            problems << QStringLiteral("its RSA key is shorter than 2048 bits");
    } else if (type != EVP_PKEY_EC && type != EVP_PKEY_ED25519) {
        problems << QStringLiteral("its key type is not allowed");
    }
    ERR_clear_error();
    return problems;
}

bool chainLinks(const QList<QByteArray> &chainDer, QString *error)
{
    for (qsizetype i = 0; i + 1 < chainDer.size(); ++i) {
        Cert child = certFromDer(chainDer[i]);
        Cert parent = certFromDer(chainDer[i + 1]);
        if (!child || !parent || X509_check_issued(parent.get(), child.get()) != X509_V_OK
            || X509_verify(child.get(), X509_get0_pubkey(parent.get())) != 1) {
            ERR_clear_error();
            *error = QStringLiteral("certificate %1 of the chain was not issued by the next one").arg(i + 1);
            return false;
        }
    }
    return true;
}

} // namespace rc::provenance::crypto
