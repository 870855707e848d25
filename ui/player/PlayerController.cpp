#include "player/PlayerController.h"

#include "StudioSettings.h"
#include "player/PlayerControls.h"

#include <QAudioOutput>
#include <QMediaMetaData>
#include <QMediaPlayer>
#include <QUrl>
#include <QVideoWidget>

namespace rc::ui {

PlayerController::PlayerController(PlayerControls &controls, QVideoWidget &video, StudioSettings &settings,
                                   QObject *parent)
    : QObject(parent), m_controls(controls), m_settings(settings), m_player(new QMediaPlayer(this)),
      m_audio(new QAudioOutput(this))
{
    m_player->setAudioOutput(m_audio);
    m_player->setVideoOutput(&video);

    connect(&controls, &PlayerControls::playRequested, this, &PlayerController::play);
    connect(&controls, &PlayerControls::pauseRequested, this, &PlayerController::pause);
    connect(&controls, &PlayerControls::seekRequested, this, &PlayerController::seek);
    connect(&controls, &PlayerControls::stepRequested, this, &PlayerController::step);
    connect(&controls, &PlayerControls::loopRequested, this, &PlayerController::setLoop);
    connect(&controls, &PlayerControls::volumeRequested, this, &PlayerController::setVolumePercent);
    connect(&controls, &PlayerControls::muteRequested, this, &PlayerController::setMuted);

    connect(m_player, &QMediaPlayer::playbackStateChanged, this,
            [this](QMediaPlayer::PlaybackState s) { m_controls.setPlaying(s == QMediaPlayer::PlayingState); });
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, &PlayerController::onMediaStatus);
    connect(m_player, &QMediaPlayer::durationChanged, this, [this](qint64 ms) {
        m_controls.setDurationMs(ms);
        m_controls.setFrameMs(int(qRound64(1000.0 / frameRate())));
    });
    connect(m_player, &QMediaPlayer::positionChanged, &m_controls, &PlayerControls::setPositionMs);

    setLoop(settings.loop.get());
    setVolumePercent(settings.volumePercent.get());
    setMuted(settings.muted.get());
}

void PlayerController::load(const QString &videoPath, bool autoPlay)
{
    const QUrl url = QUrl::fromLocalFile(videoPath);
    if (url == m_player->source() && m_player->mediaStatus() != QMediaPlayer::InvalidMedia) {
        // The same clip again (a finished job both refreshes the gallery and selects its row):
        // setSource would stop and rewind a pipeline that is still prerolling.
        if (autoPlay)
            play();
        return;
    }
    // GStreamer's pipeline is reused from one source to the next. Asking it to play while it is
    // still prerolling a just-written file (play() straight after setSource) left the video
    // branch without its first frame: a black picture and a clock that ran out of queued audio
    // at about one second. So the old source is dropped first, and play() waits for LoadedMedia.
    m_player->stop();
    m_player->setSource(QUrl());
    m_playWhenLoaded = autoPlay;
    m_player->setSource(url);
    onMediaStatus(m_player->mediaStatus());
}

void PlayerController::onMediaStatus(QMediaPlayer::MediaStatus status)
{
    if (!m_playWhenLoaded)
        return;
    if (status == QMediaPlayer::LoadedMedia || status == QMediaPlayer::BufferedMedia) {
        m_playWhenLoaded = false;
        m_player->play();
    } else if (status == QMediaPlayer::InvalidMedia || status == QMediaPlayer::NoMedia) {
        m_playWhenLoaded = false;
    }
}

void PlayerController::unload()
{
    m_playWhenLoaded = false;
    m_player->stop();
    m_player->setSource(QUrl());
    m_controls.setDurationMs(0);
    m_controls.setPositionMs(0);
}

void PlayerController::togglePlay()
{
    if (m_player->playbackState() == QMediaPlayer::PlayingState)
        pause();
    else
        play();
}

void PlayerController::play()
{
    if (m_player->source().isEmpty())
        return;
    if (m_player->mediaStatus() == QMediaPlayer::LoadingMedia)
        m_playWhenLoaded = true;
    else
        m_player->play();
}

void PlayerController::pause()
{
    m_playWhenLoaded = false;
    m_player->pause();
}

double PlayerController::frameRate() const
{
    const double fps = m_player->metaData().value(QMediaMetaData::VideoFrameRate).toDouble();
    return fps > 1 ? fps : 24.0; // the engine's rate when the backend does not say
}

void PlayerController::step(int frames)
{
    if (m_player->source().isEmpty())
        return;
    m_player->pause();
    const qint64 frameMs = qRound64(1000.0 / frameRate());
    seek(std::clamp<qint64>(m_player->position() + frames * frameMs, 0, std::max<qint64>(0, m_player->duration())));
}

void PlayerController::seek(qint64 ms)
{
    m_player->setPosition(ms);
}

void PlayerController::setLoop(bool loop)
{
    m_player->setLoops(loop ? QMediaPlayer::Infinite : QMediaPlayer::Once);
    m_controls.setLoop(loop);
    m_settings.loop.set(loop);
}

void PlayerController::setVolumePercent(int percent)
{
    m_audio->setVolume(float(percent) / 100.0f);
    m_controls.setVolumePercent(percent);
    m_settings.volumePercent.set(percent);
}

void PlayerController::setMuted(bool muted)
{
    m_audio->setMuted(muted);
    m_controls.setMuted(muted);
    m_settings.muted.set(muted);
}

bool PlayerController::isMuted() const
{
    return m_audio->isMuted();
}

} // namespace rc::ui
