#pragma once

#include <QWidget>

class QLabel;
class QSlider;
class QToolButton;

namespace rc::ui {

class SeekSlider;

// Transport controls that only say what the user wants (play, pause, seek, step, loop, volume,
// mute) and show what they are told. They never touch a media player, so the same controls can
// drive any player (Qt's player example keeps the same split).
class PlayerControls : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlayerControls)

public:
    explicit PlayerControls(QWidget *parent = nullptr);

    void setPlaying(bool playing);
    void setDurationMs(qint64 ms);
    void setPositionMs(qint64 ms);
    void setLoop(bool loop);
    void setVolumePercent(int percent);
    void setMuted(bool muted);
    void setFrameMs(int frameMs);
    void setFullScreen(bool fullScreen);
    bool isPlaying() const { return m_playing; }
    SeekSlider *scrubber() const { return m_scrub; }
    QToolButton *fullScreenButton() const { return m_fullScreen; }
    QToolButton *playButton() const { return m_play; }
    QLabel *timeLabel() const { return m_time; }

Q_SIGNALS:
    void playRequested();
    void pauseRequested();
    void seekRequested(qint64 ms);
    void stepRequested(int frames); // -1 back, +1 forward
    void loopRequested(bool loop);
    void volumeRequested(int percent);
    void muteRequested(bool muted);
    void fullScreenRequested(bool fullScreen);

private:
    void updateTime();

    QToolButton *m_play;
    QToolButton *m_back;
    QToolButton *m_forward;
    SeekSlider *m_scrub;
    QLabel *m_time;
    QToolButton *m_loop;
    QToolButton *m_mute;
    QSlider *m_volume;
    QToolButton *m_fullScreen;
    bool m_playing = false;
    qint64 m_durationMs = 0;
    qint64 m_positionMs = 0;
};

// "1:05"; hours when needed.
QString formatTime(qint64 ms);

} // namespace rc::ui
