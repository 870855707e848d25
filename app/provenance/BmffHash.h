#pragma once

#include "provenance/Bmff.h"

#include <QCryptographicHash>

#include <nlohmann/json.hpp>

namespace rc::provenance::bmff {

// The exclusion entries of a C2PA BMFF hash assertion (c2pa.hash.bmff.v2 / .v3): which boxes,
// found by an xpath such as "/uuid" or "/moov/trak[1]", the hash skips, narrowed by their length,
// bytes at given offsets, version and flags; `subset` skips only ranges of a box.
struct Exclusion
{
    struct Data
    {
        qint64 offset = 0;
        QByteArray value;
    };
    struct Subset
    {
        qint64 offset = 0;
        qint64 length = 0; // 0: to the end of the box
    };
    QString xpath;
    qint64 length = -1; // -1: any
    QList<Data> data;
    QList<Subset> subset;
    int version = -1;   // -1: any
    QByteArray flags;   // three bytes, empty: any
    bool exact = true;  // flags must equal (else: must all be set)

    nlohmann::json toJson() const;
    static bool fromJson(const nlohmann::json &json, Exclusion *out);
};

// What Reelcraft excludes: the C2PA box (told apart from other 'uuid' boxes by its extended
// type) and a fragment index 'mfra' that muxers rewrite.
QList<Exclusion> standardExclusions();

// The v2/v3 hash of a non-fragmented file: every top-level box that is not wholly excluded, in
// file order, as its file offset (8 bytes, big-endian) followed by its bytes without the
// excluded ranges.
bool hashFile(QIODevice &file, const QList<TopBox> &boxes, const QList<Exclusion> &exclusions,
              QCryptographicHash::Algorithm algorithm, QByteArray *digest, QString *error);

// The offset marker the hash puts before each top-level box.
QByteArray offsetMarker(qint64 offset);

} // namespace rc::provenance::bmff
