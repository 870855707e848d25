#include "player/PlayerPanel.h"

#include "player/PlayerController.h"
#include "player/PlayerControls.h"

#include <QKeyEvent>
#include <QLabel>
#include <QStackedLayout>
#include <QVBoxLayout>
#include <QVideoWidget>

namespace rc::ui {

PlayerPanel::PlayerPanel(StudioSettings &settings, QWidget *parent)
    : QWidget(parent), m_video(new QVideoWidget(this)), m_note(new QLabel(this)), m_stack(new QStackedLayout),
      m_controls(new PlayerControls(this)), m_controller(new PlayerController(*m_controls, *m_video, settings, this))
{
    setAccessibleName(tr("Player"));
    m_video->setAccessibleName(tr("Video"));
    m_video->setMinimumSize(240, 135);
    // Full screen makes the video its own window, out of reach of the main window's shortcuts:
    // it takes the keys itself.
    m_video->setFocusPolicy(Qt::StrongFocus);
    m_video->installEventFilter(this);
    m_note->setAlignment(Qt::AlignCenter);
    m_note->setWordWrap(true);
    m_note->setAutoFillBackground(true);
    QPalette dark = m_note->palette();
    dark.setColor(QPalette::Window, QColor(20, 20, 24));
    dark.setColor(QPalette::WindowText, QColor(170, 170, 180));
    m_note->setPalette(dark);
    m_stack->addWidget(m_note);
    m_stack->addWidget(m_video);
    auto *box = new QVBoxLayout(this);
    box->setContentsMargins(8, 8, 8, 4);
    box->setSpacing(6);
    box->addLayout(m_stack, 1);
    box->addWidget(m_controls);
    connect(m_controls, &PlayerControls::fullScreenRequested, this, &PlayerPanel::setFullScreen);
    connect(m_video, &QVideoWidget::fullScreenChanged, m_controls, &PlayerControls::setFullScreen);
    playClip(QString(), tr("Select a clip to play it."));
}

bool PlayerPanel::isFullScreen() const
{
    return m_video->isFullScreen();
}

void PlayerPanel::setFullScreen(bool fullScreen)
{
    if (fullScreen && m_stack->currentWidget() != m_video)
        fullScreen = false; // nothing to show
    if (fullScreen != m_video->isFullScreen())
        m_video->setFullScreen(fullScreen);
    m_controls->setFullScreen(m_video->isFullScreen());
    if (fullScreen) {
        m_video->activateWindow();
        m_video->setFocus(Qt::OtherFocusReason);
    }
}

void PlayerPanel::toggleFullScreen()
{
    setFullScreen(!m_video->isFullScreen());
}

bool PlayerPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_video)
        return QWidget::eventFilter(watched, event);
    if (event->type() == QEvent::MouseButtonDblClick) {
        toggleFullScreen();
        return true;
    }
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Escape:
            if (!m_video->isFullScreen())
                break;
            setFullScreen(false);
            return true;
        case Qt::Key_F:
            toggleFullScreen();
            return true;
        case Qt::Key_Space:
            m_controller->togglePlay();
            return true;
        case Qt::Key_Left:
        case Qt::Key_Right:
            m_controller->step(key->key() == Qt::Key_Left ? -1 : 1);
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PlayerPanel::playClip(const QString &videoPath, const QString &note)
{
    if (videoPath.isEmpty()) {
        setFullScreen(false);
        m_controller->unload();
        m_note->setText(note);
        m_stack->setCurrentWidget(m_note);
        m_controls->setEnabled(false);
        return;
    }
    m_stack->setCurrentWidget(m_video);
    m_controls->setEnabled(true);
    m_controller->load(videoPath, true);
}

} // namespace rc::ui
