#pragma once

#include <QString>
#include <QVariant>

namespace rc {

// QtSql binds a null QString as SQL NULL, which NOT NULL text columns refuse; an empty prompt
// (a photo-only job) or "all providers" must be stored as ''.
inline QVariant sqlText(const QString &text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

} // namespace rc
