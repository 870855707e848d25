#include "batch/BatchCoordinator.h"

#include "batch/BatchDialog.h"
#include "batch/BatchQueueGroup.h"
#include "batch/BatchRunner.h"
#include "batch/BatchSource.h"
#include "batch/BatchStore.h"
#include "queue/QueuePanel.h"
#include "store/JobRepository.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace rc::ui {

bool isBatchDrop(const QStringList &paths)
{
    if (paths.size() > 1)
        return true;
    if (paths.size() == 1) {
        const QFileInfo f(paths.first());
        return f.isDir() || f.suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0;
    }
    return false;
}

BatchCoordinator::BatchCoordinator(const StudioContext &context, QueuePanel &queue, QWidget *window)
    : QObject(window), m_ctx(context), m_queue(queue), m_window(window)
{
    restoreUnfinished();
}

BatchCoordinator::~BatchCoordinator() = default;

void BatchCoordinator::open(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    if (paths.size() == 1) {
        openSource(batch::readBatchSource(paths.first()));
        return;
    }
    // Loose photos: only the images among them; named after the folder they came from.
    QStringList photos;
    for (const QString &p : paths)
        if (QFileInfo(p).isFile() && batch::isImageFileName(p))
            photos.append(QFileInfo(p).absoluteFilePath());
    if (photos.isEmpty()) {
        Q_EMIT message(tr("None of the dropped files is a photo."));
        return;
    }
    batch::BatchSource source = batch::photosSource(photos, QFileInfo(photos.first()).absoluteDir().dirName());
    openSource(source);
}

void BatchCoordinator::chooseFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        m_window, tr("New Batch: product photos or a sheet"), QString(),
        tr("Product photos or a sheet (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff *.csv);;All files (*)"));
    if (!files.isEmpty())
        open(files);
}

void BatchCoordinator::chooseFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(m_window, tr("New Batch: a folder of product photos"));
    if (!dir.isEmpty())
        open({dir});
}

void BatchCoordinator::openSource(const batch::BatchSource &source)
{
    if (source.rows.isEmpty()) {
        QMessageBox::warning(m_window, tr("New Batch"), source.problems.join(QLatin1Char('\n')));
        return;
    }
    auto *dialog = new BatchDialog(source, m_ctx, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { run(*dialog); });
    dialog->open();
}

void BatchCoordinator::run(const BatchDialog &dialog)
{
    batch::BatchRunner::Options options;
    options.outDir = dialog.outDir();
    options.tag = dialog.plan().name;
    options.maxInFlight = dialog.maxInFlight();
    options.source = dialog.sourcePath();
    auto *runner = new batch::BatchRunner(*m_ctx.service, *m_ctx.jobs, dialog.plan(), options, this);
    QString error;
    if (!runner->prepare(&error)) {
        delete runner;
        QMessageBox::warning(m_window, tr("New Batch"), error);
        return;
    }
    show(runner);
    runner->start();
    Q_EMIT started(runner);
}

void BatchCoordinator::restoreUnfinished()
{
    // Read on the window's thread, once at start: a few rows (batches left unfinished).
    const QList<batch::StoredBatch> stored = batch::BatchStore(m_ctx.jobs->database()).unfinished();
    for (const batch::StoredBatch &b : stored) {
        if (b.plan.items.isEmpty())
            continue;
        batch::BatchRunner::Options options;
        options.outDir = b.outDir;
        options.tag = b.plan.name;
        options.maxInFlight = b.maxInFlight;
        options.source = b.source;
        auto *runner = new batch::BatchRunner(*m_ctx.service, *m_ctx.jobs, b.plan, options, this);
        QString error;
        if (!runner->prepare(&error)) {
            qWarning("batch %s cannot be taken up again: %s", qPrintable(b.key), qPrintable(error));
            delete runner;
            continue;
        }
        // Paused: the jobs that were under way go on and are written to the folder, but no new
        // product starts (and nothing more is spent) until the user presses Resume.
        runner->pause();
        show(runner);
        runner->start();
    }
}

void BatchCoordinator::show(batch::BatchRunner *runner)
{
    m_runners.append(runner);
    auto *group = new BatchQueueGroup(*runner);
    m_queue.addGroup(runner->key(), group);
    connect(group, &BatchQueueGroup::dismissed, this, [this, runner] {
        m_queue.removeGroup(runner->key());
        m_runners.removeOne(runner);
        runner->deleteLater();
    });
    connect(runner, &batch::BatchRunner::finished, this, [this, runner] {
        Q_EMIT message(tr("Batch %1: %2 of %3 clips in %4").arg(runner->name()).arg(runner->doneCount()).arg(runner->total()).arg(runner->outDir()));
    });
}

} // namespace rc::ui
