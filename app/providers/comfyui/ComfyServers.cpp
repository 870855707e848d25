#include "providers/comfyui/ComfyServers.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>

#include <algorithm>
#include <functional>

namespace rc::comfyui {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(comfyui)
};

// The shipped templates: API-format graphs for ComfyUI's core nodes.
const std::map<QString, std::pair<QString, QString>> &shippedWorkflows()
{
    static const std::map<QString, std::pair<QString, QString>> map{
        {QStringLiteral("wan2.2-ti2v-5b"),
         {QStringLiteral(":/reelcraft/comfyui/wan22-5b-text.json"), QStringLiteral(":/reelcraft/comfyui/wan22-5b-photo.json")}},
        {QStringLiteral("ltx-video"),
         {QStringLiteral(":/reelcraft/comfyui/ltxv-text.json"), QStringLiteral(":/reelcraft/comfyui/ltxv-photo.json")}},
    };
    return map;
}

} // namespace

QString gibText(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0 * 1024.0), 'f', 1);
}

QStringList shippedTemplateIds()
{
    // Wan first: it makes clips from text and from a photo at one quality.
    QStringList ids;
    for (const auto &entry : shippedWorkflows())
        ids.append(entry.first);
    std::sort(ids.begin(), ids.end(), std::greater<>());
    return ids;
}

QString readinessKey(const QString &model, bool withPhoto)
{
    return withPhoto ? model + QStringLiteral("#photo") : model;
}

ComfySettings ComfySettings::fromSpec(const ProviderSpec &spec)
{
    ComfySettings s;
    const QJsonObject o = spec.options;
    auto addServer = [&s](const QString &text) {
        QString t = text.trimmed();
        while (t.endsWith(QLatin1Char('/')))
            t.chop(1);
        const QUrl url(t);
        if (url.isValid() && !url.host().isEmpty() && !s.servers.contains(url))
            s.servers.append(url);
    };
    if (!spec.baseUrl.isEmpty())
        addServer(spec.baseUrl);
    for (const QJsonValue &v : o.value(QLatin1String("servers")).toArray())
        addServer(v.toString());
    s.workflows = shippedWorkflows();
    const QJsonObject own = o.value(QLatin1String("workflows")).toObject();
    for (auto it = own.constBegin(); it != own.constEnd(); ++it) {
        const QJsonObject w = it.value().toObject();
        const QString text = w.value(QLatin1String("text")).toString();
        const QString photo = w.value(QLatin1String("photo")).toString();
        s.workflows[it.key()] = {text, photo};
    }
    const QJsonValue price = o.value(QLatin1String("pricePerGpuSecond"));
    if (price.isString())
        Money::parse(price.toString(), &s.pricePerGpuSecond);
    else if (price.isDouble())
        Money::parse(QString::number(price.toDouble(), 'f', 6), &s.pricePerGpuSecond);
    s.freeServerCopy = o.value(QLatin1String("freeServerCopy")).toBool(false);
    s.silentLimitSec = o.value(QLatin1String("silentLimitSec")).toInt(300);
    s.timing = net::RemoteTiming::fromOptions(o);
    return s;
}

std::optional<Workflow> loadWorkflow(const QString &path, QString *error)
{
    // Templates are read once per process; a user's file is read again when it changed on disk.
    static QMutex mutex;
    static std::map<QString, std::pair<QByteArray, Workflow>> cache;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("The workflow %1 cannot be read: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    QMutexLocker lock(&mutex);
    auto it = cache.find(path);
    if (it != cache.end() && it->second.first == bytes)
        return it->second.second;
    auto workflow = Workflow::fromJson(bytes, error);
    if (!workflow) {
        *error = Tr::tr("%1: %2").arg(path, *error);
        return std::nullopt;
    }
    cache[path] = {bytes, *workflow};
    return workflow;
}

std::optional<Workflow> workflowFor(const ComfySettings &settings, const QString &model, bool withPhoto, QString *error)
{
    auto it = settings.workflows.find(model);
    if (it == settings.workflows.end()) {
        *error = Tr::tr("There is no ComfyUI workflow for the model \"%1\".").arg(model);
        return std::nullopt;
    }
    const QString path = withPhoto ? it->second.second : it->second.first;
    if (path.isEmpty()) {
        *error = withPhoto ? Tr::tr("The workflow for %1 takes no photo.").arg(model)
                           : Tr::tr("The workflow for %1 needs a photo.").arg(model);
        return std::nullopt;
    }
    auto w = loadWorkflow(path, error);
    if (w && withPhoto && !w->takesImage()) {
        *error = Tr::tr("The workflow for %1 has no LoadImage node or {{image}} placeholder for the photo.").arg(model);
        return std::nullopt;
    }
    return w;
}

ServerSurvey::ServerSurvey(net::HttpClient *http, const ComfySettings &settings, const QString &key, QObject *parent)
    : QObject(parent), m_http(http), m_settings(settings), m_key(key)
{
}

void ServerSurvey::request(int index, const QString &path, std::function<void(const net::HttpResponse &)> handle)
{
    net::HttpRequest r = net::HttpRequest::get(endpoint(m_settings.servers.at(index), path));
    r.connectTimeoutMs = qMin(m_settings.timing.connectTimeoutMs, 10000);
    r.timeoutMs = m_settings.timing.requestTimeoutMs;
    r.retry = net::RetryMode::Never; // a survey that waits on a dead server delays every job
    r.logName = QStringLiteral("survey");
    if (!m_key.isEmpty())
        r.setSecretHeader("Authorization", "Bearer " + m_key.toUtf8());
    ++m_pending;
    m_http->send(r, [this, handle](const net::HttpResponse &response) {
        handle(response);
        finishOne();
    });
}

void ServerSurvey::run(Depth depth, const std::map<QString, QJsonObject> &objectInfoCache, Done done)
{
    m_done = std::move(done);
    m_reports.clear();
    m_pending = 1; // held until every request is out, so an early answer cannot finish the survey
    for (int i = 0; i < m_settings.servers.size(); ++i) {
        ServerReport report;
        report.server = m_settings.servers.at(i);
        m_reports.append(report);
    }
    for (int i = 0; i < m_settings.servers.size(); ++i) {
        const QString serverKey = m_settings.servers.at(i).toString();
        request(i, QStringLiteral("/prompt"), [this, i](const net::HttpResponse &r) {
            ServerReport &rep = m_reports[i];
            if (r.isTransportError()) {
                rep.problem = Tr::tr("%1 does not answer (%2)").arg(rep.server.toString(), r.errorText);
                return;
            }
            const int queue = queueRemaining(r.body);
            if (!r.isHttpSuccess() || queue < 0) {
                rep.problem = r.status == 401 || r.status == 403
                    ? Tr::tr("%1 refused the key (HTTP %2)").arg(rep.server.toString()).arg(r.status)
                    : Tr::tr("%1 does not answer like ComfyUI (HTTP %2)").arg(rep.server.toString()).arg(r.status);
                return;
            }
            rep.reachable = true;
            rep.queueRemaining = queue;
        });
        if (depth == Depth::Full)
            request(i, QStringLiteral("/system_stats"), [this, i](const net::HttpResponse &r) {
                if (r.isHttpSuccess())
                    m_reports[i].stats = parseSystemStats(r.body);
            });
        auto cached = objectInfoCache.find(serverKey);
        if (cached != objectInfoCache.end() && depth == Depth::QueueOnly) {
            m_reports[i].objectInfo = cached->second;
        } else {
            request(i, QStringLiteral("/object_info"), [this, i](const net::HttpResponse &r) {
                if (r.isHttpSuccess())
                    m_reports[i].objectInfo = QJsonDocument::fromJson(r.body).object();
            });
        }
    }
    finishOne();
}

void ServerSurvey::finishOne()
{
    if (--m_pending > 0)
        return;
    for (ServerReport &rep : m_reports) {
        if (!rep.reachable)
            continue;
        for (const auto &[model, paths] : m_settings.workflows) {
            for (bool photo : {false, true}) {
                if ((photo ? paths.second : paths.first).isEmpty())
                    continue;
                QString error;
                const auto w = workflowFor(m_settings, model, photo, &error);
                Readiness r;
                if (!w)
                    r.missingNodes.append(error);
                else if (!rep.objectInfo.isEmpty())
                    r = checkReadiness(rep.objectInfo, *w);
                rep.readiness[readinessKey(model, photo)] = r;
            }
        }
    }
    if (m_done) {
        auto done = std::move(m_done);
        m_done = nullptr;
        done(m_reports);
    }
}

std::optional<QUrl> chooseServer(const QList<ServerReport> &reports, const QString &model, bool withPhoto,
                                 quint64 turn, ErrorKind *kind, QString *why)
{
    const QString key = readinessKey(model, withPhoto);
    QList<int> candidates;
    int best = INT_MAX;
    QStringList down, lacking;
    for (int i = 0; i < reports.size(); ++i) {
        const ServerReport &r = reports.at(i);
        if (!r.reachable) {
            down.append(r.problem);
            continue;
        }
        auto ready = r.readiness.find(key);
        if (ready != r.readiness.end() && !ready->second.ready()) {
            lacking.append(ready->second.describe(r.server.toString()));
            continue;
        }
        if (r.queueRemaining < best) {
            best = r.queueRemaining;
            candidates.clear();
        }
        if (r.queueRemaining == best)
            candidates.append(i);
    }
    if (!candidates.isEmpty())
        return reports.at(candidates.at(int(turn % quint64(candidates.size())))).server;
    if (!lacking.isEmpty()) {
        *kind = ErrorKind::InvalidInput;
        *why = lacking.join(QStringLiteral("; ")) + QLatin1Char('.');
    } else {
        *kind = ErrorKind::Network;
        *why = down.isEmpty() ? Tr::tr("No ComfyUI server is configured.")
                              : Tr::tr("No ComfyUI server answered: %1.").arg(down.join(QStringLiteral("; ")));
    }
    return std::nullopt;
}

} // namespace rc::comfyui
