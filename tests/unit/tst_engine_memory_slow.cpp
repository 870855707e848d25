// Long clips: the engine's memory is bounded by a few frames whatever the duration, and the
// sound is the same whether its first pass is kept (short clips) or made twice (long ones).
#include "engine/Engine.h"
#include "engine/audio/AudioMix.h"
#include "engine/plan/Planner.h"
#include "engine/timeline/Timeline.h"
#include "media/Probe.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace rc::engine;

namespace {
// Peak resident memory of this process in kB (VmHWM).
qint64 peakRssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}
// Resets the peak to the current resident size (Linux >= 4.0); false where not allowed, and the
// peaks then only ever grow, which makes the comparison below stricter, not looser.
bool resetPeak()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    return f.open(QIODevice::WriteOnly) && f.write("5") == 1;
}
qint64 peakGrowthKbWhileRendering(const QTemporaryDir &dir, int durationSec)
{
    resetPeak();
    const qint64 before = peakRssKb();
    EngineJob job;
    job.prompt = QStringLiteral("City night time-lapse, neon lights, traffic, rain, dynamic electronic music");
    job.width = 640;
    job.height = 360;
    job.durationSec = durationSec;
    job.outputPath = dir.filePath(QStringLiteral("long%1.mp4").arg(durationSec));
    std::atomic<bool> cancel{false};
    const EngineOutcome out = renderClip(job, {}, cancel);
    if (out.status != EngineStatus::Ok)
        qWarning() << out.message;
    QString error;
    const auto info = rc::media::probe(job.outputPath, &error);
    if (!info || info->videoFrames != qint64(durationSec) * job.fps)
        return -1; // the clip must really be made for the numbers to mean anything
    return peakRssKb() - before;
}
} // namespace

class TestEngineMemory : public QObject
{
    Q_OBJECT
private slots:
    void memoryDoesNotGrowWithDuration()
    {
        QTemporaryDir dir;
        // The first renders warm up what is allocated once per process (codecs, fonts, the
        // allocator's per-thread arenas): measured, later peaks then vary by about 3 MB.
        QVERIFY(peakGrowthKbWhileRendering(dir, 5) >= 0);
        QVERIFY(peakGrowthKbWhileRendering(dir, 5) >= 0);
        const qint64 shortClip = peakGrowthKbWhileRendering(dir, 5);
        const qint64 longClip = peakGrowthKbWhileRendering(dir, 120);
        qInfo("peak growth: 5 s %lld kB, 120 s %lld kB", shortClip, longClip);
        QVERIFY(shortClip >= 0 && longClip >= 0);
        // 24x the frames: keeping them would add ~2.5 GB at this size, and keeping the whole
        // sound 44 MB more than the short clip keeps; a bounded pipeline adds only allocator
        // noise (up to ~10 MB seen on a loaded machine) and the muxer's index.
        QVERIFY2(longClip - shortClip < 24 * 1024,
                 qPrintable(QStringLiteral("the 120 s clip peaked %1 kB above the 5 s clip").arg(longClip - shortClip)));
    }

    void keptFirstPassSoundsLikeTwoPasses()
    {
        const ScenePlan plan = planScene(QStringLiteral("A stormy beach at sunset, thunder, waves, soft piano music"));
        const Timeline tl = buildTimeline(plan, 3, 24, 7);
        MasteredAudio kept(plan, tl, 48000);
        MasteredAudio twice(plan, tl, 48000, -16.0, 0.0);
        const int frames = 3 * 48000;
        std::vector<float> a(size_t(frames) * 2), b(size_t(frames) * 2);
        // Different chunkings on purpose: the mix must not depend on them.
        for (int done = 0; done < frames; done += 1000)
            kept.render(a.data() + size_t(done) * 2, std::min(1000, frames - done));
        for (int done = 0; done < frames; done += 4096)
            twice.render(b.data() + size_t(done) * 2, std::min(4096, frames - done));
        QCOMPARE(kept.measuredLufs(), twice.measuredLufs());
        float energy = 0;
        for (size_t i = 0; i < a.size(); ++i) {
            QCOMPARE(a[i], b[i]);
            energy += a[i] * a[i];
        }
        QVERIFY(energy > 1.0f); // not two silences
    }
};

QTEST_GUILESS_MAIN(TestEngineMemory)
#include "tst_engine_memory_slow.moc"
