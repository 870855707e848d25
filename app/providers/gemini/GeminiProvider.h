#pragma once

#include "providers/remote/RemoteJobProvider.h"

#include <QHash>

namespace rc {

// Google's video model on the Gemini API with the user's own key: Gemini Omni through the
// Interactions API (gemini-omni.md). The interaction id is the job's remote id; an edit (a
// remix) is a new interaction naming the earlier one. Omni reports no percentage, so progress is
// -1 with an ETA learned from this user's earlier jobs. Veo, shut down there, is refused before
// any request. Everything but the request and answer shapes is shared in net::RemoteJobProvider.
//
// A finished interaction carries its video as base64 inside the JSON answer (inline delivery,
// and often even after a URI delivery): polls therefore stream to a scratch file under
// `answersDir`, and the video is decoded from that file into the part file a chunk at a time.
class GeminiProvider : public net::RemoteJobProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GeminiProvider)

public:
    GeminiProvider(ProviderSpec spec, net::RemoteDeps deps, QString answersDir, QObject *parent = nullptr);

    bool canRemix() const override { return true; }
    // Veo ids: shut down on the Gemini API.
    QString refusal(const GenerationRequest &request) const override;

    // The sentence for a model Google has shut down; `replacement` may be empty.
    static QString retiredMessage(const QString &model, const QString &date, const QString &replacement);

protected:
    bool requiresKey() const override { return true; }
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
    QString answerPath(const QString &remoteId) const;
    Outcome interactionOutcome(const JobTicket &ticket, const QString &remoteId, const net::HttpResponse &response) const;
    Outcome fileOutcome(const QString &remoteId, const net::HttpResponse &response, const QString &key) const;

    QString m_answersDir;
    // Finished interactions whose video is a file still being prepared: remote id -> its URI.
    // Read and written on this object's thread only (buildPoll and parsePoll run there).
    mutable QHash<QString, QString> m_waitingFiles;
};

} // namespace rc
