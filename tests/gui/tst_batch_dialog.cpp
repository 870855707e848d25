// The studio's batch as a seller meets it: photos or a sheet dropped on the photo zone open the
// batch dialog (rows checked, a bad row named by its row number, Start disabled, the total price
// against the budget), Start puts one group in the queue that counts n of m through pause,
// resume and cancel, the clips land in the output folder and in the gallery under the batch's
// tag, and a studio restarted mid-batch shows the batch as a group again (paused).
#include "GuiFixture.h"

#include "MainWindow.h"
#include "batch/BatchCoordinator.h"
#include "batch/BatchDialog.h"
#include "batch/BatchQueueGroup.h"
#include "batch/BatchStore.h"
#include "compose/ComposePanel.h"
#include "support/FileDrop.h"
#include "compose/ImageDropZone.h"
#include "gallery/GalleryModel.h"
#include "media/Probe.h"
#include "queue/QueuePanel.h"
#include "queue/QueueRow.h"
#include "support/FakeHttpServer.h"
#include "widgets/ProviderChoices.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPainter>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QtTest>

using namespace rc;
using namespace rc::ui;

namespace {

constexpr int kProblemColumn = 3;
constexpr int kClipColumn = 2;

QString makePhoto(const QString &dir, const QString &name, int index)
{
    QImage image(QSize(400, 500), QImage::Format_RGB32);
    image.fill(QColor::fromHsv((index * 53) % 360, 30, 235));
    QPainter p(&image);
    p.setBrush(QColor::fromHsv((index * 83 + 20) % 360, 200, 180));
    p.drawRoundedRect(QRectF(140, 150, 120, 280), 20, 20);
    p.end();
    const QString path = QDir(dir).filePath(name);
    image.save(path);
    return path;
}

// Finishes a fake job with a real (tiny) MP4, so the batch can crop it to the preset.
bool finishWithClip(test::FakeProvider *provider, JobId id)
{
    const QList<JobTicket> tickets = provider->started();
    for (auto t = tickets.crbegin(); t != tickets.crend(); ++t) {
        if (t->jobId != id)
            continue;
        QFile file(t->videoPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(test::sampleMp4()) <= 0)
            return false;
        file.close();
        provider->succeedWithoutFile(id);
        return true;
    }
    return false;
}

// With REELCRAFT_SCREENSHOT_DIR set, keeps a picture of the widget as the user sees it (for the docs).
void saveShot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("REELCRAFT_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(dir + QLatin1Char('/') + name);
}

} // namespace

class TestBatchDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!test::sampleMp4().isEmpty(), "ffmpeg could not make the sample video");
    }
    void init()
    {
        m_fx = std::make_unique<test::GuiFixture>();
        openWindow();
        m_photos = m_dir.filePath(QStringLiteral("spring-shoot"));
        QDir(m_photos).removeRecursively();
        QDir().mkpath(m_photos);
    }
    void cleanup()
    {
        closeWindow();
        m_fx.reset();
    }

    void sheetWithABadRowKeepsStartDisabled()
    {
        makePhoto(m_photos, QStringLiteral("mug.png"), 1);
        makePhoto(m_photos, QStringLiteral("lamp.png"), 2);
        const QString sheet = QDir(m_photos).filePath(QStringLiteral("sheet.csv"));
        QFile f(sheet);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("sku,photo,seconds\n"
                "MUG-1,mug.png,\n" // row 2
                "LAMP-1,missing.png,\n" // row 3: no such photo
                "LAMP-2,lamp.png,\n" // row 4
                "\n" // row 5: blank, skipped
                "MUG-1,lamp.png,\n" // row 6: duplicate sku
                "VASE-1,lamp.png,soon\n" // row 7: not a number of seconds
        );
        f.close();
        QVERIFY(test::dropFiles(m_window->compose()->dropZone(), {sheet}));
        BatchDialog *dialog = waitForDialog();
        QVERIFY(dialog);
        // The fixture's core has only the fakes (no built-in engine).
        dialog->providerBox()->setCurrentIndex(dialog->providerBox()->findData(QStringLiteral("fake-free")));
        QCOMPARE(dialog->table()->rowCount(), 5); // the blank line is no product
        QCOMPARE(dialog->table()->item(0, kProblemColumn)->text(), QString());
        QCOMPARE(dialog->table()->item(2, kProblemColumn)->text(), QString());
        // Each problem beside its product, with the row number the spreadsheet shows.
        const QList<QPair<int, QStringList>> expected = {
            {1, {QStringLiteral("Row 3:"), QStringLiteral("missing.png")}},
            {3, {QStringLiteral("Row 6:"), QStringLiteral("already used by row 2")}},
            {4, {QStringLiteral("Row 7:"), QStringLiteral("\"soon\"")}},
        };
        for (const auto &[index, parts] : expected) {
            const QString problem = dialog->table()->item(index, kProblemColumn)->text();
            QVERIFY2(problem.startsWith(parts.first()) && problem.contains(parts.last()), qPrintable(problem));
        }
        QVERIFY(!dialog->startButton()->isEnabled());
        // The good rows are priced while the bad one waits, and a cap below that price is named.
        dialog->providerBox()->setCurrentIndex(dialog->providerBox()->findData(QStringLiteral("fake-paid")));
        const Money total = dialog->plan().total();
        QVERIFY(!total.isZero());
        QVERIFY(m_fx->budgets->set(BudgetPeriod::Day, QString(), Money::fromMicros(total.micros() / 2)));
        dialog->presetBox()->setCurrentIndex(dialog->presetBox()->findData(QStringLiteral("square")));
        QVERIFY2(dialog->priceLabel()->text().contains(QLatin1String("cap")), qPrintable(dialog->priceLabel()->text()));
        QVERIFY(!dialog->startButton()->isEnabled());
        QTRY_VERIFY(!dialog->table()->item(2, 0)->icon().isNull()); // thumbnails fill in
        saveShot(dialog, QStringLiteral("batch-dialog-problem-price-cap.png"));
        QVERIFY(m_fx->budgets->clear(BudgetPeriod::Day, QString()));
        // Start refuses even when pressed some other way (Enter on the default button).
        dialog->accept();
        QVERIFY(dialog->isVisible());
        QPointer<BatchDialog> gone(dialog);
        dialog->reject();
        QTRY_VERIFY(gone.isNull());
        QCOMPARE(m_fx->service->activeJobs().size(), 0);
        QVERIFY(!m_window->queuePanel()->findChild<BatchQueueGroup *>());
    }

    // Only providers the service can run now are offered: one without its API key, or one this
    // build cannot run, stays in the list disabled with the service's reason.
    void unavailableProvidersAreOfferedDisabledWithTheReason()
    {
        m_fx->paidProvider->setMissingKey(true);
        const QStringList photos = {makePhoto(m_photos, QStringLiteral("MUG-1.png"), 1),
                                    makePhoto(m_photos, QStringLiteral("CUP-2.png"), 2)};
        QVERIFY(test::dropFiles(m_window->compose()->dropZone(), photos));
        BatchDialog *dialog = waitForDialog();
        QVERIFY(dialog);
        QComboBox *box = dialog->providerBox();
        const int paid = box->findData(QStringLiteral("fake-paid"));
        QVERIFY(paid >= 0);
        QVERIFY(!isChoiceEnabled(box, paid));
        QVERIFY2(box->itemText(paid).contains(QLatin1String("needs an API key")), qPrintable(box->itemText(paid)));
        QCOMPARE(box->itemData(paid, Qt::ToolTipRole).toString(), m_fx->service->unavailableReason(QStringLiteral("fake-paid")));
        // The fixture's core runs only the fakes: the built-in engine is in the catalogue, not here.
        const int builtin = box->findData(QStringLiteral("builtin"));
        QVERIFY(builtin >= 0);
        QVERIFY(!isChoiceEnabled(box, builtin));
        QVERIFY(box->itemText(builtin).contains(QLatin1String("not available")));
        // What is chosen at first can run, and the row has no problem.
        QCOMPARE(box->currentData().toString(), QStringLiteral("fake-free"));
        QCOMPARE(dialog->table()->item(0, kProblemColumn)->text(), QString());
        QVERIFY(dialog->startButton()->isEnabled());
        QCOMPARE(dialog->settings().provider, QStringLiteral("fake-free"));
        QPointer<BatchDialog> gone(dialog);
        dialog->reject();
        QTRY_VERIFY(gone.isNull());
        m_fx->paidProvider->setMissingKey(false);

        // With the key back, a new dialog offers it.
        QVERIFY(test::dropFiles(m_window->compose()->dropZone(), photos));
        dialog = waitForDialog();
        QVERIFY(dialog);
        QVERIFY(isChoiceEnabled(dialog->providerBox(), dialog->providerBox()->findData(QStringLiteral("fake-paid"))));
        gone = dialog;
        dialog->reject();
        QTRY_VERIFY(gone.isNull());
    }

    void droppedPhotosRunAsOneGroup()
    {
        QStringList photos;
        for (const char *sku : {"BAG-01", "CUP-7", "VASE-3"})
            photos.append(makePhoto(m_photos, QLatin1String(sku) + QStringLiteral(".png"), int(photos.size())));
        QVERIFY(test::dropFiles(m_window->compose()->dropZone(), photos));
        BatchDialog *dialog = waitForDialog();
        QVERIFY(dialog);
        // The fixture's core has only the fakes (no built-in engine).
        dialog->providerBox()->setCurrentIndex(dialog->providerBox()->findData(QStringLiteral("fake-free")));
        QCOMPARE(dialog->table()->rowCount(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(dialog->table()->item(i, kProblemColumn)->text(), QString());
            // The feed preset (4:5) from the fake's only size, cropped.
            QVERIFY2(dialog->table()->item(i, kClipColumn)->text().startsWith(QLatin1String("1080x1350")),
                     qPrintable(dialog->table()->item(i, kClipColumn)->text()));
        }

        // A paid provider shows the total; a daily cap below it disables Start.
        const int paid = dialog->providerBox()->findData(QStringLiteral("fake-paid"));
        QVERIFY(paid >= 0);
        dialog->providerBox()->setCurrentIndex(paid);
        const Money total = dialog->plan().total();
        QVERIFY(!total.isZero());
        QVERIFY2(dialog->priceLabel()->text().contains(total.toString()), qPrintable(dialog->priceLabel()->text()));
        QVERIFY(dialog->priceLabel()->text().contains(QLatin1String("3 clip")));
        QVERIFY(dialog->startButton()->isEnabled());
        QVERIFY(dialog->startButton()->text().contains(total.toString()));
        QVERIFY(m_fx->budgets->set(BudgetPeriod::Day, QString(), Money::fromMicros(total.micros() - 1)));
        dialog->presetBox()->setCurrentIndex(dialog->presetBox()->findData(QStringLiteral("square")));
        QVERIFY(!dialog->startButton()->isEnabled());
        QVERIFY2(dialog->priceLabel()->text().contains(QLatin1String("cap")), qPrintable(dialog->priceLabel()->text()));
        QVERIFY(m_fx->budgets->clear(BudgetPeriod::Day, QString()));

        // The free fake, feed preset: Start runs it without asking.
        dialog->providerBox()->setCurrentIndex(dialog->providerBox()->findData(QStringLiteral("fake-free")));
        dialog->presetBox()->setCurrentIndex(dialog->presetBox()->findData(QStringLiteral("feed")));
        QVERIFY(dialog->priceLabel()->text().contains(QLatin1String("free")));
        const QString out = dialog->outDir();
        QVERIFY2(out.contains(QLatin1String("reelcraft-batch-")), qPrintable(out));
        QPointer<BatchDialog> gone(dialog);
        QVERIFY(dialog->startButton()->isEnabled());
        dialog->startButton()->click();
        QTRY_VERIFY(gone.isNull());

        BatchQueueGroup *group = m_window->queuePanel()->findChild<BatchQueueGroup *>();
        QVERIFY(group);
        test::FakeProvider *fake = m_fx->freeProvider;
        QTRY_COMPARE(fake->runningCount(), 1); // one at a time: the provider's concurrency
        QCOMPARE(group->statusText(), QStringLiteral("0 of 3 done"));
        // The batch's jobs have no rows of their own while the group stands for them.
        QCOMPARE(m_window->queuePanel()->findChildren<QueueRow *>().size(), 0);

        QVERIFY(finishWithClip(fake, fake->runningJobs().first()));
        QTRY_COMPARE(group->statusText(), QStringLiteral("1 of 3 done"));
        saveShot(m_window->queuePanel(), QStringLiteral("batch-queue-group.png"));
        const QString first = QDir(out).filePath(QStringLiteral("BAG-01.mp4"));
        QVERIFY(QFileInfo::exists(first));
        QCOMPARE(media::probe(first)->size, QSize(1080, 1350));
        QTRY_COMPARE(fake->runningCount(), 1);

        // Pause: the job under way finishes, nothing new starts.
        group->pauseButton()->click();
        QCOMPARE(group->statusText(), QStringLiteral("1 of 3 done · pausing (1 still under way)"));
        QCOMPARE(group->pauseButton()->text(), QStringLiteral("Resume"));
        QVERIFY(finishWithClip(fake, fake->runningJobs().first()));
        QTRY_COMPARE(group->statusText(), QStringLiteral("2 of 3 done · paused"));
        QCOMPARE(fake->runningCount(), 0);
        QCOMPARE(fake->started().size(), 2);

        // Resume starts the last; Cancel ends it.
        group->pauseButton()->click();
        QTRY_COMPARE(fake->runningCount(), 1);
        QCOMPARE(group->statusText(), QStringLiteral("2 of 3 done"));
        group->cancelButton()->click();
        QTRY_COMPARE(group->statusText(), QStringLiteral("2 of 3 done · 1 cancelled"));
        QVERIFY(group->dismissButton()->isVisibleTo(group));
        QVERIFY(!group->cancelButton()->isVisibleTo(group));
        QVERIFY(!QFileInfo::exists(QDir(out).filePath(QStringLiteral("VASE-3.mp4"))));
        QVERIFY(QFileInfo::exists(QDir(out).filePath(QStringLiteral("report.csv"))));

        // The finished clips in the gallery under the batch's name (the photos' folder).
        JobQuery byBatch;
        byBatch.tag = QStringLiteral("spring-shoot");
        byBatch.state = JobState::Completed;
        m_window->galleryModel()->setQuery(byBatch);
        QTRY_COMPARE(m_window->galleryModel()->rowCount(), 2);

        // Dismiss removes the group; the batch is over, so a new studio does not bring it back.
        QPointer<BatchQueueGroup> dismissed(group);
        group->dismissButton()->click();
        QTRY_VERIFY(dismissed.isNull());
        m_fx->service->flush(); // the batch's end is written by the store's writer
        QVERIFY(batch::BatchStore(m_fx->jobs->database()).unfinished().isEmpty());
    }

    // A batch opened again on a folder that already holds some clips prices only the rest: those
    // are kept and skipped, so they are neither charged nor counted against a cap.
    void clipsAlreadyInTheFolderAreNeitherPricedNorCapped()
    {
        QStringList photos;
        for (const char *sku : {"LAMP-1", "MUG-2", "SHOE-3"})
            photos.append(makePhoto(m_photos, QLatin1String(sku) + QStringLiteral(".png"), int(photos.size())));
        QVERIFY(test::dropFiles(m_window->compose()->dropZone(), photos));
        BatchDialog *dialog = waitForDialog();
        QVERIFY(dialog);
        dialog->providerBox()->setCurrentIndex(dialog->providerBox()->findData(QStringLiteral("fake-paid")));
        const Money all = dialog->plan().total();
        const Money each = dialog->plan().items.first().estimate;
        QVERIFY(!each.isZero());
        QVERIFY(QDir().mkpath(dialog->outDir()));
        QFile done(QDir(dialog->outDir()).filePath(QStringLiteral("MUG-2.mp4")));
        QVERIFY(done.open(QIODevice::WriteOnly));
        done.write("a clip an earlier run delivered");
        done.close();
        // A cap between the two totals: the whole would pass it, the rest does not.
        QVERIFY(m_fx->budgets->set(BudgetPeriod::Day, QString(), Money::fromMicros(all.micros() - each.micros() / 2)));
        dialog->presetBox()->setCurrentIndex(dialog->presetBox()->findData(QStringLiteral("square")));
        const Money rest = Money::fromMicros(all.micros() - each.micros());
        QVERIFY2(dialog->summaryLabel()->text().contains(QLatin1String("1 already in the output folder")),
                 qPrintable(dialog->summaryLabel()->text()));
        QVERIFY2(dialog->priceLabel()->text().contains(rest.toString()), qPrintable(dialog->priceLabel()->text()));
        QVERIFY2(dialog->priceLabel()->text().contains(QLatin1String("2 clip")), qPrintable(dialog->priceLabel()->text()));
        QVERIFY(dialog->startButton()->isEnabled());
        QVERIFY(dialog->startButton()->text().contains(rest.toString()));
        QVERIFY(m_fx->budgets->clear(BudgetPeriod::Day, QString()));
        dialog->reject();
    }

    void restartedStudioGroupsARunningBatchAgain()
    {
        QStringList photos;
        for (const char *sku : {"A-1", "B-2", "C-3"})
            photos.append(makePhoto(m_photos, QLatin1String(sku) + QStringLiteral(".png"), int(photos.size())));
        m_fx->freeProvider->setCanResume(true);
        QVERIFY(test::dropFiles(m_window->compose()->dropZone(), photos));
        BatchDialog *dialog = waitForDialog();
        QVERIFY(dialog);
        dialog->providerBox()->setCurrentIndex(dialog->providerBox()->findData(QStringLiteral("fake-free")));
        const QString out = dialog->outDir();
        dialog->startButton()->click();
        test::FakeProvider *fake = m_fx->freeProvider;
        QTRY_COMPARE(fake->runningCount(), 1);
        fake->accept(fake->runningJobs().first(), QStringLiteral("remote-1"));
        QVERIFY(finishWithClip(fake, fake->runningJobs().first()));
        QTRY_COMPARE(fake->runningCount(), 1);
        const JobId second = fake->runningJobs().first();
        fake->accept(second, QStringLiteral("remote-2"));
        // (A real stop ends the process; here the first clip's copy must end before the restart.)
        QTRY_VERIFY(QFileInfo::exists(QDir(out).filePath(QStringLiteral("A-1.mp4"))));

        // The studio stops with the second product under way, and starts again.
        closeWindow();
        m_fx->restartService();
        m_fx->freeProvider->setCanResume(true);
        QCOMPARE(m_fx->service->resumeUnfinished(), 1);
        openWindow();
        fake = m_fx->freeProvider;

        auto *group = m_window->queuePanel()->findChild<BatchQueueGroup *>();
        QVERIFY(group);
        // Paused: the product under way when the studio stopped still finishes, nothing else starts.
        QTRY_VERIFY2(group->statusText() == QStringLiteral("1 of 3 done · pausing (1 still under way)"),
            qPrintable(group->statusText() + QLatin1Char('\n') + report(out)));
        QCOMPARE(m_window->queuePanel()->findChildren<QueueRow *>().size(), 0);
        QCOMPARE(fake->runningJobs(), QList<JobId>{second});
        QVERIFY(finishWithClip(fake, second));
        QTRY_COMPARE(group->statusText(), QStringLiteral("2 of 3 done · paused"));
        QCOMPARE(fake->runningCount(), 0); // nothing new starts (or is spent) before Resume
        group->pauseButton()->click();
        QTRY_COMPARE(fake->runningCount(), 1);
        QVERIFY(finishWithClip(fake, fake->runningJobs().first()));
        QTRY_COMPARE(group->statusText(), QStringLiteral("3 of 3 done · finished"));
        for (const char *sku : {"A-1", "B-2", "C-3"})
            QVERIFY(QFileInfo::exists(QDir(out).filePath(QLatin1String(sku) + QStringLiteral(".mp4"))));
        m_fx->service->flush(); // the batch's end is written by the store's writer
        QVERIFY(batch::BatchStore(m_fx->jobs->database()).unfinished().isEmpty());
    }

private:
    static QString report(const QString &out)
    {
        QFile f(QDir(out).filePath(QStringLiteral("report.csv")));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QStringLiteral("(no report)");
    }
    void openWindow()
    {
        m_window = std::make_unique<MainWindow>(m_fx->context());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void closeWindow()
    {
        if (m_window)
            m_window->setConfirmQuit(false);
        m_window.reset();
    }
    BatchDialog *waitForDialog()
    {
        BatchDialog *dialog = nullptr;
        (void)QTest::qWaitFor([&] { return (dialog = m_window->findChild<BatchDialog *>()) != nullptr; }, 10000);
        return dialog;
    }

    QTemporaryDir m_dir;
    QString m_photos;
    std::unique_ptr<test::GuiFixture> m_fx;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestBatchDialog)
#include "tst_batch_dialog.moc"
