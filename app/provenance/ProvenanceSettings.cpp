#include "provenance/ProvenanceSettings.h"

#include <QSettings>

namespace rc::provenance {

ProvenanceSettings ProvenanceSettings::read(const QString &settingsFile)
{
    const QSettings file(settingsFile, QSettings::IniFormat);
    ProvenanceSettings s;
    s.visibleLabel = file.value(kVisibleLabelKey, false).toBool();
    s.timeStampUrl = file.value(kTimeStampUrlKey).toString().trimmed();
    return s;
}

} // namespace rc::provenance
