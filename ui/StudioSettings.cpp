#include "StudioSettings.h"

namespace rc::ui {

StudioSettings::StudioSettings(const QString &file)
    : m_store(file, QSettings::IniFormat)
{
}

} // namespace rc::ui
