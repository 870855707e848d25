#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QList>
#include <QString>

#include <functional>

namespace rc::provenance::bmff {

// ISO BMFF (MP4) structure as far as provenance needs it: the top-level boxes, the C2PA 'uuid'
// box, and the two edits inserting a manifest requires (XMP in moov/udta, and chunk offsets
// moved when bytes are inserted before the media data).

struct TopBox
{
    QByteArray type;     // four characters
    QByteArray userType; // the 16-byte extended type of a 'uuid' box, else empty
    qint64 offset = 0;
    qint64 size = 0;
    int headerSize = 8; // 8, 16 with a 64-bit size; the uuid's 16 bytes are not counted here
};

// D8FEC3D6-1B0E-483C-9297-5828877EC481: the extended type of the box holding C2PA data.
QByteArray c2paUserType();

// The top-level boxes; false with a message when they do not tile the file exactly.
bool listTopLevel(QIODevice &file, QList<TopBox> *out, QString *error);

struct C2paBox
{
    int version = 0;
    quint32 flags = 0;
    QString purpose;        // "manifest" or "merkle"
    quint64 merkleOffset = 0;
    QByteArray manifestStore; // the JUMBF manifest store (purpose "manifest")
};

bool isC2paBox(const TopBox &box);
bool readC2paBox(QIODevice &file, const TopBox &box, C2paBox *out, QString *error);
// The whole C2PA box for a manifest store of `store` bytes: header, purpose, offset, store.
QByteArray makeC2paBox(const QByteArray &store);
// Bytes the box adds around a store of any size.
qint64 c2paBoxOverhead();

// Puts `xmp` in moov/udta/XMP_ (replacing an older one), creating udta when missing.
bool setUserDataXmp(QByteArray *moov, const QByteArray &xmp, QString *error);
// The XMP packet in moov/udta/XMP_, empty when none.
QByteArray userDataXmp(const QByteArray &moov);
// Rewrites every stco/co64 entry through `map` (old file offset -> new file offset). False
// when a table is malformed or a new offset no longer fits a 32-bit stco.
bool remapChunkOffsets(QByteArray *moov, const std::function<qint64(qint64)> &map, QString *error);
// The same for a fragmented file's absolute offsets: in a 'moof', each track fragment's
// base_data_offset (when its tfhd carries one; offsets relative to the moof need nothing), in an
// 'mfra', each random access entry's moof_offset. Any other box is left as it is.
bool remapFragmentOffsets(QByteArray *box, const std::function<qint64(qint64)> &map, QString *error);
// Whether a top-level box belongs to a movie fragment ('moof') and so makes the file fragmented.
inline bool isFragmentBox(const TopBox &box) { return box.type == "moof"; }

} // namespace rc::provenance::bmff
