#pragma once

#include "core/CatalogueTypes.h"
#include "core/Money.h"
#include "net/HttpClient.h"
#include "providers/remote/RemoteTiming.h"
#include "providers/comfyui/ComfyProtocol.h"

#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <functional>
#include <map>
#include <optional>

namespace rc::comfyui {

// The settings of a ComfyUI profile, from its ProviderSpec: the servers of the pool (the base URL
// plus options.servers), the workflow files per model, and the optional GPU price.
struct ComfySettings
{
    QList<QUrl> servers;
    // model id -> {"text": path, "photo": path}; ":/" paths are the shipped templates.
    std::map<QString, std::pair<QString, QString>> workflows;
    Money pricePerGpuSecond;
    bool freeServerCopy = false; // drop the job from the server's history once downloaded
    net::RemoteTiming timing;
    int silentLimitSec = 300;    // a server that answers nothing for this long is given up on

    static ComfySettings fromSpec(const ProviderSpec &spec);
};

// A byte count as GiB with one decimal ("22.4"), as server reports show VRAM.
QString gibText(qint64 bytes);

// The model ids of the templates shipped in resources/, in the order they are offered.
QStringList shippedTemplateIds();

// Reads a workflow file (a shipped template or the user's), cached by path.
std::optional<Workflow> loadWorkflow(const QString &path, QString *error);
// The workflow a request runs: the model's photo graph when it has a photo, else its text graph.
std::optional<Workflow> workflowFor(const ComfySettings &settings, const QString &model, bool withPhoto, QString *error);

// What one server of a pool says about itself, for `provider test` and for choosing a server.
struct ServerReport
{
    QUrl server;
    bool reachable = false;
    QString problem;         // why it is not usable (down, not ComfyUI, ...)
    ServerStats stats;
    int queueRemaining = -1;
    QJsonObject objectInfo;  // empty when it could not be read
    std::map<QString, Readiness> readiness; // model id -> what is missing for it
};

// Asks every server of a pool at once and answers when all have answered (or failed). The
// answers arrive on the thread the HttpClient lives on.
class ServerSurvey : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerSurvey)

public:
    using Done = std::function<void(const QList<ServerReport> &)>;
    enum class Depth { QueueOnly, Full };

    ServerSurvey(net::HttpClient *http, const ComfySettings &settings, const QString &key, QObject *parent = nullptr);
    // `objectInfoCache` (server -> object_info) spares a second read of a large answer.
    void run(Depth depth, const std::map<QString, QJsonObject> &objectInfoCache, Done done);

private:
    void request(int index, const QString &path, std::function<void(const net::HttpResponse &)> handle);
    void finishOne();

    net::HttpClient *m_http;
    ComfySettings m_settings;
    QString m_key;
    QList<ServerReport> m_reports;
    int m_pending = 0;
    Done m_done;
};

// The server a job should go to: among those that answered and have what the model needs, the
// one with the shortest queue; ties go round-robin (`turn`) so parallel jobs spread.
// nullopt with `why` when none can take it.
std::optional<QUrl> chooseServer(const QList<ServerReport> &reports, const QString &model, bool withPhoto,
                                 quint64 turn, ErrorKind *kind, QString *why);
// The key of ServerReport::readiness.
QString readinessKey(const QString &model, bool withPhoto);

} // namespace rc::comfyui
