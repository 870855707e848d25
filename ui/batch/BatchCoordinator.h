#pragma once

#include "StudioContext.h"
#include "batch/BatchRunner.h"

#include <QList>
#include <QObject>
#include <QStringList>

class QWidget;

namespace rc::batch {
struct BatchSource;
}

namespace rc::ui {

class BatchDialog;
class QueuePanel;

// The studio's batches: turns dropped photos, a folder or a sheet into the batch dialog, and an
// accepted dialog into a running batch shown as one group in the queue. Owns the runners. On
// construction it takes up the batches an earlier session left unfinished (see BatchStore).
class BatchCoordinator : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchCoordinator)

public:
    BatchCoordinator(const StudioContext &context, QueuePanel &queue, QWidget *window);
    ~BatchCoordinator() override;

    // Several photos, one folder or one sheet. Opens the dialog (window-modal, returns at once).
    void open(const QStringList &paths);
    void chooseFiles();
    void chooseFolder();
    QList<batch::BatchRunner *> runners() const { return m_runners; }

Q_SIGNALS:
    void started(rc::batch::BatchRunner *runner);
    void message(const QString &text);

private:
    void openSource(const batch::BatchSource &source);
    void run(const BatchDialog &dialog);
    // Batches that were running when the studio last closed come back as groups, paused.
    void restoreUnfinished();
    void show(batch::BatchRunner *runner);

    StudioContext m_ctx;
    QueuePanel &m_queue;
    QWidget *m_window;
    QList<batch::BatchRunner *> m_runners;
};

// True when dropped files make a batch rather than one photo: several files, a folder, a sheet.
bool isBatchDrop(const QStringList &paths);

} // namespace rc::ui
