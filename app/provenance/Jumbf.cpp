#include "provenance/Jumbf.h"

#include <QtEndian>

#include <cstring>

namespace rc::provenance::jumbf {
namespace {

constexpr int kMaxDepth = 16;

// Description box toggles (ISO/IEC 19566-5): which optional fields follow the type UUID.
constexpr quint8 kRequestable = 0x01;
constexpr quint8 kHasLabel = 0x02;
constexpr quint8 kHasId = 0x04;
constexpr quint8 kHasHash = 0x08;
constexpr quint8 kHasPrivate = 0x10;

struct RawBox
{
    QByteArray type;
    qsizetype payloadStart = 0;
    qsizetype end = 0;
};

// Reads the box header at `pos` within [0, limit).
bool readHeader(const QByteArray &bytes, qsizetype pos, qsizetype limit, RawBox *out, QString *error)
{
    if (limit - pos < 8) {
        *error = QStringLiteral("a JUMBF box header is cut off");
        return false;
    }
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData()) + pos;
    quint64 length = qFromBigEndian<quint32>(p);
    qsizetype header = 8;
    if (length == 1) {
        if (limit - pos < 16) {
            *error = QStringLiteral("a JUMBF box header is cut off");
            return false;
        }
        length = qFromBigEndian<quint64>(p + 8);
        header = 16;
    } else if (length == 0) {
        length = quint64(limit - pos);
    }
    if (length < quint64(header) || length > quint64(limit - pos)) {
        *error = QStringLiteral("a JUMBF box runs past its container");
        return false;
    }
    out->type = QByteArray(reinterpret_cast<const char *>(p + 4), 4);
    out->payloadStart = pos + header;
    out->end = pos + qsizetype(length);
    return true;
}

bool parseDescription(const QByteArray &bytes, const RawBox &raw, Superbox *out, QString *error)
{
    const qsizetype size = raw.end - raw.payloadStart;
    if (size < 17) {
        *error = QStringLiteral("a JUMBF description box is too short");
        return false;
    }
    out->typeUuid = bytes.mid(raw.payloadStart, 16);
    const auto toggles = quint8(bytes[raw.payloadStart + 16]);
    qsizetype pos = raw.payloadStart + 17;
    if (toggles & kHasLabel) {
        const qsizetype nul = bytes.indexOf('\0', pos);
        if (nul < 0 || nul >= raw.end) {
            *error = QStringLiteral("a JUMBF label has no terminator");
            return false;
        }
        out->label = QString::fromUtf8(bytes.constData() + pos, nul - pos);
        pos = nul + 1;
    }
    if (toggles & kHasId)
        pos += 4;
    if (toggles & kHasHash)
        pos += 32;
    if (pos > raw.end) {
        *error = QStringLiteral("a JUMBF description box is cut off");
        return false;
    }
    // C2PA boxes are all requestable and labelled, and no field is unaccounted for: the
    // description boxes of a manifest lie outside what its signature covers, so nothing in them
    // may change unnoticed.
    if (!(toggles & kRequestable) || !(toggles & kHasLabel) || (toggles & 0xe0)) {
        *error = QStringLiteral("a JUMBF description box has unexpected flags");
        return false;
    }
    if (toggles & kHasPrivate) {
        // A private box (C2PA puts salt there) fills the rest exactly.
        RawBox priv;
        if (!readHeader(bytes, pos, raw.end, &priv, error) || priv.end != raw.end) {
            *error = QStringLiteral("a JUMBF description box has a malformed private field");
            return false;
        }
    } else if (pos != raw.end) {
        *error = QStringLiteral("a JUMBF description box has extra bytes");
        return false;
    }
    return true;
}

bool parseSuper(const QByteArray &bytes, const RawBox &raw, int depth, Superbox *out, QString *error)
{
    if (depth > kMaxDepth) {
        *error = QStringLiteral("JUMBF boxes nested too deeply");
        return false;
    }
    out->payload = bytes.mid(raw.payloadStart, raw.end - raw.payloadStart);
    qsizetype pos = raw.payloadStart;
    RawBox first;
    if (!readHeader(bytes, pos, raw.end, &first, error))
        return false;
    if (first.type != "jumd") {
        *error = QStringLiteral("a JUMBF superbox does not start with a description box");
        return false;
    }
    if (!parseDescription(bytes, first, out, error))
        return false;
    pos = first.end;
    while (pos < raw.end) {
        RawBox next;
        if (!readHeader(bytes, pos, raw.end, &next, error))
            return false;
        if (next.type == "jumb") {
            Superbox child;
            if (!parseSuper(bytes, next, depth + 1, &child, error))
                return false;
            out->children.append(std::move(child));
        } else {
            out->contents.append({next.type, bytes.mid(next.payloadStart, next.end - next.payloadStart)});
        }
        pos = next.end;
    }
    return true;
}

} // namespace

QByteArray c2paUuid(const char fourcc[5])
{
    QByteArray uuid(fourcc, 4);
    uuid.append(QByteArray::fromHex("00110010800000AA00389B71"));
    return uuid;
}

QByteArray box(const char type[5], const QByteArray &payload)
{
    QByteArray out(8, '\0');
    qToBigEndian<quint32>(quint32(payload.size() + 8), out.data());
    std::memcpy(out.data() + 4, type, 4);
    out.append(payload);
    return out;
}

QByteArray superbox(const QByteArray &typeUuid, const QString &label, const QList<QByteArray> &contents)
{
    QByteArray description = typeUuid;
    description.append(char(kRequestable | kHasLabel));
    description.append(label.toUtf8());
    description.append('\0');
    QByteArray payload = box("jumd", description);
    for (const QByteArray &c : contents)
        payload.append(c);
    return box("jumb", payload);
}

const Superbox *Superbox::child(const QString &childLabel) const
{
    for (const Superbox &c : children)
        if (c.label == childLabel)
            return &c;
    return nullptr;
}

QList<const Superbox *> Superbox::childrenOfType(const QByteArray &uuid) const
{
    QList<const Superbox *> out;
    for (const Superbox &c : children)
        if (c.typeUuid == uuid)
            out.append(&c);
    return out;
}

bool parse(const QByteArray &bytes, Superbox *out, QString *error)
{
    QString why;
    RawBox raw;
    if (!readHeader(bytes, 0, bytes.size(), &raw, &why) || raw.type != "jumb" || raw.end != bytes.size()) {
        if (error)
            *error = why.isEmpty() ? QStringLiteral("the data is not one JUMBF superbox") : why;
        return false;
    }
    Superbox result;
    if (!parseSuper(bytes, raw, 0, &result, &why)) {
        if (error)
            *error = why;
        return false;
    }
    *out = std::move(result);
    return true;
}

} // namespace rc::provenance::jumbf
