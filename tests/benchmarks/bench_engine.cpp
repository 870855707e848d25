// bench_engine: times the built-in engine end to end and against two references measured in the
// same run (see README.md). Not a test: it prints numbers.
#include "engine/Engine.h"
#include "engine/audio/AudioMix.h"
#include "engine/plan/Planner.h"
#include "engine/render/Compositor.h"
#include "engine/timeline/Timeline.h"
#include "media/Mp4Writer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

using namespace rc::engine;

namespace {
// The scene timed: the typical one unless `--prompt` names another.
QString kPrompt = QStringLiteral("An orange cat playing in a sunlit garden");

double timeEngine(const QTemporaryDir &dir, int w, int h, Tier tier, int seconds)
{
    EngineJob job;
    job.prompt = kPrompt;
    job.width = w;
    job.height = h;
    job.durationSec = seconds;
    job.tier = tier;
    job.outputPath = dir.filePath(QStringLiteral("bench.mp4"));
    std::atomic<bool> cancel{false};
    QElapsedTimer t;
    t.start();
    const EngineOutcome out = renderClip(job, {}, cancel);
    if (out.status != EngineStatus::Ok)
        fprintf(stderr, "render failed: %s\n", qPrintable(out.message));
    return t.elapsed() / 1000.0;
}

// The same frames and sound rendered ahead into memory, once; only the encode and mux are timed.
struct Prepared
{
    std::vector<rc::media::YuvFrame> frames;
    std::vector<float> sound;
};

Prepared prepare(int w, int h, int seconds)
{
    const ScenePlan plan = planScene(kPrompt);
    const Timeline tl = buildTimeline(plan, seconds, 24, 1);
    const Compositor comp(plan, tl, QSize(w, h), Tier::Draft, QImage(), 1);
    Prepared p;
    p.frames.resize(size_t(tl.frameCount));
    QImage canvas, scratch;
    for (int i = 0; i < tl.frameCount; ++i)
        comp.renderFrame(i, &canvas, &scratch, &p.frames[size_t(i)]);
    MasteredAudio audio(plan, tl, 48000);
    p.sound.resize(size_t(seconds) * 48000 * 2);
    audio.render(p.sound.data(), seconds * 48000);
    return p;
}

double timeEncodeOnly(const QTemporaryDir &dir, const Prepared &p, int w, int h)
{
    rc::media::Mp4Writer writer;
    rc::media::VideoSettings v;
    v.width = w, v.height = h, v.fps = 24;
    QElapsedTimer t;
    t.start();
    writer.open(dir.filePath(QStringLiteral("encode.mp4")), v, rc::media::AudioSettings{}, {}, nullptr);
    for (size_t i = 0; i < p.frames.size(); ++i) {
        writer.writeVideo(p.frames[i], nullptr);
        writer.writeAudio(p.sound.data() + i * 2000 * 2, 2000, nullptr);
    }
    writer.finish(nullptr);
    return t.elapsed() / 1000.0;
}

double timeFfmpegTestsrc(const QTemporaryDir &dir, int seconds)
{
    QElapsedTimer t;
    t.start();
    QProcess::execute(QStringLiteral("ffmpeg"), {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y"),
        QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"), QStringLiteral("testsrc2=s=1280x720:r=24"),
        QStringLiteral("-t"), QString::number(seconds), QStringLiteral("-c:v"), QStringLiteral("libx264"),
        QStringLiteral("-preset"), QStringLiteral("veryfast"), dir.filePath(QStringLiteral("testsrc.mp4"))});
    return t.elapsed() / 1000.0;
}

double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_utime.tv_sec + u.ru_stime.tv_sec + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

long peakRssMb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss / 1024;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool quick = args.contains(QStringLiteral("--quick"));
    // Other work on a shared machine only ever adds time, so each measure is the best of
    // `rounds`, and the rounds alternate the end-to-end run and its references so that a busy
    // moment does not land on one of them alone.
    const int roundsAt = int(args.indexOf(QStringLiteral("--rounds")));
    const int rounds = roundsAt > 0 && roundsAt + 1 < args.size() ? std::max(1, args[roundsAt + 1].toInt()) : 3;
    const int promptAt = int(args.indexOf(QStringLiteral("--prompt")));
    if (promptAt > 0 && promptAt + 1 < args.size())
        kPrompt = args[promptAt + 1];
    const int seconds = 10;
    QTemporaryDir dir;
    printf("bench_engine: \"%s\", %d s at 24 fps, best of %d rounds\n", qPrintable(kPrompt), seconds, rounds);
    double c0 = cpuSeconds();
    double engine = timeEngine(dir, 1280, 720, Tier::Draft, seconds);
    const double engineCpu = cpuSeconds() - c0;
    const long rssEngine = peakRssMb();
    const Prepared prepared = prepare(1280, 720, seconds);
    c0 = cpuSeconds();
    double encode = timeEncodeOnly(dir, prepared, 1280, 720);
    const double encodeCpu = cpuSeconds() - c0;
    double testsrc = timeFfmpegTestsrc(dir, seconds);
    for (int r = 1; r < rounds; ++r) {
        engine = std::min(engine, timeEngine(dir, 1280, 720, Tier::Draft, seconds));
        encode = std::min(encode, timeEncodeOnly(dir, prepared, 1280, 720));
        testsrc = std::min(testsrc, timeFfmpegTestsrc(dir, seconds));
    }
    printf("720p Draft end to end:   %6.2f s  (%.0f fps, real-time factor %.2fx)\n", engine, seconds * 24 / engine, seconds / engine);
    printf("encode-only, same frames:%6.2f s  -> ratio %.2f (goal <= 1.3)\n", encode, engine / encode);
    printf("ffmpeg testsrc2 veryfast:%6.2f s  -> ratio %.2f (goal <= 2.5)\n", testsrc, engine / testsrc);
    printf("CPU time, first round: end to end %.2f s, encode-only %.2f s\n", engineCpu, encodeCpu);
    printf("peak memory after the first end-to-end run: %ld MB\n", rssEngine);
    if (!quick) {
        double full = timeEngine(dir, 1920, 1080, Tier::Draft, seconds);
        double pro = timeEngine(dir, 1280, 720, Tier::Pro, seconds);
        for (int r = 1; r < rounds; ++r) {
            full = std::min(full, timeEngine(dir, 1920, 1080, Tier::Draft, seconds));
            pro = std::min(pro, timeEngine(dir, 1280, 720, Tier::Pro, seconds));
        }
        printf("1080p Draft end to end:  %6.2f s  (%.0f fps, real-time factor %.2fx)\n", full, seconds * 24 / full, seconds / full);
        printf("720p Pro end to end:     %6.2f s  (%.0f fps, real-time factor %.2fx)\n", pro, seconds * 24 / pro, seconds / pro);
    }
    return 0;
}
