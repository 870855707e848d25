#include "player/SeekSlider.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QStyle>
#include <QStyleOptionSlider>

namespace rc::ui {

namespace {
constexpr int kSecondMs = 1000;
constexpr int kDefaultFrameMs = 42; // 24 fps, the engine's rate
} // namespace

SeekSlider::SeekSlider(QWidget *parent)
    : QSlider(Qt::Horizontal, parent)
{
    setRange(0, 0);
    setFocusPolicy(Qt::StrongFocus);
    setSingleStep(kDefaultFrameMs);
    setPageStep(kSecondMs);
    connect(this, &QSlider::sliderMoved, this, [this](int v) { Q_EMIT seekRequested(v); });
    connect(this, &QSlider::actionTriggered, this, [this](int action) {
        // Keys and the wheel move the slider without sliderMoved; the new position is already set.
        if (action != QAbstractSlider::SliderMove)
            Q_EMIT seekRequested(sliderPosition());
    });
}

void SeekSlider::setFrameMs(int frameMs)
{
    setSingleStep(std::max(1, frameMs));
}

int SeekSlider::valueAt(const QPoint &pos) const
{
    QStyleOptionSlider opt;
    initStyleOption(&opt);
    const QRect groove = style()->subControlRect(QStyle::CC_Slider, &opt, QStyle::SC_SliderGroove, this);
    const QRect handle = style()->subControlRect(QStyle::CC_Slider, &opt, QStyle::SC_SliderHandle, this);
    // The handle's centre follows the pointer, so the usable span is the groove less one handle.
    const int span = std::max(1, groove.width() - handle.width());
    const int x = pos.x() - groove.x() - handle.width() / 2;
    return QStyle::sliderValueFromPosition(minimum(), maximum(), std::clamp(x, 0, span), span, opt.upsideDown);
}

void SeekSlider::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || maximum() <= minimum()) {
        QSlider::mousePressEvent(event);
        return;
    }
    QStyleOptionSlider opt;
    initStyleOption(&opt);
    const QRect handle = style()->subControlRect(QStyle::CC_Slider, &opt, QStyle::SC_SliderHandle, this);
    if (!handle.contains(event->position().toPoint())) {
        // Jump, then let QSlider treat the press as a grab of the handle now under the pointer,
        // so press-and-drag from anywhere on the groove scrubs.
        const int v = valueAt(event->position().toPoint());
        setSliderPosition(v);
        setValue(v);
        Q_EMIT seekRequested(v);
    }
    QSlider::mousePressEvent(event);
}

void SeekSlider::keyPressEvent(QKeyEvent *event)
{
    if (event->modifiers() & Qt::ShiftModifier) {
        if (event->key() == Qt::Key_Left || event->key() == Qt::Key_Right) {
            triggerAction(event->key() == Qt::Key_Left ? SliderPageStepSub : SliderPageStepAdd);
            event->accept();
            return;
        }
    }
    QSlider::keyPressEvent(event);
}

} // namespace rc::ui
