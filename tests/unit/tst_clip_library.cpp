// Deleting clips with undo, favourites, and the start-up check that records and files agree;
// the studio's edits return at once while the store's writer is busy, and a refused write is
// reported with SQLite's words and changes nothing.
#include "service/ClipLibrary.h"
#include "store/StoreWriter.h"
#include "support/HeldWriter.h"
#include "support/ServiceFixture.h"

#include <QScopeGuard>
#include <QSemaphore>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace rc;
using namespace rc::test;

class TestClipLibrary : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServiceFixture> m_f;
    ClipLibrary *m_library = nullptr; // the core's own, on the service's store writer

    // A finished clip with real files in the media folder.
    JobId finishedClip(const QString &prompt)
    {
        QSignalSpy finished(m_f->service, &GenerationService::jobFinished);
        const JobId id = m_f->service->submit(m_f->freeRequest(prompt)).id;
        [&] { QTRY_COMPARE(m_f->freeProvider->runningCount(), 1); }();
        m_f->freeProvider->succeed(id);
        [&] { QTRY_COMPARE(finished.size(), 1); }();
        QFile thumb(m_f->paths.thumbnailFileFor(id));
        thumb.open(QIODevice::WriteOnly);
        thumb.write("jpeg");
        thumb.close();
        Job job = *m_f->jobs->load(id);
        job.restoreDetails(JobOutput{job.output().videoPath, thumb.fileName(), job.output().fileBytes}, job.cost(),
                           ErrorKind::None, QString(), job.updatedAt(), job.finishedAt(), job.attempts());
        if (!m_f->jobs->save(job, false))
            return 0;
        return id;
    }

private Q_SLOTS:
    void init()
    {
        m_f = std::make_unique<ServiceFixture>();
        m_library = m_f->library;
    }

    void deleteMovesFilesAndUndoBringsThemBack()
    {
        const JobId id = finishedClip(QStringLiteral("a kite on a beach"));
        const QString video = m_f->paths.videoFileFor(id);
        QVERIFY(QFile::exists(video));
        QSignalSpy removed(m_library, &ClipLibrary::clipRemoved);
        QString error;
        QVERIFY2(m_library->remove(id, &error), qPrintable(error));
        QCOMPARE(removed.size(), 1);
        QVERIFY(!QFile::exists(video));
        QVERIFY(!QFile::exists(m_f->paths.thumbnailFileFor(id)));
        QCOMPARE(m_f->jobs->count(JobQuery()), 0);
        QVERIFY(!m_library->remove(id, &error)); // already gone

        QVERIFY2(m_library->restore(id, &error), qPrintable(error));
        QVERIFY(QFile::exists(video));
        QVERIFY(QFile::exists(m_f->paths.thumbnailFileFor(id)));
        QCOMPARE(m_f->jobs->count(JobQuery()), 1);
    }

    void purgeMakesDeletionFinal()
    {
        const JobId id = finishedClip(QStringLiteral("a paper boat"));
        QString error;
        QVERIFY(m_library->remove(id, &error));
        m_library->purgeTrash();
        QVERIFY(!m_library->restore(id, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(QDir(m_f->paths.mediaDir() + QStringLiteral("/.trash")).isEmpty());
        JobQuery all;
        all.includeDeleted = true;
        QCOMPARE(m_f->jobs->count(all), 1); // the record stays for history and spend
    }

    void runningJobsCannotBeDeleted()
    {
        const JobId id = m_f->service->submit(m_f->freeRequest()).id;
        QString error;
        QVERIFY(!m_library->remove(id, &error));
        QVERIFY(error.contains(QStringLiteral("Cancel")));
    }

    void favouritesAreStoredAndAnnounced()
    {
        const JobId id = finishedClip(QStringLiteral("a lantern"));
        QSignalSpy changed(m_library, &ClipLibrary::clipChanged);
        QVERIFY(m_library->setFavourite(id, true));
        QCOMPARE(changed.size(), 1);
        QVERIFY(m_f->jobs->load(id)->isFavourite());
        JobQuery q;
        q.favouritesOnly = true;
        QCOMPARE(m_f->jobs->count(q), 1);
    }

    // A slow disk or another process holding the database: the studio's edits return at once,
    // the favourite is announced up front, and everything lands, in order, once the writer is free.
    void editsWhileTheWriterIsBusyReturnAtOnceAndLandAfterwards()
    {
        const JobId a = finishedClip(QStringLiteral("a red kite"));
        const JobId b = finishedClip(QStringLiteral("a blue kite"));
        QVERIFY(a && b);
        test::HeldWriter heldWriter(m_f->service->storeWriter());

        QSignalSpy showing(m_library, &ClipLibrary::favouriteChanging);
        QSignalSpy changed(m_library, &ClipLibrary::clipChanged);
        QSignalSpy projects(m_library, &ClipLibrary::projectsChanged);
        QSignalSpy failed(m_library, &ClipLibrary::editFailed);
        QList<ClipLibrary::EditResult> results;
        const auto collect = [&](const ClipLibrary::EditResult &r) { results << r; };
        m_library->setFavourite({a, b}, true, collect);
        m_library->addTag({a}, QStringLiteral("  kites "), collect);
        m_library->addToProject({a, b}, QStringLiteral("Beach"), collect);
        m_library->removeMany({b}, collect);
        // Back here with the writer still held: the favourite is shown, nothing is written yet.
        QCOMPARE(showing.size(), 1);
        QCOMPARE(showing.at(0).at(1).toBool(), true);
        QCoreApplication::processEvents();
        QVERIFY(results.isEmpty());
        QVERIFY(!m_f->jobs->load(a)->isFavourite());
        QVERIFY(m_f->jobs->tags(a).isEmpty());
        QVERIFY(QFile::exists(m_f->paths.videoFileFor(b)));

        heldWriter.release();
        QTRY_COMPARE(results.size(), 4);
        for (const ClipLibrary::EditResult &r : std::as_const(results))
            QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(results.at(0).changed, (QList<JobId>{a, b}));
        QCOMPARE(results.at(3).changed, QList<JobId>{b});
        QVERIFY(m_f->jobs->load(a)->isFavourite() && m_f->jobs->load(b)->isFavourite());
        QCOMPARE(m_f->jobs->tags(a), QStringList{QStringLiteral("kites")});
        QCOMPARE(m_f->jobs->projects(a), QStringList{QStringLiteral("Beach")});
        QVERIFY(m_f->jobs->isDeleted(b));
        QVERIFY(!QFile::exists(m_f->paths.videoFileFor(b)));
        QCOMPARE(projects.size(), 1); // "Beach" was new
        QVERIFY(changed.size() >= 5);  // 2 favourites, 1 tag, 2 added to the project
        QCOMPARE(failed.size(), 0);

        // Undo of that deletion lands the same way.
        bool restored = false;
        m_library->restoreMany({b}, [&](const ClipLibrary::EditResult &r) { restored = r.ok() && r.changed == QList<JobId>{b}; });
        QTRY_VERIFY(restored);
        QVERIFY(QFile::exists(m_f->paths.videoFileFor(b)));
        QVERIFY(!m_f->jobs->isDeleted(b));
    }

    // The database turns read-only under the studio (here: the writer's connection is made
    // query-only, which SQLite refuses as it refuses a read-only file). Each edit is reported
    // with SQLite's words, and nothing changes: no flag, no file moved, no project.
    void aRefusedWriteIsReportedWithSQLitesWordsAndChangesNothing()
    {
        const JobId id = finishedClip(QStringLiteral("a glass of water"));
        QVERIFY(id);
        const QString video = m_f->paths.videoFileFor(id);
        const StoreWriter::Result readOnly = m_f->service->storeWriter().call(QStringLiteral("read-only"), [&](QString *error) {
            QSqlQuery q(m_f->db->connection()); // the writer thread's connection
            if (q.exec(QStringLiteral("PRAGMA query_only = 1")))
                return true;
            *error = q.lastError().text();
            return false;
        });
        QVERIFY2(readOnly.ok, qPrintable(readOnly.error));

        QSignalSpy failed(m_library, &ClipLibrary::editFailed);
        QSignalSpy changed(m_library, &ClipLibrary::clipChanged);
        QSignalSpy removed(m_library, &ClipLibrary::clipRemoved);
        QList<ClipLibrary::EditResult> results;
        const auto collect = [&](const ClipLibrary::EditResult &r) { results << r; };
        m_library->setFavourite({id}, true, collect);
        m_library->removeMany({id}, collect);
        m_library->createProject(QStringLiteral("Still life"), collect);
        QTRY_COMPARE(results.size(), 3);
        QCOMPARE(failed.size(), 3);
        for (const ClipLibrary::EditResult &r : std::as_const(results)) {
            QVERIFY(!r.ok());
            QVERIFY(r.changed.isEmpty());
            QVERIFY2(r.error.contains(QStringLiteral("readonly"), Qt::CaseInsensitive), qPrintable(r.error));
        }
        QVERIFY2(failed.at(0).at(0).toString().contains(QStringLiteral("readonly")), qPrintable(failed.at(0).at(0).toString()));
        QCOMPARE(changed.size(), 0);
        QCOMPARE(removed.size(), 0);
        QVERIFY(!m_f->jobs->load(id)->isFavourite());
        QVERIFY(!m_f->jobs->isDeleted(id));
        QVERIFY(QFile::exists(video));
        QVERIFY(m_library->projects().isEmpty());
        // The command line's waited-for edits say the same.
        QString error;
        QVERIFY(!m_library->remove(id, &error));
        QVERIFY2(error.contains(QStringLiteral("readonly"), Qt::CaseInsensitive), qPrintable(error));
        QVERIFY(QFile::exists(video));
    }

    // The store refuses half-way through a deletion, after the files went to the trash (here: a
    // trigger refusing the flag): the transaction rolls back, and so do the files.
    void aDeletionRefusedHalfWayPutsTheFilesBack()
    {
        const JobId first = finishedClip(QStringLiteral("a silver spoon"));
        const JobId second = finishedClip(QStringLiteral("a wooden bowl"));
        QVERIFY(first && second);
        QSqlQuery refuse(m_f->db->connection());
        QVERIFY2(refuse.exec(QStringLiteral("CREATE TRIGGER refuse_second BEFORE UPDATE OF deleted_at ON jobs WHEN NEW.id = %1 "
                                            "BEGIN SELECT RAISE(ABORT, 'disk refused'); END").arg(second)),
                 qPrintable(refuse.lastError().text()));
        QSignalSpy failed(m_library, &ClipLibrary::editFailed);
        QSignalSpy removed(m_library, &ClipLibrary::clipRemoved);
        std::optional<ClipLibrary::EditResult> result;
        m_library->removeMany({first, second}, [&](const ClipLibrary::EditResult &r) { result = r; });
        QTRY_VERIFY(result.has_value());
        QVERIFY2(result->error.contains(QStringLiteral("disk refused")), qPrintable(result->error));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(removed.size(), 0);
        for (JobId id : {first, second}) {
            QVERIFY(!m_f->jobs->isDeleted(id)); // the first one's flag rolled back with the second's
            QVERIFY(QFile::exists(m_f->paths.videoFileFor(id)));
            QVERIFY(QFile::exists(m_f->paths.thumbnailFileFor(id)));
        }
    }

    void consistencyReportsBothKindsOfMismatch()
    {
        const JobId kept = finishedClip(QStringLiteral("kept"));
        const JobId lost = finishedClip(QStringLiteral("lost"));
        QFile::remove(m_f->paths.videoFileFor(lost));
        QFile orphan(m_f->paths.mediaDir() + QStringLiteral("/stray.mp4"));
        QVERIFY(orphan.open(QIODevice::WriteOnly));
        orphan.close();
        const ClipLibrary::Consistency c = m_library->checkConsistency();
        QCOMPARE(c.missingFiles, QList<JobId>{lost});
        QCOMPARE(c.orphanFiles.size(), 1);
        QVERIFY(c.orphanFiles.first().endsWith(QStringLiteral("stray.mp4")));
        QVERIFY(m_f->jobs->load(kept)); // nothing is dropped
        QVERIFY(m_f->jobs->load(lost));
    }

    // The studio's questions are read on the library's reader thread: while it is busy they wait
    // there (the caller's thread is free), and their answers, read in the order asked, see every
    // edit whose result was already delivered.
    void readsWaitForTheReaderAndSeeTheEditsBeforeThem()
    {
        const JobId lost = finishedClip(QStringLiteral("lost"));
        const JobId kept = finishedClip(QStringLiteral("kept"));
        QVERIFY(lost && kept);
        QFile::remove(m_f->paths.videoFileFor(lost));
        std::optional<ClipLibrary::EditResult> made;
        m_library->createProject(QStringLiteral("Summer"), [&](const ClipLibrary::EditResult &r) { made = r; });
        QTRY_VERIFY(made && made->ok());

        QSemaphore readerHeld, letGo;
        auto release = qScopeGuard([&] { letGo.release(); });
        QFuture<void> hold = m_library->runOnReader([&] {
            readerHeld.release();
            letGo.acquire();
        });
        readerHeld.acquire();
        QFuture<QList<ClipLibrary::StoredClip>> clips = m_library->readClips({kept, 999999, lost});
        QFuture<ClipLibrary::RemovalPreview> preview = m_library->readRemovalPreview({kept, lost});
        QFuture<QStringList> projects = m_library->readProjects();
        QFuture<ClipLibrary::Consistency> consistency = m_library->readConsistency();
        QTest::qWait(0); // a turn of this thread: nothing can have been read yet
        for (bool done : {clips.isFinished(), preview.isFinished(), projects.isFinished(), consistency.isFinished()})
            QVERIFY(!done);

        release.dismiss();
        letGo.release();
        hold.waitForFinished();
        QCOMPARE(clips.result().size(), 2); // the id with no record is left out
        QCOMPARE(clips.result().at(0).job.id(), kept);
        QVERIFY(clips.result().at(0).hasVideo);
        QCOMPARE(clips.result().at(1).job.id(), lost);
        QVERIFY(!clips.result().at(1).hasVideo);
        QCOMPARE(preview.result().clips, 2);
        QCOMPARE(preview.result().missingFiles, 1);
        QCOMPARE(projects.result(), QStringList{QStringLiteral("Summer")});
        QCOMPARE(consistency.result().missingFiles, QList<JobId>{lost});
    }
};

QTEST_GUILESS_MAIN(TestClipLibrary)
#include "tst_clip_library.moc"
