#include "WindowPlacement.h"

#include "StudioSettings.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

#include <algorithm>

namespace rc::ui::placement {
namespace {

// Room left around a default window for panels and the window frame.
constexpr int kMarginPx = 40;

void fitInto(QWidget *window, const QRect &available)
{
    const QSize size(std::min(window->width(), available.width()), std::min(window->height(), available.height()));
    if (size != window->size())
        window->resize(size);
    QRect frame = window->frameGeometry();
    if (available.contains(frame))
        return;
    frame.moveLeft(std::clamp(frame.left(), available.left(), std::max(available.left(), available.right() - frame.width())));
    frame.moveTop(std::clamp(frame.top(), available.top(), std::max(available.top(), available.bottom() - frame.height())));
    window->move(frame.topLeft());
}

} // namespace

QString screenKey(const QScreen *screen)
{
    if (!screen)
        return QStringLiteral("none");
    return QStringLiteral("%1 %2x%3").arg(screen->name()).arg(screen->size().width()).arg(screen->size().height());
}

void restore(QWidget *window, const StudioSettings &settings, QSize preferred)
{
    // The last geometry tells which screen the window was on; that screen's own entry decides.
    window->restoreGeometry(settings.windowGeometry.get());
    QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    if (!window->restoreGeometry(settings.windowGeometryByScreen.get(screenKey(screen)))) {
        const QSize size(std::min(preferred.width(), available.width() - kMarginPx),
                         std::min(preferred.height(), available.height() - kMarginPx));
        window->resize(size);
        window->move(available.center() - QPoint(size.width() / 2, size.height() / 2));
    }
    fitInto(window, available);
}

void save(const QWidget *window, StudioSettings &settings)
{
    const QByteArray geometry = window->saveGeometry();
    settings.windowGeometry.set(geometry);
    settings.windowGeometryByScreen.set(screenKey(window->screen()), geometry);
}

} // namespace rc::ui::placement
