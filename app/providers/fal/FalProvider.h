#pragma once

#include "providers/fal/FalInputs.h"
#include "providers/remote/RemoteJobProvider.h"

namespace rc {

// fal.ai's queue (fal-queue.md): many cloud video models behind one key, each an endpoint with
// inputs of its own. The model id is the endpoint id; how a request fills an endpoint's input is
// data in the catalogue (fal::EndpointInputs), and a text endpoint may name an image endpoint
// that a job with a photo goes to instead. Photos travel as data URIs inside the JSON.
//
// A job: submit -> status (IN_QUEUE with its position, shown as the job's detail line;
// IN_PROGRESS; COMPLETED) -> the result (the endpoint's output, or the failure with its HTTP
// status) -> the video from fal's media host, fetched without the key. The remote id,
// "<endpoint>/requests/<request id>", is all a restart needs. fal reports no cost: the charge is
// the catalogue's price.
class FalProvider : public net::RemoteJobProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FalProvider)

public:
    FalProvider(ProviderSpec spec, net::RemoteDeps deps, QObject *parent = nullptr);

    // An endpoint without an input mapping, or a photo it cannot take, is refused before any job.
    QString refusal(const GenerationRequest &request) const override;
    // The endpoint a request goes to, with its input mapping; nullopt with `error` when none fits.
    std::optional<fal::EndpointInputs> endpointFor(const GenerationRequest &request, QString *error) const;

protected:
    QString serverName() const override;
    bool requiresKey() const override { return true; }
    std::variant<net::HttpRequest, net::Failure> buildCreate(const JobTicket &ticket, const QString &key) const override;
    std::variant<QString, net::Failure> parseCreate(const net::HttpResponse &response) const override;
    net::HttpRequest buildPoll(const QString &remoteId, const QString &key) const override;
    Outcome parsePoll(const JobTicket &ticket, const QString &remoteId, const net::HttpResponse &response,
                      const QString &key) const override;
    net::Failure adjustFailure(const net::HttpResponse &response, net::CallPhase phase, net::Failure failure) const override;
    void cancelRemote(const QString &remoteId, const QString &key) override;
    // fal has no list of endpoints for a key: "test" answers with the catalogue's after checking
    // that the key opens the queue.
    net::HttpRequest buildModelsRequest(const QString &key) const override;
    QStringList parseModels(const QByteArray &body) const override;
    // fal answers the status of a request that does not exist with 404 {"detail": ...} once it
    // has taken the key (401/403 otherwise): that 404 is the key check passing.
    bool modelsAnswerAccepted(const net::HttpResponse &response) const override;

private:
    Outcome statusOutcome(const QString &remoteId, const net::HttpResponse &response, const QString &key) const;
    Outcome resultOutcome(const JobTicket &ticket, const QString &remoteId, const net::HttpResponse &response,
                          const QString &key) const;
    // fal's validation answer as a sentence naming the user's setting it refused.
    std::optional<net::Failure> refusalFailure(const QByteArray &body, const QString &endpoint, int status) const;
    QString photoDataUri(const JobTicket &ticket, const QString &path, const QString &tag, QString *error) const;
};

} // namespace rc
