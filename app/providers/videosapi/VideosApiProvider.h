#pragma once

#include "providers/remote/RemoteJobProvider.h"
#include "providers/videosapi/VideosApiProtocol.h"

namespace rc {

// A server speaking OpenAI's /v1/videos: OpenAI itself (retired), gateways such as new-api, and
// local GPU servers (SGLang Diffusion, vLLM-Omni, FastVideo). It tolerates their differences as
// compat-servers.md §6 lists them; the shared job life lives in net::RemoteJobProvider.
//
// Besides jobs it offers best-effort helpers, each gated by the server's Features and answering
// once on this object's thread: models, the remote job list, delete and remix.
class VideosApiProvider : public net::RemoteJobProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VideosApiProvider)

public:
    VideosApiProvider(ProviderSpec spec, net::RemoteDeps deps, QObject *parent = nullptr);

    const videosapi::Features &features() const { return m_features; }
    // Servers without remix are found out in preflight, with a sentence saying so.
    bool canRemix() const override { return true; }

    using ListCallback = std::function<void(const QList<videosapi::VideoJob> &jobs, const std::optional<net::Failure> &failure)>;
    using DoneCallback = std::function<void(const std::optional<net::Failure> &failure)>;
    using RemixCallback = std::function<void(const QString &newRemoteId, const std::optional<net::Failure> &failure)>;

    void listRemoteJobs(ListCallback done);
    void deleteRemoteJob(const QString &remoteId, DoneCallback done);
    void remix(const QString &remoteId, const QString &prompt, RemixCallback done);
    // POST /videos/{id}/remix: a job of its own, followed like any created job.
    net::HttpRequest remixRequest(const QString &remoteId, const QString &prompt, const QString &key) const;

    // The sentence for OpenAI's retired service.
    static QString retiredMessage(const QString &date);

protected:
    bool requiresKey() const override { return false; } // local servers have none; 401 explains the rest
    // A profile that names a key variable (OpenAI's does; a local server's usually not) cannot
    // work without that key: said before the job is queued rather than by the server's 401.
    bool missingKey() const override { return !spec().keyEnv.isEmpty() && currentKey().isEmpty(); }
    std::optional<net::Failure> preflight(const JobTicket &ticket) const override;
    std::variant<net::HttpRequest, net::Failure> buildCreate(const JobTicket &ticket, const QString &key) const override;
    std::variant<QString, net::Failure> parseCreate(const net::HttpResponse &response) const override;
    net::HttpRequest buildPoll(const QString &remoteId, const QString &key) const override;
    Outcome parsePoll(const JobTicket &ticket, const QString &remoteId, const net::HttpResponse &response,
                      const QString &key) const override;
    net::Failure adjustFailure(const net::HttpResponse &response, net::CallPhase phase, net::Failure failure) const override;
    void cancelRemote(const QString &remoteId, const QString &key) override;
    net::HttpRequest buildModelsRequest(const QString &key) const override;
    QStringList parseModels(const QByteArray &body) const override;

private:
    std::optional<net::Failure> unsupported(const net::HttpResponse &response, bool *flag, const QString &what);

    videosapi::Features m_features;
};

} // namespace rc
