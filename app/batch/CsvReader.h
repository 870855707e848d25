#pragma once

#include <QList>
#include <QStringList>

namespace rc::batch {

// Reads CSV as spreadsheets write it (RFC 4180): quoted fields with "" for a quote and line
// breaks inside quotes, CRLF or LF, a UTF-8 byte order mark. The separator is a comma, or a
// semicolon when the first line has semicolons and no commas (spreadsheets in comma-decimal
// locales write those). Returns the records in order; `error` says what is malformed.
QList<QStringList> parseCsv(const QByteArray &bytes, QString *error);

// One field written so any CSV reader gets it back unchanged.
QString csvField(const QString &value);

} // namespace rc::batch
