#include "StudioApp.h"

#include <QApplication>
#include <QLabel>

namespace rc::ui {

int runStudio(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QLabel label(QStringLiteral("Reelcraft"));
    label.show();
    return app.exec();
}

} // namespace rc::ui
