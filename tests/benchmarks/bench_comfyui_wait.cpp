// What `reelcraft generate` costs this machine while a ComfyUI GPU works: a fake ComfyUI holds
// the prompt at its first sampler step for WAIT seconds (default 30); the CPU time and resident
// memory of the reelcraft process over that wait are read from /proc, then the job is let go.
//   build/test/tests/bench_comfyui_wait [WAIT_SECONDS]
#include "support/FakeComfyServer.h"
#include "support/FakeServerFixture.h"

#include <QCoreApplication>
#include <QFile>
#include <QTest>

#include <unistd.h>

using namespace rc::test;

namespace {

// utime + stime of a process, in seconds.
double cpuSeconds(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray s = f.readAll();
    const QList<QByteArray> fields = s.mid(s.lastIndexOf(')') + 2).split(' ');
    return (fields.value(11).toDouble() + fields.value(12).toDouble()) / double(sysconf(_SC_CLK_TCK));
}

qint64 rssKiB(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int waitSec = argc > 1 ? QByteArray(argv[1]).toInt() : 30;
    FakeComfyServer server;
    server.setHold(true);
    if (!server.listen())
        return 1;
    CliRunner cli;
    const auto added = cli.run({QStringLiteral("provider"), QStringLiteral("add"), QStringLiteral("gpu"), QStringLiteral("--type"),
                                QStringLiteral("comfyui"), QStringLiteral("--base-url"), server.baseUrl()});
    if (added.exitCode != 0)
        return 1;
    auto generate = cli.start({QStringLiteral("generate"), QStringLiteral("a heron at dawn"), QStringLiteral("--provider"),
                               QStringLiteral("gpu"), QStringLiteral("--model"), QStringLiteral("wan2.2-ti2v-5b")});
    const qint64 pid = generate->processId();
    if (!QTest::qWaitFor([&] { return server.currentStep() >= 1; }, 60000))
        return 1;
    const double cpuBefore = cpuSeconds(pid);
    const int requestsBefore = int(server.http().requests().size());
    QTest::qWait(waitSec * 1000);
    const double cpuAfter = cpuSeconds(pid);
    const qint64 rss = rssKiB(pid);
    const int requests = int(server.http().requests().size()) - requestsBefore;
    server.setHold(false);
    const auto done = cli.finish(*generate);
    printf("waiting %d s on a held ComfyUI job: reelcraft used %.3f s CPU (%.2f%% of one core), RSS %lld KiB, "
           "%d HTTP requests (%.2f/s); job exit %d\n",
           waitSec, cpuAfter - cpuBefore, 100.0 * (cpuAfter - cpuBefore) / waitSec, rss, requests, double(requests) / waitSec,
           done.exitCode);
    return done.exitCode == 0 ? 0 : 1;
}
