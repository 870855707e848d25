// The queue: rows follow the service, cancel works from the row's button, a clip being finished
// says so, a failure shows its message with Retry, and the model passes QAbstractItemModelTester.
#include "GuiFixture.h"

#include "queue/QueueModel.h"
#include "queue/QueuePanel.h"
#include "queue/QueueRow.h"
#include "provenance/ProvenanceService.h"
#include "support/FakeHttpServer.h"
#include "support/FakeTimeStampAuthority.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSemaphore>
#include <QtTest>

using namespace rc;
using namespace rc::ui;

class TestQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_fx = std::make_unique<test::GuiFixture>();
        m_model = std::make_unique<QueueModel>(*m_fx->service);
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_panel = std::make_unique<QueuePanel>(*m_model, *m_fx->service, *m_fx->catalogue);
        m_panel->resize(400, 400);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    }
    void cleanup()
    {
        m_panel.reset();
        m_tester.reset();
        m_model.reset();
        m_fx.reset();
    }

    // A submit answers before its write reaches the disk (here the writer is held busy, as by a
    // slow disk): the row is in the queue at once, as queued, and the job starts once written.
    void aRowAppearsBeforeItsJobIsWritten()
    {
        m_fx->service->flush(); // the ids reserved at start-up are in memory
        QSemaphore inside, release;
        m_fx->service->storeWriter().post(QStringLiteral("held by the test"), [&](QString *) {
            inside.release();
            release.acquire();
            return true;
        }, nullptr, {});
        inside.acquire();
        const auto s = m_fx->service->submit(m_fx->paidRequest(QStringLiteral("while the disk is slow")));
        const bool answered = s.ok() && m_model->rowOf(s.id) == 0
            && m_model->index(0).data(QueueModel::StateRole).toInt() == int(JobState::Queued);
        QCoreApplication::processEvents();
        const bool notStarted = m_fx->paidProvider->started().isEmpty();
        release.release(); // before any check can return, so the writer never stays held
        QVERIFY2(answered, qPrintable(s.error));
        QVERIFY(notStarted);
        QTRY_COMPARE(m_fx->paidProvider->started().size(), 1);
    }

    void rowsFollowTheService()
    {
        const auto a = m_fx->service->submit(m_fx->paidRequest(QStringLiteral("first")));
        const auto b = m_fx->service->submit(m_fx->paidRequest(QStringLiteral("second")));
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_model->index(0).data(QueueModel::PromptRole).toString(), QStringLiteral("first"));
        QCOMPARE(m_panel->rowCount(), 2);
        QTRY_COMPARE(m_fx->paidProvider->runningCount(), 2);

        // Unknown progress: a busy bar; known progress: a value and the ETA in the status.
        m_fx->paidProvider->accept(a.id, QStringLiteral("remote-a"));
        m_fx->paidProvider->progress(a.id, -1);
        QTRY_COMPARE(m_panel->rowFor(a.id)->progressBar()->maximum(), 0);
        // Started but no frame timed yet: a busy bar and "starting", not "0 %" with a guessed time.
        m_fx->paidProvider->accept(b.id, QStringLiteral("remote-b"));
        m_fx->paidProvider->progress(b.id, 0, -1);
        QTRY_VERIFY2(m_panel->rowFor(b.id)->statusLabel()->text().contains(QStringLiteral("starting")),
                     qPrintable(m_panel->rowFor(b.id)->statusLabel()->text()));
        QCOMPARE(m_panel->rowFor(b.id)->progressBar()->maximum(), 0);
        QVERIFY(!m_panel->rowFor(b.id)->statusLabel()->text().contains(QStringLiteral("0%")));
        m_fx->paidProvider->progress(a.id, 40, 75);
        QTRY_VERIFY2(m_panel->rowFor(a.id)->statusLabel()->text().contains(QStringLiteral("40%")),
                     qPrintable(m_panel->rowFor(a.id)->statusLabel()->text()));
        QVERIFY(m_panel->rowFor(a.id)->statusLabel()->text().contains(QStringLiteral("1 min 15 s left")));
        QTRY_COMPARE(m_model->index(0).data(QueueModel::ProgressRole).toInt(), 40);
        QCOMPARE(m_panel->rowFor(a.id)->progressBar()->maximum(), 100);
        QCOMPARE(m_panel->rowFor(a.id)->progressBar()->value(), 40);
        QCOMPARE(m_model->index(0).data(QueueModel::EtaRole).toInt(), 75);

        m_fx->paidProvider->succeed(a.id);
        QTRY_COMPARE(m_model->rowCount(), 1); // a finished clip leaves the queue for the gallery
        QCOMPARE(m_model->index(0).data(QueueModel::JobIdRole).toLongLong(), b.id);
    }

    void providerDetailShowsInTheRow()
    {
        const auto s = m_fx->service->submit(m_fx->paidRequest(QStringLiteral("queued remotely")));
        QVERIFY(s.ok());
        QTRY_COMPARE(m_fx->paidProvider->runningCount(), 1);
        m_fx->paidProvider->detail(s.id, QStringLiteral("in queue, position 3"));
        QTRY_COMPARE(m_model->index(0).data(QueueModel::DetailRole).toString(), QStringLiteral("in queue, position 3"));
        QVERIFY(m_panel->rowFor(s.id)->statusText().contains(QStringLiteral("in queue, position 3")));
        m_fx->paidProvider->accept(s.id, QStringLiteral("req")); // Running: the line is stale
        QTRY_COMPARE(m_model->index(0).data(QueueModel::DetailRole).toString(), QString());
        QVERIFY(!m_panel->rowFor(s.id)->statusText().contains(QStringLiteral("position")));
    }

    void cancelFromTheRow()
    {
        const auto s = m_fx->service->submit(m_fx->paidRequest(QStringLiteral("to cancel")));
        QVERIFY(s.ok());
        QTRY_COMPARE(m_fx->paidProvider->runningCount(), 1);
        QueueRow *row = m_panel->rowFor(s.id);
        QVERIFY(row);
        QVERIFY(row->cancelButton()->isVisible());
        QSignalSpy finished(m_fx->service, &GenerationService::jobFinished);
        QTest::mouseClick(row->cancelButton(), Qt::LeftButton);
        QCOMPARE(m_fx->paidProvider->cancelRequests(), QList<JobId>{s.id});
        QVERIFY(finished.count() == 1 || finished.wait(5000));
        QCOMPARE(finished.at(0).at(0).value<Job>().state(), JobState::Cancelled);
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(m_panel->rowCount(), 0);
        QCOMPARE(m_fx->jobs->load(s.id)->state(), JobState::Cancelled);
    }

    // A delivered clip waiting for its credentials (here: a slow time-stamp authority, held by
    // the test) says it is finishing and offers no Cancel: it is made and paid for.
    void aClipBeingFinishedSaysSo()
    {
        test::FakeTimeStampAuthority tsa;
        QVERIFY(tsa.listen());
        tsa.hold();
        m_fx->app->provenance().setTimeStampUrl(tsa.url());
        m_fx->paidProvider->setVideoBytes(test::sampleMp4());
        QSignalSpy held(&tsa, &test::FakeTimeStampAuthority::answerHeld);
        QSignalSpy finished(m_fx->service, &GenerationService::jobFinished);
        const auto s = m_fx->service->submit(m_fx->paidRequest(QStringLiteral("a heron at dawn")));
        QTRY_COMPARE(m_fx->paidProvider->runningCount(), 1);
        m_fx->paidProvider->accept(s.id, QStringLiteral("video_1"));
        m_fx->paidProvider->progress(s.id, 100, 0);
        m_fx->paidProvider->succeed(s.id);
        QTRY_COMPARE_WITH_TIMEOUT(held.size(), 1, 30000);
        QueueRow *row = m_panel->rowFor(s.id);
        QVERIFY(row);
        QTRY_VERIFY2(row->statusText().contains(GenerationService::finishingDetail()), qPrintable(row->statusText()));
        QVERIFY(!row->cancelButton()->isVisible());
        QVERIFY(finished.isEmpty());

        QCOMPARE(tsa.release(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(finished.first().first().value<Job>().state(), JobState::Completed);
        QTRY_COMPARE(m_model->rowCount(), 0);
    }

    void cancelAQueuedJob()
    {
        // fake-free runs one at a time: the second waits in the queue.
        const auto a = m_fx->service->submit(m_fx->freeRequest(QStringLiteral("running")));
        const auto b = m_fx->service->submit(m_fx->freeRequest(QStringLiteral("waiting")));
        QTRY_COMPARE(m_fx->freeProvider->runningCount(), 1);
        QCOMPARE(m_panel->rowFor(b.id)->progressBar()->maximum(), 0);
        QTest::mouseClick(m_panel->rowFor(b.id)->cancelButton(), Qt::LeftButton);
        m_fx->service->flush(); // the store is written on its own thread
        QCOMPARE(m_fx->jobs->load(b.id)->state(), JobState::Cancelled);
        QTRY_COMPARE(m_model->rowCount(), 1);
        QCOMPARE(m_model->index(0).data(QueueModel::JobIdRole).toLongLong(), a.id);
    }

    void failureShowsMessageAndRetry()
    {
        const auto s = m_fx->service->submit(m_fx->paidRequest(QStringLiteral("will fail")));
        QTRY_COMPARE(m_fx->paidProvider->runningCount(), 1);
        m_fx->paidProvider->accept(s.id, QStringLiteral("remote"));
        m_fx->paidProvider->failJob(s.id, ErrorKind::Moderation, QStringLiteral("The provider refused this prompt."));
        QTRY_COMPARE(m_model->index(0).data(QueueModel::StateRole).toInt(), int(JobState::Failed));
        QueueRow *row = m_panel->rowFor(s.id);
        QVERIFY(row->retryButton()->isVisible());
        QVERIFY(!row->cancelButton()->isVisible());
        QCOMPARE(m_model->index(0).data(QueueModel::ErrorRole).toString(), QStringLiteral("The provider refused this prompt."));

        QTest::mouseClick(row->retryButton(), Qt::LeftButton);
        QTRY_COMPARE(m_fx->paidProvider->runningCount(), 1);
        QCOMPARE(m_model->rowCount(), 1);
        QVERIFY(!isTerminal(JobState(m_model->index(0).data(QueueModel::StateRole).toInt())));
        QVERIFY(m_panel->rowFor(s.id)->cancelButton()->isVisible());
    }

    void longFailureFitsANarrowQueue()
    {
        // The queue's column at 1280x800 is about this wide.
        m_panel->resize(300, 500);
        const auto s = m_fx->service->submit(m_fx->paidRequest(QStringLiteral(
            "a slow pan across a very long prompt that describes a kitchen, a mug, steam and morning light in detail")));
        QTRY_COMPARE(m_fx->paidProvider->runningCount(), 1);
        m_fx->paidProvider->accept(s.id, QStringLiteral("remote"));
        const QString message = QStringLiteral(
            "Key rejected: the server answered 401 Unauthorized because the API key stored for this provider was "
            "revoked or never valid; add a new key in Settings, Providers and Keys, then retry the job from here.");
        m_fx->paidProvider->failJob(s.id, ErrorKind::Auth, message);
        QTRY_COMPARE(m_model->index(0).data(QueueModel::StateRole).toInt(), int(JobState::Failed));
        QueueRow *row = m_panel->rowFor(s.id);
        QVERIFY(row);
        QTRY_VERIFY(row->dismissButton()->isVisible());
        QCoreApplication::processEvents();

        // Nothing wider than the panel: Dismiss and Retry are whole and inside it.
        for (QPushButton *button : {row->retryButton(), row->dismissButton()}) {
            const QRect inPanel(button->mapTo(m_panel.get(), QPoint(0, 0)), button->size());
            QVERIFY2(m_panel->rect().contains(inPanel), qPrintable(button->text()));
            QVERIFY(button->width() >= button->sizeHint().width());
            QVERIFY(!button->accessibleName().isEmpty());
        }
        // The whole message is there, on as many lines as it needs.
        QLabel *error = row->errorLabel();
        QCOMPARE(error->text(), message);
        QVERIFY2(error->height() >= error->heightForWidth(error->width()),
                 qPrintable(QStringLiteral("%1 < %2").arg(error->height()).arg(error->heightForWidth(error->width()))));
        QVERIFY(row->statusLabel()->height() >= row->statusLabel()->heightForWidth(row->statusLabel()->width()));
    }

    void etaText()
    {
        QCOMPARE(ui::etaText(-1), QString());
        QCOMPARE(ui::etaText(42), QStringLiteral("42 s left"));
        QCOMPARE(ui::etaText(80), QStringLiteral("1 min 20 s left"));
    }

private:
    std::unique_ptr<test::GuiFixture> m_fx;
    std::unique_ptr<QueueModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<QueuePanel> m_panel;
};

QTEST_MAIN(TestQueue)
#include "tst_queue.moc"
