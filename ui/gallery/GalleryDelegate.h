#pragma once

#include <QStyledItemDelegate>

namespace rc::ui {

// One cell of the clip grid: the thumbnail at 16:9 (letterboxed, never stretched), the prompt on
// one line, and badges for duration, favourite and a failure. The panel sets the thumbnail width
// so that whole tiles fill the row; the thumbnail follows the cell it is painted in.
class GalleryDelegate : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GalleryDelegate)

public:
    static constexpr QSize kThumbSize{224, 126}; // the default, and the size thumbnails are made at
    static constexpr int kPadPx = 6;

    explicit GalleryDelegate(QObject *parent = nullptr);
    void setThumbWidth(int px) { m_thumbWidthPx = px; }
    int thumbWidth() const { return m_thumbWidthPx; }
    // The whole cell for a thumbnail `thumbWidthPx` wide, with the prompt line under it.
    static QSize cellSize(int thumbWidthPx, const QFontMetrics &fm);
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_thumbWidthPx = kThumbSize.width();
};

} // namespace rc::ui
