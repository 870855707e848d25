// Reelcraft: the studio by default, a command when one is given (see `reelcraft --help`).
#include "cli/Cli.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

#ifdef REELCRAFT_WITH_UI
#include "StudioApp.h"
#endif

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (rc::cli::isCommandLine(arguments)) {
        std::unique_ptr<QCoreApplication> application;
        if (rc::cli::needsFonts(arguments)) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            application = std::make_unique<QGuiApplication>(argc, argv);
        } else {
            application = std::make_unique<QCoreApplication>(argc, argv);
        }
        QCoreApplication::setApplicationName(QStringLiteral("reelcraft"));
        QCoreApplication::setApplicationVersion(QStringLiteral(REELCRAFT_VERSION));
        return rc::cli::run(QCoreApplication::arguments());
    }
#ifdef REELCRAFT_WITH_UI
    return rc::ui::runStudio(argc, argv);
#else
    return rc::cli::run(arguments);
#endif
}
