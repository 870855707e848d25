#pragma once

#include <QMediaPlayer>
#include <QObject>

class QAudioOutput;
class QVideoWidget;

namespace rc::ui {

class PlayerControls;
class StudioSettings;

// The one place that talks to Qt Multimedia: wires the controls' intents to a QMediaPlayer that
// draws into a QVideoWidget and plays through a QAudioOutput, and reports the player's state
// back to the controls. Loop, volume and mute are remembered in the profile.
class PlayerController : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlayerController)

public:
    PlayerController(PlayerControls &controls, QVideoWidget &video, StudioSettings &settings, QObject *parent = nullptr);

    void load(const QString &videoPath, bool autoPlay);
    void unload();
    void togglePlay();
    void play();
    void pause();
    void step(int frames);
    void seek(qint64 ms);
    void setLoop(bool loop);
    void setVolumePercent(int percent);
    void setMuted(bool muted);
    bool isMuted() const;
    QMediaPlayer *player() const { return m_player; }

private:
    double frameRate() const;
    void onMediaStatus(QMediaPlayer::MediaStatus status);

    PlayerControls &m_controls;
    StudioSettings &m_settings;
    QMediaPlayer *m_player;
    QAudioOutput *m_audio;
    // Set by load(autoPlay) and play() while the source is still loading; cleared once playing.
    bool m_playWhenLoaded = false;
};

} // namespace rc::ui
