#include "store/StoreError.h"

namespace rc {
namespace {

thread_local QString t_lastError;

} // namespace

void noteStoreError(const QString &sqliteText)
{
    t_lastError = sqliteText;
}

QString takeStoreError()
{
    QString text;
    std::swap(text, t_lastError);
    return text;
}

} // namespace rc
