#pragma once

#include "core/KeyStore.h"
#include "net/HttpClient.h"
#include "providers/remote/ResultFiles.h"
#include "providers/Provider.h"
#include "providers/comfyui/ComfyServers.h"

#include <QElapsedTimer>
#include <QFuture>

#include <atomic>
#include <map>
#include <memory>

class QTimer;
class QWebSocket;

namespace rc::comfyui {

struct ComfyDeps
{
    KeyStore *keys = nullptr;   // an optional bearer key for servers behind a proxy
    QString inputsDir;          // fitted photos, kept so a retry uploads the same bytes
    net::MediaHooks media;
};

// A ComfyUI server, or a pool of them, as a generation backend.
//
//   survey the pool (queue lengths, nodes and model files) -> pick a server -> upload the photo ->
//   accepted("<server>|<prompt id>|<client id>") before anything is queued -> open the WebSocket
//   -> POST /prompt with the same client id -> progress from the socket (steps, node, queue place),
//   with /history and /queue polled as a safety net -> GET /view into <video>.part -> checks ->
//   succeeded (priced per GPU-second when the profile sets a price).
// The remote id holds the server, so a resumed job asks that server what became of it: running
// -> followed again; done -> downloaded; unknown -> a clear failure, never a second submission
// (a pool: re-queued on another server, see lost()). While a job's server does not answer, the
// job waits for it and is never sent elsewhere; once the server answers that it lacks the prompt
// (it restarted and forgot its queue), the job is submitted again, to another server of a pool.
// The follow-up (socket, status checks, download) is in ComfyFollowing.cpp; the per-job state in
// ComfyActiveJob.h.
class ComfyProvider : public Provider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComfyProvider)

public:
    ComfyProvider(ProviderSpec spec, ComfyDeps deps, QObject *parent = nullptr);
    ~ComfyProvider() override;

    bool canResume() const override { return true; }
    void start(const JobTicket &ticket) override;
    void cancel(JobId jobId) override;

    // `provider test`: every server's GPU, queue and what it lacks for each model.
    void survey(ServerSurvey::Done done);
    const ComfySettings &settings() const { return m_settings; }

    static QString remoteIdFor(const QUrl &server, const QString &promptId, const QString &clientId);
    static bool parseRemoteId(const QString &remoteId, QUrl *server, QString *promptId, QString *clientId);

    // Where a job is, in words ("step 12 of 20 · KSampler", "2 jobs ahead on gpu-2"), goes out
    // through Provider::detailChanged.

private:
    struct Active;
    Active *job(JobId id, quint64 serial);
    QString serverName(const QUrl &server) const;
    net::HttpRequest request(const Active &a, net::HttpMethod method, const QString &path,
                             const QList<QPair<QString, QString>> &query = {}) const;

    // `lostOn`: the server that lost this job; another one is preferred.
    void chooseServer(JobId id, quint64 serial, const QUrl &lostOn = QUrl());
    void prepareUpload(JobId id, quint64 serial);
    void upload(JobId id, quint64 serial, const QString &fittedPath);
    void submit(JobId id, quint64 serial, const QString &imageName);
    void openSocket(Active &a);
    void postPrompt(JobId id, quint64 serial);
    void onPosted(JobId id, quint64 serial, const net::HttpResponse &r);
    void onSocketText(JobId id, quint64 serial, const QString &text);
    void startFollowing(Active &a);
    void checkStatus(JobId id, quint64 serial);
    // The job a /history or /queue answer is for, or null when it wants none any more.
    Active *statusAnswerFor(JobId id, quint64 serial);
    void onHistory(JobId id, quint64 serial, const net::HttpResponse &r);
    void onQueue(JobId id, quint64 serial, const net::HttpResponse &r);
    void serverSilent(Active &a, const net::HttpResponse &r);
    void lost(Active &a);
    void download(Active &a, const OutputFile &file);
    void onDownloaded(JobId id, quint64 serial, const net::HttpResponse &r);
    void onFilesDone(JobId id, quint64 serial, const net::ResultFiles &result);
    void reportProgress(Active &a);
    void setDetail(Active &a, const QString &detail);
    void finishFailed(JobId id, ErrorKind kind, const QString &message);
    void pauseJob(JobId id, ErrorKind why, const QString &message);
    // Takes a job out of the provider, stopping its calls, timer and socket.
    std::unique_ptr<Active> release(JobId id);
    void releaseServerCopy(const Active &a);
    void sendAndForget(const Active &a, const QString &path, const QJsonObject &body);

    ComfyDeps m_deps;
    ComfySettings m_settings;
    net::HttpClient *m_http;
    std::map<JobId, std::unique_ptr<Active>> m_jobs;
    std::map<QString, QJsonObject> m_objectInfo; // server -> its node list, read once
    QList<QFuture<void>> m_background;
    quint64 m_nextSerial = 1;
    quint64 m_turn = 0;
};

} // namespace rc::comfyui
