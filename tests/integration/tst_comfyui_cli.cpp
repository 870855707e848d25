// ComfyUI through the real program: `reelcraft provider add --type comfyui`, `provider test`,
// `generate --provider`, `list --json`, `spend`, Ctrl+C and `resume` after kill -9, against one
// or two fake ComfyUI servers (real HTTP and WebSocket on 127.0.0.1) in this test process,
// including a pool server that goes silent mid-job and comes back with or without the job.
#include "support/FakeComfyServer.h"
#include "support/FakeServerFixture.h"

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <csignal>

using namespace rc::test;

namespace {

QStringList args(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *a : list)
        out.append(QString::fromUtf8(a));
    return out;
}

// width x height of a video's first stream, and its frame count, as ffprobe reads them.
QString probe(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("ffprobe"), {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-select_streams"),
                                        QStringLiteral("v:0"), QStringLiteral("-count_frames"), QStringLiteral("-show_entries"),
                                        QStringLiteral("stream=width,height,nb_read_frames"), QStringLiteral("-of"),
                                        QStringLiteral("csv=p=0"), path});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

QJsonObject nodeOfClass(const QJsonObject &graph, const QString &cls)
{
    for (auto it = graph.begin(); it != graph.end(); ++it)
        if (it.value().toObject().value(QLatin1String("class_type")).toString() == cls)
            return it.value().toObject().value(QLatin1String("inputs")).toObject();
    return {};
}

} // namespace

class TestComfyUiCli : public QObject
{
    Q_OBJECT

    // A profile named "gpu" with the given servers and fast status checks.
    static void addProfile(CliRunner &cli, const QStringList &servers, const QStringList &extra = {})
    {
        QStringList a = args({"provider", "add", "gpu", "--type", "comfyui"});
        for (const QString &s : servers)
            a << QStringLiteral("--base-url") << s;
        a << args({"--option", "pollMinMs=20", "--option", "pollMaxMs=100", "--option", "retryBaseMs=10", "--option",
                   "retryMaxMs=40", "--option", "connectTimeoutMs=3000"});
        const auto r = cli.run(a + extra);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
    }

    static QStringList generateArgs(const QString &prompt, const QStringList &extra = {})
    {
        return QStringList{QStringLiteral("generate"), prompt} + args({"--provider", "gpu", "--model", "wan2.2-ti2v-5b",
                                                                        "--seconds", "5", "--size", "1280x704"})
               + extra;
    }

    // Of a pool of two, the server the job went to and the other one.
    static std::pair<FakeComfyServer *, FakeComfyServer *> busyAndIdle(FakeComfyServer &a, FakeComfyServer &b)
    {
        return a.promptPosts() > 0 ? std::make_pair(&a, &b) : std::make_pair(&b, &a);
    }

    // A pool of two, a job on it, and the job's server (`busy`) gone silent while it runs there.
    struct SilentPool
    {
        FakeComfyServer a, b;
        CliRunner cli;
        std::unique_ptr<QProcess> generate;
        FakeComfyServer *busy = nullptr;
        FakeComfyServer *idle = nullptr;
        QString promptId;
    };

    // Starts a job on the pool, held at its first step on the server it went to; the other server
    // then runs freely and the job's server stops answering. Returns once the job has asked the
    // silent server `unansweredAtLeast` times.
    static void silenceMidJob(SilentPool &pool, const QString &prompt, const QStringList &profileExtra = {},
                              int unansweredAtLeast = 5)
    {
        pool.a.setHold(true);
        pool.b.setHold(true);
        QVERIFY(pool.a.listen());
        QVERIFY(pool.b.listen());
        addProfile(pool.cli, {pool.a.baseUrl(), pool.b.baseUrl()}, profileExtra);
        pool.generate = pool.cli.start(generateArgs(prompt));
        QTRY_VERIFY_WITH_TIMEOUT(pool.a.currentStep() + pool.b.currentStep() >= 1, 30000);
        std::tie(pool.busy, pool.idle) = busyAndIdle(pool.a, pool.b);
        pool.idle->setHold(false);
        pool.promptId = pool.busy->runningPromptId();
        pool.busy->stopAnswering();
        QTRY_VERIFY_WITH_TIMEOUT(pool.busy->unansweredRequests() >= unansweredAtLeast, 30000);
    }

    static QString stateOfFirstJob(CliRunner &cli)
    {
        return cli.jobs().first().toObject().value(QStringLiteral("state")).toString();
    }

    QString photo(const QTemporaryDir &dir)
    {
        QImage image(900, 600, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        const QString path = dir.filePath(QStringLiteral("harbour.png"));
        image.save(path);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!comfyVideo(160, 96, 9, 24).isEmpty(), "ffmpeg could not make a sample video");
    }

    void addAndTestReportGpuAndWhatIsMissing()
    {
        FakeComfyServer a, b;
        b.setGpu(QStringLiteral("NVIDIA GeForce RTX 3060"), 12884901888, 6442450944);
        b.removeModelFile(QStringLiteral("t5xxl_fp16.safetensors"));
        QVERIFY(a.listen());
        QVERIFY(b.listen());
        CliRunner cli;
        addProfile(cli, {a.baseUrl(), b.baseUrl()});
        const auto tested = cli.run(args({"provider", "test", "gpu"}));
        QVERIFY2(tested.exitCode == 0, qPrintable(tested.err + tested.out));
        QVERIFY2(tested.out.contains(QLatin1String("RTX 4090")) && tested.out.contains(QLatin1String("RTX 3060")), qPrintable(tested.out));
        QVERIFY2(tested.out.contains(QLatin1String("6.0 GiB of 12.0 GiB")), qPrintable(tested.out));
        QVERIFY2(!tested.out.contains(QLatin1String("cudaMallocAsync")), qPrintable(tested.out));
        QVERIFY2(tested.out.contains(QLatin1String("t5xxl_fp16.safetensors")), qPrintable(tested.out));
        // The template models are listed with what they offer.
        const auto listed = cli.run(args({"providers", "--json"}));
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        QVERIFY2(listed.out.contains(QLatin1String("wan2.2-ti2v-5b")) && listed.out.contains(QLatin1String("704x1280")),
                 qPrintable(listed.out.left(2000)));
        // A size the template does not offer is refused before anything is sent.
        const auto refused = cli.run(generateArgs(QStringLiteral("a fox"), args({"--size", "1920x1080"})).mid(0));
        QCOMPARE(refused.exitCode, 2);
        QCOMPARE(a.promptPosts() + b.promptPosts(), 0);
        // One server down: the test says which.
        b.die();
        const auto half = cli.run(args({"provider", "test", "gpu"}));
        QVERIFY2(half.out.contains(b.baseUrl()) && half.out.contains(QLatin1String("down")), qPrintable(half.out + half.err));
    }

    void textJobArrivesAtTheSizeAndLengthAskedAndIsPricedPerGpuSecond()
    {
        FakeComfyServer server;
        server.setStepMs(25);
        QVERIFY(server.listen());
        server.cutNextView(5000); // the download is cut once: picked up again
        CliRunner cli;
        addProfile(cli, {server.baseUrl()}, args({"--price-per-gpu-second", "0.001"}));
        const auto r = cli.run(generateArgs(QStringLiteral("a lighthouse in a storm, waves"), args({"--seed", "42"})));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QCOMPARE(server.promptPosts(), 1);
        const QJsonObject graph = server.lastGraph();
        QVERIFY(QJsonDocument(graph).toJson().contains("a lighthouse in a storm, waves"));
        const QJsonObject latent = nodeOfClass(graph, QStringLiteral("Wan22ImageToVideoLatent"));
        QCOMPARE(latent.value(QLatin1String("width")).toInt(), 1280);
        QCOMPARE(latent.value(QLatin1String("height")).toInt(), 704);
        QCOMPARE(latent.value(QLatin1String("length")).toInt(), 121);
        QVERIFY(!latent.contains(QLatin1String("start_image")));
        QCOMPARE(nodeOfClass(graph, QStringLiteral("KSampler")).value(QLatin1String("seed")).toInteger(), 42);
        const QJsonArray jobs = cli.jobs();
        QCOMPARE(jobs.size(), 1);
        const QJsonObject job = jobs.first().toObject();
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("completed"));
        QVERIFY(job.value(QStringLiteral("remoteId")).toString().contains(server.acceptedPromptIds().first()));
        QCOMPARE(probe(job.value(QStringLiteral("video")).toString()), QStringLiteral("1280,704,121"));
        QVERIFY(QFileInfo(job.value(QStringLiteral("thumbnail")).toString()).size() > 0);
        // 20 steps at 25 ms: about half a second of "GPU" at $0.001 a second, charged once.
        const double usd = cli.spend().value(QStringLiteral("totalUsd")).toString().toDouble();
        QVERIFY2(usd > 0.0 && usd < 0.05, qPrintable(QString::number(usd, 'f', 6)));
    }

    void photoJobUploadsThePhotoAndNamesItInTheGraph()
    {
        FakeComfyServer server;
        QVERIFY(server.listen());
        QTemporaryDir dir;
        CliRunner cli;
        addProfile(cli, {server.baseUrl()});
        const auto r = cli.run(generateArgs(QStringLiteral("the harbour wakes up"),
                                            QStringList{QStringLiteral("--image"), photo(dir), QStringLiteral("--size"),
                                                        QStringLiteral("704x1280")}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QCOMPARE(server.uploadedFiles().size(), 1);
        const QString name = server.uploadedFiles().first();
        QVERIFY(QImage::fromData(server.uploaded(name)).size() == QSize(704, 1280));
        const QJsonObject graph = server.lastGraph();
        QCOMPARE(nodeOfClass(graph, QStringLiteral("LoadImage")).value(QLatin1String("image")).toString(), name);
        QVERIFY(nodeOfClass(graph, QStringLiteral("Wan22ImageToVideoLatent")).value(QLatin1String("start_image")).isArray());
        QCOMPARE(probe(cli.jobs().first().toObject().value(QStringLiteral("video")).toString()), QStringLiteral("704,1280,121"));
    }

    void missingModelAndOutOfMemoryAreSaidInWords()
    {
        FakeComfyServer server;
        server.removeModelFile(QStringLiteral("wan2.2_ti2v_5B_fp16.safetensors"));
        QVERIFY(server.listen());
        CliRunner cli;
        addProfile(cli, {server.baseUrl()});
        const auto missing = cli.run(generateArgs(QStringLiteral("a fox")));
        QVERIFY(missing.exitCode != 0);
        QVERIFY2(missing.err.contains(QLatin1String("wan2.2_ti2v_5B_fp16.safetensors"))
                     && missing.err.contains(QLatin1String("diffusion_models")),
                 qPrintable(missing.err));
        QCOMPARE(server.promptPosts(), 0);

        FakeComfyServer gpu;
        gpu.failNextExecution(QStringLiteral("torch.OutOfMemoryError"),
                              QStringLiteral("Allocation on device 0 would exceed allowed memory. (out of memory)"));
        QVERIFY(gpu.listen());
        CliRunner cli2;
        addProfile(cli2, {gpu.baseUrl()});
        const auto oom = cli2.run(generateArgs(QStringLiteral("a fox")));
        QVERIFY(oom.exitCode != 0);
        QVERIFY2(oom.err.contains(QLatin1String("memory"), Qt::CaseInsensitive) && oom.err.contains(QLatin1String("smaller")),
                 qPrintable(oom.err));
        QCOMPARE(cli2.spend().value(QStringLiteral("totalUsd")).toString(), QStringLiteral("0.000000"));
    }

    void ctrlCInterruptsThePromptOnTheServer()
    {
        FakeComfyServer server;
        server.setHold(true);
        QVERIFY(server.listen());
        CliRunner cli;
        addProfile(cli, {server.baseUrl()});
        auto generate = cli.start(generateArgs(QStringLiteral("a slow job")));
        QTRY_VERIFY_WITH_TIMEOUT(server.currentStep() >= 1, 30000);
        const QString promptId = server.runningPromptId();
        ::kill(pid_t(generate->processId()), SIGINT);
        const auto r = cli.finish(*generate);
        QVERIFY(r.exitCode != 0);
        QTRY_VERIFY_WITH_TIMEOUT(server.interrupts().contains(promptId), 10000);
        QVERIFY(server.queueDeletes().contains(promptId));
        QTRY_VERIFY_WITH_TIMEOUT(server.runningPromptId().isEmpty(), 10000);
        QCOMPARE(cli.jobs().first().toObject().value(QStringLiteral("state")).toString(), QStringLiteral("cancelled"));
    }

    void killedMidJobIsResumedWithOneSubmission()
    {
        FakeComfyServer server;
        server.setHold(true);
        QVERIFY(server.listen());
        CliRunner cli;
        addProfile(cli, {server.baseUrl()});
        auto generate = cli.start(generateArgs(QStringLiteral("a night train")));
        QTRY_VERIFY_WITH_TIMEOUT(server.currentStep() >= 1, 30000);
        generate->kill();
        QVERIFY(generate->waitForFinished(10000));
        QCOMPARE(cli.jobs().first().toObject().value(QStringLiteral("state")).toString(), QStringLiteral("running"));

        // Still running when Reelcraft comes back: it is followed, then downloaded.
        auto resumed = cli.start(args({"resume"}));
        QTRY_VERIFY_WITH_TIMEOUT(server.socketCount() >= 1, 30000);
        server.setHold(false);
        const auto r = cli.finish(*resumed);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QCOMPARE(server.promptPosts(), 1);
        QCOMPARE(cli.jobs().first().toObject().value(QStringLiteral("state")).toString(), QStringLiteral("completed"));

        // Killed again on a second job, and the server restarts meanwhile: lost, said so, not resent.
        server.setHold(true);
        auto second = cli.start(generateArgs(QStringLiteral("a day train")));
        QTRY_VERIFY_WITH_TIMEOUT(server.currentStep() >= 1 && server.promptPosts() == 2, 30000);
        second->kill();
        QVERIFY(second->waitForFinished(10000));
        QVERIFY(server.restart());
        const auto lost = cli.run(args({"resume"}));
        QVERIFY(lost.exitCode != 0);
        QVERIFY2((lost.err + lost.out).contains(QLatin1String("restarted")), qPrintable(lost.err + lost.out));
        QCOMPARE(server.promptPosts(), 2);
    }

    void aServerThatRestartsMidJobGetsTheJobAgain()
    {
        FakeComfyServer server;
        server.setHold(true);
        QVERIFY(server.listen());
        CliRunner cli;
        addProfile(cli, {server.baseUrl()});
        auto generate = cli.start(generateArgs(QStringLiteral("a paper boat")));
        QTRY_VERIFY_WITH_TIMEOUT(server.currentStep() >= 1, 30000);
        server.setHold(false);
        QVERIFY(server.restart()); // dies and comes back with an empty queue and history
        const auto r = cli.finish(*generate);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QCOMPARE(server.promptPosts(), 2);
        QCOMPARE(cli.jobs().first().toObject().value(QStringLiteral("state")).toString(), QStringLiteral("completed"));
    }

    void fourJobsSpreadOverAPoolOfTwo()
    {
        FakeComfyServer a, b;
        a.setStepMs(30);
        b.setStepMs(30);
        QVERIFY(a.listen());
        QVERIFY(b.listen());
        CliRunner cli;
        addProfile(cli, {a.baseUrl(), b.baseUrl()});
        const auto r = cli.run(generateArgs(QStringLiteral("a windmill"), args({"--count", "4"})));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QCOMPARE(a.promptPosts() + b.promptPosts(), 4);
        QVERIFY2(a.promptPosts() >= 1 && b.promptPosts() >= 1,
                 qPrintable(QStringLiteral("%1 / %2").arg(a.promptPosts()).arg(b.promptPosts())));
        for (const QJsonValue &v : cli.jobs())
            QCOMPARE(v.toObject().value(QStringLiteral("state")).toString(), QStringLiteral("completed"));
    }

    void aDeadServerOfThePoolIsSkipped()
    {
        FakeComfyServer a, b;
        QVERIFY(a.listen());
        QVERIFY(b.listen());
        CliRunner cli;
        addProfile(cli, {a.baseUrl(), b.baseUrl()});
        a.die();
        const auto r = cli.run(generateArgs(QStringLiteral("a kite"), args({"--count", "2"})));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QCOMPARE(b.promptPosts(), 2);
        QVERIFY(b.uploadedFiles().isEmpty());
    }

    void aPoolJobWhoseServerComesBackEmptyFinishesOnTheOtherOnce()
    {
        SilentPool pool;
        silenceMidJob(pool, QStringLiteral("a tram in the fog"), args({"--price-per-gpu-second", "0.001"}));
        if (QTest::currentTestFailed())
            return;
        // Asked again and again while silent, the job waits for its server: nothing goes elsewhere.
        QCOMPARE(pool.idle->promptPosts(), 0);
        QCOMPARE(stateOfFirstJob(pool.cli), QStringLiteral("running"));
        // Back with an empty queue and history: the job goes to the other server.
        QVERIFY(pool.busy->restart());
        const auto r = pool.cli.finish(*pool.generate);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QCOMPARE(pool.busy->promptPosts(), 1);
        QCOMPARE(pool.idle->promptPosts(), 1);
        const QJsonObject job = pool.cli.jobs().first().toObject();
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("completed"));
        const QString remoteId = job.value(QStringLiteral("remoteId")).toString();
        QVERIFY2(remoteId.startsWith(pool.idle->baseUrl()) && remoteId.contains(pool.idle->acceptedPromptIds().first()),
                 qPrintable(remoteId));
        QCOMPARE(probe(job.value(QStringLiteral("video")).toString()), QStringLiteral("1280,704,121"));
        // Charged once: the GPU time of the run that made the clip, at $0.001 a second.
        const double usd = pool.cli.spend().value(QStringLiteral("totalUsd")).toString().toDouble();
        const double expected = 0.001 * double(pool.idle->lastExecutionMs()) / 1000.0;
        QVERIFY2(usd > 0.0 && qAbs(usd - expected) < 0.00001,
                 qPrintable(QStringLiteral("%1 vs %2").arg(usd, 0, 'f', 6).arg(expected, 0, 'f', 6)));
    }

    void aPoolJobWhoseServerComesBackWithItIsFollowedThere()
    {
        SilentPool pool;
        silenceMidJob(pool, QStringLiteral("a heron at dawn"));
        if (QTest::currentTestFailed())
            return;
        // The network comes back and the server still has the prompt: the job stays with it.
        pool.busy->answerAgain();
        QTRY_VERIFY_WITH_TIMEOUT(pool.busy->socketCount() >= 1, 30000);
        pool.busy->setHold(false);
        const auto r = pool.cli.finish(*pool.generate);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QCOMPARE(pool.busy->promptPosts(), 1);
        QCOMPARE(pool.idle->promptPosts(), 0);
        const QJsonObject job = pool.cli.jobs().first().toObject();
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("completed"));
        QVERIFY(job.value(QStringLiteral("remoteId")).toString().contains(pool.promptId));
        QCOMPARE(probe(job.value(QStringLiteral("video")).toString()), QStringLiteral("1280,704,121"));
    }

    void killedWhileItsPoolServerIsSilentIsNeverSubmittedTwice()
    {
        SilentPool pool;
        silenceMidJob(pool, QStringLiteral("a lantern on a pier"));
        if (QTest::currentTestFailed())
            return;
        pool.generate->kill();
        QVERIFY(pool.generate->waitForFinished(10000));
        QVERIFY(pool.busy->restart()); // it lost the prompt while Reelcraft was down

        // `resume` finds the prompt gone and sends it to the other server. Killed the instant that
        // server receives it, the new server and prompt id must already be stored...
        auto resumed = pool.cli.start(args({"resume"}));
        QProcess *process = resumed.get();
        const auto killer = connect(pool.idle, &FakeComfyServer::promptAccepted, process,
                                    [process] { ::kill(pid_t(process->processId()), SIGKILL); });
        pool.cli.finish(*resumed);
        disconnect(killer);
        QCOMPARE(pool.idle->promptPosts(), 1);
        const QJsonObject stored = pool.cli.jobs().first().toObject();
        QCOMPARE(stored.value(QStringLiteral("state")).toString(), QStringLiteral("running"));
        QVERIFY2(stored.value(QStringLiteral("remoteId")).toString().contains(pool.idle->acceptedPromptIds().first()),
                 qPrintable(stored.value(QStringLiteral("remoteId")).toString()));

        // ...so the next `resume` follows it there instead of sending it a third time.
        const auto r = pool.cli.run(args({"resume"}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QCOMPARE(pool.busy->promptPosts(), 1);
        QCOMPARE(pool.idle->promptPosts(), 1);
        const QJsonObject job = pool.cli.jobs().first().toObject();
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("completed"));
        QCOMPARE(probe(job.value(QStringLiteral("video")).toString()), QStringLiteral("1280,704,121"));
    }

    void aServerSilentTooLongLeavesItsJobPausedForResume()
    {
        SilentPool pool;
        silenceMidJob(pool, QStringLiteral("a kettle on a stove"), args({"--option", "silentLimitSec=1"}), 1);
        if (QTest::currentTestFailed())
            return;
        // Given up on for now, not failed and not sent elsewhere: kept for `resume`.
        const auto r = pool.cli.finish(*pool.generate);
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(pool.busy->baseUrl().mid(7)) && r.err.contains(QLatin1String("reelcraft resume")), qPrintable(r.err));
        QCOMPARE(pool.idle->promptPosts(), 0);
        QCOMPARE(stateOfFirstJob(pool.cli), QStringLiteral("running"));
        // The server answers again, still with the prompt: `resume` follows it there.
        pool.busy->answerAgain();
        pool.busy->setHold(false);
        const auto resumed = pool.cli.run(args({"resume"}));
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err + resumed.out));
        QCOMPARE(pool.busy->promptPosts(), 1);
        QCOMPARE(pool.idle->promptPosts(), 0);
        QCOMPARE(stateOfFirstJob(pool.cli), QStringLiteral("completed"));
    }

    void badWorkflowAndUnreachableServer()
    {
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("mine.json"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"3": {"class_type": "KSampler", "inputs": {"seed": 1}}})");
        f.close();
        CliRunner cli;
        const auto r = cli.run(args({"provider", "add", "mine", "--type", "comfyui", "--base-url", "http://127.0.0.1:9",
                                     "--workflow"}) + QStringList{bad});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("mine.json")), qPrintable(r.err));

        addProfile(cli, {QStringLiteral("http://127.0.0.1:9")});
        const auto down = cli.run(generateArgs(QStringLiteral("a fox")));
        QVERIFY(down.exitCode != 0);
        QVERIFY2(down.err.contains(QLatin1String("127.0.0.1:9")), qPrintable(down.err));
    }
};

QTEST_GUILESS_MAIN(TestComfyUiCli)
#include "tst_comfyui_cli.moc"
