// A seller's batch on the built-in engine, against single runs of the same clip. N product photos
// (default 50) go through `reelcraft batch FOLDER --provider builtin --size WxH --seconds S` on a
// fresh profile; then `reelcraft generate` makes the clip of one of the photos, with the same
// prompt, size and duration, ROUNDS times (default 3), one process each, as a user without
// batches would.
// Prints the batch's wall time, the time per clip, the time from start to the first clip in the
// folder, the batch process's resident memory after the first clip, half way and at the end with
// its peak, the largest engine worker's peak, and the best single run.
// Run: build/test/tests/bench_batch [--photos N] [--size WxH] [--seconds S] [--rounds R]
#include "support/FakeServerFixture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPainter>
#include <QProcess>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <cstdio>

using namespace rc::test;

namespace {

// A product on a plain studio backdrop, a different shape and colour each (as
// scripts/make-product-photos.sh makes them, without needing ImageMagick).
bool makeProductPhoto(const QString &path, int index)
{
    QImage image(800, 1000, QImage::Format_RGB32);
    QLinearGradient backdrop(0, 0, 0, 1000);
    const int bgHue = (index * 53 + 30) % 360;
    backdrop.setColorAt(0, QColor::fromHsl(bgHue, 40, 235));
    backdrop.setColorAt(1, QColor::fromHsl(bgHue, 50, 180));
    QPainter p(&image);
    p.fillRect(image.rect(), backdrop);
    p.setRenderHint(QPainter::Antialiasing);
    const int hue = (index * 37) % 360;
    p.setBrush(QColor::fromHsl(hue, 165, 115));
    p.setPen(QPen(QColor::fromHsl(hue, 180, 64), 6));
    switch (index % 4) {
    case 0: p.drawRoundedRect(QRectF(300, 260, 200, 500), 40, 40); p.drawRect(370, 180, 60, 80); break; // bottle
    case 1: p.drawEllipse(QPointF(400, 520), 170, 230); break;                                        // vase
    case 2: p.drawRoundedRect(QRectF(220, 380, 360, 360), 20, 20); p.drawArc(300, 250, 200, 220, 0, 180 * 16); break; // bag
    default: p.drawRect(340, 300, 120, 440); p.drawEllipse(QPointF(400, 300), 150, 90); break;        // lamp
    }
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(255, 255, 255, 90));
    p.drawEllipse(QPointF(360, 480), 30, 160); // a highlight
    p.end();
    return image.save(path, "JPG", 90);
}

qint64 statusKiB(qint64 pid, const char *field)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

int clipsIn(const QString &dir)
{
    return int(QDir(dir).entryList({QStringLiteral("*.mp4")}, QDir::Files).size());
}

double mib(qint64 kib)
{
    return double(kib) / 1024.0;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    int photos = 50;
    int rounds = 3;
    QString size = QStringLiteral("640x360");
    QString seconds = QStringLiteral("2");
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--photos"))
            photos = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--size"))
            size = args[i + 1];
        else if (args[i] == QLatin1String("--seconds"))
            seconds = args[i + 1];
        else if (args[i] == QLatin1String("--rounds"))
            rounds = args[i + 1].toInt();
    }
    const QString prompt = QStringLiteral("A slow turntable of the product in soft studio light");

    QTemporaryDir work;
    const QString photoDir = work.filePath(QStringLiteral("photos"));
    QDir().mkpath(photoDir);
    for (int i = 0; i < photos; ++i) {
        if (!makeProductPhoto(QDir(photoDir).filePath(QStringLiteral("SKU-%1.jpg").arg(i + 1, 3, 10, QLatin1Char('0'))), i)) {
            std::fprintf(stderr, "cannot write the photos\n");
            return 1;
        }
    }

    CliRunner cli;
    const QString out = work.filePath(QStringLiteral("clips"));
    std::printf("batch: %d photos, %s, %s s, built-in engine\n", photos, qPrintable(size), qPrintable(seconds));
    std::fflush(stdout);
    QElapsedTimer clock;
    clock.start();
    auto batch = cli.start({QStringLiteral("batch"), photoDir, QStringLiteral("--provider"), QStringLiteral("builtin"),
                            QStringLiteral("--size"), size, QStringLiteral("--seconds"), seconds, QStringLiteral("--prompt"),
                            prompt, QStringLiteral("--out"), out});
    const qint64 pid = batch->processId();
    qint64 firstClipMs = -1, rssFirst = -1, rssHalf = -1, rssLast = -1, hwm = -1;
    // Polled, not waited on: the folder is the user's view of progress (clips appear by rename).
    while (!batch->waitForFinished(50)) {
        const int made = clipsIn(out);
        const qint64 rss = statusKiB(pid, "VmRSS:");
        hwm = std::max(hwm, statusKiB(pid, "VmHWM:"));
        if (made >= 1 && firstClipMs < 0) {
            firstClipMs = clock.elapsed();
            rssFirst = rss;
        }
        if (made >= (photos + 1) / 2 && rssHalf < 0)
            rssHalf = rss;
        if (rss > 0)
            rssLast = rss;
    }
    const double batchSec = double(clock.elapsed()) / 1000.0;
    if (batch->exitCode() != 0 || clipsIn(out) != photos) {
        std::fprintf(stderr, "the batch failed (exit %d, %d clips):\n%s\n", batch->exitCode(), clipsIn(out),
                     batch->readAllStandardError().constData());
        return 1;
    }
    rusage children{};
    getrusage(RUSAGE_CHILDREN, &children); // the largest process the batch started (an engine worker)
    const long workerPeakKiB = children.ru_maxrss;
    const double cpuSec = double(children.ru_utime.tv_sec + children.ru_stime.tv_sec)
                          + double(children.ru_utime.tv_usec + children.ru_stime.tv_usec) / 1e6;

    std::printf("batch wall %.1f s, %.2f s per clip, first clip after %.2f s\n", batchSec, batchSec / photos,
                double(firstClipMs) / 1000.0);
    std::printf("batch CPU (all processes) %.1f s, %.2f s per clip\n", cpuSec, cpuSec / photos);
    std::printf("batch process RSS: %.0f MiB after the first clip, %.0f MiB half way, %.0f MiB at the end, peak %.0f MiB\n",
                mib(rssFirst), mib(rssHalf), mib(rssLast), mib(hwm));
    std::printf("largest process (engine worker or batch) peak RSS %.0f MiB\n", mib(workerPeakKiB));
    std::fflush(stdout);

    // The same clip one `generate` at a time: the best of the rounds (a shared machine only adds).
    double bestSingle = 1e9;
    const QString photo = QDir(photoDir).filePath(QStringLiteral("SKU-001.jpg"));
    for (int r = 0; r < rounds; ++r) {
        QElapsedTimer one;
        one.start();
        const auto single = cli.run({QStringLiteral("generate"), prompt, QStringLiteral("--image"), photo, QStringLiteral("--size"),
                                     size, QStringLiteral("--seconds"), seconds, QStringLiteral("-o"),
                                     work.filePath(QStringLiteral("single-%1.mp4").arg(r))},
                                    600000);
        if (single.exitCode != 0) {
            std::fprintf(stderr, "generate failed:\n%s\n", qPrintable(single.err));
            return 1;
        }
        bestSingle = std::min(bestSingle, double(one.elapsed()) / 1000.0);
    }
    std::printf("single generate of the same clip: best of %d %.2f s; batch per clip / single = %.2f\n", rounds, bestSingle,
                batchSec / photos / bestSingle);
    return 0;
}
