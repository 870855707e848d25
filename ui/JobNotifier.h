#pragma once

#include "core/Job.h"

#include <QObject>

class QSystemTrayIcon;
class QWidget;

namespace rc {
class GenerationService;
}

namespace rc::ui {

// Tells the user a job ended while they were in another window: a desktop notification through
// `tray` when the desktop has one (JobProgressIndicator owns it), else the window asks for
// attention (taskbar flash).
class JobNotifier : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobNotifier)

public:
    JobNotifier(GenerationService &service, QSystemTrayIcon *tray, QWidget *window);

Q_SIGNALS:
    void notified(const QString &title, const QString &text);

private:
    void onFinished(const Job &job);

    QWidget *m_window;
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace rc::ui
