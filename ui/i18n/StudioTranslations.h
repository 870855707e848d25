#pragma once

#include <QList>
#include <QString>

class QTranslator;

namespace rc::ui {

// The languages the studio ships, by code ("de", "zh_CN"), with their names in their own
// language: a user who cannot read the current UI still finds theirs in the list.
struct StudioLanguage
{
    QString code;
    QString nativeName;
};
QList<StudioLanguage> studioLanguages();

// Installs Qt's own translations (qtbase) and the studio's (:/i18n/reelcraft_<lang>.qm) in the
// application.
// An empty `language` follows the system locale. Calling it again replaces what an earlier call
// installed. Returns true when the studio's own translation was found.
class StudioTranslations
{
public:
    StudioTranslations() = default;
    ~StudioTranslations();
    StudioTranslations(const StudioTranslations &) = delete;
    StudioTranslations &operator=(const StudioTranslations &) = delete;

    bool install(const QString &language);

private:
    void removeInstalled();

    QTranslator *m_qt = nullptr;
    QTranslator *m_ours = nullptr;
};

} // namespace rc::ui
