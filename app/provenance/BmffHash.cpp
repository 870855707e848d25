#include "provenance/BmffHash.h"

#include "provenance/Cbor.h"

#include <QRegularExpression>
#include <QtEndian>

#include <openssl/evp.h>

#include <memory>

#include <algorithm>

namespace rc::provenance::bmff {
namespace {

constexpr qint64 kChunkBytes = 1 << 20;

// OpenSSL's digests, not QCryptographicHash: they use the CPU's SHA extensions and hash a clip
// several times faster, which is most of what signing and checking a clip costs.
class Digest
{
public:
    explicit Digest(QCryptographicHash::Algorithm algorithm)
        : m_ctx(EVP_MD_CTX_new())
    {
        const EVP_MD *md = algorithm == QCryptographicHash::Sha384 ? EVP_sha384()
            : algorithm == QCryptographicHash::Sha512              ? EVP_sha512()
                                                                    : EVP_sha256();
        m_ok = m_ctx && EVP_DigestInit_ex(m_ctx.get(), md, nullptr) == 1;
    }
    void add(const QByteArray &bytes)
    {
        m_ok = m_ok && EVP_DigestUpdate(m_ctx.get(), bytes.constData(), size_t(bytes.size())) == 1;
    }
    bool result(QByteArray *out)
    {
        unsigned char md[EVP_MAX_MD_SIZE];
        unsigned int len = 0;
        m_ok = m_ok && EVP_DigestFinal_ex(m_ctx.get(), md, &len) == 1;
        *out = QByteArray(reinterpret_cast<const char *>(md), int(len));
        return m_ok;
    }

private:
    struct Free
    {
        void operator()(EVP_MD_CTX *c) const { EVP_MD_CTX_free(c); }
    };
    std::unique_ptr<EVP_MD_CTX, Free> m_ctx;
    bool m_ok = false;
};

struct Range
{
    qint64 start = 0;
    qint64 end = 0;
};

// Children of a box, read from the file (for exclusions that name nested boxes).
QList<TopBox> childrenOf(QIODevice &file, const TopBox &parent)
{
    QList<TopBox> out;
    qint64 pos = parent.offset + parent.headerSize + (parent.type == "uuid" ? 16 : 0);
    if (parent.type == "meta")
        pos += 4; // a full box: version and flags come before its children
    const qint64 end = parent.offset + parent.size;
    while (end - pos >= 8 && out.size() < 10000) {
        uchar header[16];
        if (!file.seek(pos) || file.read(reinterpret_cast<char *>(header), 16) < 8)
            break;
        TopBox b;
        b.offset = pos;
        b.type = QByteArray(reinterpret_cast<const char *>(header + 4), 4);
        quint64 size = qFromBigEndian<quint32>(header);
        if (size == 1) {
            size = qFromBigEndian<quint64>(header + 8);
            b.headerSize = 16;
        } else if (size == 0) {
            size = quint64(end - pos);
        }
        if (size < quint64(b.headerSize) || size > quint64(end - pos))
            break;
        b.size = qint64(size);
        out.append(b);
        pos += b.size;
    }
    return out;
}

bool matches(QIODevice &file, const TopBox &box, const Exclusion &ex)
{
    if (ex.length >= 0 && box.size != ex.length)
        return false;
    const qint64 fieldsAt = box.offset + box.headerSize + (box.type == "uuid" ? 16 : 0);
    if (ex.version >= 0 || !ex.flags.isEmpty()) {
        char vf[4];
        if (!file.seek(fieldsAt) || file.read(vf, 4) != 4)
            return false;
        if (ex.version >= 0 && quint8(vf[0]) != ex.version)
            return false;
        if (!ex.flags.isEmpty()) {
            if (ex.flags.size() != 3)
                return false;
            for (int i = 0; i < 3; ++i) {
                const auto want = quint8(ex.flags[i]);
                const auto have = quint8(vf[1 + i]);
                if (ex.exact ? have != want : (have & want) != want)
                    return false;
            }
        }
    }
    for (const Exclusion::Data &d : ex.data) {
        if (d.offset < 0 || d.offset + d.value.size() > box.size || !file.seek(box.offset + d.offset))
            return false;
        if (file.read(d.value.size()) != d.value)
            return false;
    }
    return true;
}

// The boxes an xpath such as "/moov/trak[1]/mdia" names.
QList<TopBox> resolve(QIODevice &file, const QList<TopBox> &top, const QString &xpath)
{
    static const QRegularExpression step(QStringLiteral("^([^\\[\\]]{4})(?:\\[(\\d+)\\])?$"));
    const QStringList parts = xpath.split(QLatin1Char('/'));
    if (parts.size() < 2 || !parts[0].isEmpty())
        return {};
    QList<TopBox> current = top;
    for (int i = 1; i < parts.size(); ++i) {
        const QRegularExpressionMatch m = step.match(parts[i]);
        if (!m.hasMatch())
            return {};
        const QByteArray type = m.captured(1).toLatin1();
        QList<TopBox> named;
        for (const TopBox &b : std::as_const(current))
            if (b.type == type)
                named.append(b);
        if (!m.captured(2).isEmpty()) {
            const int index = m.captured(2).toInt();
            named = index < named.size() ? QList<TopBox>{named[index]} : QList<TopBox>{};
        }
        if (i == parts.size() - 1)
            return named;
        current.clear();
        for (const TopBox &b : std::as_const(named))
            current.append(childrenOf(file, b));
    }
    return {};
}

} // namespace

nlohmann::json Exclusion::toJson() const
{
    nlohmann::json j;
    j["xpath"] = xpath.toStdString();
    if (length >= 0)
        j["length"] = length;
    if (!data.isEmpty()) {
        j["data"] = nlohmann::json::array();
        for (const Data &d : data)
            j["data"].push_back({{"offset", d.offset}, {"value", cbor::binary(d.value)}});
    }
    if (!subset.isEmpty()) {
        j["subset"] = nlohmann::json::array();
        for (const Subset &s : subset)
            j["subset"].push_back({{"offset", s.offset}, {"length", s.length}});
    }
    if (version >= 0)
        j["version"] = version;
    if (!flags.isEmpty()) {
        j["flags"] = cbor::binary(flags);
        j["exact"] = exact;
    }
    return j;
}

bool Exclusion::fromJson(const nlohmann::json &json, Exclusion *out)
{
    if (!json.is_object() || !json.contains("xpath") || !json["xpath"].is_string())
        return false;
    Exclusion ex;
    ex.xpath = QString::fromStdString(json["xpath"].get<std::string>());
    if (json.contains("length") && json["length"].is_number_integer())
        ex.length = json["length"].get<qint64>();
    if (json.contains("data") && json["data"].is_array()) {
        for (const auto &d : json["data"]) {
            if (!d.is_object() || !d.contains("offset") || !d["offset"].is_number_integer() || !d.contains("value")
                || !d["value"].is_binary())
                return false;
            ex.data.append({d["offset"].get<qint64>(), cbor::bytesOf(d["value"])});
        }
    }
    if (json.contains("subset") && json["subset"].is_array()) {
        for (const auto &s : json["subset"]) {
            if (!s.is_object() || !s.contains("offset") || !s["offset"].is_number_integer())
                return false;
            const qint64 length = s.contains("length") && s["length"].is_number_integer() ? s["length"].get<qint64>() : 0;
            ex.subset.append({s["offset"].get<qint64>(), length});
        }
    }
    if (json.contains("version") && json["version"].is_number_integer())
        ex.version = json["version"].get<int>();
    if (json.contains("flags") && json["flags"].is_binary())
        ex.flags = cbor::bytesOf(json["flags"]);
    if (json.contains("exact") && json["exact"].is_boolean())
        ex.exact = json["exact"].get<bool>();
    *out = std::move(ex);
    return true;
}

QList<Exclusion> standardExclusions()
{
    Exclusion manifest;
    manifest.xpath = QStringLiteral("/uuid");
    manifest.data.append({8, c2paUserType()}); // the extended type right after size and 'uuid'
    Exclusion mfra;
    mfra.xpath = QStringLiteral("/mfra");
    return {manifest, mfra};
}

QByteArray offsetMarker(qint64 offset)
{
    QByteArray marker(8, '\0');
    qToBigEndian<quint64>(quint64(offset), marker.data());
    return marker;
}

bool hashFile(QIODevice &file, const QList<TopBox> &boxes, const QList<Exclusion> &exclusions,
              QCryptographicHash::Algorithm algorithm, QByteArray *digest, QString *error)
{
    QList<qint64> wholly; // offsets of top-level boxes excluded entirely
    QList<Range> ranges;  // excluded byte ranges inside boxes that are hashed
    for (const Exclusion &ex : exclusions) {
        const bool topLevel = ex.xpath.count(QLatin1Char('/')) == 1;
        for (const TopBox &b : resolve(file, boxes, ex.xpath)) {
            if (!matches(file, b, ex))
                continue;
            if (ex.subset.isEmpty()) {
                if (topLevel)
                    wholly.append(b.offset);
                else
                    ranges.append({b.offset, b.offset + b.size});
                continue;
            }
            for (const Exclusion::Subset &s : ex.subset) {
                if (s.offset < 0 || s.offset > b.size)
                    continue;
                const qint64 end = s.length == 0 ? b.size : qMin(b.size, s.offset + s.length);
                ranges.append({b.offset + s.offset, b.offset + end});
            }
        }
    }
    std::sort(ranges.begin(), ranges.end(), [](const Range &a, const Range &b) { return a.start < b.start; });

    Digest hash(algorithm);
    QByteArray buffer;
    for (const TopBox &b : boxes) {
        if (wholly.contains(b.offset))
            continue;
        hash.add(offsetMarker(b.offset));
        qint64 pos = b.offset;
        const qint64 end = b.offset + b.size;
        while (pos < end) {
            // Skip any excluded range that covers pos; else read up to the next one.
            qint64 stop = qMin(end, pos + kChunkBytes);
            bool skipped = false;
            for (const Range &r : std::as_const(ranges)) {
                if (r.start <= pos && r.end > pos) {
                    pos = qMin(end, r.end);
                    skipped = true;
                    break;
                }
                if (r.start > pos && r.start < stop)
                    stop = r.start;
            }
            if (skipped)
                continue;
            buffer.resize(stop - pos);
            if (!file.seek(pos) || file.read(buffer.data(), buffer.size()) != buffer.size()) {
                *error = QStringLiteral("the file could not be read at byte %1").arg(pos);
                return false;
            }
            hash.add(buffer);
            pos = stop;
        }
    }
    if (!hash.result(digest)) {
        *error = QStringLiteral("the file could not be hashed");
        return false;
    }
    return true;
}

} // namespace rc::provenance::bmff
