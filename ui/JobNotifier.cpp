#include "JobNotifier.h"

#include "service/GenerationService.h"

#include <QApplication>
#include <QSystemTrayIcon>
#include <QWidget>

namespace rc::ui {

JobNotifier::JobNotifier(GenerationService &service, QSystemTrayIcon *tray, QWidget *window)
    : QObject(window), m_window(window)
{
    if (tray && QSystemTrayIcon::supportsMessages()) {
        m_tray = tray;
        connect(m_tray, &QSystemTrayIcon::messageClicked, m_window, [this] {
            m_window->showNormal();
            m_window->raise();
            m_window->activateWindow();
        });
    }
    connect(&service, &GenerationService::jobFinished, this, &JobNotifier::onFinished);
}

void JobNotifier::onFinished(const Job &job)
{
    if (m_window->isActiveWindow() || job.state() == JobState::Cancelled)
        return;
    const QString prompt = job.request().prompt.simplified().left(80);
    const bool ok = job.state() == JobState::Completed;
    const QString title = ok ? tr("Clip ready") : tr("Clip failed");
    const QString text = ok ? prompt : tr("%1\n%2").arg(prompt, job.errorMessage());
    if (m_tray) {
        m_tray->show();
        m_tray->showMessage(title, text, ok ? QSystemTrayIcon::Information : QSystemTrayIcon::Warning);
    } else {
        QApplication::alert(m_window);
    }
    Q_EMIT notified(title, text);
}

} // namespace rc::ui
