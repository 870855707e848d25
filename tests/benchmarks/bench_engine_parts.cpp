// bench_engine_parts: where one frame's and one clip's time goes, in CPU seconds of the calling
// thread (so other processes on the machine skew it less than wall time). Prints numbers only.
// Usage: bench_engine_parts [PROMPT] [WIDTHxHEIGHT]
//        bench_engine_parts PROMPT WIDTHxHEIGHT --clip OUT.mp4 [--image PHOTO] [--seconds N]
//        (the second form only renders the clip, to look at its frames)
#include "engine/Engine.h"
#include "engine/audio/AudioMix.h"
#include "engine/plan/Planner.h"
#include "engine/render/ColorPass.h"
#include "engine/render/Compositor.h"
#include "engine/timeline/Timeline.h"
#include "media/Mp4Writer.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTemporaryDir>

#include <ctime>
#include <cstdio>
#include <vector>

using namespace rc::engine;

namespace {
double cpuNow()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec + ts.tv_nsec * 1e-9;
}
double processCpuNow()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec + ts.tv_nsec * 1e-9;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString prompt = args.size() > 1 ? args[1] : QStringLiteral("An orange cat playing in a sunlit garden");
    int w = 1280, h = 720;
    if (args.size() > 2)
        sscanf(args[2].toUtf8().constData(), "%dx%d", &w, &h);
    const int clipAt = int(args.indexOf(QStringLiteral("--clip")));
    if (clipAt > 0 && clipAt + 1 < args.size()) {
        EngineJob job;
        job.prompt = prompt;
        job.width = w;
        job.height = h;
        job.outputPath = args[clipAt + 1];
        const int imageAt = int(args.indexOf(QStringLiteral("--image")));
        if (imageAt > 0 && imageAt + 1 < args.size())
            job.imagePath = args[imageAt + 1];
        const int secondsAt = int(args.indexOf(QStringLiteral("--seconds")));
        job.durationSec = secondsAt > 0 && secondsAt + 1 < args.size() ? args[secondsAt + 1].toInt() : 4;
        std::atomic<bool> cancel{false};
        const EngineOutcome out = renderClip(job, {}, cancel);
        if (out.status != EngineStatus::Ok)
            fprintf(stderr, "%s\n", qPrintable(out.message));
        return out.status == EngineStatus::Ok ? 0 : 1;
    }
    const int seconds = 10, fps = 24;
    const ScenePlan plan = planScene(prompt);
    const Timeline tl = buildTimeline(plan, seconds, fps, 1);
    printf("bench_engine_parts: \"%s\" %dx%d, %d frames\n", qPrintable(prompt), w, h, tl.frameCount);

    for (Tier tier : {Tier::Draft, Tier::Pro}) {
        const Compositor comp(plan, tl, QSize(w, h), tier, QImage(), 1);
        QImage canvas, scratch;
        rc::media::YuvFrame frame;
        double t0 = cpuNow();
        for (int i = 0; i < tl.frameCount; i += 4)
            comp.renderFrame(i, &canvas, &scratch, &frame);
        const double perFrame = (cpuNow() - t0) / ((tl.frameCount + 3) / 4);
        Grade g;
        g.vignette = 0.3f;
        g.saturation256 = 280;
        t0 = cpuNow();
        for (int i = 0; i < 40; ++i)
            gradeToYuv(canvas, g, &frame);
        const double colour = (cpuNow() - t0) / 40;
        printf("%s frame: %.2f ms (colour pass + YUV %.2f ms, drawing %.2f ms)\n",
               tier == Tier::Pro ? "Pro  " : "Draft", perFrame * 1e3, colour * 1e3, (perFrame - colour) * 1e3);
    }

    double t0 = cpuNow();
    {
        AudioMix mix(plan, tl, 48000);
        std::vector<float> buf(4096 * 2);
        for (int done = 0; done < seconds * 48000; done += 4096)
            mix.render(buf.data(), std::min(4096, seconds * 48000 - done));
    }
    const double rawMix = cpuNow() - t0;
    t0 = cpuNow();
    std::vector<float> sound(size_t(seconds) * 48000 * 2);
    {
        MasteredAudio audio(plan, tl, 48000);
        audio.render(sound.data(), seconds * 48000);
    }
    printf("sound, %d s: raw mix %.0f ms, mastered (all passes) %.0f ms\n", seconds, rawMix * 1e3,
           (cpuNow() - t0) * 1e3);

    // Encoder CPU for the same frames: x264 runs its own threads, so process CPU is counted.
    const Compositor comp(plan, tl, QSize(w, h), Tier::Draft, QImage(), 1);
    std::vector<rc::media::YuvFrame> frames(size_t(tl.frameCount));
    QImage canvas, scratch;
    for (int i = 0; i < tl.frameCount; ++i)
        comp.renderFrame(i, &canvas, &scratch, &frames[size_t(i)]);
    QTemporaryDir dir;
    rc::media::Mp4Writer writer;
    rc::media::VideoSettings v;
    v.width = w, v.height = h, v.fps = fps;
    t0 = processCpuNow();
    writer.open(dir.filePath(QStringLiteral("e.mp4")), v, rc::media::AudioSettings{}, {}, nullptr);
    for (int i = 0; i < tl.frameCount; ++i) {
        writer.writeVideo(frames[size_t(i)], nullptr);
        writer.writeAudio(sound.data() + size_t(i) * 2000 * 2, 2000, nullptr);
    }
    writer.finish(nullptr);
    printf("encode (x264 veryfast + AAC), CPU: %.2f s for %d frames (%.1f ms a frame)\n",
           processCpuNow() - t0, tl.frameCount, (processCpuNow() - t0) / tl.frameCount * 1e3);
    return 0;
}
