#include "core/Money.h"

#include <QRegularExpression>

namespace rc {

bool Money::parse(const QString &text, Money *out)
{
    static const QRegularExpression re(QStringLiteral("^\\s*\\$?\\s*(\\d{1,12})(?:\\.(\\d{0,6}))?\\s*$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return false;
    qint64 micros = m.captured(1).toLongLong() * 1'000'000;
    QString frac = m.captured(2);
    if (!frac.isEmpty()) {
        frac = frac.leftJustified(6, QLatin1Char('0'));
        micros += frac.toLongLong();
    }
    *out = Money(micros);
    return true;
}

QString Money::toString() const
{
    const qint64 abs = m_micros < 0 ? -m_micros : m_micros;
    const QString sign = m_micros < 0 ? QStringLiteral("-") : QString();
    if (abs != 0 && abs < 10'000) {
        // Below a cent: show enough digits to be honest, trimmed of trailing zeros.
        QString frac = QString::number(abs).rightJustified(6, QLatin1Char('0'));
        while (frac.size() > 2 && frac.endsWith(QLatin1Char('0')))
            frac.chop(1);
        return sign + QStringLiteral("$0.") + frac;
    }
    const qint64 cents = (abs + 5'000) / 10'000; // round half up to the cent for display
    return sign + QStringLiteral("$%1.%2").arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0'));
}

QString Money::toDecimalString() const
{
    const qint64 abs = m_micros < 0 ? -m_micros : m_micros;
    return (m_micros < 0 ? QStringLiteral("-") : QString())
        + QStringLiteral("%1.%2").arg(abs / 1'000'000).arg(abs % 1'000'000, 6, 10, QLatin1Char('0'));
}

} // namespace rc
