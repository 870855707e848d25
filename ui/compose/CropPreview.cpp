#include "compose/CropPreview.h"

#include "media/ImageFit.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace rc::ui {

CropPreview::CropPreview(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Photo preview with crop frame"));
    setToolTip(tr("Drag to choose the part of the photo the clip shows"));
    setCursor(Qt::OpenHandCursor);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setMinimumHeight(120);
}

void CropPreview::setImage(const QImage &image)
{
    m_image = image;
    m_focal = {0.5, 0.5};
    updateGeometry();
    update();
}

void CropPreview::setTargetSize(const QSize &size)
{
    if (size.isValid() && size != m_target) {
        m_target = size;
        update();
    }
}

void CropPreview::setFocal(QPointF focal)
{
    focal = {std::clamp(focal.x(), 0.0, 1.0), std::clamp(focal.y(), 0.0, 1.0)};
    if (focal == m_focal)
        return;
    m_focal = focal;
    update();
    Q_EMIT focalChanged(m_focal);
}

int CropPreview::heightForWidth(int width) const
{
    if (m_image.isNull())
        return 150;
    return std::clamp(width * m_image.height() / std::max(1, m_image.width()), 120, 220);
}

QRectF CropPreview::imageRect() const
{
    if (m_image.isNull())
        return {};
    QSizeF s = QSizeF(m_image.size()).scaled(QSizeF(size()), Qt::KeepAspectRatio);
    return QRectF(QPointF((width() - s.width()) / 2, (height() - s.height()) / 2), s);
}

QRectF CropPreview::sourceCrop() const
{
    return media::cropRectFor(m_image.size(), m_target, m_focal);
}

QRectF CropPreview::frameRect() const
{
    const QRectF img = imageRect();
    if (img.isEmpty())
        return {};
    const double scale = img.width() / m_image.width();
    const QRectF crop = sourceCrop();
    return QRectF(img.topLeft() + crop.topLeft() * scale, crop.size() * scale);
}

void CropPreview::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    if (m_image.isNull())
        return;
    const QRectF img = imageRect();
    p.drawImage(img, m_image);
    const QRectF frame = frameRect();
    QPainterPath outside;
    outside.addRect(img);
    outside.addRect(frame);
    p.fillPath(outside, QColor(0, 0, 0, 140));
    p.setPen(QPen(Qt::white, 2));
    p.drawRect(frame.adjusted(1, 1, -1, -1));
}

void CropPreview::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_image.isNull())
        return;
    m_dragging = true;
    m_dragStart = event->position();
    m_focalAtDragStart = sourceCrop().center();
    m_focalAtDragStart = {m_focalAtDragStart.x() / m_image.width(), m_focalAtDragStart.y() / m_image.height()};
    setCursor(Qt::ClosedHandCursor);
}

void CropPreview::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging)
        return;
    const QRectF img = imageRect();
    const QPointF delta = event->position() - m_dragStart;
    setFocal({m_focalAtDragStart.x() + delta.x() / img.width(), m_focalAtDragStart.y() + delta.y() / img.height()});
}

void CropPreview::mouseReleaseEvent(QMouseEvent *)
{
    m_dragging = false;
    setCursor(Qt::OpenHandCursor);
}

} // namespace rc::ui
