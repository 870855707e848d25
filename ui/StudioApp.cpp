#include "StudioApp.h"

#include "MainWindow.h"
#include "StudioContext.h"
#include "bootstrap/AppContext.h"
#include "service/ClipLibrary.h"
#include "service/GenerationService.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

namespace rc::ui {
namespace {

void installTranslations(QApplication &app)
{
    // Qt's own strings (dialog buttons) and ours, when a translation for the locale exists.
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    auto *ours = new QTranslator(&app);
    if (ours->load(QLocale(), QStringLiteral("reelcraft"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(ours);
}

} // namespace

int runStudio(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("reelcraft"));
    QApplication::setApplicationDisplayName(QStringLiteral("Reelcraft"));
    QApplication::setApplicationVersion(QStringLiteral(REELCRAFT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("reelcraft"));
    installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("rc::ui::StudioApp", "Reelcraft studio"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     QApplication::translate("rc::ui::StudioApp", "Use the profile folder DIR."),
                                     QStringLiteral("DIR"));
    parser.addOption(profile);
    parser.process(app);

    AppContext::Options options;
    // Empty: Paths::resolve falls back to $REELCRAFT_PROFILE, then the system's data folder.
    options.profileDir = parser.value(profile);
    AppContext context(std::move(options));
    QString error;
    if (!context.open(&error)) {
        QMessageBox::critical(nullptr, QApplication::translate("rc::ui::StudioApp", "Reelcraft cannot start"),
                              QApplication::translate("rc::ui::StudioApp",
                                                      "The profile at %1 cannot be opened:\n\n%2")
                                  .arg(context.paths().profileDir(), error));
        return 1;
    }
    context.service().resumeUnfinished();

    int rc = 0;
    {
        MainWindow window(StudioContext::from(context));
        window.show();
        rc = app.exec();
    }
    // Deleted clips could be restored while the window was open; now they go for good.
    context.library().purgeTrash();
    return rc;
}

} // namespace rc::ui
