#include "storyboard/TextCards.h"

#include <QFont>
#include <QFontMetricsF>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QRadialGradient>
#include <QTextLayout>

#include <cmath>

namespace rc::storyboard {
namespace {

constexpr double kSafeMargin = 0.10;      // title-safe area, of each dimension
constexpr double kCaptionHeight = 0.058;  // caption type, of the frame height (about 42 px at 720p)
constexpr double kTitleHeight = 0.11;
constexpr double kSubtitleHeight = 0.055;

QFont fontOfHeight(double pixelHeight, bool bold)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPixelSize(std::max(8, int(std::lround(pixelHeight))));
    font.setBold(bold);
    return font;
}

// Breaks `text` into lines no wider than `width` (words longer than a line are broken anywhere).
QStringList wrap(const QString &text, const QFont &font, double width)
{
    QStringList lines;
    for (const QString &paragraph : text.split(QLatin1Char('\n'))) {
        QTextLayout layout(paragraph.trimmed(), font);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            lines.append(paragraph.trimmed().mid(line.textStart(), line.textLength()).trimmed());
        }
        layout.endLayout();
    }
    lines.removeAll(QString());
    return lines;
}

// Centred lines as one path, so one stroke outlines them and one fill paints them.
QPainterPath linesPath(const QStringList &lines, const QFont &font, double centreX, double top)
{
    const QFontMetricsF fm(font);
    QPainterPath path;
    double y = top + fm.ascent();
    for (const QString &line : lines) {
        path.addText(centreX - fm.horizontalAdvance(line) / 2, y, font, line);
        y += fm.lineSpacing();
    }
    return path;
}

void drawOutlined(QPainter &p, const QPainterPath &path, double outlinePx, const QColor &fill)
{
    p.setPen(QPen(QColor(0, 0, 0, 220), outlinePx * 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    p.drawPath(path);
    p.setPen(Qt::NoPen);
    p.setBrush(fill);
    p.drawPath(path);
}

} // namespace

QImage renderTitleCard(QSize frame, const QString &title, const QString &subtitle)
{
    QImage image(frame, QImage::Format_RGB32);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QLinearGradient sky(0, 0, 0, frame.height());
    sky.setColorAt(0, QColor(18, 32, 64));
    sky.setColorAt(1, QColor(6, 10, 24));
    p.fillRect(image.rect(), sky);
    QRadialGradient glow(frame.width() / 2.0, frame.height() * 0.42, frame.width() * 0.5);
    glow.setColorAt(0, QColor(70, 110, 170, 90));
    glow.setColorAt(1, QColor(70, 110, 170, 0));
    p.fillRect(image.rect(), glow);

    const double width = frame.width() * (1 - 2 * kSafeMargin);
    const QFont titleFont = fontOfHeight(frame.height() * kTitleHeight, true);
    const QFont subFont = fontOfHeight(frame.height() * kSubtitleHeight, false);
    const QStringList titleLines = wrap(title, titleFont, width);
    const QStringList subLines = wrap(subtitle, subFont, width);
    const QFontMetricsF tfm(titleFont), sfm(subFont);
    const double gap = subLines.isEmpty() ? 0 : sfm.lineSpacing() * 0.6;
    const double blockHeight = titleLines.size() * tfm.lineSpacing() + gap + subLines.size() * sfm.lineSpacing();
    const double top = std::max(frame.height() * kSafeMargin, (frame.height() - blockHeight) / 2);
    drawOutlined(p, linesPath(titleLines, titleFont, frame.width() / 2.0, top), frame.height() * 0.004,
                 QColor(250, 250, 245));
    drawOutlined(p, linesPath(subLines, subFont, frame.width() / 2.0, top + titleLines.size() * tfm.lineSpacing() + gap),
                 frame.height() * 0.003, QColor(200, 215, 235));
    return image;
}

CaptionOverlay renderCaption(QSize frame, const QString &caption)
{
    CaptionOverlay overlay;
    if (caption.trimmed().isEmpty())
        return overlay;
    const QFont font = fontOfHeight(frame.height() * kCaptionHeight, true);
    const QFontMetricsF fm(font);
    const double padX = fm.height() * 0.45, padY = fm.height() * 0.2;
    const QStringList lines = wrap(caption, font, frame.width() * (1 - 2 * kSafeMargin) - 2 * padX);
    if (lines.isEmpty())
        return overlay;
    double textWidth = 0;
    for (const QString &line : lines)
        textWidth = std::max(textWidth, fm.horizontalAdvance(line));
    const QSize box(int(std::ceil(textWidth + 2 * padX)), int(std::ceil(lines.size() * fm.lineSpacing() + 2 * padY)));
    overlay.image = QImage(box, QImage::Format_ARGB32_Premultiplied);
    overlay.image.fill(Qt::transparent);
    QPainter p(&overlay.image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0, 0, 0, 140));
    p.drawRoundedRect(QRectF(QPointF(0, 0), QSizeF(box)), fm.height() * 0.25, fm.height() * 0.25);
    drawOutlined(p, linesPath(lines, font, box.width() / 2.0, padY), std::max(1.0, frame.height() * 0.0025),
                 QColor(255, 255, 255));
    p.end();
    // The box's bottom sits on the title-safe line.
    overlay.topLeft = QPoint((frame.width() - box.width()) / 2,
                             int(frame.height() * (1 - kSafeMargin)) - box.height());
    return overlay;
}

CaptionOverlay renderCornerLabel(QSize frame, const QString &label)
{
    CaptionOverlay overlay;
    if (label.trimmed().isEmpty())
        return overlay;
    // Readable but out of the way: about 3 % of the frame's height, never under 10 px.
    const QFont font = fontOfHeight(std::max(10.0, frame.height() * 0.03), true);
    const QFontMetricsF fm(font);
    const double padX = fm.height() * 0.35, padY = fm.height() * 0.12;
    const QString text = label.trimmed();
    const QSize box(int(std::ceil(fm.horizontalAdvance(text) + 2 * padX)), int(std::ceil(fm.lineSpacing() + 2 * padY)));
    if (box.width() > frame.width() || box.height() > frame.height())
        return overlay; // a frame too small to carry it readably
    overlay.image = QImage(box, QImage::Format_ARGB32_Premultiplied);
    overlay.image.fill(Qt::transparent);
    QPainter p(&overlay.image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0, 0, 0, 150));
    p.drawRoundedRect(QRectF(QPointF(0, 0), QSizeF(box)), fm.height() * 0.2, fm.height() * 0.2);
    drawOutlined(p, linesPath({text}, font, box.width() / 2.0, padY), std::max(1.0, frame.height() * 0.0015), QColor(255, 255, 255));
    p.end();
    const int margin = int(std::min(frame.width(), frame.height()) * 0.05);
    overlay.topLeft = QPoint(std::max(0, frame.width() - margin - box.width()), std::min(margin, frame.height() - box.height()));
    return overlay;
}

void drawOverlay(QImage &frame, const CaptionOverlay &overlay, double opacity)
{
    if (overlay.isNull() || opacity <= 0)
        return;
    QPainter p(&frame);
    p.setOpacity(std::min(1.0, opacity));
    p.drawImage(overlay.topLeft, overlay.image);
}

} // namespace rc::storyboard
