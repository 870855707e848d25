#include "batch/ProductPrompt.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace rc::batch {

QString defaultProductPrompt()
{
    // Written for any model: plain studio words, the product itself the subject, and the shape
    // and label spelled out as things to keep (remote models otherwise like to "improve" them).
    return QCoreApplication::translate(
        "Batch", "The product from the photo on a clean studio table, a slow turntable turn and a gentle push-in, "
                 "soft studio light with a warm glow, seamless backdrop; keep the product's exact shape, colours "
                 "and label, nothing else in frame.");
}

QString expandProductPrompt(const QString &templ, const QString &sku, const QString &photoPath)
{
    QString out = templ;
    out.replace(QLatin1String("{sku}"), sku);
    out.replace(QLatin1String("{name}"), QFileInfo(photoPath).completeBaseName());
    return out;
}

} // namespace rc::batch
