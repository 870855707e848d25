#include "provenance/Bmff.h"

#include <QtEndian>

namespace rc::provenance::bmff {
namespace {

constexpr int kMaxTopLevelBoxes = 100000;

struct InnerBox
{
    QByteArray type;
    qsizetype start = 0;
    qsizetype payload = 0;
    qsizetype end = 0;
};

// The boxes tiling buf[start, end).
bool innerBoxes(const QByteArray &buf, qsizetype start, qsizetype end, QList<InnerBox> *out, QString *error)
{
    const auto *p = reinterpret_cast<const uchar *>(buf.constData());
    qsizetype pos = start;
    while (pos < end) {
        if (end - pos < 8) {
            *error = QStringLiteral("a box inside 'moov' is cut off");
            return false;
        }
        quint64 size = qFromBigEndian<quint32>(p + pos);
        qsizetype header = 8;
        if (size == 1) {
            if (end - pos < 16) {
                *error = QStringLiteral("a box inside 'moov' is cut off");
                return false;
            }
            size = qFromBigEndian<quint64>(p + pos + 8);
            header = 16;
        } else if (size == 0) {
            size = quint64(end - pos);
        }
        if (size < quint64(header) || size > quint64(end - pos)) {
            *error = QStringLiteral("a box inside 'moov' runs past its container");
            return false;
        }
        out->append({buf.mid(pos + 4, 4), pos, pos + header, pos + qsizetype(size)});
        pos += qsizetype(size);
    }
    return true;
}

QByteArray plainBox(const char *type, const QByteArray &payload)
{
    QByteArray out(8, '\0');
    qToBigEndian<quint32>(quint32(payload.size() + 8), out.data());
    out.replace(4, 4, QByteArray(type, 4));
    return out + payload;
}

// Rewrites the size field of the box at `start` (32-bit or 64-bit header) to `size`.
bool setBoxSize(QByteArray *buf, qsizetype start, qint64 size, QString *error)
{
    auto *p = reinterpret_cast<uchar *>(buf->data()) + start;
    if (qFromBigEndian<quint32>(p) == 1) {
        qToBigEndian<quint64>(quint64(size), p + 8);
        return true;
    }
    if (size > 0xffffffffLL) {
        *error = QStringLiteral("the 'moov' box would grow past 4 GiB");
        return false;
    }
    qToBigEndian<quint32>(quint32(size), p);
    return true;
}

bool remapIn(QByteArray *buf, qsizetype start, qsizetype end, const std::function<qint64(qint64)> &map, int depth,
             QString *error)
{
    static const QList<QByteArray> containers{"trak", "mdia", "minf", "stbl", "edts", "dinf"};
    if (depth > 8)
        return true; // no chunk offset table lives this deep
    QList<InnerBox> boxes;
    if (!innerBoxes(*buf, start, end, &boxes, error))
        return false;
    for (const InnerBox &b : boxes) {
        if (containers.contains(b.type)) {
            if (!remapIn(buf, b.payload, b.end, map, depth + 1, error))
                return false;
            continue;
        }
        const bool wide = b.type == "co64";
        if (b.type != "stco" && !wide)
            continue;
        auto *p = reinterpret_cast<uchar *>(buf->data());
        if (b.end - b.payload < 8) {
            *error = QStringLiteral("a chunk offset table is cut off");
            return false;
        }
        const quint32 count = qFromBigEndian<quint32>(p + b.payload + 4);
        const qsizetype entry = wide ? 8 : 4;
        if (qint64(count) * entry > b.end - b.payload - 8) {
            *error = QStringLiteral("a chunk offset table is shorter than its count");
            return false;
        }
        uchar *table = p + b.payload + 8;
        for (quint32 i = 0; i < count; ++i) {
            if (wide) {
                const qint64 moved = map(qint64(qFromBigEndian<quint64>(table + i * 8)));
                qToBigEndian<quint64>(quint64(moved), table + i * 8);
            } else {
                const qint64 moved = map(qint64(qFromBigEndian<quint32>(table + i * 4)));
                if (moved < 0 || moved > 0xffffffffLL) {
                    *error = QStringLiteral("a chunk offset no longer fits a 32-bit table");
                    return false;
                }
                qToBigEndian<quint32>(quint32(moved), table + i * 4);
            }
        }
    }
    return true;
}

} // namespace

QByteArray c2paUserType()
{
    return QByteArray::fromHex("D8FEC3D61B0E483C92975828877EC481");
}

bool listTopLevel(QIODevice &file, QList<TopBox> *out, QString *error)
{
    out->clear();
    const qint64 size = file.size();
    qint64 offset = 0;
    while (offset < size) {
        if (out->size() >= kMaxTopLevelBoxes) {
            *error = QStringLiteral("the file has too many boxes");
            return false;
        }
        uchar header[32];
        const qint64 available = qMin<qint64>(32, size - offset);
        if (available < 8 || !file.seek(offset) || file.read(reinterpret_cast<char *>(header), available) != available) {
            *error = QStringLiteral("a box header at byte %1 is cut off").arg(offset);
            return false;
        }
        TopBox box;
        box.offset = offset;
        box.type = QByteArray(reinterpret_cast<const char *>(header + 4), 4);
        quint64 boxSize = qFromBigEndian<quint32>(header);
        if (boxSize == 1) {
            if (available < 16) {
                *error = QStringLiteral("a box header at byte %1 is cut off").arg(offset);
                return false;
            }
            boxSize = qFromBigEndian<quint64>(header + 8);
            box.headerSize = 16;
        } else if (boxSize == 0) {
            boxSize = quint64(size - offset);
        }
        if (boxSize < quint64(box.headerSize) || boxSize > quint64(size - offset)) {
            *error = QStringLiteral("the '%1' box at byte %2 runs past the end of the file")
                         .arg(QString::fromLatin1(box.type)).arg(offset);
            return false;
        }
        if (box.type == "uuid") {
            if (boxSize < quint64(box.headerSize + 16) || available < box.headerSize + 16) {
                *error = QStringLiteral("a 'uuid' box at byte %1 is too short").arg(offset);
                return false;
            }
            box.userType = QByteArray(reinterpret_cast<const char *>(header + box.headerSize), 16);
        }
        box.size = qint64(boxSize);
        out->append(box);
        offset += box.size;
    }
    if (out->isEmpty() || out->first().type != "ftyp") {
        *error = QStringLiteral("the file does not start with an 'ftyp' box");
        return false;
    }
    return true;
}

bool isC2paBox(const TopBox &box)
{
    return box.type == "uuid" && box.userType == c2paUserType();
}

bool readC2paBox(QIODevice &file, const TopBox &box, C2paBox *out, QString *error)
{
    const qint64 start = box.offset + box.headerSize + 16;
    const qint64 length = box.offset + box.size - start;
    if (length < 4 + 2 || length > (qint64(1) << 30) || !file.seek(start)) {
        *error = QStringLiteral("the C2PA box is malformed");
        return false;
    }
    const QByteArray payload = file.read(length);
    if (payload.size() != length) {
        *error = QStringLiteral("the C2PA box could not be read");
        return false;
    }
    out->version = quint8(payload[0]);
    out->flags = qFromBigEndian<quint32>(payload.constData()) & 0xffffff;
    const qsizetype nul = payload.indexOf('\0', 4);
    if (nul < 0) {
        *error = QStringLiteral("the C2PA box has no purpose");
        return false;
    }
    out->purpose = QString::fromLatin1(payload.constData() + 4, nul - 4);
    qsizetype pos = nul + 1;
    if (out->purpose == QLatin1String("manifest")) {
        if (payload.size() - pos < 8) {
            *error = QStringLiteral("the C2PA box is cut off");
            return false;
        }
        out->merkleOffset = qFromBigEndian<quint64>(payload.constData() + pos);
        out->manifestStore = payload.mid(pos + 8);
    }
    return true;
}

qint64 c2paBoxOverhead()
{
    return 8 + 16 + 4 + 9 + 8; // header, extended type, version+flags, "manifest\0", merkle offset
}

QByteArray makeC2paBox(const QByteArray &store)
{
    QByteArray out(8, '\0');
    qToBigEndian<quint32>(quint32(store.size() + c2paBoxOverhead()), out.data());
    out.replace(4, 4, "uuid");
    out.append(c2paUserType());
    out.append(QByteArray(4, '\0')); // version 0, no flags
    out.append("manifest", 9);       // with its terminator
    out.append(QByteArray(8, '\0')); // no Merkle boxes follow
    out.append(store);
    return out;
}

QByteArray userDataXmp(const QByteArray &moov)
{
    QList<InnerBox> top;
    QString ignored;
    if (moov.size() < 8 || !innerBoxes(moov, 0, moov.size(), &top, &ignored) || top.size() != 1)
        return QByteArray();
    QList<InnerBox> children;
    if (!innerBoxes(moov, top[0].payload, top[0].end, &children, &ignored))
        return QByteArray();
    for (const InnerBox &c : children) {
        if (c.type != "udta")
            continue;
        QList<InnerBox> data;
        if (!innerBoxes(moov, c.payload, c.end, &data, &ignored))
            return QByteArray();
        for (const InnerBox &d : data)
            if (d.type == "XMP_")
                return moov.mid(d.payload, d.end - d.payload);
    }
    return QByteArray();
}

bool setUserDataXmp(QByteArray *moov, const QByteArray &xmp, QString *error)
{
    QList<InnerBox> top;
    if (!innerBoxes(*moov, 0, moov->size(), &top, error))
        return false;
    if (top.size() != 1 || top[0].type != "moov") {
        *error = QStringLiteral("the movie header is not one 'moov' box");
        return false;
    }
    QList<InnerBox> children;
    if (!innerBoxes(*moov, top[0].payload, top[0].end, &children, error))
        return false;
    const QByteArray xmpBox = plainBox("XMP_", xmp);
    for (const InnerBox &c : children) {
        if (c.type != "udta")
            continue;
        QList<InnerBox> data;
        if (!innerBoxes(*moov, c.payload, c.end, &data, error))
            return false;
        QByteArray payload;
        for (const InnerBox &d : data)
            if (d.type != "XMP_")
                payload.append(moov->mid(d.start, d.end - d.start));
        payload.append(xmpBox);
        const QByteArray header = moov->mid(c.start, c.payload - c.start);
        QByteArray udta = header + payload;
        if (!setBoxSize(&udta, 0, udta.size(), error))
            return false;
        moov->replace(c.start, c.end - c.start, udta);
        return setBoxSize(moov, 0, moov->size(), error);
    }
    moov->append(plainBox("udta", xmpBox));
    return setBoxSize(moov, 0, moov->size(), error);
}

bool remapChunkOffsets(QByteArray *moov, const std::function<qint64(qint64)> &map, QString *error)
{
    QList<InnerBox> top;
    if (!innerBoxes(*moov, 0, moov->size(), &top, error))
        return false;
    if (top.size() != 1 || top[0].type != "moov") {
        *error = QStringLiteral("the movie header is not one 'moov' box");
        return false;
    }
    return remapIn(moov, top[0].payload, top[0].end, map, 0, error);
}

namespace {

// tfhd: version+flags, track_ID, then base_data_offset (8 bytes) when flag 0x000001 is set.
bool remapTrackFragmentHeader(QByteArray *buf, const InnerBox &b, const std::function<qint64(qint64)> &map, QString *error)
{
    auto *p = reinterpret_cast<uchar *>(buf->data());
    if (b.end - b.payload < 8) {
        *error = QStringLiteral("a track fragment header is cut off");
        return false;
    }
    if (!(qFromBigEndian<quint32>(p + b.payload) & 0x000001))
        return true; // offsets relative to the moof move with it
    if (b.end - b.payload < 16) {
        *error = QStringLiteral("a track fragment header is cut off");
        return false;
    }
    const qint64 moved = map(qint64(qFromBigEndian<quint64>(p + b.payload + 8)));
    qToBigEndian<quint64>(quint64(moved), p + b.payload + 8);
    return true;
}

// tfra: version+flags, track_ID, lengths of the three numbers, count, then per entry time and
// moof_offset (64-bit each in version 1, else 32-bit) and the three numbers.
bool remapRandomAccess(QByteArray *buf, const InnerBox &b, const std::function<qint64(qint64)> &map, QString *error)
{
    auto *p = reinterpret_cast<uchar *>(buf->data());
    const auto cutOff = [error] {
        *error = QStringLiteral("a fragment random access table is cut off");
        return false;
    };
    if (b.end - b.payload < 16)
        return cutOff();
    const bool wide = p[b.payload] == 1;
    const quint32 sizes = qFromBigEndian<quint32>(p + b.payload + 8);
    const qsizetype numbers = ((sizes >> 4) & 3) + 1 + ((sizes >> 2) & 3) + 1 + (sizes & 3) + 1;
    const quint32 count = qFromBigEndian<quint32>(p + b.payload + 12);
    const qsizetype entry = (wide ? 16 : 8) + numbers;
    if (qint64(count) * entry > b.end - b.payload - 16)
        return cutOff();
    for (quint32 i = 0; i < count; ++i) {
        uchar *at = p + b.payload + 16 + qsizetype(i) * entry + (wide ? 8 : 4);
        if (wide) {
            qToBigEndian<quint64>(quint64(map(qint64(qFromBigEndian<quint64>(at)))), at);
        } else {
            const qint64 moved = map(qint64(qFromBigEndian<quint32>(at)));
            if (moved < 0 || moved > 0xffffffffLL) {
                *error = QStringLiteral("a fragment offset no longer fits a 32-bit table");
                return false;
            }
            qToBigEndian<quint32>(quint32(moved), at);
        }
    }
    return true;
}

} // namespace

bool remapFragmentOffsets(QByteArray *box, const std::function<qint64(qint64)> &map, QString *error)
{
    QList<InnerBox> top;
    if (!innerBoxes(*box, 0, box->size(), &top, error))
        return false;
    if (top.size() != 1 || (top[0].type != "moof" && top[0].type != "mfra"))
        return true;
    const bool fragment = top[0].type == "moof";
    QList<InnerBox> children;
    if (!innerBoxes(*box, top[0].payload, top[0].end, &children, error))
        return false;
    for (const InnerBox &c : std::as_const(children)) {
        if (!fragment) {
            if (c.type == "tfra" && !remapRandomAccess(box, c, map, error))
                return false;
            continue;
        }
        if (c.type != "traf")
            continue;
        QList<InnerBox> inTraf;
        if (!innerBoxes(*box, c.payload, c.end, &inTraf, error))
            return false;
        for (const InnerBox &t : std::as_const(inTraf))
            if (t.type == "tfhd" && !remapTrackFragmentHeader(box, t, map, error))
                return false;
    }
    return true;
}

} // namespace rc::provenance::bmff
