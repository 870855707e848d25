#include "integration/RevealInFileManager.h"

#include <QDesktopServices>
#include <QFileInfo>
#include <QUrl>

#ifdef REELCRAFT_WITH_DBUS
#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#endif

namespace rc::ui {
namespace {

void openFolder(const QString &file)
{
    QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(file).absolutePath()));
}

} // namespace

void revealInFileManager(const QString &file)
{
#ifdef REELCRAFT_WITH_DBUS
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (bus.isConnected()) {
        QDBusMessage call = QDBusMessage::createMethodCall(
            QStringLiteral("org.freedesktop.FileManager1"), QStringLiteral("/org/freedesktop/FileManager1"),
            QStringLiteral("org.freedesktop.FileManager1"), QStringLiteral("ShowItems"));
        call << QStringList{QUrl::fromLocalFile(QFileInfo(file).absoluteFilePath()).toString()} << QString();
        // Asynchronous: a file manager started by D-Bus activation may take seconds to answer, and
        // the window must not freeze meanwhile. "No such service" comes back at once.
        auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call, 10000), QCoreApplication::instance());
        QObject::connect(watcher, &QDBusPendingCallWatcher::finished, watcher, [file](QDBusPendingCallWatcher *w) {
            if (w->isError())
                openFolder(file);
            w->deleteLater();
        });
        return;
    }
#endif
    openFolder(file);
}

} // namespace rc::ui
