#pragma once

#include "providers/remote/RemoteJobProvider.h"

namespace rc {

// Google Veo through the Gemini API with the user's own key. The operation name is the job's
// remote id; Veo reports no percentage, so progress is -1 with an ETA learned from this user's
// earlier jobs (RemoteDeps::eta). Everything but the request and answer shapes is shared with
// the Videos API provider in net::RemoteJobProvider.
class GeminiProvider : public net::RemoteJobProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GeminiProvider)

public:
    GeminiProvider(ProviderSpec spec, net::RemoteDeps deps, QObject *parent = nullptr);

protected:
    bool requiresKey() const override { return true; }
    std::variant<net::HttpRequest, net::Failure> buildCreate(const JobTicket &ticket, const QString &key) const override;
    std::variant<QString, net::Failure> parseCreate(const net::HttpResponse &response) const override;
    net::HttpRequest buildPoll(const QString &remoteId, const QString &key) const override;
    Outcome parsePoll(const JobTicket &ticket, const QString &remoteId, const net::HttpResponse &response,
                      const QString &key) const override;
    net::Failure adjustFailure(const net::HttpResponse &response, net::CallPhase phase, net::Failure failure) const override;
    net::HttpRequest buildModelsRequest(const QString &key) const override;
    QStringList parseModels(const QByteArray &body) const override;
};

} // namespace rc
