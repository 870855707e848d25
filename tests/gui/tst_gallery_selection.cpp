// The gallery's multi-selection in the assembled studio: Ctrl/Shift-click and Ctrl+A select many,
// a bar of bulk actions appears (favourite, tag, add to project, export, delete), Delete asks
// with the count and what happens to the files (paid clips and lost files named) and Ctrl+Z brings
// them back, export writes named copies with progress and reports what it could not do, and the
// projects are a filter with new, rename and remove. Also: two columns of tiles at 1280 px.
// With REELCRAFT_SCREENSHOT_DIR set, saves the window with a multi-selection at 1280x800 and
// 1920x1080 there.
#include "DialogAnswers.h"
#include "GuiFixture.h"
#include "support/HeldWriter.h"

#include "ClipActions.h"
#include "MainWindow.h"
#include "StudioStatusBar.h"
#include "gallery/GalleryDelegate.h"
#include "gallery/GalleryFilterBar.h"
#include "gallery/GalleryModel.h"
#include "gallery/GalleryPanel.h"
#include "service/ClipExporter.h"
#include "store/StoreWriter.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListView>
#include <QPainter>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QToolButton>
#include <QtTest>

using namespace rc;
using namespace rc::ui;
using rc::test::answerNextInputDialogs;
using rc::test::answerNextMessageBox;

class TestGallerySelection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_fx = std::make_unique<test::GuiFixture>();
        m_window = std::make_unique<MainWindow>(m_fx->context());
        m_window->resize(1280, 800);
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

    void clicksAndCtrlASelectManyAndShowTheBar()
    {
        const QList<JobId> ids = makeClips({"a kite", "a boat", "a train", "a lamp"});
        QVERIFY(!ids.isEmpty());
        GalleryPanel *gallery = m_window->gallery();
        QVERIFY(!gallery->selectionBar()->isVisible());

        clickRow(0);
        QCOMPARE(gallery->selectedIds().size(), 1);
        QVERIFY(!gallery->selectionBar()->isVisible()); // one clip: the details panel's actions serve
        clickRow(2, Qt::ControlModifier);
        QCOMPARE(gallery->selectedIds(), (QList<JobId>{ids[3], ids[1]})); // newest first
        QVERIFY(gallery->selectionBar()->isVisible());
        QCOMPARE(selectionText(), QStringLiteral("2 clips selected"));
        clickRow(3, Qt::ShiftModifier);
        QCOMPARE(gallery->selectedIds().size(), 3);

        clickRow(1);
        gallery->view()->setFocus();
        QTest::keyClick(gallery->view(), Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(gallery->selectedIds().size(), 4);
        QCOMPARE(selectionText(), QStringLiteral("4 clips selected"));
        QCOMPARE(m_window->clipActions()->selection().size(), 4);
        QCOMPARE(m_window->clipActions()->remove()->text(), QStringLiteral("&Delete 4 Clips"));
        // Every button of the bar has a name a screen reader can say, and the bar wraps inside the pane.
        const QList<QToolButton *> buttons = gallery->selectionBar()->findChildren<QToolButton *>();
        QCOMPARE(buttons.size(), 5);
        for (QToolButton *b : buttons) {
            QVERIFY2(!b->accessibleName().isEmpty() && !b->accessibleName().contains(QLatin1Char('&')), qPrintable(b->accessibleName()));
            QVERIFY(b->isVisible());
            QVERIFY2(gallery->rect().contains(QRect(b->mapTo(gallery, QPoint()), b->size())), qPrintable(b->accessibleName()));
        }
    }

    void bulkFavouriteTagAndProjects()
    {
        const QList<JobId> ids = makeClips({"spring one", "spring two", "winter"});
        QVERIFY(!ids.isEmpty());
        clickRow(1);
        clickRow(2, Qt::ControlModifier); // "spring two" and "spring one"
        const QList<JobId> spring{ids[1], ids[0]};
        QCOMPARE(m_window->gallery()->selectedIds(), spring);

        QTRY_VERIFY(barButton(QStringLiteral("Favourite"))->isEnabled()); // once the clips are read
        barButton(QStringLiteral("Favourite"))->click();
        QVERIFY(m_window->clipActions()->favourite()->isChecked()); // at once, before the write
        m_fx->service->flush(); // the edits are written by the store's writer
        for (JobId id : spring)
            QVERIFY(m_fx->jobs->load(id)->isFavourite());
        QVERIFY(!m_fx->jobs->load(ids[2])->isFavourite());
        QTRY_VERIFY(m_window->clipActions()->favourite()->isChecked());

        answerNextInputDialogs({QStringLiteral("  spring  ")});
        barButton(QStringLiteral("Tag"))->click();
        m_fx->service->flush();
        for (JobId id : spring)
            QCOMPARE(m_fx->jobs->tags(id), QStringList{QStringLiteral("spring")});
        QVERIFY(m_fx->jobs->tags(ids[2]).isEmpty());

        // A new project typed into "Add to Project…" is made and shows in the filter.
        answerNextInputDialogs({QStringLiteral("Spring catalogue")});
        barButton(QStringLiteral("Add to Project"))->click();
        m_fx->service->flush();
        for (JobId id : spring)
            QCOMPARE(m_fx->jobs->projects(id), QStringList{QStringLiteral("Spring catalogue")});
        QComboBox *filter = m_window->gallery()->filterBar()->projectBox();
        QTRY_VERIFY(filter->findData(QStringLiteral("Spring catalogue")) > 0);
        filter->setCurrentIndex(filter->findData(QStringLiteral("Spring catalogue")));
        QTRY_COMPARE(m_window->galleryModel()->rowCount(), 2);

        // Rename keeps the clips in it; a clash is refused with the reason.
        answerNextInputDialogs({QStringLiteral("Summer")});
        m_window->clipActions()->newProject()->trigger();
        m_fx->service->flush();
        QVERIFY(m_fx->library->projects().contains(QStringLiteral("Summer")));
        answerNextInputDialogs({QStringLiteral("Summer")});
        m_window->clipActions()->newProject()->trigger();
        QTRY_VERIFY2(warningText().contains(QStringLiteral("already a project named \"Summer\"")), qPrintable(warningText()));
        closeWarning();
        answerNextInputDialogs({QStringLiteral("Spring catalogue"), QStringLiteral("Spring 2027")});
        m_window->clipActions()->renameProject()->trigger();
        m_fx->service->flush();
        QCOMPARE(m_fx->library->projects(), (QStringList{QStringLiteral("Spring 2027"), QStringLiteral("Summer")}));
        QCOMPARE(m_fx->jobs->projects(ids[0]), QStringList{QStringLiteral("Spring 2027")});
        // The filtered project was renamed away: the gallery shows all clips again.
        QTRY_COMPARE(m_window->galleryModel()->rowCount(), 3);
        QCOMPARE(filter->currentIndex(), 0);

        answerNextInputDialogs({QStringLiteral("Spring 2027")});
        m_window->clipActions()->removeProject()->trigger();
        m_fx->service->flush();
        QCOMPARE(m_fx->library->projects(), QStringList{QStringLiteral("Summer")});
        QVERIFY(m_fx->jobs->projects(ids[0]).isEmpty());
        QCOMPARE(m_fx->jobs->count(JobQuery()), 3); // its clips stay
        QTRY_COMPARE(filter->findData(QStringLiteral("Spring 2027")), -1);
    }

    // The store's writer is busy (a slow disk, another process's long write): pressing Favourite
    // returns at once and shows the stars; the write lands when the writer is free.
    void favouriteWhileTheWriterIsHeldShowsAtOnceAndLandsAfterwards()
    {
        const QList<JobId> ids = makeClips({"a tin drum", "a brass horn"});
        QVERIFY(!ids.isEmpty());
        clickRow(0);
        clickRow(1, Qt::ControlModifier);
        test::HeldWriter heldWriter(m_fx->service->storeWriter());

        QTRY_VERIFY(barButton(QStringLiteral("Favourite"))->isEnabled()); // once the clips are read
        barButton(QStringLiteral("Favourite"))->click();
        GalleryModel *model = m_window->galleryModel();
        for (int row = 0; row < 2; ++row)
            QVERIFY(model->index(row).data(GalleryModel::FavouriteRole).toBool());
        QVERIFY(m_window->clipActions()->favourite()->isChecked());
        for (JobId id : ids)
            QVERIFY(!m_fx->jobs->load(id)->isFavourite()); // not written yet

        heldWriter.release();
        m_fx->service->flush();
        for (JobId id : ids)
            QVERIFY(m_fx->jobs->load(id)->isFavourite());
        QTRY_VERIFY(m_window->studioStatusBar()->currentMessage().contains(QStringLiteral("favourite")));
        QVERIFY(!m_window->findChild<QMessageBox *>(QStringLiteral("clipActionsWarning")));
    }

    // The library's reader is busy (a slow disk, a long read): choosing clips returns at once
    // (the window keeps turning), the actions that depend on the clips stay disabled until they
    // are read (never the last selection's state), and only the newest selection's answer shows.
    void selectingWhileTheReaderIsHeldShowsOnlyTheNewestAnswer()
    {
        QComboBox *status = m_window->gallery()->filterBar()->statusBox();
        status->setCurrentIndex(status->findData(-1)); // everything: a running job shows too
        QTRY_VERIFY(!m_window->galleryModel()->isQueryPending());
        const QList<JobId> finished = makeClips({"a finished kite"});
        QVERIFY(!finished.isEmpty());
        const JobId running = submitShown(QStringLiteral("a kite still flying"));
        QVERIFY(running);
        GalleryModel *model = m_window->galleryModel();
        ClipActions *actions = m_window->clipActions();
        clickRow(model->rowOf(running));
        QTRY_VERIFY(actions->reuse()->isEnabled());
        QVERIFY(!actions->remove()->isEnabled()); // still running: nothing to delete

        QList<bool> deleteEnabled; // every state the Delete action passes through
        connect(actions->remove(), &QAction::changed, this, [&] { deleteEnabled << actions->remove()->isEnabled(); });
        test::UiWatch ui;
        test::LibraryReaderHold hold(*m_fx->library);
        clickRow(model->rowOf(finished[0]));
        QCOMPARE(actions->current(), finished[0]);
        QVERIFY(actions->isSelectionPending());
        for (QAction *a : {actions->reuse(), actions->remove(), actions->favourite(), actions->saveAs()})
            QVERIFY2(!a->isEnabled(), qPrintable(a->text())); // unknown yet: not offered
        clickRow(model->rowOf(running)); // changed again before the answer
        const int turns = ui.turns;
        QTRY_VERIFY(ui.turns > turns + 3); // the window is not waiting for the store
        QVERIFY(actions->isSelectionPending());

        hold.release();
        QTRY_VERIFY(!actions->isSelectionPending());
        QCOMPARE(actions->current(), running);
        QVERIFY(actions->reuse()->isEnabled());
        QVERIFY(!actions->remove()->isEnabled());
        QVERIFY2(!deleteEnabled.contains(true), "the finished clip's answer was shown after the selection moved on");
        QVERIFY(m_fx->service->cancel(running));
    }

    // Delete asks what it would remove only once that is read off the window's thread; when the
    // user picks other clips before the answer, no question about the old ones comes.
    void theDeleteQuestionWaitsForTheReaderAndIsDroppedWhenTheSelectionMoves()
    {
        const QList<JobId> ids = makeClips({"a glass bird", "a paper moon"});
        QVERIFY(!ids.isEmpty());
        ClipActions *actions = m_window->clipActions();
        clickRow(0);
        QTRY_VERIFY(actions->remove()->isEnabled());
        test::UiWatch ui; // answers every question with Cancel
        {
            test::LibraryReaderHold hold(*m_fx->library);
            actions->remove()->trigger();
            const int turns = ui.turns;
            QTRY_VERIFY(ui.turns > turns + 3);
            QVERIFY2(ui.asked.isEmpty(), qPrintable(ui.asked.join(QLatin1Char('\n')))); // not before it knows
        }
        QTRY_COMPARE(ui.asked.size(), 1);
        QVERIFY2(ui.asked.first().contains(QStringLiteral("Delete this clip")), qPrintable(ui.asked.first()));

        {
            test::LibraryReaderHold hold(*m_fx->library);
            actions->remove()->trigger();
            clickRow(1);
        }
        // The question's answer was read before the new selection's, so it has come and gone.
        QTRY_VERIFY(!actions->isSelectionPending());
        QCOMPARE(ui.asked.size(), 1);
        QCOMPARE(m_window->galleryModel()->rowCount(), 2);
        for (JobId id : ids)
            QVERIFY(!m_fx->jobs->isDeleted(id));
    }

    // A project made while the reader is held: the projects menu's dialogs and the filter offer
    // the last list read, at once, and the new one appears when the reader answers.
    void projectsShowTheLastListReadUntilTheReaderAnswers()
    {
        QVERIFY(!makeClips({"a red barn"}).isEmpty());
        ClipActions *actions = m_window->clipActions();
        QComboBox *filter = m_window->gallery()->filterBar()->projectBox();
        m_fx->library->createProject(QStringLiteral("Spring"));
        QTRY_COMPARE(actions->projects(), QStringList{QStringLiteral("Spring")});
        QTRY_VERIFY(filter->findData(QStringLiteral("Spring")) > 0);

        test::UiWatch ui;
        test::LibraryReaderHold hold(*m_fx->library);
        QSignalSpy changed(m_fx->library, &ClipLibrary::projectsChanged);
        m_fx->library->createProject(QStringLiteral("Summer"));
        QTRY_COMPARE(changed.count(), 1); // written; its list is being read
        QVERIFY(actions->renameProject()->isEnabled());
        actions->renameProject()->trigger(); // the dialog opens at once with what is known
        QCOMPARE(ui.asked, QStringList{QStringLiteral("Spring")});
        QCOMPARE(filter->findData(QStringLiteral("Summer")), -1);

        hold.release();
        QTRY_COMPARE(actions->projects(), (QStringList{QStringLiteral("Spring"), QStringLiteral("Summer")}));
        QTRY_VERIFY(filter->findData(QStringLiteral("Summer")) > 0);
    }

    // The database turns read-only (the writer's connection made query-only: SQLite refuses it
    // as it refuses a read-only file). The star shown at once goes again, and a warning gives
    // SQLite's reason; deleting leaves the clip and its file where they were.
    void aRefusedEditShowsTheReasonAndTheGalleryGoesBack()
    {
        const QList<JobId> ids = makeClips({"a clay pot"});
        QVERIFY(!ids.isEmpty());
        clickRow(0);
        const StoreWriter::Result readOnly = m_fx->service->storeWriter().call(QStringLiteral("read-only"), [&](QString *error) {
            QSqlQuery q(m_fx->db->connection()); // the writer thread's connection
            if (q.exec(QStringLiteral("PRAGMA query_only = 1")))
                return true;
            *error = q.lastError().text();
            return false;
        });
        QVERIFY2(readOnly.ok, qPrintable(readOnly.error));
        GalleryModel *model = m_window->galleryModel();
        QSignalSpy refreshed(model, &GalleryModel::refreshed);

        QTRY_VERIFY(m_window->clipActions()->favourite()->isEnabled());
        m_window->clipActions()->favourite()->trigger();
        QVERIFY(model->index(0).data(GalleryModel::FavouriteRole).toBool()); // shown at once
        QTRY_VERIFY2(warningText().contains(QStringLiteral("readonly")), qPrintable(warningText()));
        QTRY_VERIFY(refreshed.count() > 0);
        QTRY_VERIFY(!model->index(0).data(GalleryModel::FavouriteRole).toBool()); // back as stored
        QVERIFY(!m_fx->jobs->load(ids[0])->isFavourite());
        QTRY_VERIFY(!m_window->clipActions()->favourite()->isChecked());
        const QString shots = qEnvironmentVariable("REELCRAFT_SCREENSHOT_DIR");
        if (auto *box = m_window->findChild<QMessageBox *>(QStringLiteral("clipActionsWarning")); box && !shots.isEmpty())
            QVERIFY(box->grab().save(QDir(shots).filePath(QStringLiteral("refused-edit-warning.png"))));
        closeWarning();

        const QString video = m_fx->jobs->load(ids[0])->output().videoPath;
        bool seen = false;
        answerNextMessageBox(QMessageBox::Yes, &seen);
        QTRY_VERIFY(m_window->clipActions()->remove()->isEnabled());
        m_window->clipActions()->remove()->trigger();
        QTRY_VERIFY(seen);
        QTRY_VERIFY2(warningText().contains(QStringLiteral("readonly")), qPrintable(warningText()));
        QCOMPARE(model->rowCount(), 1);
        QVERIFY(QFileInfo::exists(video));
        QVERIFY(!m_fx->jobs->isDeleted(ids[0]));
        QVERIFY(!m_window->clipActions()->undo()->isEnabled()); // nothing to undo
        closeWarning();
    }

    void deleteKeyAsksWithTheCountAndUndoBringsThemBack()
    {
        const JobId paid = m_fx->makeShownClip(*m_window->galleryModel(), QStringLiteral("a paid clip"), QStringLiteral("fake-paid"));
        const QList<JobId> free = makeClips({"free one", "free two"});
        QVERIFY(paid && !free.isEmpty());
        QStringList videos;
        for (JobId id : {paid, free[0], free[1]})
            videos << m_fx->jobs->load(id)->output().videoPath;
        QListView *view = m_window->gallery()->view();
        // The keys as a user presses them: in the active window, the grid focused.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        clickRow(0);
        view->setFocus();
        QTest::keyClick(view, Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(m_window->gallery()->selectedIds().size(), 3);

        bool seen = false;
        QString asked;
        answerNextMessageBox(QMessageBox::Cancel, &seen, &asked);
        QTRY_VERIFY(m_window->clipActions()->remove()->isEnabled());
        QTest::keyClick(view, Qt::Key_Delete);
        QTRY_VERIFY(seen);
        QVERIFY2(asked.contains(plural("Delete 3 clip", "and their video files")), qPrintable(asked));
        QVERIFY2(asked.contains(QStringLiteral("Paid for: 1 ($0.80 in total)")), qPrintable(asked));
        QVERIFY2(asked.contains(QStringLiteral("trash")) && asked.contains(QStringLiteral("Ctrl+Z")), qPrintable(asked));
        QCOMPARE(m_window->galleryModel()->rowCount(), 3);

        // The box gave the window back (offscreen has no window manager to do it).
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        view->setFocus();
        seen = false;
        answerNextMessageBox(QMessageBox::Yes, &seen);
        QTRY_VERIFY(m_window->clipActions()->remove()->isEnabled());
        QTest::keyClick(view, Qt::Key_Delete);
        QTRY_VERIFY(seen);
        QTRY_COMPARE(m_window->galleryModel()->rowCount(), 0);
        for (const QString &video : videos)
            QVERIFY(!QFileInfo::exists(video));
        QVERIFY(m_window->studioStatusBar()->currentMessage().contains(plural("3 clip", "deleted")));

        // One Ctrl+Z: all three come back, files and all.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(m_window->galleryModel()->rowCount(), 3);
        for (const QString &video : videos)
            QVERIFY(QFileInfo::exists(video));
    }

    void deletingAClipWhoseFileIsGoneSaysSo()
    {
        const QList<JobId> ids = makeClips({"still here", "file lost"});
        QVERIFY(!ids.isEmpty());
        QVERIFY(QFile::remove(m_fx->jobs->load(ids[1])->output().videoPath));
        clickRow(0);
        clickRow(1, Qt::ControlModifier);
        bool seen = false;
        QString asked;
        answerNextMessageBox(QMessageBox::Yes, &seen, &asked);
        QTRY_VERIFY(m_window->clipActions()->remove()->isEnabled());
        m_window->clipActions()->remove()->trigger();
        QTRY_VERIFY(seen);
        QVERIFY2(asked.contains(QStringLiteral("Already without a video file: 1")), qPrintable(asked));
        QVERIFY2(!asked.contains(QStringLiteral("Paid for")), qPrintable(asked));
        QTRY_COMPARE(m_window->galleryModel()->rowCount(), 0);
        QVERIFY(m_fx->jobs->isDeleted(ids[0]) && m_fx->jobs->isDeleted(ids[1]));
        QVERIFY(!m_window->findChild<QMessageBox *>(QStringLiteral("clipActionsWarning")));
    }

    void exportWritesNamedCopiesWithProgress()
    {
        const QList<JobId> ids = makeClips({"a red fox in the snow", "a red fox in the snow", "what? a \"quote\"/slash", "lost"});
        QVERIFY(!ids.isEmpty());
        QVERIFY(QFile::remove(m_fx->jobs->load(ids[3])->output().videoPath));
        const QString folder = m_fx->dir.filePath(QStringLiteral("exported"));
        ClipExporter *exporter = m_window->clipActions()->exporter();
        QSignalSpy progress(exporter, &ClipExporter::progress);
        QSignalSpy finished(exporter, &ClipExporter::finished);
        QVERIFY(m_window->clipActions()->exportClips(ids, folder));
        QVERIFY(finished.wait(10000));
        QCOMPARE(progress.count(), 4);
        QCOMPARE(progress.last().at(0).toInt(), 4);

        const QString day = m_fx->jobs->load(ids[0])->createdAt().date().toString(Qt::ISODate);
        const QStringList expected{QStringLiteral("a red fox in the snow %1.mp4").arg(day),
                                   QStringLiteral("a red fox in the snow %1 (2).mp4").arg(day),
                                   QStringLiteral("what a quote slash %1.mp4").arg(day)};
        QStringList written = QDir(folder).entryList(QDir::Files);
        written.sort();
        QStringList sortedExpected = expected;
        sortedExpected.sort();
        QCOMPARE(written, sortedExpected); // no .part left, nothing for the lost clip
        for (const QString &name : expected)
            QCOMPARE(QFileInfo(QDir(folder).filePath(name)).size(), QFileInfo(m_fx->jobs->load(ids[0])->output().videoPath).size());
        const QString said = m_window->studioStatusBar()->currentMessage();
        QVERIFY2(said.contains(plural("3 clip", "exported to")), qPrintable(said));
        QVERIFY2(warningText().contains(plural("1 clip", "could not be exported")), qPrintable(warningText()));
        QVERIFY2(warningText().contains(QStringLiteral("video file is missing")), qPrintable(warningText()));
        closeWarning();

        // Exporting again resolves every clash instead of overwriting.
        QVERIFY(m_window->clipActions()->exportClips(ids.mid(0, 1), folder));
        QTRY_VERIFY(QFileInfo::exists(QDir(folder).filePath(QStringLiteral("a red fox in the snow %1 (3).mp4").arg(day))));
    }

    void exportToAFolderThatCannotBeWrittenSaysSo()
    {
        const QList<JobId> ids = makeClips({"nowhere to go"});
        QVERIFY(!ids.isEmpty());
        const QString file = m_fx->dir.filePath(QStringLiteral("a-file"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        QVERIFY(!m_window->clipActions()->exportClips(ids, file + QStringLiteral("/inside")));
        QVERIFY2(warningText().contains(QStringLiteral("could not be made")), qPrintable(warningText()));
        closeWarning();
        // A read-only place (even for root): the probe file cannot be made there.
        QVERIFY(!m_window->clipActions()->exportClips(ids, QStringLiteral("/proc/self")));
        QVERIFY2(warningText().contains(QStringLiteral("cannot write")), qPrintable(warningText()));
        closeWarning();
        QVERIFY(!m_window->clipActions()->exporter()->isRunning());
    }

    // At the default tile size the gallery pane of a 1280 px window holds two columns.
    void twoColumnsAt1280()
    {
        QVERIFY(!makeClips({"one", "two", "three", "four", "five"}).isEmpty());
        QTRY_COMPARE(m_window->size(), QSize(1280, 800));
        QTRY_COMPARE(columns(), 2);
    }

    void screenshots()
    {
        const QString dir = qEnvironmentVariable("REELCRAFT_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("REELCRAFT_SCREENSHOT_DIR is not set");
        const QList<JobId> ids = makeClips({"a sailboat on a lake", "a field of sunflowers", "snowy mountains at dawn",
                                            "a lighthouse at dusk", "a red fox in the snow", "rain on a café window"});
        QVERIFY(!ids.isEmpty());
        // The fake provider's clips have no pictures: give each a painted thumbnail for the picture.
        for (int i = 0; i < ids.size(); ++i)
            QVERIFY(giveThumbnail(ids[i], QColor::fromHsv((i * 53) % 360, 120, 220)));
        m_window->galleryModel()->refresh();
        QTRY_VERIFY(!m_window->galleryModel()->index(0).data(Qt::DecorationRole).value<QPixmap>().isNull());
        for (const QSize size : {QSize(1280, 800), QSize(1920, 1080)}) {
            m_window->resize(size);
            QTRY_COMPARE(m_window->size(), size);
            clickRow(0);
            clickRow(1, Qt::ControlModifier);
            clickRow(3, Qt::ControlModifier);
            QTRY_VERIFY(m_window->gallery()->selectionBar()->isVisible());
            m_window->grab().save(QStringLiteral("%1/gallery-selection-%2x%3.png").arg(dir).arg(size.width()).arg(size.height()));
        }
    }

private:
    // "3 clips deleted" with the English plural forms the translations supply, "3 clip(s) deleted"
    // from the source text before they do.
    static QRegularExpression plural(const char *countAndNoun, const char *rest)
    {
        return QRegularExpression(QRegularExpression::escape(QString::fromUtf8(countAndNoun)) + QStringLiteral("(s|\\(s\\))? ")
                                  + QRegularExpression::escape(QString::fromUtf8(rest)));
    }
    // A job submitted and left running (the fake provider waits), once the gallery shows it.
    JobId submitShown(const QString &prompt)
    {
        const GenerationService::Submission s = m_fx->service->submit(m_fx->freeRequest(prompt));
        if (!s.ok())
            return 0;
        return QTest::qWaitFor([&] { return m_window->galleryModel()->rowOf(s.id) >= 0; }, 5000) ? s.id : 0;
    }
    QList<JobId> makeClips(const QList<const char *> &prompts)
    {
        QList<JobId> ids;
        for (const char *p : prompts) {
            const JobId id = m_fx->makeShownClip(*m_window->galleryModel(), QString::fromUtf8(p));
            if (!id)
                return {};
            ids << id;
        }
        return ids;
    }
    bool giveThumbnail(JobId id, const QColor &sky)
    {
        QImage image(GalleryDelegate::kThumbSize, QImage::Format_RGB32);
        QPainter p(&image);
        QLinearGradient gradient(0, 0, 0, image.height());
        gradient.setColorAt(0, sky.lighter(130));
        gradient.setColorAt(1, sky.darker(160));
        p.fillRect(image.rect(), gradient);
        p.setBrush(sky.darker(220));
        p.setPen(Qt::NoPen);
        p.drawEllipse(QPoint(image.width() / 3, image.height()), image.width() / 2, image.height() / 3);
        p.end();
        const QString path = m_fx->dir.filePath(QStringLiteral("thumb-%1.png").arg(id));
        std::optional<Job> job = m_fx->jobs->load(id);
        if (!job || !image.save(path))
            return false;
        JobOutput output = job->output();
        output.thumbnailPath = path;
        job->restoreDetails(output, job->cost(), ErrorKind::None, QString(), job->createdAt(), job->finishedAt(), 0);
        return m_fx->jobs->save(*job, false);
    }
    void clickRow(int row, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        QListView *view = m_window->gallery()->view();
        const QModelIndex index = m_window->galleryModel()->index(row);
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, mods, view->visualRect(index).center());
    }
    QString selectionText() const
    {
        return m_window->gallery()->selectionBar()->findChild<QLabel *>(QStringLiteral("selectionCount"))->text();
    }
    QToolButton *barButton(const QString &name) const
    {
        for (QToolButton *b : m_window->gallery()->selectionBar()->findChildren<QToolButton *>())
            if (b->accessibleName() == name)
                return b;
        qWarning() << "no button" << name;
        return nullptr;
    }
    QString warningText() const
    {
        auto *box = m_window->findChild<QMessageBox *>(QStringLiteral("clipActionsWarning"));
        return box ? box->text() + QLatin1Char('\n') + box->informativeText() : QString();
    }
    void closeWarning()
    {
        if (auto *box = m_window->findChild<QMessageBox *>(QStringLiteral("clipActionsWarning")))
            delete box;
    }
    int columns() const
    {
        QListView *view = m_window->gallery()->view();
        GalleryModel *model = m_window->galleryModel();
        const int top = view->visualRect(model->index(0)).top();
        int n = 0;
        for (int i = 0; i < model->rowCount(); ++i)
            n += view->visualRect(model->index(i)).top() == top ? 1 : 0;
        return n;
    }

    std::unique_ptr<test::GuiFixture> m_fx;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestGallerySelection)
#include "tst_gallery_selection.moc"
