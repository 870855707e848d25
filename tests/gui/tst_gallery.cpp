// The gallery model and panel: paging, raw roles, search and filters, a finished clip appearing
// at once, favourites, and QAbstractItemModelTester throughout.
#include "GuiFixture.h"

#include "gallery/GalleryFilterBar.h"
#include "gallery/GalleryModel.h"
#include "gallery/GalleryPanel.h"
#include "gallery/ThumbnailCache.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QSlider>
#include <QStyle>
#include <QToolButton>
#include <QScopeGuard>
#include <QSemaphore>
#include <QtTest>
#include <utility>

using namespace rc;
using namespace rc::ui;

class TestGallery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_fx = std::make_unique<test::GuiFixture>();
        m_thumbs = std::make_unique<ThumbnailCache>(QSize(160, 90), 50);
    }
    void cleanup()
    {
        m_panel.reset();
        m_tester.reset();
        m_model.reset();
        m_thumbs.reset();
        m_fx.reset();
    }

    void pagesWithFetchMore()
    {
        for (int i = 0; i < 12; ++i)
            QVERIFY(m_fx->makeClip(QStringLiteral("clip number %1").arg(i)));
        makeModel();
        m_model->setPageSize(5);
        m_model->setQuery(JobQuery());
        QTRY_COMPARE(m_model->rowCount(), 5); // the new query's first page, read off the UI thread
        QCOMPARE(m_model->totalCount(), 12);
        QVERIFY(m_model->canFetchMore(QModelIndex()));
        m_model->fetchMore(QModelIndex()); // read on the reader thread, appended when it arrives
        QTRY_COMPARE(m_model->rowCount(), 10);
        m_model->fetchMore(QModelIndex());
        QTRY_COMPARE(m_model->rowCount(), 12);
        QVERIFY(!m_model->canFetchMore(QModelIndex()));
        // Newest first, and the raw roles carry comparable values.
        QCOMPARE(m_model->index(0).data(GalleryModel::PromptRole).toString(), QStringLiteral("clip number 11"));
        QVERIFY(m_model->index(0).data(GalleryModel::CreatedRole).toDateTime()
                >= m_model->index(11).data(GalleryModel::CreatedRole).toDateTime());
        QCOMPARE(m_model->index(0).data(GalleryModel::DurationSecRole).toInt(), 2);
        QCOMPARE(m_model->index(0).data(GalleryModel::CostMicrosRole).toLongLong(), 0);
    }

    void finishedClipAppearsAtOnce()
    {
        QVERIFY(m_fx->makeClip(QStringLiteral("old clip")));
        makeModel();
        QCOMPARE(m_model->rowCount(), 1);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        const JobId id = m_fx->makeClip(QStringLiteral("brand new clip"));
        QVERIFY(id);
        QTRY_COMPARE(m_model->rowCount(), 2); // read off the UI thread, then applied
        QCOMPARE(m_model->index(0).data(GalleryModel::JobIdRole).toLongLong(), id);
        QVERIFY(inserted.count() >= 1); // an insert, not a reset: the selection survives
    }

    // The window asks to show a clip the moment it finishes, before the gallery's off-thread
    // re-read has it: it is selected when it arrives, unless the user picked another meanwhile.
    void aClipAskedForBeforeItArrivesIsSelectedWhenItDoes()
    {
        const JobId older = m_fx->makeClip(QStringLiteral("older clip"));
        QVERIFY(older);
        makeModel();
        makePanel();
        QSignalSpy refreshed(m_model.get(), &GalleryModel::refreshed);
        const JobId fresh = m_fx->makeClip(QStringLiteral("fresh clip"));
        QVERIFY(fresh);
        m_panel->select(fresh);
        QTRY_COMPARE(m_panel->currentId(), fresh);

        const JobId another = m_fx->makeClip(QStringLiteral("another clip"));
        QVERIFY(another);
        m_panel->select(another);
        m_panel->select(older); // the user clicks an older clip before the new one shows
        QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
        refreshed.clear();
        QVERIFY(refreshed.wait(5000));
        QTRY_VERIFY(m_model->rowOf(another) >= 0);
        QCOMPARE(m_panel->currentId(), older);
        QCOMPARE(resets.count(), 0); // new clips arrive as inserts: the selection stays
        for (JobId id : {another, fresh, older}) // each once
            QCOMPARE(rowIds().count(id), 1);
    }

    // Deselecting (Ctrl+click, as the user does) leaves Qt's current index behind; the panel must
    // still say that nothing is shown, or the player and details keep the old clip.
    void clearingTheSelectionShowsNothing()
    {
        const JobId id = m_fx->makeClip(QStringLiteral("a clip to let go of"));
        QVERIFY(id);
        makeModel();
        makePanel();
        QSignalSpy changed(m_panel.get(), &GalleryPanel::currentChanged);
        m_panel->select(id);
        QCOMPARE(m_panel->currentId(), id);
        QCOMPARE(changed.count(), 1);
        QListView *view = m_panel->view();
        const QRect rect = view->visualRect(m_model->index(0));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ControlModifier, rect.center());
        QCOMPARE(m_panel->currentId(), JobId(0));
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.last().at(0).toLongLong(), JobId(0));
        // Choosing it again shows it again.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
        QCOMPARE(m_panel->currentId(), id);
        QCOMPARE(changed.last().at(0).toLongLong(), id);
    }

    // A clip the studio showed by itself gives way to the next finished one; one the user picked
    // does not, and neither does a pending clip take over from the user's pick.
    void finishedClipsFollowUnlessTheUserPicked()
    {
        const JobId older = m_fx->makeClip(QStringLiteral("older"));
        QVERIFY(older);
        makeModel();
        makePanel();
        const JobId a = m_fx->makeClip(QStringLiteral("a"));
        QVERIFY(a);
        m_panel->showFinished(a);
        QTRY_COMPARE(m_panel->currentId(), a);
        const JobId b = m_fx->makeClip(QStringLiteral("b"));
        QVERIFY(b);
        m_panel->showFinished(b);
        QTRY_COMPARE(m_panel->currentId(), b);

        // The user picks the older clip while c is still on its way to the model.
        const JobId c = m_fx->makeClip(QStringLiteral("c"));
        QVERIFY(c);
        m_panel->showFinished(c);
        QListView *view = m_panel->view();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier,
                          view->visualRect(m_model->index(m_model->rowOf(older))).center());
        QCOMPARE(m_panel->currentId(), older);
        QTRY_VERIFY(m_model->rowOf(c) >= 0);
        QCOMPARE(m_panel->currentId(), older);
        const JobId d = m_fx->makeClip(QStringLiteral("d"));
        QVERIFY(d);
        m_panel->showFinished(d);
        QTRY_VERIFY(m_model->rowOf(d) >= 0);
        QCOMPARE(m_panel->currentId(), older);
        // An edit of the clip being looked at takes its place all the same.
        m_panel->showFinished(d, older);
        QCOMPARE(m_panel->currentId(), d);
    }

    // The tiles follow the width: whole columns of about the wanted size, widened so that no
    // strip of empty space is left beside them; the size slider changes the column count.
    void tilesFillTheWidthAndFollowTheSlider()
    {
        for (int i = 0; i < 12; ++i)
            QVERIFY(m_fx->makeClip(QStringLiteral("tile %1").arg(i)));
        makeModel();
        makePanel();
        QSignalSpy userSized(m_panel.get(), &GalleryPanel::tileWidthChanged);
        for (const int width : {900, 1300, 520}) {
            m_panel->resize(width, 600);
            QTRY_VERIFY(gridFills());
        }
        m_panel->resize(1300, 600);
        QTRY_VERIFY(gridFills());
        const int columnsBefore = columns();
        QVERIFY2(columnsBefore >= 4, qPrintable(QString::number(columnsBefore)));
        m_panel->tileSlider()->setValue(GalleryPanel::kMaxTileWidthPx);
        QTRY_VERIFY(columns() < columnsBefore);
        QVERIFY(gridFills());
        QCOMPARE(userSized.count(), 1);
        m_panel->setTileWidth(GalleryPanel::kMinTileWidthPx); // from the settings: not the user
        QTRY_VERIFY(columns() > columnsBefore);
        QVERIFY(gridFills());
        QCOMPARE(userSized.count(), 1);
    }

    // Many finishing jobs while a re-read runs end in one more read, and the model ends up
    // matching the store.
    void burstsOfChangesEndMatchingTheStore()
    {
        makeModel();
        QSignalSpy refreshed(m_model.get(), &GalleryModel::refreshed);
        for (int i = 0; i < 8; ++i)
            QVERIFY(m_fx->makeClip(QStringLiteral("burst %1").arg(i)));
        QTRY_COMPARE(m_model->rowCount(), 8);
        QVERIFY(refreshed.count() <= 16); // at most one applied read per signal (8 added + 8 finished)
        QCOMPARE(m_model->totalCount(), 8);
        QCOMPARE(m_model->index(0).data(GalleryModel::PromptRole).toString(), QStringLiteral("burst 7"));
    }

    // A search typed while the reader is busy (a slow disk, another process writing) returns at
    // once; the rows of the last text arrive later, and no earlier text's rows are ever shown.
    void aSearchIsReadOffTheWindowsThreadAndOnlyTheLastTextShows()
    {
        QVERIFY(m_fx->makeClip(QStringLiteral("a cat on a roof")));
        QVERIFY(m_fx->makeClip(QStringLiteral("a dog in the park")));
        const JobId snowCat = m_fx->makeClip(QStringLiteral("a cat in the snow"));
        QVERIFY(snowCat);
        makeModel();
        QCOMPARE(m_model->rowCount(), 3);

        QSemaphore readerHeld, letGo;
        bool released = false;
        auto release = qScopeGuard([&] {
            if (!std::exchange(released, true))
                letGo.release();
        });
        QFuture<void> hold = m_model->runOnReader([&] {
            readerHeld.release();
            letGo.acquire();
        });
        readerHeld.acquire();
        QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy refreshed(m_model.get(), &GalleryModel::refreshed);
        for (const char *text : {"ca", "cat", "cat snow"}) {
            JobQuery q;
            q.search = QLatin1String(text);
            m_model->setQuery(q);
            // Control is back with the reader still held, and the shown rows have not changed.
            QCOMPARE(m_model->rowCount(), 3);
            QVERIFY(m_model->isQueryPending());
            QVERIFY(!m_model->canFetchMore(QModelIndex()));
        }
        QCoreApplication::processEvents();
        QCOMPARE(resets.count(), 0);

        release.dismiss();
        released = true;
        letGo.release();
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(m_model->index(0).data(GalleryModel::JobIdRole).toLongLong(), snowCat);
        QCOMPARE(m_model->totalCount(), 1);
        QCOMPARE(resets.count(), 1); // "ca" and "cat" were never shown
        QVERIFY(!m_model->isQueryPending());
        QCoreApplication::processEvents();
        QCOMPARE(refreshed.count(), 1);
    }

    // Scrolling on while the reader is busy (a slow disk) returns at once; the page is appended,
    // in order, when it arrives, and the next one follows it.
    void fetchMoreWhileTheReaderIsHeldAppendsInOrderAfterwards()
    {
        for (int i = 0; i < 12; ++i)
            QVERIFY(m_fx->makeClip(QStringLiteral("clip number %1").arg(i)));
        makeModel();
        m_model->setPageSize(5);
        m_model->setQuery(JobQuery());
        QTRY_COMPARE(m_model->rowCount(), 5);

        QSemaphore readerHeld, letGo;
        auto release = qScopeGuard([&] { letGo.release(); });
        QFuture<void> hold = m_model->runOnReader([&] {
            readerHeld.release();
            letGo.acquire();
        });
        readerHeld.acquire();
        QSignalSpy pages(m_model.get(), &GalleryModel::pageArrived);
        m_model->fetchMore(QModelIndex());
        // Back with the reader held: nothing appended yet, and no second page asked for meanwhile.
        QVERIFY(m_model->isPagePending());
        QVERIFY(!m_model->canFetchMore(QModelIndex()));
        QCoreApplication::processEvents();
        QCOMPARE(m_model->rowCount(), 5);
        QCOMPARE(pages.count(), 0);

        release.dismiss();
        letGo.release();
        QVERIFY(pages.wait(5000));
        QCOMPARE(pages.at(0).at(0).toInt(), 5);
        QCOMPARE(m_model->rowCount(), 10);
        QVERIFY(m_model->canFetchMore(QModelIndex()));
        m_model->fetchMore(QModelIndex());
        QTRY_COMPARE(m_model->rowCount(), 12);
        for (int row = 0; row < 12; ++row)
            QCOMPARE(m_model->index(row).data(GalleryModel::PromptRole).toString(),
                     QStringLiteral("clip number %1").arg(11 - row)); // newest first, none twice
        QVERIFY(!m_model->canFetchMore(QModelIndex()));
    }

    // A page asked for before a new search arrives after it: it belongs to the old rows and is
    // dropped, so only the search's rows show.
    void aPageAskedForBeforeANewSearchIsDropped()
    {
        for (int i = 0; i < 12; ++i)
            QVERIFY(m_fx->makeClip(QStringLiteral("clip number %1").arg(i)));
        makeModel();
        m_model->setPageSize(5);
        m_model->setQuery(JobQuery());
        QTRY_COMPARE(m_model->rowCount(), 5);

        QSemaphore readerHeld, letGo;
        auto release = qScopeGuard([&] { letGo.release(); });
        QFuture<void> hold = m_model->runOnReader([&] {
            readerHeld.release();
            letGo.acquire();
        });
        readerHeld.acquire();
        QSignalSpy pages(m_model.get(), &GalleryModel::pageArrived);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy refreshed(m_model.get(), &GalleryModel::refreshed);
        m_model->fetchMore(QModelIndex());
        JobQuery search;
        search.search = QStringLiteral("number 3");
        m_model->setQuery(search);

        release.dismiss();
        letGo.release();
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(pages.count(), 1);
        QCOMPARE(pages.at(0).at(0).toInt(), 0); // dropped
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(m_model->index(0).data(GalleryModel::PromptRole).toString(), QStringLiteral("clip number 3"));
        QVERIFY(!m_model->isPagePending());
    }

    void searchAndFilterFromTheBar()
    {
        QVERIFY(m_fx->makeClip(QStringLiteral("a cat on a roof")));
        QVERIFY(m_fx->makeClip(QStringLiteral("a dog in the park")));
        const JobId paid = m_fx->makeClip(QStringLiteral("a cat in the snow"), QStringLiteral("fake-paid"));
        QVERIFY(paid);
        makeModel();
        makePanel();
        QCOMPARE(m_model->rowCount(), 3);

        GalleryFilterBar *bar = m_panel->filterBar();
        QTest::keyClicks(bar->searchEdit(), QStringLiteral("cat"));
        QTRY_COMPARE(m_model->rowCount(), 2); // after the debounce
        for (int i = 0; i < m_model->rowCount(); ++i)
            QVERIFY(m_model->index(i).data(GalleryModel::PromptRole).toString().contains(QStringLiteral("cat")));

        bar->providerBox()->setCurrentIndex(bar->providerBox()->findData(QStringLiteral("fake-paid")));
        QTRY_COMPARE(m_model->rowCount(), 1);
        QCOMPARE(m_model->index(0).data(GalleryModel::JobIdRole).toLongLong(), paid);

        bar->searchEdit()->clear();
        bar->providerBox()->setCurrentIndex(0);
        QTRY_COMPARE(m_model->rowCount(), 3);

        QVERIFY(m_fx->library->setFavourite(paid, true));
        bar->favouritesButton()->setChecked(true);
        QTRY_COMPARE(m_model->rowCount(), 1);
        QVERIFY(m_model->index(0).data(GalleryModel::FavouriteRole).toBool());
    }

    void statusFilterShowsFailures()
    {
        QVERIFY(m_fx->makeClip(QStringLiteral("fine")));
        const auto s = m_fx->service->submit(m_fx->freeRequest(QStringLiteral("broken")));
        QTRY_COMPARE(m_fx->freeProvider->runningCount(), 1);
        m_fx->freeProvider->failJob(s.id, ErrorKind::InvalidInput, QStringLiteral("bad"));
        makeModel();
        makePanel();
        QCOMPARE(m_model->rowCount(), 1); // finished clips by default
        QComboBox *status = m_panel->filterBar()->statusBox();
        status->setCurrentIndex(status->findData(int(JobState::Failed)));
        QTRY_VERIFY(!m_model->isQueryPending());
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(m_model->index(0).data(GalleryModel::ErrorRole).toString(), QStringLiteral("bad"));
    }

    void sortByCost()
    {
        QVERIFY(m_fx->makeClip(QStringLiteral("free one")));
        QVERIFY(m_fx->makeClip(QStringLiteral("paid one"), QStringLiteral("fake-paid")));
        QVERIFY(m_fx->makeClip(QStringLiteral("free two")));
        makeModel();
        makePanel();
        QComboBox *sort = m_panel->filterBar()->sortBox();
        sort->setCurrentIndex(sort->findData(int(JobQuery::Sort::CostHighest)));
        QTRY_VERIFY(!m_model->isQueryPending());
        QCOMPARE(m_model->index(0).data(GalleryModel::PromptRole).toString(), QStringLiteral("paid one"));
        QVERIFY(m_model->index(0).data(GalleryModel::CostMicrosRole).toLongLong() > 0);
    }

    // With room, the filter lists are as wide as their longest item ("Finished clips", a
    // provider's label); they may elide only when the column is narrow (1280 px at 150 %, see
    // tst_compose_layout), never widening the window.
    void filterListsFitTheirItems()
    {
        makeModel();
        makePanel();
        GalleryFilterBar *bar = m_panel->filterBar();
        for (QComboBox *box : {bar->providerBox(), bar->statusBox(), bar->sortBox()}) {
            int longest = 0;
            for (int i = 0; i < box->count(); ++i)
                longest = std::max(longest, box->fontMetrics().horizontalAdvance(box->itemText(i)));
            QVERIFY2(box->width() > longest, qPrintable(box->accessibleName()));
        }
    }

    void thumbnailsLoadAndAreBounded()
    {
        ThumbnailCache cache(QSize(64, 36), 2);
        QStringList paths;
        for (int i = 0; i < 3; ++i) {
            QImage img(320, 180, QImage::Format_RGB32);
            img.fill(QColor::fromHsv(i * 100, 200, 200));
            paths << m_fx->dir.filePath(QStringLiteral("t%1.jpg").arg(i));
            QVERIFY(img.save(paths.last()));
        }
        for (const QString &p : paths) {
            QSignalSpy ready(&cache, &ThumbnailCache::thumbnailReady);
            QVERIFY(cache.get(p).isNull());
            QVERIFY(ready.wait(30000)); // a pool thread decodes it: generous on a loaded machine
            QVERIFY(!cache.get(p).isNull());
            QVERIFY(cache.get(p).width() <= 64);
        }
        QCOMPARE(cache.size(), 2);
        QVERIFY(!cache.contains(paths.first())); // the least recently used went
    }

private:
    QList<JobId> rowIds() const
    {
        QList<JobId> out;
        for (int i = 0; i < m_model->rowCount(); ++i)
            out << m_model->index(i).data(GalleryModel::JobIdRole).toLongLong();
        return out;
    }
    // Tiles in the first row of the grid.
    int columns() const
    {
        QListView *view = m_panel->view();
        const int top = view->visualRect(m_model->index(0)).top();
        int n = 0;
        for (int i = 0; i < m_model->rowCount(); ++i)
            n += view->visualRect(m_model->index(i)).top() == top ? 1 : 0;
        return n;
    }
    // The first row is full (more clips than fit) and leaves no more than the scroll bar's room
    // (and the division's remainder) at its right.
    bool gridFills() const
    {
        QListView *view = m_panel->view();
        const int n = columns();
        if (n < 1 || n >= m_model->rowCount())
            return false;
        const QRect last = view->visualRect(m_model->index(n - 1));
        const int spare = view->viewport()->width() - last.right() - 1;
        const int scrollBar = view->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, view);
        // Equal cells leave the remainder of the width's division by the column count (under one
        // pixel a column) besides the scroll bar's room.
        return spare >= 0 && spare <= scrollBar + 1 + n && view->visualRect(m_model->index(0)).left() <= 1;
    }
    void makeModel()
    {
        m_model = std::make_unique<GalleryModel>(*m_fx->jobs, *m_fx->service, *m_fx->library, *m_thumbs);
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    void makePanel()
    {
        m_panel = std::make_unique<GalleryPanel>(*m_model, *m_fx->catalogue);
        m_panel->resize(700, 500);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    }

    std::unique_ptr<test::GuiFixture> m_fx;
    std::unique_ptr<ThumbnailCache> m_thumbs;
    std::unique_ptr<GalleryModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<GalleryPanel> m_panel;
};

QTEST_MAIN(TestGallery)
#include "tst_gallery.moc"
