// A seller's first batch, as a new user tries it on the real built-in engine: ten product photos
// dropped on the studio's photo zone open the batch dialog (ten rows with whole thumbnails, no
// problem, free), Start runs them as one group in the queue that counts them through, and the
// ten clips end in the output folder at the preset's size and in the gallery under the batch's
// name. Ten real renders take tens of seconds: hence _slow. With REELCRAFT_SCREENSHOT_DIR set it
// keeps the pictures in docs/screenshots/batch-trial-*.png.
#include "MainWindow.h"
#include "StudioContext.h"
#include "batch/BatchDialog.h"
#include "batch/BatchQueueGroup.h"
#include "bootstrap/AppContext.h"
#include "compose/ComposePanel.h"
#include "support/FileDrop.h"
#include "compose/ImageDropZone.h"
#include "gallery/GalleryModel.h"
#include "media/Probe.h"
#include "queue/QueuePanel.h"
#include "support/FakeKeyStore.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPainter>
#include <QPointer>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace rc;
using namespace rc::ui;

namespace {

// A product shot on a studio backdrop, as scripts/make-product-photos.sh draws them: a bottle,
// a vase, a bag or a lamp, in a different colour each.
QString makeProductPhoto(const QString &dir, int index)
{
    QImage image(QSize(800, 1000), QImage::Format_RGB32);
    QLinearGradient backdrop(0, 0, 0, 1000);
    backdrop.setColorAt(0, QColor::fromHsl((index * 191 + 108) % 360, 38, 235));
    backdrop.setColorAt(1, QColor::fromHsl((index * 191 + 108) % 360, 51, 178));
    QPainter p(&image);
    p.fillRect(image.rect(), backdrop);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor::fromHsl((index * 133) % 360, 178, 64), 6));
    p.setBrush(QColor::fromHsl((index * 133) % 360, 166, 115));
    switch (index % 4) {
    case 0:
        p.drawRoundedRect(QRectF(300, 260, 200, 500), 40, 40);
        p.drawRect(QRectF(370, 180, 60, 80));
        break;
    case 1:
        p.drawEllipse(QPointF(400, 520), 170, 230);
        break;
    case 2:
        p.drawRoundedRect(QRectF(220, 380, 360, 360), 20, 20);
        p.drawArc(QRectF(300, 250, 200, 220), 0, 180 * 16);
        break;
    default:
        p.drawRect(QRectF(340, 300, 120, 440));
        p.drawEllipse(QPointF(400, 300), 150, 90);
        break;
    }
    p.end();
    const QString path = QDir(dir).filePath(QStringLiteral("SKU-%1.jpg").arg(index + 1, 3, 10, QLatin1Char('0')));
    return image.save(path, "JPG", 90) ? path : QString();
}

// With REELCRAFT_SCREENSHOT_DIR set, keeps a picture of the widget as the user sees it (for the docs).
void saveShot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("REELCRAFT_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(dir + QLatin1Char('/') + name);
}

} // namespace

class TestBatchTrial : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The smallest clip a preset makes on the built-in engine (1280x720, 2 s), so ten stay quick.
    void tenDroppedPhotosBecomeOneBatch()
    {
        QTemporaryDir root;
        QVERIFY(root.isValid());
        AppContext::Options options;
        options.profileDir = root.filePath(QStringLiteral("profile"));
        options.workerExecutable = QStringLiteral(REELCRAFT_BINARY);
        options.keyStore = std::make_unique<test::FakeKeyStore>();
        options.logToFile = false;
        AppContext app(std::move(options));
        QString error;
        QVERIFY2(app.open(&error), qPrintable(error));
        const QString shoot = root.filePath(QStringLiteral("summer-collection"));
        QVERIFY(QDir().mkpath(shoot));
        QStringList photos;
        for (int i = 0; i < 10; ++i)
            photos.append(makeProductPhoto(shoot, i));
        QVERIFY(!photos.contains(QString()));

        MainWindow window(StudioContext::from(app));
        window.setConfirmQuit(false);
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QVERIFY(test::dropFiles(window.compose()->dropZone(), photos));
        BatchDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<BatchDialog *>()) != nullptr);
        QCOMPARE(dialog->table()->rowCount(), 10);
        QCOMPARE(dialog->providerBox()->currentData().toString(), QStringLiteral("builtin"));
        dialog->presetBox()->setCurrentIndex(dialog->presetBox()->findData(QStringLiteral("marketplace")));
        dialog->durationBox()->setCurrentIndex(dialog->durationBox()->findData(2));
        QTest::keyClicks(dialog->promptEdit(), QStringLiteral("A slow turn on a white table, soft studio light"));
        QTest::keyClick(dialog->promptEdit(), Qt::Key_Tab);
        for (int i = 0; i < 10; ++i) {
            QCOMPARE(dialog->table()->item(i, 0)->text(), QStringLiteral("SKU-%1").arg(i + 1, 3, 10, QLatin1Char('0')));
            QCOMPARE(dialog->table()->item(i, 3)->text(), QString()); // no problem
            QCOMPARE(dialog->table()->item(i, 2)->text(), QStringLiteral("1280x720"));
        }
        QTRY_VERIFY(!dialog->table()->item(9, 0)->icon().isNull()); // the last thumbnail is in
        for (int i = 0; i < 10; ++i) // each thumbnail shown whole, not cut to a strip
            QVERIFY2(dialog->table()->rowHeight(i) >= dialog->table()->iconSize().height(),
                qPrintable(QString::number(dialog->table()->rowHeight(i))));
        QVERIFY2(
            dialog->priceLabel()->text().contains(QLatin1String("free")), qPrintable(dialog->priceLabel()->text()));
        const QString out = dialog->outDir();
        QVERIFY2(out.startsWith(shoot), qPrintable(out)); // beside the photos
        saveShot(dialog, QStringLiteral("batch-trial-1-dialog.png"));
        QPointer<BatchDialog> gone(dialog);
        QVERIFY(dialog->startButton()->isEnabled());
        QTest::mouseClick(dialog->startButton(), Qt::LeftButton);
        QTRY_VERIFY(gone.isNull());

        // One group in the queue counts the products through.
        BatchQueueGroup *group = window.queuePanel()->findChild<BatchQueueGroup *>();
        QVERIFY(group);
        QTRY_VERIFY_WITH_TIMEOUT(group->statusText().startsWith(QLatin1String("3 of 10 done")), 120'000);
        saveShot(&window, QStringLiteral("batch-trial-2-running.png"));
        QTRY_COMPARE_WITH_TIMEOUT(group->statusText(), QStringLiteral("10 of 10 done · finished"), 300'000);

        // The ten clips in the folder, at the preset's size, and in the gallery under the batch's name.
        for (int i = 0; i < 10; ++i) {
            const QString clip = QDir(out).filePath(QStringLiteral("SKU-%1.mp4").arg(i + 1, 3, 10, QLatin1Char('0')));
            const auto info = media::probe(clip, &error);
            QVERIFY2(info, qPrintable(clip + QLatin1Char(' ') + error));
            QCOMPARE(info->size, QSize(1280, 720));
        }
        QVERIFY(QFileInfo::exists(QDir(out).filePath(QStringLiteral("report.csv"))));
        QCOMPARE(QDir(out).entryList({QStringLiteral("*.part")}, QDir::Files), QStringList());
        JobQuery byBatch;
        byBatch.tag = QStringLiteral("summer-collection");
        window.galleryModel()->setQuery(byBatch);
        QTRY_COMPARE(window.galleryModel()->rowCount(), 10);
        // Each tile's caption leads with its product, so the ten can be told apart.
        QStringList captions;
        for (int i = 0; i < 10; ++i)
            captions.append(
                window.galleryModel()->index(i).data(Qt::DisplayRole).toString().section(QStringLiteral(" · "), 0, 0));
        captions.sort();
        QCOMPARE(captions.first(), QStringLiteral("SKU-001"));
        QCOMPARE(captions.last(), QStringLiteral("SKU-010"));
        QCOMPARE(QSet<QString>(captions.cbegin(), captions.cend()).size(), 10);
        saveShot(&window, QStringLiteral("batch-trial-3-gallery.png"));

        // The same photos dropped again: the dialog says the clips are there and will be kept.
        QVERIFY(test::dropFiles(window.compose()->dropZone(), photos));
        QTRY_VERIFY((dialog = window.findChild<BatchDialog *>()) != nullptr);
        QCOMPARE(dialog->outDir(), out);
        QVERIFY2(dialog->summaryLabel()->text().contains(QLatin1String("10 already in the output folder")),
            qPrintable(dialog->summaryLabel()->text()));
        gone = dialog;
        dialog->reject();
        QTRY_VERIFY(gone.isNull());
    }
};

QTEST_MAIN(TestBatchTrial)
#include "tst_batch_trial_slow.moc"
