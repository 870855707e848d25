#include "cli/ProgressBar.h"

#include <cstdio>
#include <unistd.h>

namespace rc::cli {

ProgressBar::ProgressBar() : m_enabled(isatty(fileno(stderr)) == 1) {}

void ProgressBar::update(const QString &label, int percent, int etaSec)
{
    if (!m_enabled)
        return;
    constexpr int width = 30;
    QString bar;
    if (percent >= 0) {
        const int filled = percent * width / 100;
        bar = QString(filled, QLatin1Char('#')) + QString(width - filled, QLatin1Char('.'));
    } else {
        bar = QString(width, QLatin1Char('.'));
        const int pos = (m_spin++) % (width - 3);
        bar.replace(pos, 3, QStringLiteral("###"));
    }
    QString line = QStringLiteral("\r%1 [%2]").arg(label.leftJustified(12), bar);
    if (percent >= 0)
        line += QStringLiteral(" %1%").arg(percent, 3);
    if (etaSec >= 0)
        line += etaSec >= 60 ? QStringLiteral("  ETA %1m%2s").arg(etaSec / 60).arg(etaSec % 60, 2, 10, QLatin1Char('0'))
                             : QStringLiteral("  ETA %1s").arg(etaSec);
    line += QStringLiteral("\033[K");
    std::fputs(line.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    m_drawn = true;
}

void ProgressBar::finish()
{
    if (m_enabled && m_drawn) {
        std::fputs("\r\033[K", stderr);
        std::fflush(stderr);
    }
    m_drawn = false;
}

} // namespace rc::cli
