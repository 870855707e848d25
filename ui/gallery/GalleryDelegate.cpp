#include "gallery/GalleryDelegate.h"

#include "core/JobState.h"
#include "gallery/GalleryModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace rc::ui {
namespace {

constexpr int kPad = GalleryDelegate::kPadPx;

void badge(QPainter *p, const QRect &anchor, const QString &text, Qt::Alignment corner, const QColor &bg)
{
    const QFontMetrics fm(p->font());
    QRect r(0, 0, fm.horizontalAdvance(text) + 10, fm.height() + 2);
    if (corner & Qt::AlignRight)
        r.moveRight(anchor.right() - 4);
    else
        r.moveLeft(anchor.left() + 4);
    if (corner & Qt::AlignBottom)
        r.moveBottom(anchor.bottom() - 4);
    else
        r.moveTop(anchor.top() + 4);
    QPainterPath path;
    path.addRoundedRect(r, 4, 4);
    p->fillPath(path, bg);
    p->setPen(Qt::white);
    p->drawText(r, Qt::AlignCenter, text);
}

} // namespace

GalleryDelegate::GalleryDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QSize GalleryDelegate::cellSize(int thumbWidthPx, const QFontMetrics &fm)
{
    return {thumbWidthPx + 2 * kPad, thumbWidthPx * 9 / 16 + fm.height() + 3 * kPad};
}

QSize GalleryDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return cellSize(m_thumbWidthPx, option.fontMetrics);
}

void GalleryDelegate::paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    p->save();
    p->setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
    const QPalette &pal = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const QRect cell = option.rect.adjusted(2, 2, -2, -2);
    QPainterPath bgPath;
    bgPath.addRoundedRect(cell, 6, 6);
    p->fillPath(bgPath, selected ? pal.highlight() : pal.base());
    if (option.state & QStyle::State_HasFocus) {
        p->setPen(QPen(pal.highlight().color(), 1));
        p->drawPath(bgPath);
    }

    // The cell may be wider than asked (the grid spreads the row's spare pixels over its tiles).
    const int thumbWidth = option.rect.width() - 2 * kPad;
    const QRect thumbRect(cell.left() + kPad - 2, cell.top() + kPad - 2, thumbWidth, thumbWidth * 9 / 16);
    p->fillRect(thumbRect, QColor(20, 20, 24));
    const QPixmap pix = index.data(Qt::DecorationRole).value<QPixmap>();
    const auto state = JobState(index.data(GalleryModel::StateRole).toInt());
    if (!pix.isNull()) {
        const QSize s = pix.size().scaled(thumbRect.size(), Qt::KeepAspectRatio);
        const QRect target(thumbRect.center() - QPoint(s.width() / 2, s.height() / 2), s);
        p->drawPixmap(target, pix);
    } else {
        p->setPen(QColor(170, 170, 180));
        p->drawText(thumbRect, Qt::AlignCenter,
                    state == JobState::Completed ? tr("Loading…") : jobStateLabel(state));
    }

    QFont small = option.font;
    small.setPointSizeF(small.pointSizeF() * 0.85);
    p->setFont(small);
    badge(p, thumbRect, tr("%1 s").arg(index.data(GalleryModel::DurationSecRole).toInt()),
          Qt::AlignRight | Qt::AlignBottom, QColor(0, 0, 0, 170));
    if (index.data(GalleryModel::FavouriteRole).toBool())
        badge(p, thumbRect, QStringLiteral("★"), Qt::AlignLeft | Qt::AlignTop, QColor(200, 140, 0, 220));
    // An edit names the clip it was made from, so a chain of edits reads at a glance.
    if (const qint64 parent = index.data(GalleryModel::ParentRole).toLongLong(); parent > 0)
        badge(p, thumbRect, tr("✎ edit of #%1").arg(parent), Qt::AlignLeft | Qt::AlignBottom, QColor(40, 90, 170, 220));
    if (state == JobState::Failed || state == JobState::Cancelled)
        badge(p, thumbRect, jobStateLabel(state), Qt::AlignRight | Qt::AlignTop, QColor(170, 40, 40, 220));

    p->setFont(option.font);
    p->setPen(selected ? pal.highlightedText().color() : pal.text().color());
    const QRect textRect(thumbRect.left(), thumbRect.bottom() + kPad / 2, thumbRect.width(), option.fontMetrics.height());
    const QString prompt = index.data(Qt::DisplayRole).toString().simplified();
    p->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                option.fontMetrics.elidedText(prompt, Qt::ElideRight, textRect.width()));
    p->restore();
}

} // namespace rc::ui
