#pragma once

#include "provenance/Jumbf.h"

#include <nlohmann/json.hpp>

#include <optional>

namespace rc::provenance {

struct StoredAssertion
{
    QString label;          // "c2pa.actions.v2", "c2pa.ingredient.v3__1", ...
    nlohmann::json content; // decoded CBOR or JSON; null when neither
};

// One manifest of a store, decoded enough to validate and to describe it.
struct StoredManifest
{
    QString label;
    QString claimLabel;     // "c2pa.claim.v2" or "c2pa.claim"
    QByteArray claimBytes;  // the claim's CBOR exactly as signed
    nlohmann::json claim;
    QByteArray cose;        // the COSE_Sign1 from the signature box
    QList<StoredAssertion> assertions;

    const StoredAssertion *assertion(const QString &label) const;
    // Assertions whose label, without an instance suffix "__n", is one of `bases`.
    QList<const StoredAssertion *> assertionsNamed(const QStringList &bases) const;
    // The hashed URIs the claim lists (created and gathered assertions, or v1's assertions).
    nlohmann::json claimedAssertions() const;
};

// A C2PA manifest store read from JUMBF: its manifests in order (the last is the active one),
// and JUMBF URI resolution for hashed references.
class ManifestStore
{
public:
    static std::optional<ManifestStore> parse(const QByteArray &jumbfBytes, QString *error);

    const QList<StoredManifest> &manifests() const { return m_manifests; }
    const StoredManifest *active() const { return m_manifests.isEmpty() ? nullptr : &m_manifests.last(); }
    const StoredManifest *find(const QString &label) const;
    // The superbox a "self#jumbf=..." URI names (relative URIs start in `from`'s manifest).
    const jumbf::Superbox *resolve(const QString &uri, const QString &fromManifest) const;
    // The manifest an absolute or relative URI lies in.
    QString manifestOf(const QString &uri, const QString &fromManifest) const;

private:
    jumbf::Superbox m_root;
    QList<StoredManifest> m_manifests;
};

} // namespace rc::provenance
