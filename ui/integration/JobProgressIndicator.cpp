#include "integration/JobProgressIndicator.h"

#include "desktop/DesktopId.h"
#include "service/GenerationService.h"

#include <QApplication>
#include <QIcon>
#include <QPainter>
#include <QSystemTrayIcon>
#include <QWidget>

#ifdef REELCRAFT_WITH_DBUS
#include <QDBusConnection>
#include <QDBusMessage>
#endif

namespace rc::ui {
namespace {

constexpr int kIconPx = 64;

// The application icon with the number of active jobs in a badge, as docks draw it.
QIcon badgedIcon(int count)
{
    QPixmap pixmap = QApplication::windowIcon().pixmap(kIconPx, kIconPx);
    if (pixmap.isNull()) {
        pixmap = QPixmap(kIconPx, kIconPx);
        pixmap.fill(Qt::transparent);
    }
    if (count > 0) {
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const QRectF badge(kIconPx * 0.42, kIconPx * 0.42, kIconPx * 0.58, kIconPx * 0.58);
        p.setPen(QPen(Qt::white, 3));
        p.setBrush(QColor(0xd0, 0x3a, 0x2f));
        p.drawEllipse(badge);
        QFont f = p.font();
        f.setBold(true);
        f.setPixelSize(int(badge.height() * 0.6));
        p.setFont(f);
        p.drawText(badge, Qt::AlignCenter, count > 9 ? QStringLiteral("9+") : QString::number(count));
    }
    return QIcon(pixmap);
}

} // namespace

JobProgressIndicator::JobProgressIndicator(const GenerationService &service, QWidget *window)
    : QObject(window), m_service(service), m_window(window)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(badgedIcon(0), this);
        connect(m_tray, &QSystemTrayIcon::activated, m_window, [this] {
            m_window->setWindowState(m_window->windowState() & ~Qt::WindowMinimized);
            m_window->show();
            m_window->raise();
            m_window->activateWindow();
        });
    }
    connect(&service, &GenerationService::jobAdded, this, &JobProgressIndicator::update);
    connect(&service, &GenerationService::jobChanged, this, &JobProgressIndicator::update);
    connect(&service, &GenerationService::jobFinished, this, &JobProgressIndicator::update);
    update();
}

QString JobProgressIndicator::summary() const
{
    if (m_active == 0)
        return tr("Reelcraft: no jobs running");
    const int waiting = m_active - m_running;
    if (m_running == 0)
        return tr("Reelcraft: %n job(s) waiting", nullptr, waiting);
    const QString jobs = tr("%n job(s) running", nullptr, m_running);
    const QString more = waiting > 0 ? tr(", %n waiting", nullptr, waiting) : QString();
    return m_percent < 0 ? tr("Reelcraft: %1%2").arg(jobs, more)
                         : tr("Reelcraft: %1%2 · %3%").arg(jobs, more).arg(m_percent);
}

void JobProgressIndicator::update()
{
    int active = 0;
    int running = 0;
    int percentSum = 0;
    int reporting = 0;
    const QList<Job> jobs = m_service.activeJobs();
    active = int(jobs.size());
    for (const Job &job : jobs) {
        if (job.state() == JobState::Queued)
            continue; // waiting jobs have no progress yet; counting their 0% would drag the average
        ++running;
        if (job.progress() >= 0) {
            percentSum += job.progress();
            ++reporting;
        }
    }
    const int percent = reporting ? percentSum / reporting : -1;
    if (active == m_active && running == m_running && percent == m_percent)
        return; // progress arrives often; the tray and the dock need only changes
    const bool countChanged = active != m_active;
    m_active = active;
    m_running = running;
    m_percent = percent;
    if (countChanged)
        updateTray();
    else if (m_tray)
        m_tray->setToolTip(summary());
    updateLauncher();
}

void JobProgressIndicator::updateTray()
{
    if (!m_tray)
        return;
    m_tray->setIcon(badgedIcon(m_active));
    m_tray->setToolTip(summary());
    if (m_active > 0)
        m_tray->show();
}

void JobProgressIndicator::updateLauncher()
{
#ifdef REELCRAFT_WITH_DBUS
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return;
    QDBusMessage signal = QDBusMessage::createSignal(QStringLiteral("/io/github/reelcraft/Reelcraft"),
                                                     QStringLiteral("com.canonical.Unity.LauncherEntry"),
                                                     QStringLiteral("Update"));
    const QVariantMap properties{
        {QStringLiteral("count"), qint64(m_active)},
        {QStringLiteral("count-visible"), m_active > 0},
        {QStringLiteral("progress"), m_percent < 0 ? 0.0 : m_percent / 100.0},
        {QStringLiteral("progress-visible"), m_active > 0 && m_percent >= 0},
    };
    signal << QStringLiteral("application://%1.desktop").arg(QString::fromLatin1(desktop::kDesktopId)) << properties;
    bus.send(signal);
#endif
}

} // namespace rc::ui
