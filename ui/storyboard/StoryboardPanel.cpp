#include "storyboard/StoryboardPanel.h"

#include "core/Catalogue.h"
#include "core/Paths.h"
#include "service/GenerationService.h"
#include "provenance/ProvenanceService.h"
#include "storyboard/FilePicker.h"
#include "storyboard/LessonAssembler.h"
#include "storyboard/Narration.h"
#include "storyboard/ShotMaker.h"
#include "storyboard/ShotModelPicker.h"
#include "widgets/FlowLayout.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace rc::ui {
namespace {

constexpr int kShotRole = Qt::UserRole + 1; // the shot's index when the strip was built
constexpr QSize kThumb(112, 63);

QPixmap placeholderThumb(int number)
{
    QPixmap pm(kThumb);
    pm.fill(QColor(40, 48, 64));
    QPainter p(&pm);
    p.setPen(QColor(200, 210, 230));
    QFont f = p.font();
    f.setPixelSize(22);
    f.setBold(true);
    p.setFont(f);
    p.drawText(pm.rect(), Qt::AlignCenter, QString::number(number));
    return pm;
}

} // namespace

StoryboardPanel::StoryboardPanel(const StudioContext &context, QWidget *parent)
    : QWidget(parent), m_ctx(context), m_priceTimer(new QTimer(this))
{
    m_title = new QLineEdit(this);
    m_title->setPlaceholderText(tr("Lesson title"));
    m_subtitle = new QLineEdit(this);
    m_subtitle->setPlaceholderText(tr("Subtitle (optional)"));
    auto *titles = new QHBoxLayout;
    titles->addWidget(m_title, 2);
    titles->addWidget(m_subtitle, 1);

    m_strip = new QListWidget(this);
    m_strip->setObjectName(QStringLiteral("storyboardStrip"));
    m_strip->setViewMode(QListView::IconMode);
    m_strip->setFlow(QListView::LeftToRight);
    m_strip->setWrapping(false);
    m_strip->setMovement(QListView::Snap);
    m_strip->setDragDropMode(QAbstractItemView::InternalMove);
    m_strip->setDefaultDropAction(Qt::MoveAction);
    m_strip->setIconSize(kThumb);
    m_strip->setGridSize(QSize(kThumb.width() + 44, kThumb.height() + 74));
    m_strip->setWordWrap(true);
    m_strip->setTextElideMode(Qt::ElideRight);
    m_strip->setFixedHeight(kThumb.height() + 96);
    m_strip->setToolTip(tr("Drag the cards to change the order of the shots."));

    auto *add = new QPushButton(tr("Add shot"), this);
    auto *duplicate = new QPushButton(tr("Duplicate"), this);
    auto *remove = new QPushButton(tr("Remove"), this);
    auto *remake = new QPushButton(tr("Make again"), this);
    remake->setToolTip(tr("Make the selected shot again at the next \"Make lesson\", even though it was made before."));
    // The four shot buttons wrap when the column is narrow: in one row they held the middle column
    // too wide for a 1280 px screen at 150 % scale.
    auto *cardButtons = new FlowLayout(nullptr, 6);
    for (QPushButton *b : {add, duplicate, remove, remake})
        cardButtons->addWidget(b);

    m_price = new QLabel(this);
    m_price->setObjectName(QStringLiteral("storyboardPrice"));
    // Long refusals wrap instead of widening the window past a small screen.
    m_price->setWordWrap(true);
    m_price->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_make = new QPushButton(tr("Make lesson"), this);
    m_make->setDefault(true);
    m_play = new QPushButton(tr("Play"), this);
    m_export = new QPushButton(tr("Export…"), this);
    // Making and joining take a while: the bar says how far they are (hidden when idle).
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("storyboardProgress"));
    m_progress->setRange(0, 100);
    m_progress->setVisible(false);
    // The price has a row of its own: beside the buttons, in the narrow middle column, it was
    // squeezed into a column of single words.
    auto *lessonButtons = new QHBoxLayout;
    lessonButtons->addStretch(1);
    lessonButtons->addWidget(m_make);
    lessonButtons->addWidget(m_play);
    lessonButtons->addWidget(m_export);

    auto *box = new QVBoxLayout(this);
    box->addLayout(titles);
    box->addWidget(m_strip);
    box->addLayout(cardButtons);
    // The editor scrolls rather than holding the window taller than a 720 px screen.
    auto *editorScroll = new QScrollArea(this);
    editorScroll->setWidget(buildEditor());
    editorScroll->setWidgetResizable(true);
    editorScroll->setFrameShape(QFrame::NoFrame);
    // Nearly three rows of the form stay in view; more held the window taller than 800 px at
    // 150 % once the shot buttons wrap onto a second row and the price has a row of its own.
    editorScroll->setMinimumHeight(88);
    box->addWidget(editorScroll, 1);
    box->addWidget(m_price);
    box->addLayout(lessonButtons);
    box->addWidget(m_progress);
    box->addWidget(m_status);

    m_priceTimer->setSingleShot(true);
    m_priceTimer->setInterval(400);
    connect(m_priceTimer, &QTimer::timeout, this, &StoryboardPanel::refreshPrice);
    connect(add, &QPushButton::clicked, this, &StoryboardPanel::addShot);
    connect(duplicate, &QPushButton::clicked, this, &StoryboardPanel::duplicateShot);
    connect(remove, &QPushButton::clicked, this, &StoryboardPanel::removeShot);
    connect(remake, &QPushButton::clicked, this, &StoryboardPanel::remakeShot);
    connect(m_make, &QPushButton::clicked, this, &StoryboardPanel::makeLesson);
    connect(m_play, &QPushButton::clicked, this, [this] { Q_EMIT playRequested(lessonPath()); });
    connect(m_export, &QPushButton::clicked, this, &StoryboardPanel::exportLesson);
    connect(m_strip, &QListWidget::currentRowChanged, this, [this](int row) {
        if (!m_loading)
            loadEditor(row);
    });
    connect(m_strip->model(), &QAbstractItemModel::rowsMoved, this, &StoryboardPanel::onRowsMoved);
    connect(&m_join, &QFutureWatcher<QString>::finished, this, [this] {
        const QString error = m_join.result();
        setBusy(false, error.isEmpty() ? tr("The lesson is ready: %1").arg(lessonPath()) : error);
        refreshPrice();
        if (error.isEmpty()) {
            Q_EMIT lessonReady(lessonPath());
            Q_EMIT playRequested(lessonPath());
        }
    });
    for (QLineEdit *e : {m_title, m_subtitle})
        connect(e, &QLineEdit::textChanged, this, [this] {
            if (!m_loading) {
                m_doc.title = m_title->text().trimmed();
                m_doc.subtitle = m_subtitle->text().trimmed();
                m_priceTimer->start();
            }
        });

    QString error;
    if (auto saved = storyboard::Storyboard::load(documentFile(), &error); saved && QFileInfo::exists(documentFile())) {
        setDocument(*saved);
    } else {
        storyboard::Storyboard fresh;
        fresh.shots.append(storyboard::Shot{});
        setDocument(fresh);
    }
}

StoryboardPanel::~StoryboardPanel()
{
    m_join.waitForFinished();
}

QWidget *StoryboardPanel::buildEditor()
{
    auto *editor = new QWidget(this);
    auto *form = new QFormLayout(editor);
    form->setContentsMargins(0, 0, 0, 0);
    // A field too wide for the narrow middle column goes under its label instead of scrolling.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_prompt = new QPlainTextEdit(editor);
    m_prompt->setPlaceholderText(tr("What the shot shows"));
    m_prompt->setMaximumHeight(64);
    m_seconds = new QDoubleSpinBox(editor);
    m_seconds->setRange(1, 600);
    m_seconds->setDecimals(1);
    m_seconds->setSuffix(tr(" s"));
    m_caption = new QLineEdit(editor);
    m_caption->setPlaceholderText(tr("Words on screen"));
    m_narration = new QPlainTextEdit(editor);
    m_narration->setPlaceholderText(tr("Words the voice speaks (the shot grows to fit them)"));
    m_narration->setMaximumHeight(56);
    m_shotModel = new ShotModelPicker(*m_ctx.catalogue, *m_ctx.service, editor);
    // A key added in Settings makes its provider selectable at once.
    connect(m_ctx.service, &GenerationService::providersChanged, m_shotModel, &ShotModelPicker::reload);
    m_continue = new QCheckBox(tr("Continue from the previous shot's last frame"), editor);
    form->addRow(tr("Prompt"), m_prompt);
    form->addRow(tr("Length"), m_seconds);
    form->addRow(tr("Caption"), m_caption);
    form->addRow(tr("Narration"), m_narration);
    m_photo = new FilePicker(FilePicker::Kind::Photo, tr("No photo"), editor);
    m_photo->setObjectName(QStringLiteral("storyboardPhoto"));
    m_voiceover = new FilePicker(FilePicker::Kind::Audio, tr("None: the narration text is spoken"), editor);
    m_voiceover->setObjectName(QStringLiteral("storyboardVoiceover"));
    form->addRow(tr("Photo"), m_photo);
    form->addRow(tr("Provider"), m_shotModel);
    form->addRow(QString(), m_continue);
    form->addRow(tr("Voice-over"), m_voiceover);
    form->addRow(buildLessonControls(editor));
    connect(m_photo, &FilePicker::changed, this, &StoryboardPanel::onPhotoPicked);
    connect(m_voiceover, &FilePicker::changed, this, &StoryboardPanel::onVoiceoverPicked);
    for (FilePicker *picker : {m_photo, m_voiceover})
        connect(picker, &FilePicker::refused, this, [this](const QString &why) { setBusy(false, why); });
    const auto changed = [this] {
        if (!m_loading) {
            storeEditor();
            m_priceTimer->start();
        }
    };
    connect(m_prompt, &QPlainTextEdit::textChanged, this, changed);
    connect(m_narration, &QPlainTextEdit::textChanged, this, changed);
    connect(m_caption, &QLineEdit::textChanged, this, changed);
    connect(m_seconds, &QDoubleSpinBox::valueChanged, this, changed);
    connect(m_shotModel, &ShotModelPicker::changed, this, changed);
    connect(m_continue, &QCheckBox::toggled, this, changed);
    return editor;
}

QString StoryboardPanel::documentFile() const
{
    return m_ctx.paths->profileDir() + QStringLiteral("/storyboards/storyboard.json");
}

QString StoryboardPanel::lessonPath() const
{
    return m_ctx.paths->profileDir() + QStringLiteral("/storyboards/lesson.mp4");
}

void StoryboardPanel::setDocument(const storyboard::Storyboard &doc)
{
    m_doc = doc;
    m_remake.clear();
    m_loading = true;
    m_title->setText(doc.title);
    m_subtitle->setText(doc.subtitle);
    loadLessonControls();
    m_loading = false;
    rebuildStrip();
    m_strip->setCurrentRow(0);
    loadEditor(0);
    refreshPrice();
    offerLesson(!m_maker && !m_join.isRunning());
}

int StoryboardPanel::currentShot() const
{
    const int row = m_strip->currentRow();
    return row >= 0 && row < m_doc.shots.size() ? row : -1;
}

void StoryboardPanel::rebuildStrip()
{
    const int keep = m_strip->currentRow();
    m_loading = true;
    m_strip->clear();
    for (int i = 0; i < m_doc.shots.size(); ++i) {
        const storyboard::Shot &s = m_doc.shots[i];
        QPixmap thumb;
        const JobId job = m_jobs.value(i);
        if (job != 0)
            thumb.load(m_ctx.paths->thumbnailFileFor(job));
        if (thumb.isNull())
            thumb = placeholderThumb(i + 1);
        else
            thumb = thumb.scaled(kThumb, Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation).copy(QRect(QPoint(0, 0), kThumb));
        const QString provider = m_ctx.catalogue->provider(m_doc.providerOf(s))
            ? m_ctx.catalogue->provider(m_doc.providerOf(s))->label
            : m_doc.providerOf(s);
        QString text = QStringLiteral("%1 · %2\n%3").arg(i + 1).arg(tr("%1 s").arg(s.seconds), s.caption.isEmpty() ? s.prompt.left(28) : s.caption);
        auto *item = new QListWidgetItem(QIcon(thumb), text, m_strip);
        item->setData(kShotRole, i);
        item->setToolTip(tr("Prompt: %1\nCaption: %2\nNarration: %3\nProvider: %4%5")
                             .arg(s.prompt, s.caption, s.narration.isEmpty() ? (s.voiceover.isEmpty() ? tr("none") : s.voiceover) : s.narration,
                                  provider, s.continueFromPrevious ? tr("\nContinues from the previous shot") : QString()));
        item->setFlags(item->flags() | Qt::ItemIsDragEnabled);
    }
    m_strip->setCurrentRow(std::clamp(keep, 0, int(m_doc.shots.size()) - 1));
    m_loading = false;
}

void StoryboardPanel::loadEditor(int index)
{
    if (index < 0 || index >= m_doc.shots.size())
        return;
    const storyboard::Shot &s = m_doc.shots[index];
    m_loading = true;
    m_prompt->setPlainText(s.prompt);
    m_seconds->setValue(s.seconds);
    m_caption->setText(s.caption);
    m_narration->setPlainText(s.narration);
    m_shotModel->showChoice(s.provider, s.model, m_doc.provider, m_doc.model);
    m_continue->setChecked(s.continueFromPrevious);
    m_continue->setEnabled(index > 0);
    m_photo->showPath(s.photo);
    m_voiceover->showPath(s.voiceover);
    m_loading = false;
}

void StoryboardPanel::storeEditor()
{
    const int index = currentShot();
    if (index < 0)
        return;
    storyboard::Shot &s = m_doc.shots[index];
    s.prompt = m_prompt->toPlainText().trimmed();
    s.seconds = m_seconds->value();
    s.caption = m_caption->text().trimmed();
    s.narration = m_narration->toPlainText().trimmed();
    if (!s.narration.isEmpty()) {
        s.voiceover.clear();
        m_voiceover->showPath(QString());
    }
    s.provider = m_shotModel->provider();
    s.model = m_shotModel->model();
    s.continueFromPrevious = index > 0 && m_continue->isChecked();
    if (s.continueFromPrevious) {
        s.photo.clear();
        m_photo->showPath(QString());
    }
    if (QListWidgetItem *item = m_strip->item(index))
        item->setText(QStringLiteral("%1 · %2\n%3").arg(index + 1).arg(tr("%1 s").arg(s.seconds), s.caption.isEmpty() ? s.prompt.left(28) : s.caption));
}

void StoryboardPanel::onRowsMoved()
{
    QList<storyboard::Shot> ordered;
    QList<JobId> jobs;
    for (int row = 0; row < m_strip->count(); ++row) {
        const int was = m_strip->item(row)->data(kShotRole).toInt();
        ordered.append(m_doc.shots.value(was));
        jobs.append(m_jobs.value(was));
    }
    m_doc.shots = ordered;
    m_jobs = jobs;
    if (!m_doc.shots.isEmpty())
        m_doc.shots[0].continueFromPrevious = false; // the first shot has nothing to continue
    QTimer::singleShot(0, this, [this] {
        rebuildStrip();
        loadEditor(currentShot());
        refreshPrice();
    });
}

void StoryboardPanel::addShot()
{
    storyboard::Shot shot;
    shot.seconds = m_doc.shots.isEmpty() ? 4 : m_doc.shots.last().seconds;
    m_doc.shots.append(shot);
    m_jobs.append(0);
    rebuildStrip();
    m_strip->setCurrentRow(int(m_doc.shots.size()) - 1);
    m_prompt->setFocus();
    refreshPrice();
}

void StoryboardPanel::duplicateShot()
{
    const int index = currentShot();
    if (index < 0)
        return;
    m_doc.shots.insert(index + 1, m_doc.shots[index]);
    m_jobs.insert(index + 1, m_jobs.value(index));
    rebuildStrip();
    m_strip->setCurrentRow(index + 1);
    refreshPrice();
}

void StoryboardPanel::removeShot()
{
    const int index = currentShot();
    if (index < 0 || m_doc.shots.size() <= 1)
        return;
    m_doc.shots.removeAt(index);
    m_jobs.removeAt(index);
    if (index == 0 && !m_doc.shots.isEmpty())
        m_doc.shots[0].continueFromPrevious = false;
    rebuildStrip();
    loadEditor(currentShot());
    refreshPrice();
}

void StoryboardPanel::remakeShot()
{
    const int index = currentShot();
    if (index < 0)
        return;
    m_remake.insert(index);
    refreshPrice();
}

// What the shots still to make cost, before anything is sent: the same plan "Make lesson" uses.
void StoryboardPanel::refreshPrice()
{
    save();
    QString error;
    QList<media::DecodedAudio> voices;
    if (!storyboard::prepareNarration(m_doc, &voices, &error)) {
        m_price->setText(error);
        return;
    }
    const auto tl = storyboard::LessonTimeline::build(m_doc, storyboard::narrationSeconds(voices));
    QList<double> lessonSec;
    for (int i = 0; i < m_doc.shots.size(); ++i)
        lessonSec.append(tl.seconds(tl.partOfShot(i)->lengthFrames));
    storyboard::ShotMaker maker({m_ctx.service, m_ctx.catalogue, m_ctx.budgets, m_ctx.ledger,
                                 m_ctx.paths->profileDir() + QStringLiteral("/storyboards")});
    if (!maker.plan(m_doc, lessonSec, &error)) {
        m_price->setText(error);
        m_make->setEnabled(false);
        return;
    }
    for (int i : std::as_const(m_remake))
        maker.forget(i);
    m_jobs = maker.jobs();
    m_lessonSec = tl.totalSec();
    showPriceLine(maker.shotsToMake(), maker.costToMake());
    m_make->setEnabled(!m_maker);
    if (!m_loading)
        rebuildStrip();
}

void StoryboardPanel::showPriceLine(int toMake, Money cost)
{
    const QString lessonLength = tr("lesson %1 s").arg(m_lessonSec, 0, 'f', 1);
    m_price->setText(toMake == 0 ? tr("All shots made") + QStringLiteral(" · ") + lessonLength
                                 : tr("%n shot(s) to make", nullptr, toMake) + QStringLiteral(" · ")
                                       + (cost.isZero() ? tr("free") : cost.toString()) + QStringLiteral(" · ") + lessonLength);
}

void StoryboardPanel::save() const
{
    QDir().mkpath(QFileInfo(documentFile()).absolutePath());
    QSaveFile f(documentFile());
    if (f.open(QIODevice::WriteOnly)) {
        f.write(QJsonDocument(m_doc.toJson(QFileInfo(documentFile()).absolutePath())).toJson());
        f.commit();
    }
}

void StoryboardPanel::offerLesson(bool idle)
{
    // While shots are re-made or the lesson joined, the file on disk is the previous lesson: not
    // offered to play or export until the new one replaces it (or the old one is all there is).
    const bool lessonThere = idle && QFileInfo::exists(lessonPath());
    m_play->setEnabled(lessonThere);
    m_export->setEnabled(lessonThere);
}

void StoryboardPanel::setBusy(bool busy, const QString &status)
{
    m_make->setEnabled(!busy);
    offerLesson(!busy);
    m_progress->setVisible(busy);
    m_status->setText(status);
    if (!status.isEmpty())
        Q_EMIT message(status);
}

void StoryboardPanel::makeLesson()
{
    if (m_maker || m_join.isRunning())
        return;
    storeEditor();
    save();
    QString error;
    QList<media::DecodedAudio> voices;
    if (!storyboard::prepareNarration(m_doc, &voices, &error))
        return setBusy(false, error);
    const auto tl = storyboard::LessonTimeline::build(m_doc, storyboard::narrationSeconds(voices));
    QList<double> lessonSec;
    for (int i = 0; i < m_doc.shots.size(); ++i)
        lessonSec.append(tl.seconds(tl.partOfShot(i)->lengthFrames));
    m_maker = new storyboard::ShotMaker({m_ctx.service, m_ctx.catalogue, m_ctx.budgets, m_ctx.ledger,
                                         m_ctx.paths->profileDir() + QStringLiteral("/storyboards")},
                                        this);
    if (!m_maker->plan(m_doc, lessonSec, &error)) {
        delete m_maker;
        m_maker = nullptr;
        return setBusy(false, error);
    }
    for (int i : std::as_const(m_remake))
        m_maker->forget(i);
    const QString refusal = m_maker->budgetRefusal();
    if (!refusal.isEmpty()) {
        delete m_maker;
        m_maker = nullptr;
        return setBusy(false, refusal);
    }
    // The shots still to make, each at 0 %: the bar's share of every one of them.
    m_shotPercent.clear();
    for (int i = 0; i < m_doc.shots.size(); ++i)
        if (m_maker->jobs().value(i) == 0)
            m_shotPercent.insert(i, 0);
    connect(m_maker, &storyboard::ShotMaker::shotProgress, this, [this](int index, int percent) {
        if (m_shotPercent.contains(index))
            m_shotPercent[index] = std::clamp(percent, 0, 99);
        showMakingProgress();
    });
    connect(m_maker, &storyboard::ShotMaker::shotMade, this, [this](int index) {
        m_remake.remove(index);
        m_shotPercent[index] = 100;
        m_jobs = m_maker->jobs();
        rebuildStrip();
        showPriceLine(m_maker->shotsToMake(), m_maker->costToMake()); // what is still to make, as it shrinks
        showMakingProgress();
    });
    connect(m_maker, &storyboard::ShotMaker::finished, this, [this, voices](bool allMade) {
        const QStringList clips = m_maker->clips();
        const QStringList failures = m_maker->failures();
        m_maker->deleteLater();
        m_maker = nullptr;
        if (!allMade)
            return setBusy(false, tr("The lesson was not joined: %1. The shots made are kept.").arg(failures.join(QStringLiteral("; "))));
        refreshPrice(); // every shot is made now: the price line says so while the lesson is joined
        setBusy(true, tr("Joining the lesson…"));
        m_progress->setValue(0);
        m_progress->setFormat(tr("Joining the lesson: %p%"));
        const storyboard::Storyboard doc = m_doc;
        const QString output = lessonPath();
        storyboard::AssemblyOptions options;
        if (doc.aiLabel)
            options.cornerLabel = storyboard::aiLabelText();
        if (m_ctx.provenance) {
            QStringList providers;
            for (const storyboard::Shot &shot : doc.shots)
                providers.append(doc.providerOf(shot));
            options.beforePublish = m_ctx.provenance->lessonSigner(clips, providers);
        }
        // Called on the joining thread; the bar is moved on this one (and not at all once the
        // panel is gone: the queued call dies with its context object).
        options.progress = [this](double fraction) {
            QMetaObject::invokeMethod(this, [this, fraction] { m_progress->setValue(int(fraction * 100)); }, Qt::QueuedConnection);
        };
        m_join.setFuture(QtConcurrent::run([doc, clips, voices, output, options] {
            QString error;
            storyboard::AssembledLesson lesson;
            return storyboard::assembleLesson(doc, clips, voices, output, options, &lesson, &error) ? QString() : error;
        }));
    });
    setBusy(true, QString());
    showMakingProgress();
    m_maker->start();
}

void StoryboardPanel::showMakingProgress()
{
    int made = 0, sum = 0;
    for (int percent : std::as_const(m_shotPercent)) {
        made += percent >= 100;
        sum += percent;
    }
    const int toMake = int(m_shotPercent.size());
    m_progress->setFormat(tr("Making the shots: %p%"));
    m_progress->setValue(toMake ? sum / toMake : 100);
    setBusy(true, toMake ? tr("Making the shots: %1 of %2 made…").arg(made).arg(toMake) : tr("Making the shots…"));
}

} // namespace rc::ui
