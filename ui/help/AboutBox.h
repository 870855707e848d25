#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace rc {
class Paths;
}

namespace rc::ui {

// Help ▸ About: the version, the licence, the libraries Reelcraft is built on with theirs, and
// where this profile keeps its data (the first question of anyone backing up or moving it).
class AboutBox
{
    Q_DECLARE_TR_FUNCTIONS(AboutBox)

public:
    static QString text(const Paths &paths);
    static void show(QWidget *parent, const Paths &paths);
};

} // namespace rc::ui
