#pragma once

#include "core/KeyStore.h"
#include "providers/remote/EtaEstimator.h"
#include "net/HttpClient.h"
#include "providers/remote/HttpFailure.h"
#include "providers/remote/InlineVideo.h"
#include "providers/remote/RemoteTiming.h"
#include "providers/remote/ResultFiles.h"
#include "providers/Provider.h"

#include <QFuture>
#include <QPointer>

#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <variant>

// These types kept the namespace rc::net when they moved here from app/net: their tr() contexts
// ("rc::net::RemoteJobProvider") are what translations/ hold.
namespace rc::net {

struct RemoteDeps
{
    KeyStore *keys = nullptr;
    QString inputsDir;                 // fitted photos, kept so a retry sends the same bytes
    std::shared_ptr<EtaEstimator> eta; // optional
    MediaHooks media;
};

// The life of a job on a server that accepts it, runs it, and hands back a file: the part every
// remote provider shares (Videos API, Gemini). Subclasses say how requests and answers look; this
// class owns the sequence, the timers, retries, downloads, checks and the atomic rename.
//
//   create (never sent twice) -> accepted(remoteId) -> running -> poll at a growing interval,
//   progressed(percent or -1, ETA) -> downloading -> <video>.part -> structure check -> rename,
//   thumbnail (server's, else local) -> succeeded; or failed with a kind and one clear sentence.
// A ticket with a remoteId skips the create and polls it (resumption after a restart).
class RemoteJobProvider : public Provider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteJobProvider)

public:
    RemoteJobProvider(ProviderSpec spec, RemoteDeps deps, QObject *parent = nullptr);
    ~RemoteJobProvider() override;

    bool canResume() const override { return true; }
    void start(const JobTicket &ticket) override;
    void cancel(JobId jobId) override;

    const RemoteTiming &timing() const { return m_timing; }
    int activeJobCount() const { return int(m_jobs.size()); }

    // "Test connection": the models the server offers, answered once on this object's thread.
    using ModelsCallback = std::function<void(const QStringList &ids, const std::optional<Failure> &failure)>;
    void listModels(ModelsCallback done);

protected:
    // What a poll found out.
    struct Outcome
    {
        enum Kind { Pending, Ready, Failed };
        Kind kind = Pending;
        bool transient = false;          // Pending because the poll itself failed (keep trying)
        int percent = -1;                // -1: unknown
        std::optional<int> pollAfterMs;  // the server's hint
        Failure failure;
        HttpRequest download;            // Ready: where the video is
        std::optional<HttpRequest> fallbackDownload; // a CDN copy, tried when `download` fails
        QByteArray inlineVideoBase64;    // Ready: the video inside the answer instead, or
        InlineVideo inlineVideo;         // the same left where it lies (decoded a chunk at a time)
        std::optional<Money> reportedCost; // Ready: what the server says the clip cost
        std::optional<HttpRequest> thumbnail;
        // Pending: a status line for the queue panel ("in queue, position 3"); empty clears
        // it, nullopt leaves it as it was.
        std::optional<QString> detail;
        // Pending: ask this from now on instead of buildPoll's request (a queue whose status
        // says "done" and whose result is read from another address).
        std::optional<HttpRequest> nextPoll;
    };

    virtual QString serverName() const { return spec().label.isEmpty() ? spec().id : spec().label; }
    virtual bool requiresKey() const = 0;
    bool missingKey() const override { return requiresKey() && currentKey().isEmpty(); }
    // Before anything is sent; a failure here costs nothing (e.g. a retired service).
    virtual std::optional<Failure> preflight(const JobTicket &) const { return std::nullopt; }
    // Runs on a pool thread: must only read what does not change (spec, deps, arguments).
    virtual std::variant<HttpRequest, Failure> buildCreate(const JobTicket &ticket, const QString &key) const = 0;
    // From a 2xx create answer: the remote id, or why there is none.
    virtual std::variant<QString, Failure> parseCreate(const HttpResponse &response) const = 0;
    virtual HttpRequest buildPoll(const QString &remoteId, const QString &key) const = 0;
    // Any poll answer, success or not (some servers send a failed job with a 4xx status).
    virtual Outcome parsePoll(const JobTicket &ticket, const QString &remoteId, const HttpResponse &response,
                              const QString &key) const = 0;
    // The shared wording, adjusted per server (a retired model, a key error in a 400).
    virtual Failure adjustFailure(const HttpResponse &, CallPhase, Failure failure) const { return failure; }
    // Best-effort clean-up on the server after a cancel (DELETE where supported).
    virtual void cancelRemote(const QString &, const QString &) {}
    virtual HttpRequest buildModelsRequest(const QString &key) const = 0;
    virtual QStringList parseModels(const QByteArray &body) const = 0;
    // Whether the models request's answer counts as the server taking the key. A service with no
    // list to ask (fal) checks the key with a call that succeeds by failing, e.g. a 404 for a
    // request that does not exist.
    virtual bool modelsAnswerAccepted(const HttpResponse &response) const { return response.isHttpSuccess(); }
    // What makes jobs comparable for the ETA estimate.
    virtual QString etaKey(const JobTicket &ticket) const;

    // GET of the models request with the key check and the shared failure wording; `done` gets
    // the JSON body, or why there is none. listModels and richer model lists build on it.
    using ModelsBodyCallback = std::function<void(const QByteArray &body, const std::optional<Failure> &failure)>;
    void fetchModelsBody(ModelsBodyCallback done);
    // For parsePoll: a poll that failed as a whole (transport, 5xx, 429) is transient; others fail.
    Outcome pollFailure(const HttpResponse &response) const;
    Failure failureFor(const HttpResponse &response, CallPhase phase) const;
    HttpClient &http() { return *m_http; }
    const RemoteDeps &deps() const { return m_deps; }
    QString currentKey() const;
    // Timeouts and retry mode set for a kind of call.
    void applyTiming(HttpRequest *request, CallPhase phase) const;

private:
    struct Active;
    Active *job(JobId id, quint64 serial);
    void finishFailed(JobId id, const Failure &failure);
    // Stops work on a job that stays alive on the server (a silent or unreachable server, a full
    // disk): paused(), so the service keeps it resumable with its estimate held.
    void pauseJob(JobId id, ErrorKind why, const QString &message);
    // (Re)starts the job's silence limit (RemoteTiming::poll.silenceLimitSec).
    void watchSilence(Active &a);
    void sendCreate(JobId id, quint64 serial, const std::variant<HttpRequest, Failure> &built);
    void onCreated(JobId id, quint64 serial, const HttpResponse &response);
    void schedulePoll(Active &a, int delayMs);
    void poll(JobId id, quint64 serial);
    void onPolled(JobId id, quint64 serial, const HttpResponse &response);
    void reportProgress(Active &a, int percent);
    void startDownload(Active &a, Outcome outcome);
    void sendDownload(JobId id, quint64 serial, const HttpRequest &request);
    void onDownloaded(JobId id, quint64 serial, const HttpResponse &response);
    void onThumbnail(JobId id, quint64 serial, const HttpResponse &response);
    void finishFiles(Active &a, const InlineVideo &inlineVideo, const QByteArray &thumbnailBytes);
    void onFilesDone(JobId id, quint64 serial, const ResultFiles &result);

    RemoteDeps m_deps;
    RemoteTiming m_timing;
    HttpClient *m_http;
    std::map<JobId, std::unique_ptr<Active>> m_jobs;
    QList<QFuture<void>> m_background; // waited for on destruction: they read this object
    quint64 m_nextSerial = 1;
};

} // namespace rc::net
