#include "StudioApp.h"

#include "MainWindow.h"
#include "StudioContext.h"
#include "StudioSettings.h"
#include "i18n/StudioTranslations.h"
#include "bootstrap/AppContext.h"
#include "core/Paths.h"
#include "desktop/DesktopId.h"
#include "desktop/OpenRequest.h"
#include "desktop/SingleInstance.h"
#include "service/ClipLibrary.h"
#include "service/GenerationService.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDebug>
#include <QDir>
#include <QIcon>
#include <QLocale>
#include <QMessageBox>

namespace rc::ui {
namespace {

// The installed theme icon when there is one; the copy built into the program otherwise, so a
// build run from its folder (or a portable tarball) still has a window and tray icon.
QIcon applicationIcon()
{
    QIcon fallback;
    for (int px : {22, 48, 64, 128})
        fallback.addFile(QStringLiteral(":/reelcraft/ui/icons/%1.png").arg(px), QSize(px, px));
    return QIcon::fromTheme(QString::fromLatin1(desktop::kDesktopId), fallback);
}

} // namespace

int runStudio(int argc, char *argv[])
{
    using namespace rc::desktop;
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("reelcraft"));
    QApplication::setApplicationDisplayName(QStringLiteral("Reelcraft"));
    QApplication::setApplicationVersion(QStringLiteral(REELCRAFT_VERSION));
    // Wayland compositors and docks match the window to the desktop file (and its icon) by this id.
    QGuiApplication::setDesktopFileName(QString::fromLatin1(kDesktopId));
    QApplication::setWindowIcon(applicationIcon());
    // The system's language for the command line's own help; the profile's choice, if any, once
    // the profile is known (below).
    StudioTranslations translations;
    translations.install(QString());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("rc::ui::StudioApp", "Reelcraft studio"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     QApplication::translate("rc::ui::StudioApp", "Use the profile folder DIR."),
                                     QStringLiteral("DIR"));
    parser.addOption(profile);
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QApplication::translate("rc::ui::StudioApp",
                                                         "MP4 clips to import, or a photo to start from."),
                                 QStringLiteral("[FILE…]"));
    parser.process(app);

    const QStringList files = filesFromArguments(QCoreApplication::arguments(), QDir::currentPath());
    // Empty: Paths::resolve falls back to $REELCRAFT_PROFILE, then the system's data folder. The
    // instance key must name the same folder the AppContext below opens.
    const Paths paths = Paths::resolve(parser.value(profile));
    if (const QString language = StudioSettings(paths.settingsFile()).language.get(); !language.isEmpty()) {
        QLocale::setDefault(QLocale(language)); // dates and numbers to match the words
        translations.install(language);
    }
    SingleInstance instance(SingleInstance::keyForProfile(paths.profileDir()));
    switch (instance.start(files)) {
    case SingleInstance::Role::Secondary:
        return 0; // the running studio has the files and raises its window
    case SingleInstance::Role::Standalone:
        qWarning().noquote() << "Running without single-instance:" << instance.error();
        break;
    case SingleInstance::Role::Primary:
        break;
    }

    AppContext::Options options;
    options.profileDir = paths.profileDir();
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
        QObject::connect(&instance, &SingleInstance::activationRequested, &window, [&window](const QStringList &list) {
            window.setWindowState(window.windowState() & ~Qt::WindowMinimized);
            window.show();
            window.raise();
            window.activateWindow();
            window.openFiles(list);
        });
        window.show();
        window.openFiles(files);
        rc = app.exec();
    }
    // Deleted clips could be restored while the window was open; now they go for good.
    context.library().purgeTrash();
    return rc;
}

} // namespace rc::ui
