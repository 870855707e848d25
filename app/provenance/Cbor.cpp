#include "provenance/Cbor.h"

#include <cmath>
#include <cstring>

namespace rc::provenance::cbor {

void appendHead(QByteArray &out, int major, std::uint64_t value)
{
    const char m = char(major << 5);
    if (value < 24) {
        out.append(char(m | char(value)));
    } else if (value <= 0xff) {
        out.append(char(m | 24));
        out.append(char(value));
    } else if (value <= 0xffff) {
        out.append(char(m | 25));
        for (int shift = 8; shift >= 0; shift -= 8)
            out.append(char(value >> shift));
    } else if (value <= 0xffffffffULL) {
        out.append(char(m | 26));
        for (int shift = 24; shift >= 0; shift -= 8)
            out.append(char(value >> shift));
    } else {
        out.append(char(m | 27));
        for (int shift = 56; shift >= 0; shift -= 8)
            out.append(char(value >> shift));
    }
}

void appendUnsigned(QByteArray &out, std::uint64_t value)
{
    appendHead(out, 0, value);
}

void appendInt(QByteArray &out, std::int64_t value)
{
    if (value >= 0)
        appendHead(out, 0, std::uint64_t(value));
    else
        appendHead(out, 1, std::uint64_t(-(value + 1)));
}

void appendBytes(QByteArray &out, const QByteArray &bytes)
{
    appendHead(out, 2, std::uint64_t(bytes.size()));
    out.append(bytes);
}

void appendText(QByteArray &out, const QByteArray &utf8)
{
    appendHead(out, 3, std::uint64_t(utf8.size()));
    out.append(utf8);
}

void appendNull(QByteArray &out)
{
    out.append(char(0xf6));
}

nlohmann::json binary(const QByteArray &bytes)
{
    return nlohmann::json::binary(std::vector<std::uint8_t>(bytes.begin(), bytes.end()));
}

QByteArray bytesOf(const nlohmann::json &binaryValue)
{
    if (!binaryValue.is_binary())
        return QByteArray();
    const auto &b = binaryValue.get_binary();
    return QByteArray(reinterpret_cast<const char *>(b.data()), qsizetype(b.size()));
}

QByteArray encode(const nlohmann::json &value)
{
    const std::vector<std::uint8_t> v = nlohmann::json::to_cbor(value);
    return QByteArray(reinterpret_cast<const char *>(v.data()), qsizetype(v.size()));
}

namespace {

constexpr int kMaxDepth = 48;

class Reader
{
public:
    explicit Reader(const QByteArray &bytes)
        : m_data(reinterpret_cast<const std::uint8_t *>(bytes.constData())), m_size(std::size_t(bytes.size())) {}

    bool item(nlohmann::json *out, int depth, std::uint64_t *tag, bool *tagged)
    {
        if (depth > kMaxDepth)
            return fail("nested too deeply");
        std::uint8_t initial = 0;
        if (!byte(&initial))
            return false;
        const int major = initial >> 5;
        const int info = initial & 0x1f;
        if (major == 7)
            return simple(info, out);
        if (info == 31)
            return indefinite(major, out, depth);
        std::uint64_t arg = 0;
        if (!argument(info, &arg))
            return false;
        switch (major) {
        case 0:
            *out = arg;
            return true;
        case 1:
            if (arg > std::uint64_t(INT64_MAX))
                return fail("a negative integer is out of range");
            *out = -std::int64_t(arg) - 1;
            return true;
        case 2:
        case 3: {
            if (arg > m_size - m_pos)
                return fail("a string runs past the end");
            const auto *p = m_data + m_pos;
            m_pos += std::size_t(arg);
            if (major == 2)
                *out = nlohmann::json::binary(std::vector<std::uint8_t>(p, p + arg));
            else
                *out = std::string(reinterpret_cast<const char *>(p), std::size_t(arg));
            return true;
        }
        case 4: {
            if (arg > m_size - m_pos)
                return fail("an array is longer than the data");
            *out = nlohmann::json::array();
            for (std::uint64_t i = 0; i < arg; ++i) {
                nlohmann::json element;
                if (!item(&element, depth + 1, nullptr, nullptr))
                    return false;
                out->push_back(std::move(element));
            }
            return true;
        }
        case 5: {
            if (arg > (m_size - m_pos) / 2)
                return fail("a map is longer than the data");
            *out = nlohmann::json::object();
            for (std::uint64_t i = 0; i < arg; ++i)
                if (!entry(out, depth))
                    return false;
            return true;
        }
        case 6:
            if (tag) {
                *tag = arg;
                *tagged = true;
            }
            return item(out, depth + 1, nullptr, nullptr);
        }
        return fail("unknown major type");
    }

    bool atEnd() const { return m_pos == m_size; }
    QString error() const { return m_error; }

private:
    bool fail(const char *why)
    {
        if (m_error.isEmpty())
            m_error = QString::fromLatin1(why);
        return false;
    }

    bool byte(std::uint8_t *b)
    {
        if (m_pos >= m_size)
            return fail("the data ends early");
        *b = m_data[m_pos++];
        return true;
    }

    bool argument(int info, std::uint64_t *value)
    {
        if (info < 24) {
            *value = std::uint64_t(info);
            return true;
        }
        int n = 0;
        switch (info) {
        case 24: n = 1; break;
        case 25: n = 2; break;
        case 26: n = 4; break;
        case 27: n = 8; break;
        default: return fail("a reserved length");
        }
        if (std::size_t(n) > m_size - m_pos)
            return fail("the data ends early");
        std::uint64_t v = 0;
        for (int i = 0; i < n; ++i)
            v = (v << 8) | m_data[m_pos++];
        *value = v;
        return true;
    }

    bool simple(int info, nlohmann::json *out)
    {
        std::uint64_t bits = 0;
        switch (info) {
        case 20: *out = false; return true;
        case 21: *out = true; return true;
        case 22: *out = nullptr; return true;
        // undefined and unassigned simple values are kept apart from null (COSE's detached
        // payload must be null, not merely "nothing"): they read as a discarded value.
        case 23: *out = nlohmann::json(nlohmann::json::value_t::discarded); return true;
        case 24: {
            std::uint8_t skip = 0;
            *out = nlohmann::json(nlohmann::json::value_t::discarded);
            return byte(&skip);
        }
        case 25: {
            if (!argument(25, &bits))
                return false;
            // IEEE half precision.
            const int exponent = int(bits >> 10) & 0x1f;
            const int mantissa = int(bits & 0x3ff);
            double v = exponent == 0 ? std::ldexp(mantissa, -24)
                : exponent == 31      ? (mantissa ? NAN : INFINITY)
                                      : std::ldexp(mantissa + 1024, exponent - 25);
            *out = (bits & 0x8000) ? -v : v;
            return true;
        }
        case 26: {
            if (!argument(26, &bits))
                return false;
            const auto b32 = std::uint32_t(bits);
            float f = 0;
            std::memcpy(&f, &b32, sizeof f);
            *out = double(f);
            return true;
        }
        case 27: {
            if (!argument(27, &bits))
                return false;
            double d = 0;
            std::memcpy(&d, &bits, sizeof d);
            *out = d;
            return true;
        }
        default:
            if (info < 20) {
                *out = nlohmann::json(nlohmann::json::value_t::discarded);
                return true;
            }
            return fail("an unexpected break or simple value");
        }
    }

    bool isBreak()
    {
        if (m_pos < m_size && m_data[m_pos] == 0xff) {
            ++m_pos;
            return true;
        }
        return false;
    }

    bool indefinite(int major, nlohmann::json *out, int depth)
    {
        if (major == 2 || major == 3) {
            std::vector<std::uint8_t> joined;
            while (!isBreak()) {
                nlohmann::json chunk;
                if (m_pos >= m_size || (m_data[m_pos] >> 5) != major)
                    return fail("a bad chunk in an indefinite string");
                if (!item(&chunk, depth + 1, nullptr, nullptr))
                    return false;
                if (major == 2) {
                    const auto &b = chunk.get_binary();
                    joined.insert(joined.end(), b.begin(), b.end());
                } else {
                    const std::string s = chunk.get<std::string>();
                    joined.insert(joined.end(), s.begin(), s.end());
                }
            }
            if (major == 2)
                *out = nlohmann::json::binary(std::move(joined));
            else
                *out = std::string(joined.begin(), joined.end());
            return true;
        }
        if (major == 4) {
            *out = nlohmann::json::array();
            while (!isBreak()) {
                nlohmann::json element;
                if (!item(&element, depth + 1, nullptr, nullptr))
                    return false;
                out->push_back(std::move(element));
            }
            return true;
        }
        if (major == 5) {
            *out = nlohmann::json::object();
            while (!isBreak())
                if (!entry(out, depth))
                    return false;
            return true;
        }
        return fail("an indefinite length where none is allowed");
    }

    bool entry(nlohmann::json *map, int depth)
    {
        nlohmann::json key;
        nlohmann::json value;
        if (!item(&key, depth + 1, nullptr, nullptr) || !item(&value, depth + 1, nullptr, nullptr))
            return false;
        std::string name;
        if (key.is_string())
            name = key.get<std::string>();
        else if (key.is_number_integer())
            name = key.dump();
        else
            return fail("a map key that is neither text nor an integer");
        (*map)[name] = std::move(value);
        return true;
    }

    const std::uint8_t *m_data;
    std::size_t m_size;
    std::size_t m_pos = 0;
    QString m_error;
};

} // namespace

bool decode(const QByteArray &bytes, Decoded *out, QString *error)
{
    Reader reader(bytes);
    Decoded d;
    if (!reader.item(&d.value, 0, &d.outerTag, &d.hasOuterTag)) {
        if (error)
            *error = QStringLiteral("bad CBOR: %1").arg(reader.error());
        return false;
    }
    if (!reader.atEnd()) {
        if (error)
            *error = QStringLiteral("bad CBOR: extra bytes after the item");
        return false;
    }
    *out = std::move(d);
    return true;
}

} // namespace rc::provenance::cbor
