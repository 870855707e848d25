#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <functional>

namespace rc::provenance::timestamp {

// RFC 3161 time-stamps through OpenSSL's TS functions: the request a signer sends to a time-stamp
// authority (TSA), the checks on its answer, and reading a stored token back.

// Sends a DER TimeStampReq to the authority and returns its DER TimeStampResp. Given by the
// bootstrap (an HTTP POST of application/timestamp-query); tests give a fake.
using Transport = std::function<bool(const QByteArray &request, QByteArray *response, QString *error)>;

struct Request
{
    QByteArray der;   // TimeStampReq: SHA-256 imprint, a nonce, the TSA's certificate asked for
    QByteArray nonce; // big-endian bytes of the nonce, to match the answer against
};
Request makeRequest(const QByteArray &sha256Digest);

struct Token
{
    QByteArray response;  // the whole TimeStampResp (status + token): what C2PA's sigTst stores
    QByteArray der;       // the TimeStampToken (CMS SignedData) inside it
    QDateTime genTime;    // when the authority says it saw the imprint (UTC)
    QString authority;    // the signing certificate's subject (common name when it has one)
    QByteArray imprint;   // the SHA-256 the token covers
    bool signatureValid = false; // the token's own signature checks out with its certificate
};

// Checks an authority's answer to `request` for `sha256Digest`: granted, the same imprint and
// nonce, a token that parses. False with the reason (for people) otherwise.
bool readResponse(const QByteArray &responseDer, const Request &request, const QByteArray &sha256Digest, Token *out,
                  QString *error);

// A stored time-stamp (a TimeStampResp as C2PA stores it, or a bare TimeStampToken): its time,
// authority and imprint, and whether its signature is intact. The authority's certificate is
// not checked against a trust list (as for the claim's signer).
bool readToken(const QByteArray &stored, Token *out, QString *error);

// Asks `transport` for a token over `sha256Digest`: request, answer, checks. False with a reason
// when the authority is unreachable or answers something unusable.
bool stamp(const Transport &transport, const QByteArray &sha256Digest, Token *out, QString *error);

} // namespace rc::provenance::timestamp
