#pragma once

#include <QString>
#include <QtGlobal>

namespace rc {

// An amount of money in integer micro-units of the user's currency (USD by default).
// Never a double: sums of many small prices must add up to the cent, and caps compare exactly.
class Money
{
public:
    constexpr Money() = default;
    static constexpr Money fromMicros(qint64 micros) { return Money(micros); }
    static constexpr Money fromCents(qint64 cents) { return Money(cents * 10'000); }
    // Parses "0.8", "12", "1.234567", "$3.50". Returns false on anything else (no exponent, no sign).
    static bool parse(const QString &text, Money *out);

    constexpr qint64 micros() const { return m_micros; }
    constexpr bool isZero() const { return m_micros == 0; }

    // "$0.80"; amounts under a cent keep up to four decimals ("$0.0042") so they do not read as free.
    QString toString() const;
    // "0.800000": a plain decimal for CSV and JSON, exact to the micro.
    QString toDecimalString() const;

    constexpr Money operator+(Money o) const { return Money(m_micros + o.m_micros); }
    constexpr Money operator-(Money o) const { return Money(m_micros - o.m_micros); }
    constexpr Money operator*(qint64 n) const { return Money(m_micros * n); }
    Money &operator+=(Money o) { m_micros += o.m_micros; return *this; }
    Money &operator-=(Money o) { m_micros -= o.m_micros; return *this; }
    constexpr bool operator==(Money o) const { return m_micros == o.m_micros; }
    constexpr bool operator!=(Money o) const { return m_micros != o.m_micros; }
    constexpr bool operator<(Money o) const { return m_micros < o.m_micros; }
    constexpr bool operator<=(Money o) const { return m_micros <= o.m_micros; }
    constexpr bool operator>(Money o) const { return m_micros > o.m_micros; }
    constexpr bool operator>=(Money o) const { return m_micros >= o.m_micros; }

private:
    constexpr explicit Money(qint64 micros) : m_micros(micros) {}
    qint64 m_micros = 0;
};

} // namespace rc
