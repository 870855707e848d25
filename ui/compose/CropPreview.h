#pragma once

#include <QImage>
#include <QPointF>
#include <QWidget>

namespace rc::ui {

// The photo fitted into the widget (never stretched) with the frame that the clip will show:
// the largest rectangle of the clip's aspect, placed around a focal point. Dragging moves the
// frame; outside it the photo is dimmed, so the user sees exactly what will be cropped away.
class CropPreview : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CropPreview)

public:
    explicit CropPreview(QWidget *parent = nullptr);

    void setImage(const QImage &image);
    void setTargetSize(const QSize &size);
    QPointF focal() const { return m_focal; }
    void setFocal(QPointF focal);
    // The crop frame in widget coordinates (tests drag it).
    QRectF frameRect() const;

    QSize sizeHint() const override { return {320, 150}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

Q_SIGNALS:
    void focalChanged(QPointF focal);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    QRectF imageRect() const;
    QRectF sourceCrop() const;

    QImage m_image;
    QSize m_target{1280, 720};
    QPointF m_focal{0.5, 0.5};
    QPointF m_dragStart;
    QPointF m_focalAtDragStart;
    bool m_dragging = false;
};

} // namespace rc::ui
