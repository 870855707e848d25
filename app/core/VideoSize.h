#pragma once

#include <QString>
#include <optional>

namespace rc {

// A frame size in pixels, written "WxH" everywhere a user or a server sees it.
struct VideoSize
{
    int width = 0;
    int height = 0;

    static std::optional<VideoSize> parse(const QString &text);
    QString toString() const { return QStringLiteral("%1x%2").arg(width).arg(height); }
    // "16:9", "9:16", "1:1", or a reduced ratio for unusual sizes.
    QString aspectLabel() const;
    bool isPortrait() const { return height > width; }
    bool isValid() const { return width > 0 && height > 0; }
    bool operator==(const VideoSize &o) const { return width == o.width && height == o.height; }
    bool operator!=(const VideoSize &o) const { return !(*this == o); }
};

} // namespace rc
