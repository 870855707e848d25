#include "core/KeyStore.h"

namespace rc {

QString maskedKey(const QString &key)
{
    if (key.isEmpty())
        return QString();
    return QStringLiteral("••••") + key.right(4);
}

} // namespace rc
