#pragma once

#include "providers/openrouter/OpenRouterProtocol.h"
#include "providers/remote/RemoteJobProvider.h"

namespace rc {

// OpenRouter's video API: many cloud models behind one key. The shared job life lives in
// net::RemoteJobProvider; this class speaks the wire format and reads the live model list.
// The charge is the service's usage.cost, not the catalogue's estimate.
class OpenRouterProvider : public net::RemoteJobProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenRouterProvider)

public:
    OpenRouterProvider(ProviderSpec spec, net::RemoteDeps deps, QObject *parent = nullptr);

    // The live model list with capabilities, answered once on this object's thread.
    using SpecsCallback = std::function<void(const QList<openrouter::ListedModel> &models, const QStringList &problems,
                                             const std::optional<net::Failure> &failure)>;
    void listModelSpecs(SpecsCallback done);

protected:
    bool requiresKey() const override { return true; }
    std::variant<net::HttpRequest, net::Failure> buildCreate(const JobTicket &ticket, const QString &key) const override;
    std::variant<QString, net::Failure> parseCreate(const net::HttpResponse &response) const override;
    net::HttpRequest buildPoll(const QString &remoteId, const QString &key) const override;
    Outcome parsePoll(const JobTicket &ticket, const QString &remoteId, const net::HttpResponse &response,
                      const QString &key) const override;
    net::HttpRequest buildModelsRequest(const QString &key) const override;
    QStringList parseModels(const QByteArray &body) const override;

private:
    openrouter::WireTraits traits(const QString &model) const;
    // A photo, crop-fitted to the clip's size, as a data: URL (empty with `error` set on failure).
    QString dataUrl(const JobTicket &ticket, const QString &path, const QString &tag, QString *error) const;
};

} // namespace rc
