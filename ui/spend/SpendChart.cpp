#include "spend/SpendChart.h"

#include <QLocale>
#include <QPainter>

namespace rc::ui {

SpendChart::SpendChart(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Spend per day"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void SpendChart::setDays(const QList<Day> &days)
{
    m_days = days;
    QStringList parts;
    for (const Day &d : days) {
        if (!d.amount.isZero())
            parts << tr("%1: %2").arg(QLocale().toString(d.date, QLocale::ShortFormat), d.amount.toString());
    }
    setAccessibleDescription(parts.isEmpty() ? tr("No spend in this period") : parts.join(QStringLiteral(", ")));
    update();
}

void SpendChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const QFontMetrics fm = fontMetrics();
    const int axisW = fm.horizontalAdvance(QStringLiteral("$0000.00")) + 6;
    const QRect plot = rect().adjusted(axisW, fm.height() / 2 + 2, -6, -(fm.height() + 6));
    if (plot.width() < 20 || plot.height() < 20 || m_days.isEmpty())
        return;

    qint64 maxMicros = 0;
    for (const Day &d : m_days)
        maxMicros = std::max(maxMicros, d.amount.micros());
    // Round the scale up to a whole number of cents-friendly steps, at least $1.
    const qint64 top = std::max<qint64>(Money::fromCents(100).micros(), maxMicros);

    p.setPen(QPen(pal.color(QPalette::Mid), 0));
    for (int i = 0; i <= 2; ++i) {
        const int y = plot.bottom() - plot.height() * i / 2;
        p.drawLine(plot.left(), y, plot.right(), y);
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(QRect(0, y - fm.height() / 2, axisW - 6, fm.height()), Qt::AlignRight | Qt::AlignVCenter,
                   Money::fromMicros(top * i / 2).toString());
        p.setPen(QPen(pal.color(QPalette::Mid), 0));
    }

    const int n = int(m_days.size());
    const double slot = double(plot.width()) / n;
    const double barW = std::max(2.0, slot * 0.7);
    const QColor bar = pal.color(QPalette::Highlight);
    const int labelEvery = std::max(1, int(std::ceil(fm.horizontalAdvance(QStringLiteral("00/00 ")) / slot)));
    for (int i = 0; i < n; ++i) {
        const double x = plot.left() + i * slot + (slot - barW) / 2;
        const double h = double(m_days.at(i).amount.micros()) / top * plot.height();
        if (h > 0)
            p.fillRect(QRectF(x, plot.bottom() - h, barW, h), bar);
        if ((n - 1 - i) % labelEvery == 0) {
            p.setPen(pal.color(QPalette::PlaceholderText));
            p.drawText(QRectF(plot.left() + i * slot - slot, plot.bottom() + 3, slot * 3, fm.height()), Qt::AlignHCenter,
                       m_days.at(i).date.toString(QStringLiteral("d/M")));
        }
    }
}

} // namespace rc::ui
