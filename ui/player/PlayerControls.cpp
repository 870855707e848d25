#include "player/PlayerControls.h"

#include "player/SeekSlider.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace rc::ui {

QString formatTime(qint64 ms)
{
    const qint64 s = std::max<qint64>(0, ms) / 1000;
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3").arg(s / 3600).arg((s / 60) % 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

PlayerControls::PlayerControls(QWidget *parent)
    : QWidget(parent), m_play(new QToolButton(this)), m_back(new QToolButton(this)), m_forward(new QToolButton(this)),
      m_scrub(new SeekSlider(this)), m_time(new QLabel(this)), m_loop(new QToolButton(this)),
      m_mute(new QToolButton(this)), m_volume(new QSlider(Qt::Horizontal, this)),
      m_fullScreen(new QToolButton(this))
{
    // Standard style icons: they follow the theme and scale with the screen's pixel ratio.
    m_play->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_play->setAccessibleName(tr("Play"));
    m_play->setToolTip(tr("Play / pause (Space)"));
    m_back->setIcon(style()->standardIcon(QStyle::SP_MediaSeekBackward));
    m_back->setAccessibleName(tr("Previous frame"));
    m_back->setToolTip(tr("Previous frame (,)"));
    m_forward->setIcon(style()->standardIcon(QStyle::SP_MediaSeekForward));
    m_forward->setAccessibleName(tr("Next frame"));
    m_forward->setToolTip(tr("Next frame (.)"));
    m_scrub->setAccessibleName(tr("Position"));
    m_scrub->setToolTip(tr("Click to jump; Left/Right step a frame, Shift+Left/Right a second"));
    m_time->setAccessibleName(tr("Elapsed and total time"));
    m_time->setMinimumWidth(m_time->fontMetrics().horizontalAdvance(QStringLiteral("00:00 / 00:00")) + 4);
    m_loop->setText(tr("Loop"));
    m_loop->setCheckable(true);
    m_loop->setAccessibleName(tr("Loop"));
    m_mute->setIcon(style()->standardIcon(QStyle::SP_MediaVolume));
    m_mute->setCheckable(true);
    m_mute->setAccessibleName(tr("Mute"));
    m_mute->setToolTip(tr("Mute (M)"));
    m_volume->setRange(0, 100);
    m_volume->setAccessibleName(tr("Volume"));
    m_volume->setMaximumWidth(90);
    m_volume->setMinimumWidth(40);
    m_fullScreen->setIcon(style()->standardIcon(QStyle::SP_TitleBarMaxButton));
    m_fullScreen->setCheckable(true);
    m_fullScreen->setAccessibleName(tr("Full screen"));
    m_fullScreen->setToolTip(tr("Full screen (F or double-click; Esc leaves)"));

    // The position bar has a row of its own: beside the buttons it got what they left over,
    // a few pixels in a narrow column.
    auto *seekRow = new QHBoxLayout;
    seekRow->setContentsMargins(0, 0, 0, 0);
    seekRow->setSpacing(6);
    seekRow->addWidget(m_scrub, 1);
    seekRow->addWidget(m_time);
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(4);
    for (QWidget *w : std::initializer_list<QWidget *>{m_back, m_play, m_forward})
        row->addWidget(w);
    row->addStretch(1);
    row->addWidget(m_loop);
    row->addWidget(m_mute);
    row->addWidget(m_volume);
    row->addWidget(m_fullScreen);
    auto *box = new QVBoxLayout(this);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(2);
    box->addLayout(seekRow);
    box->addLayout(row);

    connect(m_play, &QToolButton::clicked, this, [this] {
        if (m_playing)
            Q_EMIT pauseRequested();
        else
            Q_EMIT playRequested();
    });
    connect(m_back, &QToolButton::clicked, this, [this] { Q_EMIT stepRequested(-1); });
    connect(m_forward, &QToolButton::clicked, this, [this] { Q_EMIT stepRequested(1); });
    connect(m_scrub, &SeekSlider::seekRequested, this, &PlayerControls::seekRequested);
    connect(m_fullScreen, &QToolButton::toggled, this, &PlayerControls::fullScreenRequested);
    connect(m_loop, &QToolButton::toggled, this, &PlayerControls::loopRequested);
    connect(m_mute, &QToolButton::toggled, this, &PlayerControls::muteRequested);
    connect(m_volume, &QSlider::valueChanged, this, &PlayerControls::volumeRequested);
    updateTime();
}

void PlayerControls::setPlaying(bool playing)
{
    m_playing = playing;
    m_play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_play->setAccessibleName(playing ? tr("Pause") : tr("Play"));
}

void PlayerControls::setDurationMs(qint64 ms)
{
    m_durationMs = ms;
    m_scrub->setRange(0, int(ms));
    updateTime();
}

void PlayerControls::setPositionMs(qint64 ms)
{
    m_positionMs = ms;
    if (!m_scrub->isSliderDown()) {
        const QSignalBlocker block(m_scrub);
        m_scrub->setValue(int(ms));
    }
    updateTime();
}

void PlayerControls::setLoop(bool loop)
{
    const QSignalBlocker block(m_loop);
    m_loop->setChecked(loop);
}

void PlayerControls::setVolumePercent(int percent)
{
    const QSignalBlocker block(m_volume);
    m_volume->setValue(percent);
}

void PlayerControls::setMuted(bool muted)
{
    const QSignalBlocker block(m_mute);
    m_mute->setChecked(muted);
    m_mute->setIcon(style()->standardIcon(muted ? QStyle::SP_MediaVolumeMuted : QStyle::SP_MediaVolume));
}

void PlayerControls::setFrameMs(int frameMs)
{
    m_scrub->setFrameMs(frameMs);
}

void PlayerControls::setFullScreen(bool fullScreen)
{
    const QSignalBlocker block(m_fullScreen);
    m_fullScreen->setChecked(fullScreen);
}

void PlayerControls::updateTime()
{
    m_time->setText(tr("%1 / %2").arg(formatTime(m_positionMs), formatTime(m_durationMs)));
}

} // namespace rc::ui
