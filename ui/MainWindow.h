#pragma once

#include "StudioContext.h"
#include "core/Job.h"

#include <QMainWindow>
#include <QStringList>
#include <memory>

namespace rc {
class ClipImporter;
}

class QSplitter;
class QTabWidget;

namespace rc::ui {

class BatchCoordinator;
class ClipActions;
class ClipDetails;
class ComposePanel;
class FirstRunHint;
class GalleryModel;
class GalleryPanel;
class JobNotifier;
class JobProgressIndicator;
class PlayerPanel;
class QueueModel;
class QueuePanel;
class SpendPanel;
class StudioSettings;
class StoryboardPanel;
class StudioStatusBar;
class ThumbnailCache;

// The studio window. It builds the panels, connects them to each other and to the core, and
// restores its geometry; every behaviour lives in a panel, a model or the core.
class MainWindow : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(const StudioContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    ComposePanel *compose() const { return m_compose; }
    QueuePanel *queuePanel() const { return m_queuePanel; }
    QueueModel *queueModel() const { return m_queueModel; }
    GalleryPanel *gallery() const { return m_gallery; }
    GalleryModel *galleryModel() const { return m_galleryModel; }
    PlayerPanel *player() const { return m_player; }
    ClipDetails *details() const { return m_details; }
    ClipActions *clipActions() const { return m_actions; }
    SpendPanel *spendPanel() const { return m_spend; }
    StoryboardPanel *storyboardPanel() const { return m_storyboard; }
    StudioStatusBar *studioStatusBar() const { return m_status; }
    FirstRunHint *firstRunHint() const { return m_hint; }
    JobProgressIndicator *progressIndicator() const { return m_progress; }
    BatchCoordinator *batches() const { return m_batches; }
    // Files from the command line, a second launch or "Open With": MP4s are imported into the
    // gallery (the last one selected), an image goes into the photo slot, the rest is explained.
    void openFiles(const QStringList &files);
    // Skips the "jobs are running" question on close (the caller already asked or does not care).
    void setConfirmQuit(bool confirm) { m_confirmQuit = confirm; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *buildLeftColumn();
    QWidget *buildRightColumn();
    void buildMenus();
    void wire();
    void showClip(JobId id);
    // Once, at start: what the history and the media folder disagree on, as a status bar note.
    void reportConsistency();
    void onJobFinished(const Job &job);
    void openSettings();
    void openKeySettings();
    void runSettings(bool keysPage);
    void showOpenMessages(const QStringList &messages);
    void restoreLayout();
    void saveLayout();

    StudioContext m_ctx;
    std::unique_ptr<StudioSettings> m_settings;
    std::unique_ptr<ClipImporter> m_importer;
    ThumbnailCache *m_thumbnails;
    GalleryModel *m_galleryModel;
    QueueModel *m_queueModel;
    ComposePanel *m_compose = nullptr;
    QueuePanel *m_queuePanel = nullptr;
    SpendPanel *m_spend = nullptr;
    StoryboardPanel *m_storyboard = nullptr;
    QTabWidget *m_middleTabs = nullptr;
    QTabWidget *m_tabs = nullptr;
    GalleryPanel *m_gallery = nullptr;
    PlayerPanel *m_player = nullptr;
    ClipDetails *m_details = nullptr;
    ClipActions *m_actions = nullptr;
    StudioStatusBar *m_status = nullptr;
    JobNotifier *m_notifier = nullptr;
    JobProgressIndicator *m_progress = nullptr;
    FirstRunHint *m_hint = nullptr;
    BatchCoordinator *m_batches = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_leftSplitter = nullptr;
    QSplitter *m_rightSplitter = nullptr;
    bool m_confirmQuit = true;
};

} // namespace rc::ui
