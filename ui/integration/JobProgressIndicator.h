#pragma once

#include <QObject>
#include <QString>

class QSystemTrayIcon;
class QWidget;

namespace rc {
class GenerationService;
}

namespace rc::ui {

// Progress of running jobs outside the window, so a user who switched away still sees it: a tray
// icon (only where the desktop has a system tray) with the number of jobs on the icon and their
// progress in the tooltip, and the count and progress on the dock's launcher through the Unity
// LauncherEntry signal (KDE Plasma's task manager, Dash to Dock, Plank). The tray appears with
// the first job and stays, so the finish notifications (JobNotifier) have somewhere to come from.
class JobProgressIndicator : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobProgressIndicator)

public:
    JobProgressIndicator(const GenerationService &service, QWidget *window);

    int activeCount() const { return m_active; }
    // Average progress of the jobs that report one, 0-100; -1 when none does.
    int percent() const { return m_percent; }
    QString summary() const;
    // Null when the desktop has no system tray.
    QSystemTrayIcon *tray() const { return m_tray; }

private:
    void update();
    void updateTray();
    void updateLauncher();

    const GenerationService &m_service;
    QWidget *m_window;
    QSystemTrayIcon *m_tray = nullptr;
    int m_active = 0;
    int m_running = 0;
    int m_percent = -1;
};

} // namespace rc::ui
