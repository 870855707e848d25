#pragma once

#include <QSize>
#include <QString>

class QScreen;
class QWidget;

namespace rc::ui {

class StudioSettings;

// Window geometry remembered per screen: a laptop panel and an external monitor each get the
// window back as it was left on them, and a screen not seen before (or a new resolution) gets a
// default that fits it rather than a geometry made for another. The window always fits the screen
// it lands on.
namespace placement {

// "eDP-1 1920x1080": the screen's name and size, so a change of resolution is another key.
QString screenKey(const QScreen *screen);
void restore(QWidget *window, const StudioSettings &settings, QSize preferred);
void save(const QWidget *window, StudioSettings &settings);

} // namespace placement
} // namespace rc::ui
