#pragma once

#include "StudioContext.h"
#include "core/Job.h"
#include "storyboard/Storyboard.h"

#include <QFutureWatcher>
#include <QHash>
#include <QSet>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTimer;

namespace rc::storyboard {
class ShotMaker;
}

namespace rc::ui {

class FilePicker;
class ShotModelPicker;

// The Storyboard tab: a strip of shot cards (thumbnail, prompt, seconds, caption, narration,
// provider) that can be added, duplicated, removed and dragged into order, an editor for the
// selected card, and "Make lesson", which makes the shots still to make through the service and
// joins them into one lesson (the price of those shots is shown before anything is sent).
// The storyboard is kept in the profile (storyboards/storyboard.json) as the user edits it.
class StoryboardPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoryboardPanel)

public:
    explicit StoryboardPanel(const StudioContext &context, QWidget *parent = nullptr);
    ~StoryboardPanel() override;

    const storyboard::Storyboard &document() const { return m_doc; }
    void setDocument(const storyboard::Storyboard &doc);
    QString lessonPath() const;
    QListWidget *strip() const { return m_strip; }
    QLabel *priceLabel() const { return m_price; }
    QPushButton *makeButton() const { return m_make; }
    QPushButton *playButton() const { return m_play; }
    QPushButton *exportButton() const { return m_export; }
    QLabel *statusLabel() const { return m_status; }
    QProgressBar *progressBar() const { return m_progress; }
    FilePicker *photoPicker() const { return m_photo; }
    FilePicker *voiceoverPicker() const { return m_voiceover; }
    FilePicker *musicPicker() const { return m_musicFile; }
    QComboBox *musicChoice() const { return m_music; }
    QComboBox *transitionChoice() const { return m_transition; }
    QDoubleSpinBox *transitionSeconds() const { return m_transitionSec; }
    QPlainTextEdit *narrationEdit() const { return m_narration; }
    QCheckBox *continueBox() const { return m_continue; }
    QCheckBox *aiLabelBox() const { return m_aiLabel; }
    ShotModelPicker *modelPicker() const { return m_shotModel; }
    QString documentFile() const;

    void addShot();
    void duplicateShot();
    void removeShot();
    // Marks the selected shot to be made again at the next "Make lesson".
    void remakeShot();
    void makeLesson();
    void exportLesson();

Q_SIGNALS:
    void playRequested(const QString &videoPath);
    void lessonReady(const QString &videoPath);
    void message(const QString &text);

private:
    QWidget *buildEditor();
    void loadEditor(int index);
    void storeEditor();
    void rebuildStrip();
    void onRowsMoved();
    void refreshPrice();
    void showPriceLine(int toMake, Money cost);
    void save() const;
    void setBusy(bool busy, const QString &status);
    void offerLesson(bool idle);
    void showMakingProgress();
    void assemble();
    int currentShot() const;
    QWidget *buildLessonControls(QWidget *parent);
    void loadLessonControls();
    void storeLessonControls();
    void onPhotoPicked(const QString &path);
    void onVoiceoverPicked(const QString &path);

    StudioContext m_ctx;
    storyboard::Storyboard m_doc;
    QSet<int> m_remake;
    double m_lessonSec = 0; // the lesson's length at the last pricing
    QStringList m_clips;
    QList<JobId> m_jobs;
    storyboard::ShotMaker *m_maker = nullptr;
    QFutureWatcher<QString> m_join;
    bool m_loading = false;
    QLineEdit *m_title;
    QLineEdit *m_subtitle;
    QListWidget *m_strip;
    QPlainTextEdit *m_prompt;
    QDoubleSpinBox *m_seconds;
    QLineEdit *m_caption;
    QPlainTextEdit *m_narration;
    ShotModelPicker *m_shotModel;
    QCheckBox *m_continue;
    FilePicker *m_photo;
    FilePicker *m_voiceover;
    QComboBox *m_music;
    FilePicker *m_musicFile;
    QComboBox *m_transition;
    QDoubleSpinBox *m_transitionSec;
    QCheckBox *m_aiLabel;
    QLabel *m_price;
    QLabel *m_status;
    QProgressBar *m_progress;
    QHash<int, int> m_shotPercent; // the shots being made, by index: how far each is
    QPushButton *m_make;
    QPushButton *m_play;
    QPushButton *m_export;
    QTimer *m_priceTimer;
};

} // namespace rc::ui
