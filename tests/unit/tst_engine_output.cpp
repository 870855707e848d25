// The engine's contract: a real MP4 of the requested shape, deterministic per seed, clear
// refusals before any work, and a cancel that leaves nothing behind.
#include "engine/Engine.h"
#include "engine/EngineJobJson.h"
#include "media/Probe.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

#include <thread>

using namespace rc::engine;

namespace {
EngineJob smallJob(const QTemporaryDir &dir, const QString &name, const QString &prompt)
{
    EngineJob job;
    job.prompt = prompt;
    job.width = 192; // small sizes keep the suite fast; the properties do not depend on size
    job.height = 108;
    job.durationSec = 2;
    job.outputPath = dir.filePath(name + QStringLiteral(".mp4"));
    job.thumbnailPath = dir.filePath(name + QStringLiteral(".jpg"));
    return job;
}
QByteArray sha(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}
} // namespace

class TestEngineOutput : public QObject
{
    Q_OBJECT
private slots:
    void writesTheRequestedClip()
    {
        QTemporaryDir dir;
        EngineJob job = smallJob(dir, QStringLiteral("cat"), QStringLiteral("An orange cat playing in a sunlit garden"));
        job.seed = 42;
        int lastDone = 0, calls = 0;
        std::atomic<bool> cancel{false};
        const EngineOutcome out = renderClip(job, [&](const EngineProgress &p) { lastDone = p.framesDone; ++calls; QCOMPARE(p.framesTotal, 48); }, cancel);
        QVERIFY2(out.status == EngineStatus::Ok, qPrintable(out.message));
        QCOMPARE(lastDone, 48);
        QVERIFY(calls >= 1);
        QVERIFY(!QFile::exists(job.outputPath + QStringLiteral(".part")));
        QString error;
        const auto info = rc::media::probe(job.outputPath, &error);
        QVERIFY2(info, qPrintable(error));
        QCOMPARE(info->size, QSize(192, 108));
        QCOMPARE(info->videoFrames, qint64(48));
        QVERIFY(std::abs(info->videoDurationSec - 2.0) < 1e-3);
        QCOMPARE(info->videoProfile, QStringLiteral("High"));
        QCOMPARE(info->pixelFormat, QStringLiteral("yuv420p"));
        QCOMPARE(info->audioCodec, QStringLiteral("aac"));
        QCOMPARE(info->sampleRate, 48000);
        QCOMPARE(info->channels, 2);
        QCOMPARE(info->tags.value(QStringLiteral("prompt")), job.prompt);
        QCOMPARE(info->tags.value(QStringLiteral("seed")), QStringLiteral("42"));
        QCOMPARE(info->tags.value(QStringLiteral("engine")), engineVersion());
        QVERIFY(rc::media::isFastStart(job.outputPath));
        QVERIFY(!QImage(job.thumbnailPath).isNull());
    }
    void sameSeedSameBytesOtherSeedOtherClip()
    {
        QTemporaryDir dir;
        std::atomic<bool> cancel{false};
        EngineJob a = smallJob(dir, QStringLiteral("a"), QStringLiteral("A boat on the ocean at sunset"));
        EngineJob b = smallJob(dir, QStringLiteral("b"), a.prompt);
        EngineJob c = smallJob(dir, QStringLiteral("c"), a.prompt);
        a.seed = b.seed = 7;
        c.seed = 8;
        for (EngineJob *j : {&a, &b, &c})
            QCOMPARE(renderClip(*j, {}, cancel).status, EngineStatus::Ok);
        QCOMPARE(sha(a.outputPath), sha(b.outputPath));
        QVERIFY(sha(a.outputPath) != sha(c.outputPath));
    }
    void refusesBadInputBeforeWork()
    {
        QTemporaryDir dir;
        EngineJob job = smallJob(dir, QStringLiteral("x"), QString());
        QCOMPARE(validateJob(job).status, EngineStatus::InvalidInput); // empty prompt, no photo
        job.prompt = QStringLiteral("   ");
        QCOMPARE(validateJob(job).status, EngineStatus::InvalidInput);
        job.prompt = QStringLiteral("a cat");
        job.width = 191;
        QCOMPARE(validateJob(job).status, EngineStatus::InvalidInput);
        job.width = 192;
        job.durationSec = 0;
        QCOMPARE(validateJob(job).status, EngineStatus::InvalidInput);
        job.durationSec = 2;
        QCOMPARE(validateJob(job).status, EngineStatus::Ok);
        QFile notImage(dir.filePath(QStringLiteral("photo.jpg")));
        QVERIFY(notImage.open(QIODevice::WriteOnly));
        notImage.write("this is text pretending to be a photo");
        notImage.close();
        job.imagePath = notImage.fileName();
        std::atomic<bool> cancel{false};
        const EngineOutcome out = renderClip(job, {}, cancel);
        QCOMPARE(out.status, EngineStatus::InvalidInput);
        QVERIFY(!out.message.isEmpty());
        QVERIFY(!QFile::exists(job.outputPath));
    }
    void cancelStopsQuicklyAndLeavesNoFile()
    {
        QTemporaryDir dir;
        EngineJob job = smallJob(dir, QStringLiteral("long"), QStringLiteral("A storm over the mountains"));
        job.durationSec = 60;
        std::atomic<bool> cancel{false};
        QElapsedTimer sinceCancel;
        int framesAtCancel = 0;
        int lastFramesDone = 0;
        EngineOutcome out;
        std::thread worker([&] {
            out = renderClip(job, [&](const EngineProgress &p) {
                lastFramesDone = p.framesDone;
                if (p.framesDone >= 24 && !cancel.load()) {
                    framesAtCancel = p.framesDone;
                    sinceCancel.start();
                    cancel.store(true);
                }
            }, cancel);
        });
        worker.join();
        QCOMPARE(out.status, EngineStatus::Cancelled);
        // Measured in work, not wall time (which depends on the machine and on sanitizers): after
        // the flag is set, at most a second of video (the frames already in flight) is finished.
        qInfo("cancel honoured after %lld ms and %d more frames", sinceCancel.elapsed(), lastFramesDone - framesAtCancel);
        QVERIFY(framesAtCancel > 0);
        QVERIFY2(lastFramesDone - framesAtCancel <= job.fps,
                 qPrintable(QStringLiteral("%1 frames were finished after cancel").arg(lastFramesDone - framesAtCancel)));
        QVERIFY(lastFramesDone < 60 * job.fps / 2);
        QVERIFY(!QFile::exists(job.outputPath));
        QVERIFY(!QFile::exists(job.outputPath + QStringLiteral(".part")));
    }
    void jobJsonRoundTrips()
    {
        EngineJob job;
        job.prompt = QStringLiteral("a cat");
        job.imagePath = QStringLiteral("/tmp/p.jpg");
        job.seed = 18446744073709551557ULL; // above 2^53: must survive JSON
        job.tier = Tier::Pro;
        job.withAudio = false;
        job.width = 1920, job.height = 1080, job.durationSec = 8, job.fps = 30;
        job.outputPath = QStringLiteral("/tmp/o.mp4");
        job.focalPoint = QPointF(0.25, 0.75);
        EngineJob back;
        QString error;
        QVERIFY(fromJson(toJson(job), &back, &error));
        QCOMPARE(back.seed, job.seed);
        QCOMPARE(back.tier, Tier::Pro);
        QCOMPARE(back.withAudio, false);
        QCOMPARE(back.width, 1920);
        QCOMPARE(back.fps, 30);
        QCOMPARE(back.imagePath, job.imagePath);
        QCOMPARE(back.focalPoint, QPointF(0.25, 0.75));
        QJsonObject noFocal = toJson(job);
        noFocal.remove(QStringLiteral("focalPoint"));
        QVERIFY(fromJson(noFocal, &back, &error));
        QCOMPARE(back.focalPoint, QPointF(0.5, 0.5)); // older clients: the centre
        QJsonObject outside = toJson(job);
        outside.insert(QStringLiteral("focalPoint"), QJsonArray{1.5, 0.5});
        QVERIFY(!fromJson(outside, &back, &error));
        QVERIFY(error.contains(QStringLiteral("focalPoint")));
        QJsonObject bad = toJson(job);
        bad.insert(QStringLiteral("width"), QStringLiteral("wide"));
        QVERIFY(!fromJson(bad, &back, &error));
        QVERIFY(error.contains(QStringLiteral("width")));
    }
};

QTEST_GUILESS_MAIN(TestEngineOutput)
#include "tst_engine_output.moc"
