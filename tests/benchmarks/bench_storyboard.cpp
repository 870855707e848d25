// Joining a lesson from made shots: 8 shots, 60 s, at 1080p (or WxH), with a title card,
// crossfades, burned captions, spoken narration on every shot and the engine's score. Prints the
// wall time, the real-time factor (lesson seconds / wall seconds) and the peak memory.
// Run: build/test/tests/bench_storyboard [WxH] [--shots DIR]
// The source shots are made once (synthetic moving pictures with sound, x264 ultrafast) into
// DIR (default: a temporary folder) and reused by later runs that name the same DIR.
#include "media/Mp4Writer.h"
#include "storyboard/LessonAssembler.h"
#include "storyboard/Narration.h"

#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPainter>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

using namespace rc;

namespace {

constexpr int kShots = 8;
constexpr double kShotSec = 61.5 / 8; // a 2.5 s title + 8 shots - 8 fades of 0.5 s = 60 s

// A clip with detail that moves (so the decoder and encoder do real work) and a tone.
bool makeShot(const QString &path, QSize size, int index, double seconds, QString *error)
{
    media::Mp4Writer writer;
    media::VideoSettings video;
    video.width = size.width();
    video.height = size.height();
    video.preset = QStringLiteral("ultrafast");
    if (!writer.open(path, video, media::AudioSettings{}, {}, error))
        return false;
    const int frames = int(std::lround(seconds * 24));
    QImage image(size, QImage::Format_RGB32);
    std::vector<float> sound(2000 * 2);
    for (int f = 0; f < frames; ++f) {
        QPainter p(&image);
        QLinearGradient g(0, 0, size.width(), size.height());
        g.setColorAt(0, QColor::fromHsv((index * 40 + f) % 360, 160, 200));
        g.setColorAt(1, QColor::fromHsv((index * 40 + 180 + f) % 360, 160, 90));
        p.fillRect(image.rect(), g);
        for (int i = 0; i < 40; ++i) {
            const double a = f * 0.03 + i * 0.7;
            p.setBrush(QColor::fromHsv((i * 37) % 360, 200, 230));
            p.drawEllipse(QPointF(size.width() * (0.5 + 0.4 * std::sin(a)), size.height() * (0.5 + 0.4 * std::cos(a * 1.3))),
                          size.height() * 0.04, size.height() * 0.04);
        }
        p.end();
        if (!writer.writeVideo(image, error))
            return false;
        for (size_t i = 0; i < sound.size() / 2; ++i)
            sound[2 * i] = sound[2 * i + 1] = 0.1f * float(std::sin((f * 2000 + int(i)) * 2 * M_PI * (220.0 + 30 * index) / 48000));
        if (!writer.writeAudio(sound.data(), 2000, error))
            return false;
    }
    return writer.finish(error);
}

// CPU seconds (user + system) this process has used: on a shared machine the wall time depends
// on what else runs, the CPU time much less.
double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// The calling thread's share: everything the join does outside libx264's and the decoder's own
// threads. It cannot overlap with itself, so it bounds the join's wall time from below.
double threadCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_THREAD, &usage);
    return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

long peakMemoryMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QSize size(1920, 1080);
    QString shotsDir;
    storyboard::AssemblyOptions options;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--shots") && i + 1 < args.size())
            shotsDir = args[++i];
        else if (args[i] == QLatin1String("--preset") && i + 1 < args.size())
            options.preset = args[++i];
        else if (const auto parsed = VideoSize::parse(args[i]))
            size = QSize(parsed->width, parsed->height);
    }
    QTemporaryDir temp;
    if (shotsDir.isEmpty())
        shotsDir = temp.path();
    QDir().mkpath(shotsDir);

    storyboard::Storyboard sb;
    sb.title = QStringLiteral("The Water Cycle");
    sb.subtitle = QStringLiteral("Benchmark lesson");
    sb.size = VideoSize{size.width(), size.height()};
    sb.music = storyboard::MusicKind::Engine;
    QStringList clips;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < kShots; ++i) {
        storyboard::Shot shot;
        shot.prompt = QStringLiteral("shot %1").arg(i + 1);
        shot.seconds = kShotSec;
        shot.caption = QStringLiteral("Step %1: water keeps moving").arg(i + 1);
        shot.narration = QStringLiteral("This is step %1 of the water cycle.").arg(i + 1);
        sb.shots.append(shot);
        const QString clip = QStringLiteral("%1/shot-%2-%3x%4.mp4").arg(shotsDir).arg(i).arg(size.width()).arg(size.height());
        QString error;
        if (!QFileInfo::exists(clip) && !makeShot(clip, size, i, 8.0, &error)) {
            std::fprintf(stderr, "cannot make %s: %s\n", qPrintable(clip), qPrintable(error));
            return 1;
        }
        clips.append(clip);
    }
    std::printf("source shots ready in %.1f s (%s)\n", timer.elapsed() / 1000.0, qPrintable(shotsDir));

    timer.restart();
    QList<media::DecodedAudio> voices;
    QString error;
    if (!storyboard::prepareNarration(sb, &voices, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const double speechSec = timer.elapsed() / 1000.0;
    timer.restart();
    const double cpuBefore = cpuSeconds();
    const double threadBefore = threadCpuSeconds();
    storyboard::AssembledLesson lesson;
    const QString output = temp.filePath(QStringLiteral("lesson.mp4"));
    if (!storyboard::assembleLesson(sb, clips, voices, output, options, &lesson, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const double joinSec = timer.elapsed() / 1000.0;
    const double joinCpuSec = cpuSeconds() - cpuBefore;
    const double callerCpuSec = threadCpuSeconds() - threadBefore;
    const double lessonSec = lesson.timeline.totalSec();
    std::printf("lesson %.2f s at %dx%d, %d frames, %.1f LUFS, %.1f MB\n", lessonSec, size.width(), size.height(),
                lesson.timeline.totalFrames, lesson.integratedLufs, QFileInfo(output).size() / 1e6);
    std::printf("speech %.2f s; joining %.2f s (%.1f fps, real-time factor %.2fx); total %.2f s (%.2fx)\n", speechSec,
                joinSec, lesson.timeline.totalFrames / joinSec, lessonSec / joinSec, speechSec + joinSec,
                lessonSec / (speechSec + joinSec));
    std::printf("x264 preset %s; joining used %.1f CPU s (%.2f CPU s per lesson second; under 2.0 is faster than real time on "
                "two idle cores)\n",
                qPrintable(options.preset), joinCpuSec, joinCpuSec / lessonSec);
    // On two idle cores the join can take no less than half its CPU time, nor less than the
    // calling thread's own CPU time (its work is serial): the larger of the two is the best case.
    std::printf("calling thread %.1f CPU s (%.2f per lesson second); best case on two idle cores %.2f wall s per lesson "
                "second\n",
                callerCpuSec, callerCpuSec / lessonSec, std::max(joinCpuSec / 2, callerCpuSec) / lessonSec);
    // The answer to "is the join faster than real time here": under 1.0 wall second per lesson
    // second. The load average says how much of the two cores other work took meanwhile.
    double load[3] = {0, 0, 0};
    getloadavg(load, 3);
    std::printf("wall time per lesson second %.2f s (%s than real time), load average over the last minute %.1f\n",
                joinSec / lessonSec, joinSec < lessonSec ? "faster" : "slower", load[0]);
    std::printf("peak memory %ld MB\n", peakMemoryMb());
    return 0;
}
