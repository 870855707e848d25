#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace rc::provenance::jumbf {

// JUMBF (ISO/IEC 19566-5) as C2PA uses it: a superbox 'jumb' holds a description box 'jumd'
// (a type UUID and a label) and then content boxes ('cbor', 'json', ...) or more superboxes.

// The C2PA content types: ASCII four-character code + 0011-0010-8000-00AA00389B71.
QByteArray c2paUuid(const char fourcc[5]);
inline QByteArray manifestStoreType() { return c2paUuid("c2pa"); }
inline QByteArray manifestType() { return c2paUuid("c2ma"); }
inline QByteArray updateManifestType() { return c2paUuid("c2um"); }
inline QByteArray assertionStoreType() { return c2paUuid("c2as"); }
inline QByteArray claimType() { return c2paUuid("c2cl"); }
inline QByteArray signatureType() { return c2paUuid("c2cs"); }
inline QByteArray cborAssertionType() { return c2paUuid("cbor"); }
inline QByteArray jsonAssertionType() { return c2paUuid("json"); }

// A plain box: 32-bit length, type, payload.
QByteArray box(const char type[5], const QByteArray &payload);
// A superbox whose description is requestable and labelled, holding `contents` (whole boxes).
QByteArray superbox(const QByteArray &typeUuid, const QString &label, const QList<QByteArray> &contents);

struct ContentBox
{
    QByteArray type;    // four characters
    QByteArray payload; // after the box header
};

struct Superbox
{
    QByteArray typeUuid; // 16 bytes
    QString label;       // empty when the description has none
    // Everything after the superbox's own header: what a C2PA hashed URI to this box covers.
    QByteArray payload;
    QList<Superbox> children;
    QList<ContentBox> contents; // non-superbox boxes after the description, in order

    const Superbox *child(const QString &childLabel) const;
    QList<const Superbox *> childrenOfType(const QByteArray &uuid) const;
};

// Parses one whole superbox (the bytes start with its header and hold nothing after it).
// False with a message on anything malformed; bounded nesting.
bool parse(const QByteArray &bytes, Superbox *out, QString *error);

} // namespace rc::provenance::jumbf
