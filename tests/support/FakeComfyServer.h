#pragma once

#include "support/FakeHttpServer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <optional>

class QTimer;
class QWebSocket;
class QWebSocketServer;

namespace rc::test {

// A strict stand-in for one ComfyUI server on 127.0.0.1: real HTTP (FakeHttpServer) and a real
// WebSocket (Qt WebSockets) on the same port, answering the routes Reelcraft uses the way
// ComfyUI's server.py and execution.py do:
//   GET/POST /prompt, /queue, /history[/id], /view, POST /interrupt, /upload/image,
//   /system_stats, /object_info[/class], /ws?clientId=..., each also under /api.
// POST /prompt validates the graph against the fake's object info (unknown class ->
// missing_node_type; a model file it lacks -> value_not_in_list; a photo never uploaded ->
// custom_validation_failed; links, required inputs, number ranges). One prompt runs at a time;
// its sampler steps are streamed over the socket to the client that sent it; the history is
// filled only once it is done, with an MP4 of the graph's own size, length and frame rate.
// Faults on demand: an execution error, a held job, a cut /view, a server that dies or restarts
// and forgets its queue and history, and one that stops answering for a while but keeps both.
class FakeComfyServer : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeComfyServer)

public:
    explicit FakeComfyServer(QObject *parent = nullptr);
    ~FakeComfyServer() override;

    bool listen();
    QString baseUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    FakeHttpServer &http() { return m_http; }

    // The server's install: node classes and model files (all the shipped templates need, by default).
    void removeNode(const QString &classType);
    void removeModelFile(const QString &file);
    void setGpu(const QString &name, qint64 vramTotalBytes, qint64 vramFreeBytes);

    // How long one sampler step takes (default 10 ms).
    void setStepMs(int ms) { m_stepMs = ms; }
    // A held server stops each prompt at its first sampler step until released.
    void setHold(bool hold);
    // The next prompt fails at its first sampler step with this Python exception.
    void failNextExecution(const QString &exceptionType, const QString &message);
    // The next GET /view sends this many bytes of the file, then drops the connection.
    void cutNextView(qint64 bytes) { m_cutViewAfter = bytes; }
    // The process dies: nothing listens, every connection drops, the running prompt is gone.
    void die();
    // It comes back on the same port with an empty queue and history (ComfyUI keeps neither).
    bool restart();
    // The network to it fails: every request and socket is dropped unanswered (and counted), while
    // the process goes on with its queue, its running prompt and its history.
    void stopAnswering();
    // The network is back: it answers again with everything it had.
    void answerAgain() { m_silent = false; }
    int unansweredRequests() const { return m_unanswered; }

    // What was asked of it.
    int promptPosts() const { return m_promptPosts; }                 // accepted POST /prompt
    int promptsRun() const { return m_promptsRun; }
    QStringList acceptedPromptIds() const { return m_accepted; }
    QJsonObject lastGraph() const { return m_lastGraph; }
    QString lastClientId() const { return m_lastClientId; }
    QStringList uploadedFiles() const { return m_uploads.keys(); }
    QByteArray uploaded(const QString &name) const { return m_uploads.value(name); }
    QStringList interrupts() const { return m_interrupts; }          // prompt ids (empty: no id)
    QStringList queueDeletes() const { return m_queueDeletes; }
    QString runningPromptId() const;
    int currentStep() const { return m_step; }
    int socketCount() const;
    qint64 lastExecutionMs() const { return m_lastExecutionMs; }

Q_SIGNALS:
    void promptFinished(const QString &promptId, const QString &statusStr);
    // A POST /prompt was accepted; emitted before the answer is written.
    void promptAccepted(const QString &promptId);

private:
    struct Prompt
    {
        int number = 0;
        QString id;
        QString clientId;
        QJsonObject graph;
        QStringList outputs;
    };

    FakeResponse handle(const RecordedRequest &r);
    FakeResponse postPrompt(const RecordedRequest &r);
    FakeResponse postQueue(const RecordedRequest &r);
    FakeResponse postInterrupt(const RecordedRequest &r);
    FakeResponse upload(const RecordedRequest &r);
    FakeResponse view(const RecordedRequest &r);
    QJsonObject queueJson() const;
    QJsonObject statusData() const;

    void onSocket();
    void dropSockets();
    void send(const QString &clientId, const QString &type, const QJsonObject &data);
    void broadcastStatus();
    void startNext();
    void step();
    void finishRunning(const QString &statusStr, const QJsonArray &messages, const QJsonObject &outputs);
    QJsonObject messageData(const QJsonObject &extra) const;

    FakeHttpServer m_http;
    QWebSocketServer *m_ws;
    QList<std::pair<QString, QWebSocket *>> m_sockets; // client id -> socket
    quint16 m_port = 0;
    bool m_alive = false;
    bool m_silent = false;
    int m_unanswered = 0;

    QSet<QString> m_removedNodes;
    QSet<QString> m_removedFiles;
    QString m_gpu = QStringLiteral("NVIDIA GeForce RTX 4090");
    qint64 m_vramTotal = 25757220864;
    qint64 m_vramFree = 24000000000;

    QList<Prompt> m_pending;
    std::optional<Prompt> m_running;
    QJsonObject m_history; // prompt id -> entry
    QMap<QString, QByteArray> m_outputFiles; // "subfolder/filename" -> bytes
    QMap<QString, QByteArray> m_uploads;
    int m_nextNumber = 0;
    int m_fileCounter = 0;

    QTimer *m_stepTimer;
    int m_stepMs = 10;
    bool m_hold = false;
    int m_step = 0;
    int m_stepsTotal = 0;
    QStringList m_samplers;
    int m_samplerIndex = 0;
    qint64 m_startMs = 0;
    std::optional<std::pair<QString, QString>> m_failNext;
    qint64 m_cutViewAfter = -1;

    int m_promptPosts = 0;
    int m_promptsRun = 0;
    QStringList m_accepted;
    QJsonObject m_lastGraph;
    QString m_lastClientId;
    QStringList m_interrupts;
    QStringList m_queueDeletes;
    qint64 m_lastExecutionMs = -1;
};

// The graph checks of ComfyUI's validate_prompt against an object-info table: nullopt when the
// graph is valid, else the 400 body. `images` are the files in the input folder (LoadImage).
struct ComfyInstall
{
    QJsonObject objectInfo;
    static ComfyInstall standard(const QSet<QString> &removedNodes, const QSet<QString> &removedFiles,
                                 const QStringList &images);
};
std::optional<QJsonObject> validateComfyPrompt(const QJsonObject &prompt, const ComfyInstall &install,
                                               QStringList *outputs);
// A real H.264 MP4 of this size and frame count, made with ffmpeg (cached per shape).
QByteArray comfyVideo(int width, int height, int frames, double fps);

} // namespace rc::test
