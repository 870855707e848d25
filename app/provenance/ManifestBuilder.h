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

struct ManifestInput
{
    ClipFacts facts;
    QList<IngredientRecord> ingredients; // the parent first when there is one
    QString manifestLabel;               // urn:c2pa:<uuid>
    QString instanceId;                  // xmp:iid:<uuid>
    QList<bmff::Exclusion> exclusions;
    QByteArray bmffHash;                 // SHA-256 of the file under `exclusions`
};

// Signs the claim's "to be signed" bytes; the raw COSE signature (64 bytes for ES256).
using SignFunction = std::function<bool(const QByteArray &toBeSigned, QByteArray *signature, QString *error)>;

// Builds a C2PA manifest store (JUMBF): the ingredients' manifests, then the new active
// manifest with its assertions (c2pa.actions.v2, c2pa.hash.bmff.v3, c2pa.ingredient.v3),
// its c2pa.claim.v2 and a COSE_Sign1 (ES256, x5chain in the protected header). The same input
// with a same-sized hash and signature always gives a store of the same size, which lets the
// writer reserve its room before the hash is known.
bool buildManifestStore(const ManifestInput &input, const QList<QByteArray> &chainDer, const SignFunction &sign,
                        QByteArray *store, QString *error);

// A fresh "urn:c2pa:<uuid>" label and "xmp:iid:<uuid>" instance id.
QString newManifestLabel();
QString newInstanceId();

// The labels of the manifests inside a store, in order (the last is the active one).
QStringList manifestLabels(const QByteArray &store);

} // namespace rc::provenance
