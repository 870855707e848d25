// Deleting clips with undo, favourites, and the start-up check that records and files agree.
#include "service/ClipLibrary.h"
#include "support/ServiceFixture.h"

#include <QtTest>

using namespace rc;
using namespace rc::test;

class TestClipLibrary : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServiceFixture> m_f;
    std::unique_ptr<ClipLibrary> m_library;

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
        m_library = std::make_unique<ClipLibrary>(*m_f->jobs, m_f->paths);
    }

    void deleteMovesFilesAndUndoBringsThemBack()
    {
        const JobId id = finishedClip(QStringLiteral("a kite on a beach"));
        const QString video = m_f->paths.videoFileFor(id);
        QVERIFY(QFile::exists(video));
        QSignalSpy removed(m_library.get(), &ClipLibrary::clipRemoved);
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
        QSignalSpy changed(m_library.get(), &ClipLibrary::clipChanged);
        QVERIFY(m_library->setFavourite(id, true));
        QCOMPARE(changed.size(), 1);
        QVERIFY(m_f->jobs->load(id)->isFavourite());
        JobQuery q;
        q.favouritesOnly = true;
        QCOMPARE(m_f->jobs->count(q), 1);
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
};

QTEST_GUILESS_MAIN(TestClipLibrary)
#include "tst_clip_library.moc"
