// UI-thread stalls: the longest gap between turns of the event loop while 4 jobs finish and the
// gallery holds 100,000 clips. The real GalleryModel refreshes on every job that is added or
// finishes, on the thread the window runs on; a 1 ms timer records how late each turn came.
// Goal: every gap under 16 ms (one frame at 60 Hz). With --trace it also prints, for the worst
// gaps, what the UI thread announced right after each (the service's job signals and the
// gallery's applied reads): the work that held the thread ended just before those.
// Run: QT_QPA_PLATFORM=offscreen build/test/tests/bench_ui_stalls [clips] [--search WORDS] [--trace]
#include "gallery/GalleryModel.h"
#include "gallery/ThumbnailCache.h"
#include "service/ClipLibrary.h"
#include "store/WriteTransaction.h"
#include "support/ServiceFixture.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace rc;
using namespace rc::test;

namespace {

// CPU time this thread has used: a gap in which it used little was the machine's load (the
// thread was not scheduled), one in which it used much was work done on it.
qint64 threadCpuNs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
}

// Records the gaps between timer ticks that should come every millisecond.
struct GapMeter
{
    QTimer timer;
    QElapsedTimer clock;
    qint64 lastNs = 0;
    qint64 lastCpuNs = 0;
    std::vector<double> gapsMs;
    std::vector<double> cpuMs; // the UI thread's CPU time within each gap
    std::vector<double> endsMs; // when each gap ended
    struct Mark
    {
        double atMs;
        QString what;
    };
    std::vector<Mark> marks;
    void mark(const QString &what) { marks.push_back({clock.nsecsElapsed() / 1e6, what}); }

    GapMeter()
    {
        timer.setTimerType(Qt::PreciseTimer);
        timer.setInterval(1);
        QObject::connect(&timer, &QTimer::timeout, [this] {
            const qint64 now = clock.nsecsElapsed();
            const qint64 cpu = threadCpuNs();
            gapsMs.push_back((now - lastNs) / 1e6);
            cpuMs.push_back((cpu - lastCpuNs) / 1e6);
            endsMs.push_back(now / 1e6);
            lastNs = now;
            lastCpuNs = cpu;
        });
    }
    void start()
    {
        gapsMs.clear();
        cpuMs.clear();
        endsMs.clear();
        marks.clear();
        clock.start();
        lastNs = 0;
        lastCpuNs = threadCpuNs();
        timer.start();
    }
    void stop() { timer.stop(); }
    double worst() const { return gapsMs.empty() ? 0 : *std::max_element(gapsMs.begin(), gapsMs.end()); }
    double worstCpu() const { return cpuMs.empty() ? 0 : *std::max_element(cpuMs.begin(), cpuMs.end()); }
    double percentile(double p) const
    {
        if (gapsMs.empty())
            return 0;
        std::vector<double> sorted = gapsMs;
        std::sort(sorted.begin(), sorted.end());
        return sorted[size_t(p * double(sorted.size() - 1))];
    }
    // The `count` longest gaps, each with the marks made while it lasted.
    // byCpu: the gaps in which the UI thread itself worked longest instead.
    void printWorst(int count, bool byCpu = false) const
    {
        std::vector<size_t> order(gapsMs.size());
        for (size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        const std::vector<double> &key = byCpu ? cpuMs : gapsMs;
        std::sort(order.begin(), order.end(), [&key](size_t a, size_t b) { return key[a] > key[b]; });
        for (int n = 0; n < count && n < int(order.size()); ++n) {
            const size_t i = order[size_t(n)];
            const double from = endsMs[i] - gapsMs[i];
            std::printf("gap %.1f ms (UI thread CPU %.1f ms) ending at %.1f ms:", gapsMs[i], cpuMs[i], endsMs[i]);
            for (const Mark &m : marks)
                if (m.atMs >= from && m.atMs <= endsMs[i])
                    std::printf(" [+%.1f %s]", m.atMs - from, qPrintable(m.what));
            std::printf("\n");
        }
    }
};

void fill(ServiceFixture &f, int count)
{
    static const char *const subjects[] = {"an orange cat", "a smart watch", "waves on a beach", "a city at night",
                                           "an astronaut", "a coffee shop", "a red fox", "a mountain lake"};
    QRandomGenerator rng(11);
    const QDateTime start = QDateTime::currentDateTime().addDays(-365);
    for (int i = 0; i < count;) {
        WriteTransaction tx(*f.db);
        for (int k = 0; k < 2000 && i < count; ++k, ++i) {
            GenerationRequest r = f.freeRequest(QStringLiteral("%1, take %2").arg(QLatin1String(subjects[rng.bounded(8)])).arg(i));
            QString error;
            Job job = f.jobs->insert(r, Money(), start.addSecs(i * 300), &error);
            job.markSubmitting(start);
            job.markRunning(start);
            job.complete(JobOutput{QStringLiteral("/clips/%1.mp4").arg(job.id()), QString(), 1000}, Money(), start);
            (void)f.jobs->save(job, false);
        }
        if (!tx.commit())
            std::fprintf(stderr, "fill failed: %s\n", qPrintable(tx.error()));
    }
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int clips = args.size() > 1 && args.at(1).toInt() > 0 ? args.at(1).toInt() : 100000;
    const int searchAt = int(args.indexOf(QStringLiteral("--search")));
    const QString search = searchAt > 0 ? args.value(searchAt + 1) : QString();

    ServiceFixture f;
    QElapsedTimer t;
    t.start();
    fill(f, clips);
    std::printf("filled %d clips in %.1f s\n", clips, t.elapsed() / 1000.0);

    ui::ThumbnailCache thumbnails(QSize(240, 135));
    ui::GalleryModel model(*f.jobs, *f.service, *f.library, thumbnails);
    if (!search.isEmpty()) {
        JobQuery q;
        q.search = search;
        model.setQuery(q);
    }
    QElapsedTimer refreshClock;
    refreshClock.start();
    model.refresh();
    std::printf("one gallery refresh: %.1f ms (%d rows loaded)\n", refreshClock.nsecsElapsed() / 1e6, model.rowCount());

    GapMeter meter;
    if (args.contains(QStringLiteral("--trace"))) {
        QObject::connect(f.service, &GenerationService::jobAdded, [&meter](const Job &j) {
            meter.mark(QStringLiteral("job %1 added").arg(j.id()));
        });
        QObject::connect(f.service, &GenerationService::jobChanged, [&meter](const Job &j) {
            meter.mark(QStringLiteral("job %1 %2").arg(j.id()).arg(jobStateName(j.state())));
        });
        QObject::connect(f.service, &GenerationService::jobFinished, [&meter](const Job &j) {
            meter.mark(QStringLiteral("job %1 finished").arg(j.id()));
        });
        QObject::connect(&model, &ui::GalleryModel::refreshed, [&meter] { meter.mark(QStringLiteral("gallery read applied")); });
    }
    meter.start();
    QSignalSpy finished(f.service, &GenerationService::jobFinished);
    QList<JobId> ids;
    for (int i = 0; i < 4; ++i) {
        meter.mark(QStringLiteral("submit %1").arg(i));
        ids << f.service->submit(f.paidRequest(QStringLiteral("benchmark job %1").arg(i))).id;
    }
    // Let them start (at most two run at once on fake-paid), then finish them once their create
    // "left" (its marker committed), as a server would answer it.
    QElapsedTimer deadline;
    deadline.start();
    while (finished.size() < 4 && deadline.elapsed() < 60000) {
        for (JobId id : f.paidProvider->sentJobs()) {
            meter.mark(QStringLiteral("provider reports job %1").arg(id));
            f.paidProvider->accept(id, QStringLiteral("video_%1").arg(id));
            f.paidProvider->progress(id, 50);
            f.paidProvider->succeed(id);
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    // A little idle time after the last one, so late refreshes are counted too.
    QElapsedTimer idle;
    idle.start();
    while (idle.elapsed() < 200)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    meter.stop();
    std::printf("4 jobs finished: %d; event-loop turns: %zu; gap p50 %.2f ms, p99 %.2f ms, worst %.1f ms (goal < 16 ms)\n",
                int(finished.size()), meter.gapsMs.size(), meter.percentile(0.5), meter.percentile(0.99), meter.worst());
    // Under load most long gaps are the thread waiting for a core; this is the work it did itself.
    std::printf("most UI-thread CPU within one gap: %.1f ms\n", meter.worstCpu());
    if (args.contains(QStringLiteral("--trace"))) {
        meter.printWorst(8);
        std::printf("by UI-thread CPU:\n");
        meter.printWorst(4, true);
    }
    return 0;
}
