#pragma once

#include <QStyledItemDelegate>

namespace rc::ui {

// One cell of the clip grid: the thumbnail at 16:9 (letterboxed, never stretched), the prompt on
// one line, and badges for duration, favourite and a failure.
class GalleryDelegate : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GalleryDelegate)

public:
    static constexpr QSize kThumbSize{224, 126};

    explicit GalleryDelegate(QObject *parent = nullptr);
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace rc::ui
