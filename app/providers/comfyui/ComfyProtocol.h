#pragma once

#include "core/JobState.h"
#include "providers/comfyui/ComfyWorkflow.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// ComfyUI's HTTP and WebSocket messages, read and written as values: no I/O here, so every rule
// is tested without a server. The shapes are those of ComfyUI's server.py and execution.py.
namespace rc::comfyui {

// One server of a pool: "http://host:port" (a path prefix such as a proxy's is kept).
QUrl endpoint(const QUrl &server, const QString &path, const QList<QPair<QString, QString>> &query = {});
QUrl webSocketUrl(const QUrl &server, const QString &clientId);

// The POST /prompt body.
QByteArray promptBody(const QJsonObject &graph, const QString &promptId, const QString &clientId);

// A 400 from POST /prompt in words: a missing custom node by name, a missing model file with the
// folder it belongs in, or the first validation problem the server named.
QString describePromptError(const QByteArray &body, const QString &serverName);

// The models folder a loader reads from, for messages ("models/diffusion_models").
QString modelFolderFor(const QString &loaderClass);

// A file the server saved: what GET /view needs.
struct OutputFile
{
    QString filename;
    QString subfolder;
    QString type = QStringLiteral("output");
};

// What /history/{id} says about one prompt.
struct HistoryEntry
{
    // Absent: unknown to the server, or still queued/running. Unreadable: the body is not a
    // history at all (a proxy's error page), so it proves nothing either way.
    enum State { Absent, Succeeded, Failed, Interrupted, Unreadable };
    State state = Absent;
    std::optional<OutputFile> video;
    QString message;          // Failed: the error the server recorded
    QString exceptionType;
    qint64 startMs = -1;      // execution_start / execution_success timestamps (GPU time)
    qint64 endMs = -1;
};
HistoryEntry parseHistory(const QByteArray &body, const QString &promptId, const QStringList &outputNodes);
// The first video among a node's outputs ("images" of SaveVideo, "gifs" of VHS_VideoCombine).
std::optional<OutputFile> videoInOutputs(const QJsonObject &outputs, const QStringList &preferredNodes);

// Where a prompt is in GET /queue.
struct QueuePlace
{
    // Unreadable: the body is not ComfyUI's queue (no queue_running and queue_pending lists).
    enum State { Absent, Running, Pending, Unreadable };
    State state = Absent;
    int ahead = 0; // Pending: prompts before it (the running one included)
};
QueuePlace findInQueue(const QByteArray &body, const QString &promptId);
// GET /prompt -> exec_info.queue_remaining (running + pending); -1 when the body is not that.
int queueRemaining(const QByteArray &body);

// GET /system_stats, the parts a user wants to see.
struct ServerStats
{
    QString version;
    QString gpu;          // "NVIDIA GeForce RTX 4090" or "cpu"
    qint64 vramTotal = 0; // bytes
    qint64 vramFree = 0;
    bool valid = false;
};
ServerStats parseSystemStats(const QByteArray &body);

// Checks a workflow against GET /object_info: node classes the server lacks, and model files
// that are not among a loader's choices.
struct Readiness
{
    QStringList missingNodes;
    QList<Workflow::ModelFile> missingModels;
    bool ready() const { return missingNodes.isEmpty() && missingModels.isEmpty(); }
    QString describe(const QString &serverName) const;
};
Readiness checkReadiness(const QJsonObject &objectInfo, const Workflow &workflow);

// A text frame from /ws, for the prompts this client follows.
struct SocketEvent
{
    enum Type {
        Other,
        Status,          // queueRemaining
        Started,         // execution_start
        Executing,       // node (empty: the prompt is done)
        Progress,        // value / max of the running node
        Succeeded,       // execution_success
        Error,           // execution_error: message, exceptionType, node
        Interrupted,     // execution_interrupted
    };
    Type type = Other;
    QString promptId;
    QString node;
    int value = 0;
    int max = 0;
    int queueRemaining = -1;
    QString message;
    QString exceptionType;
    QString nodeType;
};
SocketEvent parseSocketEvent(const QString &text);

// An execution error in words; out of GPU memory reads as such with a hint to go smaller.
struct ExecutionFailure
{
    ErrorKind kind = ErrorKind::Server;
    QString message;
};
ExecutionFailure describeExecutionError(const QString &exceptionType, const QString &message, const QString &nodeType,
                                        const QString &serverName);

} // namespace rc::comfyui
