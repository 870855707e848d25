#pragma once

#include "provenance/ManifestStore.h"
#include "provenance/ProvenanceReport.h"

namespace rc::provenance {

// Reads and validates the content credentials of an MP4 (or any ISO BMFF file): the C2PA box,
// the active manifest's COSE signature over its claim, its signing certificate against the
// C2PA certificate profile, the hash of every assertion the claim lists, the BMFF hard binding
// over the file, and each ingredient's manifest. Trust lists are not consulted: a valid result
// means the clip is unchanged since the named signer signed it, not that the signer is known.
ProvenanceReport verifyFile(const QString &path);

// One manifest of a store: signature, certificate and assertion hashes (not the hard binding,
// which only the active manifest has over this file).
ManifestSummary checkManifest(const ManifestStore &store, const StoredManifest &manifest);

} // namespace rc::provenance
