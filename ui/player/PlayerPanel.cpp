#include "player/PlayerPanel.h"

#include "player/PlayerController.h"
#include "player/PlayerControls.h"

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
    playClip(QString(), tr("Select a clip to play it."));
}

void PlayerPanel::playClip(const QString &videoPath, const QString &note)
{
    if (videoPath.isEmpty()) {
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
