#pragma once

#include <QWidget>

class QLabel;
class QStackedLayout;
class QVideoWidget;

namespace rc::ui {

class PlayerController;
class PlayerControls;
class StudioSettings;

// The inline player: the video (or a note when there is nothing to play) above its controls.
class PlayerPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlayerPanel)

public:
    explicit PlayerPanel(StudioSettings &settings, QWidget *parent = nullptr);

    // Plays `videoPath`; an empty path shows `note` instead.
    void playClip(const QString &videoPath, const QString &note = QString());
    PlayerController *controller() const { return m_controller; }
    PlayerControls *controls() const { return m_controls; }
    QVideoWidget *video() const { return m_video; }
    // The video alone on the whole screen; Esc, F or a double-click bring it back. Only while a
    // clip is loaded.
    void setFullScreen(bool fullScreen);
    void toggleFullScreen();
    bool isFullScreen() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QVideoWidget *m_video;
    QLabel *m_note;
    QStackedLayout *m_stack;
    PlayerControls *m_controls;
    PlayerController *m_controller;
};

} // namespace rc::ui
