// ComfyUI's messages as values: workflow templates and their placeholders, the graph a job sends
// (checked by the fake server's validation, the same rules as ComfyUI's validate_prompt), 400
// bodies in words, history, queue, socket events and system stats, and a pool survey in words.
#include "providers/comfyui/ComfyProtocol.h"
#include "providers/comfyui/ComfyProvider.h"
#include "providers/comfyui/ComfyServers.h"
#include "providers/comfyui/ComfySurveySummary.h"
#include "support/FakeComfyServer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace rc;
using namespace rc::comfyui;

namespace {

QByteArray read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QJsonObject inputsOf(const QJsonObject &graph, const QString &cls)
{
    for (auto it = graph.begin(); it != graph.end(); ++it)
        if (it.value().toObject().value(QLatin1String("class_type")).toString() == cls)
            return it.value().toObject().value(QLatin1String("inputs")).toObject();
    return {};
}

WorkflowInputs inputs(int width, int height, int frames, const QString &image = QString())
{
    WorkflowInputs in;
    in.prompt = QStringLiteral("a heron \"lands\" on a {{pier}}");
    in.negativePrompt = QStringLiteral("blurry");
    in.seed = 123456789012ULL;
    in.size = VideoSize{width, height};
    in.frames = frames;
    in.fps = 24;
    in.imageName = image;
    return in;
}

} // namespace

class TestComfyUiProtocol : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shippedTemplatesBindAndPassTheServersValidation_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("latent");
        QTest::addColumn<bool>("photo");
        QTest::newRow("wan text") << ":/reelcraft/comfyui/wan22-5b-text.json" << "Wan22ImageToVideoLatent" << false;
        QTest::newRow("wan photo") << ":/reelcraft/comfyui/wan22-5b-photo.json" << "Wan22ImageToVideoLatent" << true;
        QTest::newRow("ltx text") << ":/reelcraft/comfyui/ltxv-text.json" << "EmptyLTXVLatentVideo" << false;
        QTest::newRow("ltx photo") << ":/reelcraft/comfyui/ltxv-photo.json" << "LTXVImgToVideo" << true;
    }

    void shippedTemplatesBindAndPassTheServersValidation()
    {
        QFETCH(QString, path);
        QFETCH(QString, latent);
        QFETCH(bool, photo);
        QString error;
        const auto w = loadWorkflow(path, &error);
        QVERIFY2(w, qPrintable(error));
        QCOMPARE(w->takesImage(), photo);
        const QJsonObject graph = w->bind(inputs(704, 1280, 97, photo ? QStringLiteral("reelcraft-1-1.jpg") : QString()));
        QCOMPARE(inputsOf(graph, latent).value(QLatin1String("width")).toInt(), 704);
        QCOMPARE(inputsOf(graph, latent).value(QLatin1String("height")).toInt(), 1280);
        QCOMPARE(inputsOf(graph, latent).value(QLatin1String("length")).toInt(), 97);
        const QByteArray text = QJsonDocument(graph).toJson();
        QVERIFY(text.contains(R"(a heron \"lands\" on a {{pier}})")); // the prompt verbatim, never re-expanded
        QVERIFY(!text.contains("{{prompt}}") && !text.contains("{{image}}") && !text.contains("PositivePrompt"));
        QVERIFY(text.contains("123456789012"));
        // What ComfyUI would say about this graph: nothing, once the photo is in its input folder.
        QStringList outputs;
        const auto install = test::ComfyInstall::standard({}, {}, {QStringLiteral("reelcraft-1-1.jpg")});
        const auto invalid = test::validateComfyPrompt(graph, install, &outputs);
        QVERIFY2(!invalid, invalid ? QJsonDocument(*invalid).toJson().constData() : "");
        QCOMPARE(outputs.size(), 1);
        // Readiness against the same install, and against one that lacks the text encoder.
        QVERIFY(checkReadiness(install.objectInfo, *w).ready());
        const auto lacking = test::ComfyInstall::standard({}, {QStringLiteral("umt5_xxl_fp8_e4m3fn_scaled.safetensors"),
                                                               QStringLiteral("t5xxl_fp16.safetensors")}, {});
        const Readiness r = checkReadiness(lacking.objectInfo, *w);
        QVERIFY(!r.ready());
        QCOMPARE(r.missingModels.size(), 1);
        QCOMPARE(r.missingModels.first().nodeClass, QStringLiteral("CLIPLoader"));
    }

    void referenceTemplatesAreReadWithComfysOwnPlaceholders()
    {
        // ComfyUI's template words (PositivePrompt / ImageName), as in the reference graphs.
        const QDir dir(QStringLiteral(REELCRAFT_SOURCE_DIR "/resources/comfyui"));
        QString error;
        QByteArray wan = read(dir.filePath(QStringLiteral("wan22-5b-photo.json")));
        wan.replace("{{prompt}}", "PositivePrompt").replace("{{image}}", "ImageName");
        const auto w = Workflow::fromJson(wan, &error);
        QVERIFY2(w, qPrintable(error));
        QVERIFY(w->takesImage());
        const QJsonObject graph = w->bind(inputs(1280, 704, 121, QStringLiteral("x.png")));
        QCOMPARE(inputsOf(graph, QStringLiteral("LoadImage")).value(QLatin1String("image")).toString(), QStringLiteral("x.png"));
    }

    void badWorkflowsAreRefusedWithAReason_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("says");
        QTest::newRow("not json") << QByteArray("{\"3\": ") << "not JSON";
        QTest::newRow("editor format") << QByteArray(R"({"nodes": [], "links": [], "version": 0.4})") << "Export (API)";
        QTest::newRow("empty") << QByteArray("{}") << "no nodes";
        QTest::newRow("no video") << QByteArray(R"({"3": {"class_type": "KSampler", "inputs": {"seed": 1}}})") << "saves no video";
    }

    void badWorkflowsAreRefusedWithAReason()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, says);
        QString error;
        QVERIFY(!Workflow::fromJson(json, &error));
        QVERIFY2(error.contains(says), qPrintable(error));
    }

    void promptErrorsInWords()
    {
        // What the fake (ComfyUI's rules) answers for an unknown node and for a missing model file.
        QString error;
        const auto w = loadWorkflow(QStringLiteral(":/reelcraft/comfyui/wan22-5b-text.json"), &error);
        QVERIFY(w);
        const QJsonObject graph = w->bind(inputs(1280, 704, 121));
        QStringList outputs;
        auto noNode = test::validateComfyPrompt(graph, test::ComfyInstall::standard({QStringLiteral("Wan22ImageToVideoLatent")}, {}, {}),
                                                &outputs);
        QVERIFY(noNode);
        QString words = describePromptError(QJsonDocument(*noNode).toJson(), QStringLiteral("gpu-1"));
        QVERIFY2(words.contains(QLatin1String("gpu-1")) && words.contains(QLatin1String("Wan22ImageToVideoLatent")), qPrintable(words));
        outputs.clear();
        auto noFile = test::validateComfyPrompt(
            graph, test::ComfyInstall::standard({}, {QStringLiteral("wan2.2_vae.safetensors")}, {}), &outputs);
        QVERIFY(noFile);
        words = describePromptError(QJsonDocument(*noFile).toJson(), QStringLiteral("gpu-1"));
        QVERIFY2(words.contains(QLatin1String("wan2.2_vae.safetensors")) && words.contains(QLatin1String("models/vae")), qPrintable(words));
        QCOMPARE(modelFolderFor(QStringLiteral("UNETLoader")), QStringLiteral("models/diffusion_models"));
        // A body that is not ComfyUI's still reads as something.
        QVERIFY(!describePromptError("<html>bad gateway</html>", QStringLiteral("gpu-1")).isEmpty());
    }

    void historyQueueAndSocket()
    {
        const QByteArray done = R"({"p1": {"prompt": [3, "p1", {}, {"client_id": "c"}, ["58"]],
            "outputs": {"58": {"images": [{"filename": "ComfyUI_00012_.mp4", "subfolder": "video", "type": "output"}], "animated": [true]}},
            "status": {"status_str": "success", "completed": true, "messages": [["execution_start", {"prompt_id": "p1", "timestamp": 1000}],
                                                                              ["execution_success", {"prompt_id": "p1", "timestamp": 4500}]]}}})";
        HistoryEntry h = parseHistory(done, QStringLiteral("p1"), {QStringLiteral("58")});
        QCOMPARE(h.state, HistoryEntry::Succeeded);
        QVERIFY(h.video);
        QCOMPARE(h.video->filename, QStringLiteral("ComfyUI_00012_.mp4"));
        QCOMPARE(h.video->subfolder, QStringLiteral("video"));
        QCOMPARE(h.endMs - h.startMs, 3500);
        QCOMPARE(parseHistory("{}", QStringLiteral("p1"), {}).state, HistoryEntry::Absent);
        // A proxy's error page proves nothing: only a real, empty history says the prompt is not there.
        QCOMPARE(parseHistory("<html>502 Bad Gateway</html>", QStringLiteral("p1"), {}).state, HistoryEntry::Unreadable);
        QCOMPARE(parseHistory("", QStringLiteral("p1"), {}).state, HistoryEntry::Unreadable);
        const QByteArray failed = R"({"p2": {"outputs": {}, "status": {"status_str": "error", "completed": false, "messages":
            [["execution_error", {"prompt_id": "p2", "exception_type": "torch.OutOfMemoryError", "exception_message": "CUDA out of memory"}]]}}})";
        h = parseHistory(failed, QStringLiteral("p2"), {});
        QCOMPARE(h.state, HistoryEntry::Failed);
        const ExecutionFailure f = describeExecutionError(h.exceptionType, h.message, QStringLiteral("KSampler"), QStringLiteral("gpu-1"));
        QVERIFY2(f.message.contains(QLatin1String("smaller")), qPrintable(f.message));
        const QByteArray stopped = R"({"p3": {"outputs": {}, "status": {"status_str": "error", "completed": false, "messages":
            [["execution_interrupted", {"prompt_id": "p3", "node_id": "3"}]]}}})";
        QCOMPARE(parseHistory(stopped, QStringLiteral("p3"), {}).state, HistoryEntry::Interrupted);

        const QByteArray queue = R"({"queue_running": [[1, "a", {}, {}, []]], "queue_pending": [[2, "b", {}, {}, []], [3, "c", {}, {}, []]]})";
        QCOMPARE(findInQueue(queue, QStringLiteral("a")).state, QueuePlace::Running);
        QCOMPARE(findInQueue(queue, QStringLiteral("c")).state, QueuePlace::Pending);
        QCOMPARE(findInQueue(queue, QStringLiteral("c")).ahead, 2);
        QCOMPARE(findInQueue(queue, QStringLiteral("z")).state, QueuePlace::Absent);
        QCOMPARE(findInQueue(R"({"queue_running": [], "queue_pending": []})", QStringLiteral("z")).state, QueuePlace::Absent);
        QCOMPARE(findInQueue("<html>", QStringLiteral("z")).state, QueuePlace::Unreadable);
        QCOMPARE(findInQueue(R"({"error": "not found"})", QStringLiteral("z")).state, QueuePlace::Unreadable);
        QCOMPARE(queueRemaining(R"({"exec_info": {"queue_remaining": 2}})"), 2);
        QCOMPARE(queueRemaining("<html>"), -1);

        SocketEvent e = parseSocketEvent(QStringLiteral(R"({"type": "progress", "data": {"value": 7, "max": 20, "prompt_id": "a", "node": "3"}})"));
        QCOMPARE(e.type, SocketEvent::Progress);
        QCOMPARE(e.value, 7);
        QCOMPARE(e.max, 20);
        QCOMPARE(e.node, QStringLiteral("3"));
        e = parseSocketEvent(QStringLiteral(R"({"type": "executing", "data": {"node": null, "prompt_id": "a"}})"));
        QCOMPARE(e.type, SocketEvent::Executing);
        QVERIFY(e.node.isEmpty());
        QCOMPARE(parseSocketEvent(QStringLiteral("not json")).type, SocketEvent::Other);

        const ServerStats s = parseSystemStats(R"({"system": {"comfyui_version": "0.3.66"}, "devices": [{"name":
            "cuda:0 NVIDIA GeForce RTX 4090 : cudaMallocAsync", "type": "cuda", "vram_total": 25757220864, "vram_free": 24000000000}]})");
        QVERIFY(s.valid);
        QCOMPARE(s.gpu, QStringLiteral("NVIDIA GeForce RTX 4090"));
        QCOMPARE(s.vramTotal, Q_INT64_C(25757220864));
    }

    void remoteIdsRoundTrip()
    {
        const QUrl server(QStringLiteral("http://10.0.0.5:8188"));
        const QString id = ComfyProvider::remoteIdFor(server, QStringLiteral("p-1"), QStringLiteral("c-1"));
        QUrl back;
        QString prompt, client;
        QVERIFY(ComfyProvider::parseRemoteId(id, &back, &prompt, &client));
        QCOMPARE(back, server);
        QCOMPARE(prompt, QStringLiteral("p-1"));
        QCOMPARE(client, QStringLiteral("c-1"));
        QVERIFY(!ComfyProvider::parseRemoteId(QStringLiteral("video_123"), &back, &prompt, &client));
    }

    void aPoolSurveyInWords()
    {
        ServerReport down;
        down.server = QUrl(QStringLiteral("http://10.0.0.1:8188"));
        down.problem = QStringLiteral("http://10.0.0.1:8188 does not answer (Connection refused)");
        ServerReport lacking;
        lacking.server = QUrl(QStringLiteral("http://10.0.0.2:8188"));
        lacking.reachable = true;
        lacking.queueRemaining = 1;
        lacking.stats.gpu = QStringLiteral("NVIDIA GeForce RTX 3060");
        lacking.stats.version = QStringLiteral("0.3.66");
        lacking.stats.vramTotal = 12884901888;
        lacking.stats.vramFree = 6442450944;
        lacking.objectInfo.insert(QStringLiteral("KSampler"), QJsonObject());
        Readiness noVae;
        noVae.missingModels.append({QStringLiteral("VAELoader"), QStringLiteral("vae_name"), QStringLiteral("wan2.2_vae.safetensors")});
        lacking.readiness[readinessKey(QStringLiteral("wan2.2-ti2v-5b"), false)] = noVae;
        lacking.readiness[readinessKey(QStringLiteral("wan2.2-ti2v-5b"), true)] = noVae;
        lacking.readiness[readinessKey(QStringLiteral("ltx-video"), false)] = Readiness();
        const QStringList models{QStringLiteral("wan2.2-ti2v-5b"), QStringLiteral("ltx-video")};

        SurveySummary s = summarizeSurvey(models, {down, lacking});
        QCOMPARE(s.servers.size(), 2);
        QCOMPARE(s.servers.at(0).headline, QStringLiteral("http://10.0.0.1:8188: down: ") + down.problem);
        QVERIFY(!s.servers.at(0).usable);
        QCOMPARE(s.servers.at(1).headline,
                 QStringLiteral("http://10.0.0.2:8188: ComfyUI 0.3.66, NVIDIA GeForce RTX 3060, 6.0 GiB of 12.0 GiB VRAM free, 1 job queued"));
        const auto &lines = s.servers.at(1).models;
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0).label, QStringLiteral("wan2.2-ti2v-5b"));
        QVERIFY2(lines.at(0).missing.contains(QLatin1String("wan2.2_vae.safetensors")) && lines.at(0).missing.contains(QLatin1String("models/vae")),
                 qPrintable(lines.at(0).missing));
        QCOMPARE(lines.at(1).label, QStringLiteral("wan2.2-ti2v-5b (photo)"));
        QCOMPARE(lines.at(2).label, QStringLiteral("ltx-video"));
        QVERIFY(lines.at(2).missing.isEmpty());
        QCOMPARE(s.runnableModels, QStringList{QStringLiteral("ltx-video")});
        QCOMPARE(s.usableServers, 1);

        // A server whose node list could not be read is not judged: every model may run there.
        lacking.objectInfo = QJsonObject();
        lacking.readiness.clear();
        s = summarizeSurvey(models, {down, lacking});
        QVERIFY(!s.servers.at(1).nodesRead);
        QCOMPARE(s.runnableModels, models);
        QCOMPARE(s.usableServers, 1);
        QCOMPARE(summarizeSurvey(models, {down}).usableServers, 0);
    }
};

QTEST_GUILESS_MAIN(TestComfyUiProtocol)
#include "tst_comfyui_protocol.moc"
