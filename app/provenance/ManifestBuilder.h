#pragma once

#include "provenance/BmffHash.h"
#include "provenance/ClipFacts.h"
#include "provenance/Crypto.h"

#include <nlohmann/json.hpp>

#include <functional>

namespace rc::provenance {

// An ingredient as the manifest records it: its title and relationship, and its manifest store
// (empty when it had no content credentials) with what validating that store found.
struct IngredientRecord
{
    QString title;
    IngredientFile::Relationship relationship = IngredientFile::Relationship::ComponentOf;
    QByteArray manifestStore;
    QStringList successCodes; // C2PA status codes for validationResults
    QStringList failureCodes;
};

// Asks a time-stamp authority for an RFC 3161 time-stamp over a SHA-256: its TimeStampResp (DER),
// which is what C2PA's sigTst stores; false with a reason.
using TimeStampFunction = std::function<bool(const QByteArray &sha256, QByteArray *responseDer, QString *error)>;

struct ManifestInput
{
    ClipFacts facts;
    QList<IngredientRecord> ingredients; // the parent first when there is one
    QString manifestLabel;               // urn:c2pa:<uuid>
    QString instanceId;                  // xmp:iid:<uuid>
    QList<bmff::Exclusion> exclusions;
    QByteArray bmffHash;                 // SHA-256 of the file under `exclusions`
    // Bytes kept in the signature's unprotected header for a time-stamp token (0: none). The
    // header is as long with a token as without (a "pad" fills the rest), so the store keeps the
    // size the writer reserved whatever the authority answers.
    int timeStampRoom = 0;
    TimeStampFunction timeStamp; // empty: the room stays padding (a trial build, or no authority)
};

// What became of the time-stamp asked for while building.
struct TimeStampOutcome
{
    bool stamped = false;
    QString problem; // why the signature carries none, when one was asked for
};

// Signs the claim's "to be signed" bytes; the raw COSE signature (64 bytes for ES256).
using SignFunction = std::function<bool(const QByteArray &toBeSigned, QByteArray *signature, QString *error)>;

// Builds a C2PA manifest store (JUMBF): the ingredients' manifests, then the new active
// manifest with its assertions (c2pa.actions.v2, c2pa.hash.bmff.v3, c2pa.ingredient.v3),
// its c2pa.claim.v2 and a COSE_Sign1 (ES256, x5chain in the protected header). The same input
// with a same-sized hash and signature always gives a store of the same size, which lets the
// writer reserve its room before the hash is known.
// A time-stamp never fails the build: without one, `timeStamp` says why.
bool buildManifestStore(const ManifestInput &input, const QList<QByteArray> &chainDer, const SignFunction &sign,
                        QByteArray *store, QString *error, TimeStampOutcome *timeStamp = nullptr);

// COSE's Sig_structure (RFC 9052 4.4) for one signer and a detached payload:
// [context, protected header, empty external data, payload], as CBOR.
QByteArray coseSigStructure(const char *context, const QByteArray &protectedHeader, const QByteArray &payload);

// What a signature's time-stamp covers (C2PA's v1 "sigTst"): the COSE counter-signature structure
// ["CounterSignature", protected header, empty external data, the claim], as CBOR.
QByteArray timeStampedData(const QByteArray &protectedHeader, const QByteArray &claimCbor);

// A fresh "urn:c2pa:<uuid>" label and "xmp:iid:<uuid>" instance id.
QString newManifestLabel();
QString newInstanceId();

// The labels of the manifests inside a store, in order (the last is the active one).
QStringList manifestLabels(const QByteArray &store);

} // namespace rc::provenance
