#include "support/FakeTimeStampAuthority.h"

#include "provenance/TimeStamp.h"

#include <openssl/bio.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/ts.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace rc::test {

struct FakeTimeStampAuthority::Keys
{
    EVP_PKEY *key = nullptr;
    X509 *cert = nullptr;
    ~Keys()
    {
        X509_free(cert);
        EVP_PKEY_free(key);
    }
};

namespace {

void addExtension(X509 *cert, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (ext) {
        X509_add_ext(cert, ext, -1);
        X509_EXTENSION_free(ext);
    }
}

// The responder's clock: the authority's configured time.
int timeOf(TS_RESP_CTX *, void *data, long *seconds, long *microseconds)
{
    *seconds = long(static_cast<const QDateTime *>(data)->toSecsSinceEpoch());
    *microseconds = 0;
    return 1;
}

ASN1_INTEGER *nextSerial(TS_RESP_CTX *, void *)
{
    static long serial = 0;
    ASN1_INTEGER *value = ASN1_INTEGER_new();
    ASN1_INTEGER_set(value, ++serial);
    return value;
}

} // namespace

FakeTimeStampAuthority::FakeTimeStampAuthority(QObject *parent)
    : QObject(parent), m_keys(std::make_unique<Keys>()),
      m_time(QDateTime::currentDateTimeUtc().addSecs(-60))
{
    m_time.setTime(QTime(m_time.time().hour(), m_time.time().minute(), m_time.time().second()));
    m_keys->key = EVP_EC_gen("P-256");
    m_keys->cert = X509_new();
    X509 *cert = m_keys->cert;
    X509_set_version(cert, 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert), 7);
    X509_gmtime_adj(X509_getm_notBefore(cert), -86400);
    X509_gmtime_adj(X509_getm_notAfter(cert), 86400L * 365);
    X509_NAME *name = X509_get_subject_name(cert);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>("Reelcraft Test TSA"), -1, -1, 0);
    X509_set_issuer_name(cert, name);
    X509_set_pubkey(cert, m_keys->key);
    addExtension(cert, NID_basic_constraints, "critical,CA:FALSE");
    addExtension(cert, NID_key_usage, "critical,digitalSignature");
    addExtension(cert, NID_ext_key_usage, "critical,timeStamping");
    addExtension(cert, NID_subject_key_identifier, "hash");
    X509_sign(cert, m_keys->key, EVP_sha256());

    m_http.setHandler([this](const RecordedRequest &request) {
        if (request.method != "POST" || request.path != QLatin1String("/tsa"))
            return FakeResponse::json(404, "{}");
        FakeResponse r;
        r.setHeader("Content-Type", "application/timestamp-reply");
        r.body = respond(request.body);
        if (m_holding)
            r.misbehaviour = FakeResponse::Hold;
        return r;
    });
    connect(&m_http, &FakeHttpServer::answerHeld, this, &FakeTimeStampAuthority::answerHeld);
}

FakeTimeStampAuthority::~FakeTimeStampAuthority() = default;

bool FakeTimeStampAuthority::listen()
{
    return m_http.listen();
}

QByteArray FakeTimeStampAuthority::respond(const QByteArray &requestDer)
{
    if (m_mode == Mode::Garbage)
        return QByteArray("<html>Service temporarily unavailable</html>");
    TS_RESP_CTX *ctx = TS_RESP_CTX_new();
    if (!ctx)
        return QByteArray();
    TS_RESP_CTX_set_signer_cert(ctx, m_keys->cert);
    TS_RESP_CTX_set_signer_key(ctx, m_keys->key);
    ASN1_OBJECT *policy = OBJ_txt2obj("1.3.6.1.4.1.55555.1.1", 1);
    TS_RESP_CTX_set_def_policy(ctx, policy);
    ASN1_OBJECT_free(policy);
    TS_RESP_CTX_add_md(ctx, EVP_sha256());
    TS_RESP_CTX_set_serial_cb(ctx, &nextSerial, nullptr);
    TS_RESP_CTX_set_time_cb(ctx, &timeOf, &m_time);
    BIO *in = BIO_new_mem_buf(requestDer.constData(), int(requestDer.size()));
    TS_RESP *response = TS_RESP_create_response(ctx, in);
    BIO_free(in);
    QByteArray out;
    unsigned char *der = nullptr;
    const int length = response ? i2d_TS_RESP(response, &der) : 0;
    if (length > 0)
        out = QByteArray(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    TS_RESP_free(response);
    TS_RESP_CTX_free(ctx);
    return out;
}

provenance::TimeStampFunction FakeTimeStampAuthority::stamper()
{
    return [this](const QByteArray &digest, QByteArray *token, QString *error) {
        const provenance::timestamp::Transport direct = [this](const QByteArray &request, QByteArray *response, QString *) {
            *response = respond(request);
            return true;
        };
        provenance::timestamp::Token t;
        if (!provenance::timestamp::stamp(direct, digest, &t, error))
            return false;
        *token = t.response;
        return true;
    };
}

} // namespace rc::test
