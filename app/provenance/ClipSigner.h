#pragma once

#include "provenance/ClipFacts.h"
#include "provenance/Crypto.h"

#include <QString>

namespace rc::provenance {

struct SignResult
{
    bool ok = false;
    QString error;
    qint64 fileBytes = 0;
    QString manifestLabel;
    bool keptIncomingManifest = false; // the file arrived with credentials, now the parent ingredient
};

// Writes a clip's content credentials into the MP4 at `path`: a C2PA manifest store in a 'uuid'
// box right after 'ftyp' (chunk offsets moved to match), XMP in moov/udta/XMP_, and a signed
// manifest whose BMFF hash covers every other byte. A manifest already in the file (from the
// provider) is kept as the parent ingredient; the ingredient files' own manifests travel along.
//
// The file is rewritten beside itself and renamed into place: on any failure the original is
// untouched and the reason is returned. Blocking; safe on any thread (no shared state).
SignResult signClip(const QString &path, const ClipFacts &facts, const SigningIdentity &identity);

} // namespace rc::provenance
