#pragma once

#include "provenance/ClipFacts.h"
#include "provenance/Crypto.h"
#include "provenance/ManifestBuilder.h"

#include <QString>

namespace rc::provenance {

struct SignResult
{
    bool ok = false;
    QString error;
    qint64 fileBytes = 0;
    QString manifestLabel;
    bool keptIncomingManifest = false; // the file arrived with credentials, now the parent ingredient
    int fragments = 0;                 // movie fragments ('moof') in a fragmented file, signed whole
    bool timeStamped = false;          // the signature carries an RFC 3161 time-stamp
    QString timeStampProblem;          // why it carries none although one was asked for
};

struct SignOptions
{
    // Asks a time-stamp authority for a token over the signature (empty: none is asked for).
    // Whatever it answers, the clip is signed; without a token SignResult says why.
    TimeStampFunction timeStamp;
};

// Bytes kept for a time-stamp token when one is asked for: a token with its authority's
// certificate chain is 3-7 KB.
constexpr int kTimeStampRoomBytes = 12 * 1024;

// Writes a clip's content credentials into the MP4 at `path`: a C2PA manifest store in a 'uuid'
// box right after 'ftyp' (chunk offsets moved to match), XMP in moov/udta/XMP_, and a signed
// manifest whose BMFF hash covers every other byte. A manifest already in the file (from the
// provider) is kept as the parent ingredient; the ingredient files' own manifests travel along.
// A fragmented file stays fragmented and is hashed whole (the flat v3 hash over every top-level
// box, fragments included), as for a single file; the Merkle form is for fragments kept apart.
//
// The file is rewritten beside itself and renamed into place: on any failure the original is
// untouched and the reason is returned. Blocking; safe on any thread (no shared state).
SignResult signClip(const QString &path, const ClipFacts &facts, const SigningIdentity &identity,
                    const SignOptions &options = {});

} // namespace rc::provenance
