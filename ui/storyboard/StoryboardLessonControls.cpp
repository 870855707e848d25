// The StoryboardPanel's controls that are not plain text: the shot's photo and voice-over
// pickers, the whole lesson's music and transition, and exporting the made lesson. Kept apart
// from StoryboardPanel.cpp so that file keeps to the strip and the making of the lesson.
#include "storyboard/FilePicker.h"
#include "storyboard/StoryboardPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QTimer>

namespace rc::ui {
namespace {

// The crossfade lengths the document accepts (Storyboard.cpp reads 0.04-3 s).
constexpr double kMinCrossfadeSec = 0.04;
constexpr double kMaxCrossfadeSec = 3.0;

} // namespace

QWidget *StoryboardPanel::buildLessonControls(QWidget *parent)
{
    auto *group = new QGroupBox(tr("Whole lesson"), parent);
    auto *form = new QFormLayout(group);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows); // the middle column is narrow

    m_music = new QComboBox(group);
    m_music->setObjectName(QStringLiteral("storyboardMusic"));
    m_music->addItem(tr("Made by the built-in engine"), int(storyboard::MusicKind::Engine));
    m_music->addItem(tr("None"), int(storyboard::MusicKind::None));
    m_music->addItem(tr("From a file"), int(storyboard::MusicKind::File));
    m_musicFile = new FilePicker(FilePicker::Kind::Audio, tr("No music file chosen"), group);
    m_musicFile->setObjectName(QStringLiteral("storyboardMusicFile"));

    m_transition = new QComboBox(group);
    m_transition->setObjectName(QStringLiteral("storyboardTransition"));
    m_transition->addItem(tr("Cut"), int(storyboard::Transition::Cut));
    m_transition->addItem(tr("Crossfade"), int(storyboard::Transition::Crossfade));
    m_transitionSec = new QDoubleSpinBox(group);
    m_transitionSec->setRange(kMinCrossfadeSec, kMaxCrossfadeSec);
    m_transitionSec->setDecimals(2);
    m_transitionSec->setSingleStep(0.1);
    m_transitionSec->setSuffix(tr(" s"));
    auto *transition = new QWidget(group);
    auto *transitionRow = new QHBoxLayout(transition);
    transitionRow->setContentsMargins(0, 0, 0, 0);
    transitionRow->addWidget(m_transition);
    transitionRow->addWidget(m_transitionSec);
    transitionRow->addStretch(1);

    // The file gets a row of its own: beside the choice it held the narrow middle column wider
    // than a 1280 px screen leaves it.
    form->addRow(tr("Music"), m_music);
    form->addRow(tr("Music file"), m_musicFile);
    form->addRow(tr("Between shots"), transition);
    m_aiLabel = new QCheckBox(tr("Show an “AI-generated” label in the top right corner"), group);
    m_aiLabel->setObjectName(QStringLiteral("storyboardAiLabel"));
    form->addRow(QString(), m_aiLabel);

    const auto changed = [this] {
        if (!m_loading) {
            storeLessonControls();
            m_priceTimer->start();
        }
    };
    connect(m_music, &QComboBox::currentIndexChanged, this, changed);
    connect(m_transition, &QComboBox::currentIndexChanged, this, changed);
    connect(m_transitionSec, &QDoubleSpinBox::valueChanged, this, changed);
    connect(m_aiLabel, &QCheckBox::toggled, this, changed);
    connect(m_musicFile, &FilePicker::changed, this, [this](const QString &path) {
        if (m_loading)
            return;
        // Choosing a file means "music from this file"; clearing it falls back to the engine's.
        m_loading = true;
        m_music->setCurrentIndex(m_music->findData(int(path.isEmpty() ? storyboard::MusicKind::Engine : storyboard::MusicKind::File)));
        m_loading = false;
        storeLessonControls();
        m_priceTimer->start();
    });
    connect(m_musicFile, &FilePicker::refused, this, [this](const QString &why) { setBusy(false, why); });
    return group;
}

void StoryboardPanel::loadLessonControls()
{
    const bool was = m_loading;
    m_loading = true;
    m_music->setCurrentIndex(m_music->findData(int(m_doc.music)));
    m_musicFile->showPath(m_doc.music == storyboard::MusicKind::File ? m_doc.musicFile : QString());
    m_transition->setCurrentIndex(m_transition->findData(int(m_doc.transition)));
    m_transitionSec->setValue(m_doc.transitionSec);
    m_transitionSec->setEnabled(m_doc.transition == storyboard::Transition::Crossfade);
    m_aiLabel->setChecked(m_doc.aiLabel);
    m_loading = was;
}

void StoryboardPanel::storeLessonControls()
{
    const auto music = storyboard::MusicKind(m_music->currentData().toInt());
    if (music == storyboard::MusicKind::File && m_musicFile->path().isEmpty()) {
        // The document has no way to say "a file, not yet chosen": keep the last choice until
        // a file is picked.
        setBusy(false, tr("Choose the music file (Browse… or drop one on the music row)."));
    } else {
        m_doc.music = music;
        m_doc.musicFile = music == storyboard::MusicKind::File ? m_musicFile->path() : QString();
    }
    m_doc.transition = storyboard::Transition(m_transition->currentData().toInt());
    m_doc.transitionSec = m_transitionSec->value();
    m_doc.aiLabel = m_aiLabel->isChecked();
    m_transitionSec->setEnabled(m_doc.transition == storyboard::Transition::Crossfade);
}

void StoryboardPanel::onPhotoPicked(const QString &path)
{
    const int index = currentShot();
    if (index < 0 || m_loading)
        return;
    storyboard::Shot &s = m_doc.shots[index];
    s.photo = path;
    // A shot starts from a photo or from the previous shot's last frame, not both.
    if (!path.isEmpty() && s.continueFromPrevious) {
        s.continueFromPrevious = false;
        m_loading = true;
        m_continue->setChecked(false);
        m_loading = false;
    }
    m_priceTimer->start();
}

void StoryboardPanel::onVoiceoverPicked(const QString &path)
{
    const int index = currentShot();
    if (index < 0 || m_loading)
        return;
    storyboard::Shot &s = m_doc.shots[index];
    s.voiceover = path;
    // A recording replaces the narration text; clearing it lets the text be typed again.
    if (!path.isEmpty() && !s.narration.isEmpty()) {
        s.narration.clear();
        m_loading = true;
        m_narration->clear();
        m_loading = false;
    }
    m_priceTimer->start();
}

void StoryboardPanel::exportLesson()
{
    if (!QFileInfo::exists(lessonPath()))
        return;
    const QString name = m_doc.title.isEmpty() ? QStringLiteral("lesson") : m_doc.title;
    const QString target = QFileDialog::getSaveFileName(this, tr("Export Lesson"), QDir::home().filePath(name + QStringLiteral(".mp4")),
                                                        tr("MP4 video (*.mp4)"));
    if (target.isEmpty())
        return;
    const QFileInfo from(lessonPath()), to(target);
    const QString fromBase = from.absolutePath() + QLatin1Char('/') + from.completeBaseName();
    const QString toBase = to.absolutePath() + QLatin1Char('/') + to.completeBaseName();
    bool ok = true;
    for (const QString &ext : {QStringLiteral(".mp4"), QStringLiteral(".srt"), QStringLiteral(".vtt")}) {
        QFile::remove(toBase + ext);
        ok = QFile::copy(fromBase + ext, toBase + ext) && ok;
    }
    setBusy(false, ok ? tr("Exported to %1 (with its .srt and .vtt captions).").arg(target) : tr("Could not write %1.").arg(target));
}

} // namespace rc::ui
