// The assembled window over a fake core: selecting a clip fills details and actions, delete asks,
// removes the file and comes back with Ctrl+Z, reuse settings fills the compose panel, the status
// bar and spend panel show today's spend, and closing with jobs running asks first.
#include "DialogAnswers.h"
#include "GuiFixture.h"
#include "support/HeldWriter.h"

#include "ClipActions.h"
#include "MainWindow.h"
#include "StudioStatusBar.h"
#include "compose/ComposePanel.h"
#include "compose/PickerBar.h"
#include "compose/PromptEditor.h"
#include "gallery/ClipDetails.h"
#include "gallery/GalleryModel.h"
#include "gallery/GalleryPanel.h"
#include "player/PlayerController.h"
#include "player/PlayerPanel.h"
#include "spend/SpendChart.h"
#include "spend/SpendPanel.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QListView>
#include <QMediaPlayer>
#include <QMessageBox>
#include <QPushButton>
#include <QSlider>
#include <QSplitter>
#include <QTimer>
#include <QtTest>

using namespace rc;
using namespace rc::ui;

using rc::test::answerNextMessageBox;

class TestStudioWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_fx = std::make_unique<test::GuiFixture>();
        m_window = std::make_unique<MainWindow>(m_fx->context());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void cleanup()
    {
        if (m_window)
            m_window->setConfirmQuit(false);
        m_window.reset();
        m_fx.reset();
    }

    void selectingAClipShowsItsDetails()
    {
        const JobId id = m_fx->makeShownClip(*m_window->galleryModel(), QStringLiteral("a paper boat on a pond"), QStringLiteral("fake-paid"));
        QVERIFY(id);
        QCOMPARE(m_window->galleryModel()->rowCount(), 1);
        m_window->gallery()->select(id);
        QCOMPARE(m_window->clipActions()->current(), id);
        QCOMPARE(m_window->details()->fieldText(QStringLiteral("prompt")), QStringLiteral("a paper boat on a pond"));
        QCOMPARE(m_window->details()->fieldText(QStringLiteral("cost")), QStringLiteral("$0.80"));
        QVERIFY(m_window->details()->fieldText(QStringLiteral("settings")).contains(QStringLiteral("1280x720")));
        QTRY_VERIFY(m_window->clipActions()->remove()->isEnabled()); // once the clip is read
    }

    void theParentClipAndTheBatchAreSeparateLines()
    {
        GalleryModel *model = m_window->galleryModel();
        const JobId first = m_fx->makeShownClip(*model, QStringLiteral("a red sneaker"));
        QVERIFY(first);
        GenerationRequest request = m_fx->freeRequest(QStringLiteral("a red sneaker, on sand"));
        request.parentJobId = first;
        request.batchRow = QStringLiteral("spring shoes#4f2a/SKU-7");
        const GenerationService::Submission edit = m_fx->service->submit(request);
        QVERIFY(edit.ok());
        QTRY_VERIFY(m_fx->freeProvider->runningJobs().contains(edit.id));
        m_fx->freeProvider->succeed(edit.id);
        QTRY_VERIFY(model->rowOf(edit.id) >= 0);

        m_window->gallery()->select(edit.id);
        ClipDetails *details = m_window->details();
        QCOMPARE(details->fieldText(QStringLiteral("parent")), QStringLiteral("clip #%1").arg(first));
        QCOMPARE(details->fieldText(QStringLiteral("batch")), QStringLiteral("spring shoes, item SKU-7"));
        QVERIFY(details->fieldText(QStringLiteral("chain")).isEmpty()); // no edits made of it
        const auto visibleRowWith = [details](const QString &text) {
            int rows = 0;
            for (QLabel *label : details->findChildren<QLabel *>())
                rows += label->isVisibleTo(details) && label->text() == text;
            return rows;
        };
        QCOMPARE(visibleRowWith(QStringLiteral("Parent clip")), 1);
        QCOMPARE(visibleRowWith(QStringLiteral("Batch")), 1);
        QCOMPARE(visibleRowWith(QStringLiteral("Edits")), 0);

        // The first clip names its edit and has neither a parent nor a batch.
        m_window->gallery()->select(first);
        QTRY_COMPARE(details->fieldText(QStringLiteral("chain")), QStringLiteral("edited as #%1").arg(edit.id)); // read after
        QVERIFY(details->fieldText(QStringLiteral("parent")).isEmpty());
        QCOMPARE(visibleRowWith(QStringLiteral("Parent clip")), 0);
        QCOMPARE(visibleRowWith(QStringLiteral("Batch")), 0);
    }

    // One rule for gallery and player: the newest finished clip is shown (selected and played)
    // unless the user is looking at another one; clearing the selection clears player and details.
    void theNewestClipIsShownUnlessTheUserLooksAtAnother()
    {
        GalleryModel *model = m_window->galleryModel();
        GalleryPanel *gallery = m_window->gallery();
        auto playing = [this] { return m_window->player()->controller()->player()->source().toLocalFile(); };
        auto videoOf = [this](JobId id) { return m_fx->jobs->load(id)->output().videoPath; };

        const JobId first = m_fx->makeShownClip(*model, QStringLiteral("first clip"));
        QVERIFY(first);
        QTRY_COMPARE(gallery->currentId(), first);
        QCOMPARE(playing(), videoOf(first));

        // The studio showed the first one; the user has not picked anything: the next one follows.
        const JobId second = m_fx->makeShownClip(*model, QStringLiteral("second clip"));
        QVERIFY(second);
        QTRY_COMPARE(gallery->currentId(), second);
        QCOMPARE(playing(), videoOf(second));
        QCOMPARE(m_window->details()->fieldText(QStringLiteral("prompt")), QStringLiteral("second clip"));

        // The user clicks the older clip: a new one does not take it away.
        clickClip(first);
        QCOMPARE(gallery->currentId(), first);
        const JobId third = m_fx->makeShownClip(*model, QStringLiteral("third clip"));
        QVERIFY(third);
        QCOMPARE(gallery->currentId(), first);
        QCOMPARE(playing(), videoOf(first));

        // An edit of the clip being watched takes its place.
        GenerationRequest editRequest = m_fx->freeRequest(QStringLiteral("first clip, at dusk"));
        editRequest.parentJobId = first;
        const GenerationService::Submission edit = m_fx->service->submit(editRequest);
        QVERIFY(edit.ok());
        QTRY_VERIFY(m_fx->freeProvider->runningJobs().contains(edit.id));
        m_fx->freeProvider->succeed(edit.id);
        QTRY_COMPARE(gallery->currentId(), edit.id);
        QCOMPARE(playing(), videoOf(edit.id));

        // Ctrl+click deselects: nothing is shown, not the clip that was.
        clickClip(edit.id, Qt::ControlModifier);
        QCOMPARE(gallery->currentId(), JobId(0));
        QCOMPARE(m_window->clipActions()->current(), JobId(0));
        QVERIFY(playing().isEmpty());
        QVERIFY(m_window->details()->fieldText(QStringLiteral("prompt")).isEmpty());

        // Nothing selected: the next finished clip is shown again.
        const JobId fourth = m_fx->makeShownClip(*model, QStringLiteral("fourth clip"));
        QVERIFY(fourth);
        QTRY_COMPARE(gallery->currentId(), fourth);
        QCOMPARE(playing(), videoOf(fourth));
    }

    void deleteAsksAndUndoBringsItBack()
    {
        const JobId id = m_fx->makeShownClip(*m_window->galleryModel(), QStringLiteral("to be deleted"));
        QVERIFY(id);
        const QString video = m_fx->jobs->load(id)->output().videoPath;
        QVERIFY(QFileInfo::exists(video));
        m_window->gallery()->select(id);

        // Cancel first: nothing happens.
        bool seen = false;
        answerNextMessageBox(QMessageBox::Cancel, &seen);
        QTRY_VERIFY(m_window->clipActions()->remove()->isEnabled());
        m_window->clipActions()->remove()->trigger();
        QTRY_VERIFY(seen); // asked once what the deletion removes is read
        QCOMPARE(m_window->galleryModel()->rowCount(), 1);

        seen = false;
        answerNextMessageBox(QMessageBox::Yes, &seen);
        m_window->clipActions()->remove()->trigger();
        QTRY_VERIFY(seen);
        QTRY_COMPARE(m_window->galleryModel()->rowCount(), 0);
        QVERIFY(!QFileInfo::exists(video)); // the file goes too
        QVERIFY(m_fx->jobs->isDeleted(id));

        // Ctrl+Z in the window (not in a text field) undoes it.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_window->gallery()->view()->setFocus();
        QVERIFY(m_window->clipActions()->undo()->isEnabled());
        QTest::keyClick(m_window->gallery()->view(), Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(m_window->galleryModel()->rowCount(), 1);
        QVERIFY(QFileInfo::exists(video));
        QVERIFY(!m_fx->jobs->isDeleted(id));
    }

    void reuseSettingsFillsTheComposePanel()
    {
        const JobId id = m_fx->makeShownClip(*m_window->galleryModel(), QStringLiteral("a neon street at night"), QStringLiteral("fake-paid"));
        QVERIFY(id);
        // Something else on screen first, so the test sees the change.
        m_window->compose()->promptEditor()->setText(QStringLiteral("something else"));
        m_window->gallery()->select(id);
        QTRY_VERIFY(m_window->clipActions()->reuse()->isEnabled());
        m_window->clipActions()->reuse()->trigger();
        const GenerationRequest r = m_window->compose()->request();
        const GenerationRequest stored = m_fx->jobs->load(id)->request();
        QCOMPARE(r.prompt, QStringLiteral("a neon street at night"));
        QCOMPARE(r.provider, stored.provider);
        QCOMPARE(r.model, stored.model);
        QCOMPARE(r.durationSec, stored.durationSec);
        QCOMPARE(r.size, stored.size);
        QCOMPARE(r.tier, stored.tier);
    }

    void generateAgainSubmitsTheSameSettings()
    {
        const JobId id = m_fx->makeShownClip(*m_window->galleryModel(), QStringLiteral("again please"));
        QVERIFY(id);
        m_window->gallery()->select(id);
        QSignalSpy added(m_fx->service, &GenerationService::jobAdded);
        QTRY_VERIFY(m_window->clipActions()->generateAgain()->isEnabled());
        m_window->clipActions()->generateAgain()->trigger();
        QCOMPARE(added.count(), 1);
        const Job job = added.at(0).at(0).value<Job>();
        QCOMPARE(job.request().prompt, QStringLiteral("again please"));
        QVERIFY(job.id() != id);
    }

    // A job just submitted whose row is not written yet (the store's writer is busy): the clip's
    // actions know it from the service's live job instead of finding nothing.
    void aJustSubmittedClipIsKnownBeforeItsRowIsWritten()
    {
        QVERIFY(m_fx->makeShownClip(*m_window->galleryModel(), QStringLiteral("an earlier clip"))); // ids reserved ahead
        test::HeldWriter heldWriter(m_fx->service->storeWriter());
        const GenerationService::Submission s = m_fx->service->submit(m_fx->freeRequest(QStringLiteral("a job on its way")));
        QVERIFY2(s.ok(), qPrintable(s.error));
        QVERIFY(!m_fx->jobs->load(s.id)); // not written yet

        ClipActions *actions = m_window->clipActions();
        actions->setCurrent(s.id);
        actions->setSelection({s.id});
        QTRY_VERIFY(!actions->isSelectionPending());
        QVERIFY(actions->reuse()->isEnabled());
        QVERIFY(!actions->remove()->isEnabled()); // queued: nothing to delete
        m_window->compose()->promptEditor()->setText(QStringLiteral("something else"));
        actions->reuse()->trigger();
        QCOMPARE(m_window->compose()->request().prompt, QStringLiteral("a job on its way"));

        heldWriter.release();
        m_fx->service->flush();
        QVERIFY(m_fx->service->cancel(s.id));
    }

    void favouriteFromTheAction()
    {
        const JobId id = m_fx->makeShownClip(*m_window->galleryModel(), QStringLiteral("a favourite"));
        m_window->gallery()->select(id);
        QTRY_VERIFY(m_window->clipActions()->favourite()->isEnabled());
        m_window->clipActions()->favourite()->trigger();
        m_fx->service->flush(); // written by the store's writer
        QVERIFY(m_fx->jobs->load(id)->isFavourite());
    }

    void spendInStatusBarAndPanel()
    {
        QCOMPARE(m_window->studioStatusBar()->spendText(), QStringLiteral("Today: $0.00"));
        QVERIFY(m_fx->makeShownClip(*m_window->galleryModel(), QStringLiteral("paid"), QStringLiteral("fake-paid")));
        QCOMPARE(m_window->studioStatusBar()->spendText(), QStringLiteral("Today: $0.80"));
        QVERIFY(m_window->spendPanel()->todayText().contains(QStringLiteral("$0.80")));
        const QList<SpendChart::Day> days = m_window->spendPanel()->chart()->days();
        QCOMPARE(days.size(), SpendPanel::kChartDays);
        QCOMPARE(days.last().date, QDate::currentDate());
        QCOMPARE(days.last().amount, Money::fromCents(80));
    }

    void jobsRunningInStatusBar()
    {
        QVERIFY(m_fx->service->submit(m_fx->paidRequest()).ok());
        QCOMPARE(m_window->studioStatusBar()->jobsText(), QStringLiteral("1 job(s) running"));
    }

    void closingWithJobsRunningAsks()
    {
        QVERIFY(m_fx->service->submit(m_fx->paidRequest()).ok());
        bool seen = false;
        answerNextMessageBox(QMessageBox::Cancel, &seen);
        QVERIFY(!m_window->close());
        QVERIFY(seen);
        QVERIFY(m_window->isVisible());
    }

    void splitterSizesAreRestored()
    {
        auto *splitter = m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        QVERIFY(splitter);
        splitter->setSizes({500, 500, 400});
        const QList<int> sizes = splitter->sizes();
        QVERIFY(m_window->close());
        m_window = std::make_unique<MainWindow>(m_fx->context());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QCOMPARE(m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes(), sizes);
    }

    // The gallery's tile size is the user's: the slider's value comes back in the next session.
    void galleryTileSizeIsRemembered()
    {
        QSlider *slider = m_window->gallery()->tileSlider();
        QVERIFY(!slider->accessibleName().isEmpty());
        slider->setValue(300);
        QVERIFY(m_window->close());
        m_window = std::make_unique<MainWindow>(m_fx->context());
        QCOMPARE(m_window->gallery()->tileSlider()->value(), 300);
        QCOMPARE(m_window->gallery()->tileWidth(), 300);
    }

    void controlsHaveAccessibleNames()
    {
        QStringList missing;
        for (QWidget *w : m_window->findChildren<QWidget *>()) {
            // Scroll bars are excluded: Qt names them for assistive technology itself.
            const bool control = w->inherits("QAbstractButton") || w->inherits("QComboBox") || w->inherits("QLineEdit")
                || (w->inherits("QAbstractSlider") && !w->inherits("QScrollBar")) || w->inherits("QPlainTextEdit");
            if (control && w->isVisibleTo(m_window.get()) && w->accessibleName().isEmpty()
                && !(w->inherits("QAbstractButton") && !qobject_cast<QAbstractButton *>(w)->text().isEmpty()))
                missing << QString::fromLatin1(w->metaObject()->className()) + QLatin1Char('/') + w->objectName();
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
    }

private:
    void clickClip(JobId id, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QListView *view = m_window->gallery()->view();
        const QModelIndex index = m_window->galleryModel()->index(m_window->galleryModel()->rowOf(id));
        QVERIFY(index.isValid());
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers, view->visualRect(index).center());
    }

    std::unique_ptr<test::GuiFixture> m_fx;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestStudioWindow)
#include "tst_studio_window.moc"
