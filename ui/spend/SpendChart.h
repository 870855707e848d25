#pragma once

#include "core/Money.h"

#include <QDate>
#include <QList>
#include <QWidget>

namespace rc::ui {

// Daily spend as bars, drawn with QPainter in palette colours (so it follows light and dark
// themes). Days without spend are drawn as empty slots, so gaps read as gaps.
class SpendChart : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpendChart)

public:
    struct Day
    {
        QDate date;
        Money amount;
    };

    explicit SpendChart(QWidget *parent = nullptr);
    void setDays(const QList<Day> &days);
    QList<Day> days() const { return m_days; }
    QSize sizeHint() const override { return {320, 160}; }
    QSize minimumSizeHint() const override { return {200, 110}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<Day> m_days;
};

} // namespace rc::ui
