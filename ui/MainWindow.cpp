#include "MainWindow.h"

#include "ClipActions.h"
#include "ConsistencyNote.h"
#include "JobNotifier.h"
#include "StudioSettings.h"
#include "StudioStatusBar.h"
#include "WindowPlacement.h"
#include "batch/BatchCoordinator.h"
#include "compose/ComposePanel.h"
#include "compose/GenerateButton.h"
#include "compose/ImageDropZone.h"
#include "compose/PromptEditor.h"
#include "core/Paths.h"
#include "desktop/OpenRequest.h"
#include "gallery/ClipDetails.h"
#include "gallery/GalleryDelegate.h"
#include "gallery/GalleryFilterBar.h"
#include "gallery/GalleryModel.h"
#include "gallery/GalleryPanel.h"
#include "gallery/ThumbnailCache.h"
#include "help/AboutBox.h"
#include "help/FirstRunHint.h"
#include "imports/ClipImporter.h"
#include "service/ClipLibrary.h"
#include "integration/JobProgressIndicator.h"
#include "player/PlayerController.h"
#include "player/PlayerPanel.h"
#include "queue/QueueModel.h"
#include "queue/QueuePanel.h"
#include "service/GenerationService.h"
#include "provenance/ProvenanceService.h"
#include "settings/SettingsDialog.h"
#include "spend/SpendPanel.h"
#include "storyboard/StoryboardPanel.h"
#include "store/Budgets.h"
#include "store/JobRepository.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QLineEdit>
#include <QToolButton>
#include <QDir>
#include <QFileInfo>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace rc::ui {

MainWindow::MainWindow(const StudioContext &context, QWidget *parent)
    : QMainWindow(parent), m_ctx(context), m_settings(std::make_unique<StudioSettings>(context.paths->settingsFile())),
      m_importer(std::make_unique<ClipImporter>(*context.jobs, *context.paths)),
      m_thumbnails(new ThumbnailCache(GalleryDelegate::kThumbSize, 400, this)),
      m_galleryModel(new GalleryModel(*context.jobs, *context.service, *context.library, *m_thumbnails, this)),
      m_queueModel(new QueueModel(*context.service, this))
{
    setWindowTitle(tr("Reelcraft"));
    setObjectName(QStringLiteral("mainWindow"));
    m_actions = new ClipActions(*m_ctx.jobs, *m_ctx.service, *m_ctx.library, *m_settings, m_ctx.paths->inputsDir(), this);
    m_gallery = new GalleryPanel(*m_galleryModel, *m_ctx.catalogue, this);
    m_gallery->setTileWidth(m_settings->galleryTileWidth.get());
    connect(m_gallery, &GalleryPanel::tileWidthChanged, this, [this](int px) { m_settings->galleryTileWidth.set(px); });
    m_gallery->setSelectionActions(m_actions->selectionActions());
    m_gallery->filterBar()->setProjectActions(m_actions->projectActions());
    // The filter offers the projects as the actions last read them (none until the first answer).
    connect(m_actions, &ClipActions::projectsRead, m_gallery->filterBar(), &GalleryFilterBar::setProjects);

    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(buildLeftColumn());
    // The storyboard shares the middle with the gallery: both are where finished work is seen.
    m_storyboard = new StoryboardPanel(m_ctx, this);
    m_middleTabs = new QTabWidget(this);
    m_middleTabs->setDocumentMode(true);
    m_middleTabs->addTab(m_gallery, tr("Gallery"));
    m_middleTabs->addTab(m_storyboard, tr("Storyboard"));
    m_mainSplitter->addWidget(m_middleTabs);
    m_mainSplitter->addWidget(buildRightColumn());
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setChildrenCollapsible(false);
    m_hint = new FirstRunHint(*m_settings, this);
    auto *central = new QWidget(this);
    auto *centralBox = new QVBoxLayout(central);
    centralBox->setContentsMargins(0, 0, 0, 0);
    centralBox->setSpacing(0);
    centralBox->addWidget(m_hint);
    centralBox->addWidget(m_mainSplitter, 1);
    setCentralWidget(central);

    m_status = new StudioStatusBar(*m_ctx.ledger, *m_ctx.service, this);
    setStatusBar(m_status);
    m_progress = new JobProgressIndicator(*m_ctx.service, this);
    m_notifier = new JobNotifier(*m_ctx.service, m_progress->tray(), this);
    m_batches = new BatchCoordinator(m_ctx, *m_queuePanel, this);
    buildMenus();
    wire();
    restoreLayout();
    reportConsistency();
    // A creator opens the studio to write: start in the prompt.
    m_compose->promptEditor()->editor()->setFocus();
}

MainWindow::~MainWindow() = default;

QWidget *MainWindow::buildLeftColumn()
{
    m_compose = new ComposePanel(*m_ctx.catalogue, *m_ctx.service, *m_settings, m_ctx.paths->inputsDir(), this);
    // The three columns' minimums together fit a 1280 px screen at 150 % (853 logical px).
    m_compose->setMinimumWidth(290);

    m_queuePanel = new QueuePanel(*m_queueModel, *m_ctx.service, *m_ctx.catalogue, this);
    m_spend = new SpendPanel(*m_ctx.ledger, *m_ctx.budgets, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_queuePanel, tr("Queue"));
    m_tabs->addTab(m_spend, tr("Spend"));
    // The spend page's natural minimum (216 px) would hold the queue strip that tall and leave
    // the form scrolling on a 720-800 px screen; its chart shrinks well below that.
    m_tabs->setMinimumHeight(120);

    m_leftSplitter = new QSplitter(Qt::Vertical, this);
    m_leftSplitter->setObjectName(QStringLiteral("leftSplitter"));
    m_leftSplitter->addWidget(m_compose);
    m_leftSplitter->addWidget(m_tabs);
    // Height the window gains or loses (a smaller screen, the first-run hint going away) goes to
    // the form; the queue keeps its size.
    m_leftSplitter->setStretchFactor(0, 1);
    m_leftSplitter->setStretchFactor(1, 0);
    m_leftSplitter->setChildrenCollapsible(false);
    return m_leftSplitter;
}

QWidget *MainWindow::buildRightColumn()
{
    m_player = new PlayerPanel(*m_settings, this);
    m_details = new ClipDetails(*m_ctx.catalogue, this);
    m_details->setActions({m_actions->reuse(), m_actions->generateAgain(), m_actions->edit(), m_actions->useLastFrame(),
                           m_actions->favourite(), m_actions->remove()});
    auto *detailsScroll = new QScrollArea(this);
    detailsScroll->setWidget(m_details);
    detailsScroll->setWidgetResizable(true);
    detailsScroll->setFrameShape(QFrame::NoFrame);
    detailsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_rightSplitter = new QSplitter(Qt::Vertical, this);
    m_rightSplitter->setObjectName(QStringLiteral("rightSplitter"));
    m_rightSplitter->addWidget(m_player);
    m_rightSplitter->addWidget(detailsScroll);
    m_rightSplitter->setStretchFactor(0, 3);
    m_rightSplitter->setStretchFactor(1, 2);
    m_rightSplitter->setChildrenCollapsible(false);
    m_rightSplitter->setMinimumWidth(240);
    return m_rightSplitter;
}

void MainWindow::buildMenus()
{
    auto add = [this](QMenu *menu, const QString &text, const QKeySequence &key, auto slot) {
        QAction *a = menu->addAction(text);
        a->setShortcut(key);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *generate = add(file, tr("&Generate"), QKeySequence(), [this] { m_compose->generate(); });
    // The menu shows Ctrl+Enter, but the key belongs to the Generate button's own shortcuts (they
    // work wherever the panel is used); a window-wide twin would make the key ambiguous, so this
    // copy is live only inside the open menu.
    generate->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Enter), QKeySequence(Qt::CTRL | Qt::Key_Return)});
    generate->setShortcutContext(Qt::WidgetShortcut);
    add(file, tr("Open &Photo…"), QKeySequence::Open, [this] { m_compose->dropZone()->browse(); });
    add(file, tr("Paste P&hoto"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V),
        [this] { m_compose->dropZone()->pasteFromClipboard(); });
    file->addSeparator();
    add(file, tr("New &Batch…"), QKeySequence(Qt::CTRL | Qt::Key_B), [this] { m_batches->chooseFiles(); })
        ->setToolTip(tr("One clip per product, from several photos or a sheet"));
    add(file, tr("New Batch from &Folder…"), QKeySequence(), [this] { m_batches->chooseFolder(); });
    file->addSeparator();
    file->addAction(m_actions->saveAs());
    file->addSeparator();
    add(file, tr("&Settings…"), QKeySequence(Qt::CTRL | Qt::Key_Comma), &MainWindow::openSettings);
    add(file, tr("&Quit"), QKeySequence::Quit, &MainWindow::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_actions->undo());
    edit->addSeparator();
    add(edit, tr("&Find Clips"), QKeySequence::Find, [this] {
        m_middleTabs->setCurrentWidget(m_gallery);
        m_gallery->filterBar()->focusSearch();
    });

    QMenu *clip = menuBar()->addMenu(tr("&Clip"));
    clip->addActions(m_actions->all());
    m_gallery->view()->addActions(m_actions->all());

    PlayerController *pc = m_player->controller();
    QMenu *play = menuBar()->addMenu(tr("&Playback"));
    add(play, tr("&Play / Pause"), QKeySequence(Qt::Key_Space), [pc] { pc->togglePlay(); });
    add(play, tr("Pre&vious Frame"), QKeySequence(Qt::Key_Comma), [pc] { pc->step(-1); });
    add(play, tr("&Next Frame"), QKeySequence(Qt::Key_Period), [pc] { pc->step(1); });
    QAction *loop = add(play, tr("&Loop"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), [pc](bool on) { pc->setLoop(on); });
    loop->setCheckable(true);
    loop->setChecked(m_settings->loop.get());
    add(play, tr("&Mute"), QKeySequence(Qt::Key_M), [pc] { pc->setMuted(!pc->isMuted()); });
    add(play, tr("&Full Screen"), QKeySequence(Qt::Key_F), [this] { m_player->toggleFullScreen(); });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    add(view, tr("&Queue"), QKeySequence(Qt::CTRL | Qt::Key_1), [this] { m_tabs->setCurrentWidget(m_queuePanel); });
    add(view, tr("&Spend"), QKeySequence(Qt::CTRL | Qt::Key_2), [this] { m_tabs->setCurrentWidget(m_spend); });
    add(view, tr("S&toryboard"), QKeySequence(Qt::CTRL | Qt::Key_3), [this] { m_middleTabs->setCurrentWidget(m_storyboard); });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    add(help, tr("&Getting Started"), QKeySequence(), [this] { m_hint->show(); });
    add(help, tr("&About Reelcraft"), QKeySequence(), [this] { AboutBox::show(this, *m_ctx.paths); });
}

void MainWindow::wire()
{
    connect(m_gallery, &GalleryPanel::currentChanged, this, &MainWindow::showClip);
    connect(m_gallery, &GalleryPanel::selectionChanged, m_actions, &ClipActions::setSelection);
    connect(m_actions, &ClipActions::reuseRequested, m_compose, &ComposePanel::applyRequest);
    connect(m_actions, &ClipActions::photoRequested, m_compose, &ComposePanel::setInputPhoto);
    connect(m_actions, &ClipActions::message, this, [this](const QString &text) { m_status->showMessage(text, 8000); });
    connect(m_compose, &ComposePanel::submitted, this, [this] { m_tabs->setCurrentWidget(m_queuePanel); });
    connect(m_ctx.service, &GenerationService::jobFinished, this, &MainWindow::onJobFinished);
    connect(m_ctx.service, &GenerationService::providersChanged, m_gallery->filterBar(),
            &GalleryFilterBar::reloadProviders);
    connect(m_hint, &FirstRunHint::settingsRequested, this, &MainWindow::openSettings);
    connect(m_compose, &ComposePanel::keyWanted, this, &MainWindow::openKeySettings);
    connect(m_storyboard, &StoryboardPanel::playRequested, this, [this](const QString &path) {
        // The lesson is no gallery clip: the details and clip actions of the last shot made must
        // not stay beside it as if they were the lesson's.
        m_actions->setCurrent(0);
        m_details->setJob(std::nullopt);
        m_player->playClip(path);
    });
    connect(m_storyboard, &StoryboardPanel::message, this, [this](const QString &text) { m_status->showMessage(text, 8000); });
    connect(m_compose->dropZone(), &ImageDropZone::batchDropped, m_batches, &BatchCoordinator::open);
    connect(m_batches, &BatchCoordinator::started, this, [this] { m_tabs->setCurrentWidget(m_queuePanel); });
    connect(m_batches, &BatchCoordinator::message, this, [this](const QString &text) { m_status->showMessage(text, 15000); });
    // Caps are written after the settings closed: the panel follows the store, and a refusal is told.
    connect(m_ctx.budgets, &Budgets::capsChanged, m_spend, &SpendPanel::refresh);
    connect(m_ctx.budgets, &Budgets::writeFailed, this, [this](const QString &text) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Spending Caps"), text, QMessageBox::Close, this);
        box->setObjectName(QStringLiteral("capWriteFailed"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setWindowModality(Qt::WindowModal);
        box->open();
    });

    // Keyboard order follows the way of work: write, generate, then find and watch. Left to
    // creation order, Tab went from Generate into the queue and never reached the gallery.
    GalleryFilterBar *bar = m_gallery->filterBar();
    const QList<QWidget *> order{m_compose->generateButton(), bar->searchEdit(), bar->sortBox(), bar->providerBox(),
                                 bar->statusBox(), bar->favouritesButton(), m_gallery->view()};
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
}

void MainWindow::reportConsistency()
{
    // Says "Checking…" while the library's reader compares the records with the media folder,
    // then what disagrees, or goes away.
    m_status->addWidget(new ConsistencyNote(*m_ctx.library, m_status));
}

void MainWindow::showClip(JobId id)
{
    m_actions->setCurrent(id);
    // The clip as the window already knows it, without waiting for the store: the live job while
    // the service runs it (the freshest, and there before its row is written), else the
    // gallery's row. Only its edits are read, on the library's reader, and shown when they come.
    std::optional<Job> job = id ? m_ctx.service->activeJob(id) : std::nullopt;
    if (!job && id)
        job = m_galleryModel->jobAt(m_galleryModel->rowOf(id));
    m_details->setJob(job);
    if (job) {
        m_ctx.library->readEdits(id).then(this, [this, id](const QList<JobId> &edits) {
            if (m_actions->current() == id) // else another clip is shown: not its edits
                m_details->setEdits(edits);
        });
    }
    if (!job) {
        m_player->playClip(QString(), tr("Select a clip to play it."));
    } else if (job->state() == JobState::Completed && QFileInfo::exists(job->output().videoPath)) {
        m_player->playClip(job->output().videoPath);
    } else {
        m_player->playClip(QString(), job->state() == JobState::Completed ? tr("The video file is missing.")
                                                                         : jobStateLabel(job->state()));
    }
}

void MainWindow::onJobFinished(const Job &job)
{
    m_spend->refresh();
    m_status->refresh();
    if (job.state() == JobState::Completed) {
        m_status->showMessage(tr("Clip ready: %1").arg(job.request().prompt.simplified().left(60)), 8000);
        // Show the new clip unless the user is looking at another one; an edit takes the place of
        // the clip it was asked of (the rule lives in the gallery, which knows what the user chose).
        m_gallery->showFinished(job.id(), job.parentId());
    }
}

void MainWindow::openFiles(const QStringList &files)
{
    if (files.isEmpty())
        return;
    // Second launches pass absolute paths (see SingleInstance::start), so the folder only
    // matters for names given to this process.
    const desktop::OpenOutcome o = desktop::openFiles(files, *m_importer, QDir::currentPath());
    if (!o.importedClips.isEmpty()) {
        m_galleryModel->refresh();
        m_gallery->select(o.importedClips.last());
        m_status->showMessage(tr("%n clip(s) imported into the gallery.", nullptr, int(o.importedClips.size())), 8000);
    } else if (!o.alreadyThere.isEmpty()) {
        m_gallery->select(o.alreadyThere.last()); // what the user opened is this clip
    }
    if (!o.photo.isEmpty())
        m_compose->setInputPhoto(o.photo);
    showOpenMessages(o.messages);
}

void MainWindow::showOpenMessages(const QStringList &messages)
{
    if (messages.size() == 1) {
        m_status->showMessage(messages.first(), 15000);
    } else if (messages.size() > 1) {
        // Several refusals do not fit a status line; a window-modal box does not block a second
        // launch that is still handing over its files.
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Some files were not opened"),
                                    tr("%n file(s) could not be opened.", nullptr, int(messages.size())),
                                    QMessageBox::Close, this);
        box->setDetailedText(messages.join(QLatin1Char('\n')));
        box->setInformativeText(messages.first());
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setWindowModality(Qt::WindowModal);
        box->open();
    }
}

void MainWindow::openSettings()
{
    runSettings(false);
}

void MainWindow::openKeySettings()
{
    runSettings(true);
}

void MainWindow::runSettings(bool keysPage)
{
    SettingsDialog dialog(*m_ctx.catalogue, *m_ctx.keys, *m_ctx.budgets, *m_settings, m_ctx.profiles, this);
    if (keysPage)
        dialog.showKeysPage();
    if (dialog.exec() == QDialog::Accepted) {
        m_spend->refresh();
        if (m_ctx.provenance) { // the next clips follow the new choices
            m_ctx.provenance->setVisibleLabel(m_settings->aiLabel.get());
            m_ctx.provenance->setTimeStampUrl(m_settings->timeStampUrl.get());
        }
    }
    // A key added (or removed) there changes what Generate can do.
    m_compose->refresh();
}

void MainWindow::restoreLayout()
{
    placement::restore(this, *m_settings, QSize(1560, 980));
    restoreState(m_settings->windowState.get());
    if (!m_mainSplitter->restoreState(m_settings->mainSplitter.get()))
        m_mainSplitter->setSizes({430, 640, 460});
    if (!m_leftSplitter->restoreState(m_settings->leftSplitter.get())) {
        // Sizes given before the first layout are only ratios to QSplitter; once the column has
        // its real height, the queue gets a fixed strip and the form the rest.
        QTimer::singleShot(0, this, [this] {
            // A strip for two or three jobs: the queue is empty most of the time, and every pixel
            // it holds is taken from the prompt and the photo.
            const int total = m_leftSplitter->height();
            const int queue = std::clamp(total / 4, m_tabs->minimumHeight(), 190);
            m_leftSplitter->setSizes({total - queue, queue});
        });
    }
    if (!m_rightSplitter->restoreState(m_settings->rightSplitter.get()))
        m_rightSplitter->setSizes({420, 400});
}

void MainWindow::saveLayout()
{
    placement::save(this, *m_settings);
    m_settings->windowState.set(saveState());
    m_settings->mainSplitter.set(m_mainSplitter->saveState());
    m_settings->leftSplitter.set(m_leftSplitter->saveState());
    m_settings->rightSplitter.set(m_rightSplitter->saveState());
    m_settings->sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_confirmQuit && m_ctx.service->hasActiveJobs()) {
        const int n = int(m_ctx.service->activeJobs().size());
        const auto answer = QMessageBox::question(
            this, tr("Quit Reelcraft"),
            tr("%n job(s) still running. Quit anyway?\nThey resume next time where the provider allows it.", nullptr, n),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
    }
    saveLayout();
    event->accept();
}

} // namespace rc::ui
