#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

class QIODevice;

namespace rc::net {

// Where a long JSON string's raw text (between its quotes, escapes and all) lies in a file.
struct JsonSpan
{
    qint64 offset = 0;
    qint64 length = 0;
};

// A JSON document read with its long strings left where they are. A finished interaction carries
// its video as one base64 string of many megabytes; parsing that with QJsonDocument would hold it
// two or three times over (UTF-8, UTF-16, the decoded bytes). The skim copies the document but
// replaces each string longer than `maxStringBytes` with a placeholder naming a span of the
// source, so the small rest parses as usual and the big string is decoded from the file later.
struct JsonSkim
{
    QByteArray json;      // the document with long strings replaced by placeholders
    QList<JsonSpan> spans;
    bool truncated = false; // the source ended inside a string

    // The span a parsed string stands for, when it is a placeholder.
    const JsonSpan *spanFor(const QString &value) const;
};

// Reads `device` from its current position to the end, in bounded chunks.
JsonSkim skimJson(QIODevice &device, qint64 maxStringBytes = 4096);
JsonSkim skimJsonFile(const QString &path, qint64 maxStringBytes = 4096, QString *error = nullptr);

} // namespace rc::net
