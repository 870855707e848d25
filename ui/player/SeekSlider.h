#pragma once

#include <QSlider>

namespace rc::ui {

// The position bar. A click anywhere on the groove jumps there (QSlider alone moves one page
// toward the click, which on a millisecond range is invisible); Left/Right step one frame,
// Page Up/Down and Shift+Left/Right one second, Home/End go to either end. Every move is
// reported once through seekRequested, whatever caused it.
class SeekSlider : public QSlider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SeekSlider)

public:
    explicit SeekSlider(QWidget *parent = nullptr);

    // One frame, in ms: the arrow keys' step.
    void setFrameMs(int frameMs);

Q_SIGNALS:
    void seekRequested(qint64 ms);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    int valueAt(const QPoint &pos) const;
};

} // namespace rc::ui
