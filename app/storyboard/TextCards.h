#pragma once

#include <QImage>
#include <QPoint>
#include <QSize>
#include <QString>

namespace rc::storyboard {

// The lesson's words in pictures. Sizes follow the frame's height, so a caption reads the same
// at 320x180 and at 1080p; text stays inside the title-safe area (10 % from each edge) and is
// wrapped, never cut. Drawing needs a QGuiApplication (fonts), as every Qt text does.

// A full frame: the title in large type with the subtitle under it, over a dark gradient.
QImage renderTitleCard(QSize frame, const QString &title, const QString &subtitle);

// A caption, ready to lay over a frame: white text with a dark outline on a translucent box,
// centred near the bottom. `image` is premultiplied ARGB and only as large as the box.
struct CaptionOverlay
{
    QImage image;
    QPoint topLeft;
    bool isNull() const { return image.isNull(); }
};
CaptionOverlay renderCaption(QSize frame, const QString &caption);

// A small disclosure label (e.g. "AI-generated") for the top right corner: the same outlined
// text on a translucent box, a third of a caption's size, inside the action-safe area (5 %).
CaptionOverlay renderCornerLabel(QSize frame, const QString &label);

// Draws `overlay` onto `frame` (RGB32) at `opacity`.
void drawOverlay(QImage &frame, const CaptionOverlay &overlay, double opacity = 1.0);

} // namespace rc::storyboard
