#include "core/VideoSize.h"

#include <QRegularExpression>
#include <numeric>

namespace rc {

std::optional<VideoSize> VideoSize::parse(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d{1,5})\\s*[xX×]\\s*(\\d{1,5})\\s*$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    VideoSize s{m.captured(1).toInt(), m.captured(2).toInt()};
    if (!s.isValid())
        return std::nullopt;
    return s;
}

QString VideoSize::aspectLabel() const
{
    if (!isValid())
        return QString();
    // Common sizes are not exact ratios (854x480 is 16:9 to a viewer), so match within 1%.
    const double r = double(width) / height;
    struct Named { double ratio; const char *label; };
    static const Named named[] = {{16.0 / 9, "16:9"}, {9.0 / 16, "9:16"}, {1.0, "1:1"},
                                  {4.0 / 3, "4:3"},   {3.0 / 4, "3:4"},   {21.0 / 9, "21:9"},
                                  {7.0 / 4, "7:4"},   {4.0 / 7, "4:7"}};
    for (const auto &n : named) {
        if (std::abs(r - n.ratio) / n.ratio < 0.01)
            return QString::fromLatin1(n.label);
    }
    const int g = std::gcd(width, height);
    return QStringLiteral("%1:%2").arg(width / g).arg(height / g);
}

} // namespace rc
