#include "i18n/StudioTranslations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace rc::ui {

QList<StudioLanguage> studioLanguages()
{
    // Native names on purpose: never through tr().
    return {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("ja"), QStringLiteral("日本語")},
        {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
    };
}

StudioTranslations::~StudioTranslations()
{
    removeInstalled();
}

void StudioTranslations::removeInstalled()
{
    for (QTranslator **t : {&m_qt, &m_ours}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
}

bool StudioTranslations::install(const QString &language)
{
    removeInstalled();
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    // Qt's own strings (dialog buttons) and ours, when a translation for the locale exists.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        m_qt = qt.release();
        QCoreApplication::installTranslator(m_qt);
    }
    auto ours = std::make_unique<QTranslator>();
    // A locale with no translation (C, or a language not shipped) gets the English one rather
    // than none: the source strings' plurals ("%n second(s)") are resolved only by a translation.
    if (!ours->load(locale, QStringLiteral("reelcraft"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        && !ours->load(QStringLiteral("reelcraft_en"), QStringLiteral(":/i18n")))
        return false;
    m_ours = ours.release();
    QCoreApplication::installTranslator(m_ours);
    return true;
}

} // namespace rc::ui
