#pragma once

#include <QByteArray>
#include <QString>

#include <nlohmann/json.hpp>

#include <cstdint>

namespace rc::provenance::cbor {

// nlohmann::json writes the CBOR of claims and assertions (maps with text keys, byte strings as
// binary values). COSE needs what it cannot write or read: integer map keys and a tag on an
// array. These helpers cover that part, and decode() reads any CBOR item a C2PA manifest may hold.

void appendHead(QByteArray &out, int major, std::uint64_t value);
void appendUnsigned(QByteArray &out, std::uint64_t value);
void appendInt(QByteArray &out, std::int64_t value);
void appendBytes(QByteArray &out, const QByteArray &bytes);
void appendText(QByteArray &out, const QByteArray &utf8);
void appendNull(QByteArray &out);

// Bytes <-> nlohmann's binary value.
nlohmann::json binary(const QByteArray &bytes);
QByteArray bytesOf(const nlohmann::json &binaryValue);

// CBOR of a JSON value (maps with text keys only), as nlohmann writes it.
QByteArray encode(const nlohmann::json &value);

struct Decoded
{
    nlohmann::json value;
    std::uint64_t outerTag = 0; // the tag on the outermost item, 0 when none
    bool hasOuterTag = false;
};

// Decodes exactly one CBOR item filling `bytes`. Integer map keys become their decimal text
// ("1", "-7"), byte strings become binary values and inner tags are dropped. False with a
// message on malformed, truncated or too deeply nested input (never throws, never reads past
// the end).
bool decode(const QByteArray &bytes, Decoded *out, QString *error);

} // namespace rc::provenance::cbor
