#include "provenance/TimeStamp.h"

#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/pkcs7.h>
#include <openssl/rand.h>
#include <openssl/ts.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

#include <memory>

namespace rc::provenance::timestamp {
namespace {

template <typename T, void (*Free)(T *)>
struct Deleter
{
    void operator()(T *p) const { Free(p); }
};
template <typename T, void (*Free)(T *)>
using Owned = std::unique_ptr<T, Deleter<T, Free>>;

using TsReq = Owned<TS_REQ, TS_REQ_free>;
using TsResp = Owned<TS_RESP, TS_RESP_free>;
using TsMsgImprint = Owned<TS_MSG_IMPRINT, TS_MSG_IMPRINT_free>;
using TsTstInfo = Owned<TS_TST_INFO, TS_TST_INFO_free>;
using TsVerifyCtx = Owned<TS_VERIFY_CTX, TS_VERIFY_CTX_free>;
using Algor = Owned<X509_ALGOR, X509_ALGOR_free>;
using Asn1Integer = Owned<ASN1_INTEGER, ASN1_INTEGER_free>;
using Pkcs7 = Owned<PKCS7, PKCS7_free>;
using Store = Owned<X509_STORE, X509_STORE_free>;

bool fail(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return false;
}

QByteArray integerBytes(const ASN1_INTEGER *value)
{
    if (!value)
        return QByteArray();
    BIGNUM *bn = ASN1_INTEGER_to_BN(value, nullptr);
    if (!bn)
        return QByteArray();
    QByteArray out(BN_num_bytes(bn), '\0');
    BN_bn2bin(bn, reinterpret_cast<unsigned char *>(out.data()));
    BN_free(bn);
    return out;
}

QDateTime timeOf(const ASN1_GENERALIZEDTIME *time)
{
    struct tm t = {};
    if (!time || ASN1_TIME_to_tm(time, &t) != 1)
        return QDateTime();
    return QDateTime(QDate(t.tm_year + 1900, t.tm_mon + 1, t.tm_mday), QTime(t.tm_hour, t.tm_min, t.tm_sec), Qt::UTC);
}

QString nameOf(X509 *cert)
{
    if (!cert)
        return QString();
    X509_NAME *name = X509_get_subject_name(cert);
    char buffer[256] = {};
    if (X509_NAME_get_text_by_NID(name, NID_commonName, buffer, sizeof buffer) > 0)
        return QString::fromUtf8(buffer);
    char *line = X509_NAME_oneline(name, nullptr, 0);
    const QString text = line ? QString::fromUtf8(line) : QString();
    OPENSSL_free(line);
    return text;
}

QByteArray imprintOf(TS_TST_INFO *info)
{
    TS_MSG_IMPRINT *imprint = TS_TST_INFO_get_msg_imprint(info);
    const ASN1_OCTET_STRING *digest = imprint ? TS_MSG_IMPRINT_get_msg(imprint) : nullptr;
    return digest ? QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(digest)), ASN1_STRING_length(digest))
                  : QByteArray();
}

// The token's signature checked with the certificate it carries: the signer is made its own
// trust anchor (a partial chain), so what is proven is that the token is intact and was signed
// by that certificate, not that the authority is one the user trusts.
bool signatureIntact(PKCS7 *token)
{
    STACK_OF(X509) *signers = PKCS7_get0_signers(token, nullptr, 0);
    if (!signers || sk_X509_num(signers) < 1) {
        sk_X509_free(signers);
        return false;
    }
    Store store(X509_STORE_new());
    bool ok = store && X509_STORE_add_cert(store.get(), sk_X509_value(signers, 0)) == 1;
    sk_X509_free(signers);
    if (!ok)
        return false;
    X509_STORE_set_flags(store.get(), X509_V_FLAG_PARTIAL_CHAIN);
    TsVerifyCtx ctx(TS_VERIFY_CTX_new());
    if (!ctx)
        return false;
    TS_VERIFY_CTX_set_flags(ctx.get(), TS_VFY_SIGNATURE);
    TS_VERIFY_CTX_set_store(ctx.get(), store.release()); // the context owns it now
    ok = TS_RESP_verify_token(ctx.get(), token) == 1;
    return ok;
}

bool describeToken(PKCS7 *token, Token *out, QString *error)
{
    TsTstInfo info(PKCS7_to_TS_TST_INFO(token));
    if (!info)
        return fail(error, QStringLiteral("the time-stamp token holds no time-stamp"));
    out->genTime = timeOf(TS_TST_INFO_get_time(info.get()));
    out->imprint = imprintOf(info.get());
    STACK_OF(X509) *signers = PKCS7_get0_signers(token, nullptr, 0);
    out->authority = signers && sk_X509_num(signers) > 0 ? nameOf(sk_X509_value(signers, 0)) : QString();
    sk_X509_free(signers);
    out->signatureValid = signatureIntact(token);
    unsigned char *der = nullptr;
    const int length = i2d_PKCS7(token, &der);
    if (length <= 0)
        return fail(error, QStringLiteral("the time-stamp token cannot be encoded"));
    out->der = QByteArray(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    if (!out->genTime.isValid())
        return fail(error, QStringLiteral("the time-stamp token has no readable time"));
    return true;
}

} // namespace

Request makeRequest(const QByteArray &sha256Digest)
{
    Request r;
    TsReq req(TS_REQ_new());
    TsMsgImprint imprint(TS_MSG_IMPRINT_new());
    Algor algorithm(X509_ALGOR_new());
    unsigned char nonce[8];
    if (!req || !imprint || !algorithm || RAND_bytes(nonce, sizeof nonce) != 1)
        return r;
    nonce[0] &= 0x7f; // a positive INTEGER
    nonce[0] |= 0x01; // and no leading zero byte to strip
    X509_ALGOR_set0(algorithm.get(), OBJ_nid2obj(NID_sha256), V_ASN1_NULL, nullptr);
    BIGNUM *bn = BN_bin2bn(nonce, sizeof nonce, nullptr);
    Asn1Integer nonceValue(bn ? BN_to_ASN1_INTEGER(bn, nullptr) : nullptr);
    BN_free(bn);
    const auto *digest = reinterpret_cast<const unsigned char *>(sha256Digest.constData());
    if (!nonceValue || TS_REQ_set_version(req.get(), 1) != 1 || TS_MSG_IMPRINT_set_algo(imprint.get(), algorithm.get()) != 1
        || TS_MSG_IMPRINT_set_msg(imprint.get(), const_cast<unsigned char *>(digest), int(sha256Digest.size())) != 1
        || TS_REQ_set_msg_imprint(req.get(), imprint.get()) != 1 || TS_REQ_set_nonce(req.get(), nonceValue.get()) != 1
        || TS_REQ_set_cert_req(req.get(), 1) != 1)
        return r;
    unsigned char *der = nullptr;
    const int length = i2d_TS_REQ(req.get(), &der);
    if (length <= 0)
        return r;
    r.der = QByteArray(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    r.nonce = QByteArray(reinterpret_cast<const char *>(nonce), sizeof nonce);
    return r;
}

bool readResponse(const QByteArray &responseDer, const Request &request, const QByteArray &sha256Digest, Token *out,
                  QString *error)
{
    const auto *p = reinterpret_cast<const unsigned char *>(responseDer.constData());
    TsResp response(d2i_TS_RESP(nullptr, &p, long(responseDer.size())));
    if (!response)
        return fail(error, QStringLiteral("the time-stamp authority's answer is not a time-stamp response"));
    TS_STATUS_INFO *status = TS_RESP_get_status_info(response.get());
    const long granted = status ? ASN1_INTEGER_get(TS_STATUS_INFO_get0_status(status)) : -1;
    if (granted != 0 && granted != 1) // granted, grantedWithMods
        return fail(error, QStringLiteral("the time-stamp authority refused the request (status %1)").arg(granted));
    PKCS7 *token = TS_RESP_get_token(response.get());
    TS_TST_INFO *info = TS_RESP_get_tst_info(response.get());
    if (!token || !info)
        return fail(error, QStringLiteral("the time-stamp authority's answer holds no token"));
    if (imprintOf(info) != sha256Digest)
        return fail(error, QStringLiteral("the time-stamp covers other data than was sent"));
    if (integerBytes(TS_TST_INFO_get_nonce(info)) != request.nonce)
        return fail(error, QStringLiteral("the time-stamp answers another request (its nonce differs)"));
    if (!describeToken(token, out, error))
        return false;
    out->response = responseDer;
    if (!out->signatureValid)
        return fail(error, QStringLiteral("the time-stamp token's signature does not check out"));
    return true;
}

bool readToken(const QByteArray &stored, Token *out, QString *error)
{
    const auto *p = reinterpret_cast<const unsigned char *>(stored.constData());
    TsResp response(d2i_TS_RESP(nullptr, &p, long(stored.size())));
    if (response && TS_RESP_get_token(response.get())) {
        out->response = stored;
        return describeToken(TS_RESP_get_token(response.get()), out, error);
    }
    p = reinterpret_cast<const unsigned char *>(stored.constData());
    Pkcs7 token(d2i_PKCS7(nullptr, &p, long(stored.size())));
    if (!token)
        return fail(error, QStringLiteral("the time-stamp token cannot be read"));
    return describeToken(token.get(), out, error);
}

bool stamp(const Transport &transport, const QByteArray &sha256Digest, Token *out, QString *error)
{
    const Request request = makeRequest(sha256Digest);
    if (request.der.isEmpty())
        return fail(error, QStringLiteral("the time-stamp request could not be made"));
    QByteArray response;
    if (!transport(request.der, &response, error))
        return false;
    return readResponse(response, request, sha256Digest, out, error);
}

} // namespace rc::provenance::timestamp
