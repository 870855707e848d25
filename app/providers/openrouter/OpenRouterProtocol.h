#pragma once

#include "core/CatalogueTypes.h"
#include "core/GenerationRequest.h"
#include "net/HttpTypes.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

// OpenRouter's asynchronous video API (openrouter-videos.md): POST {base}/videos, poll
// GET {base}/videos/{id}, download the authenticated content route or a signed storage URL.
// Pure functions over requests and answers, so the wire format is tested without a network.
namespace rc::openrouter {

inline const QString kDefaultBaseUrl = QStringLiteral("https://openrouter.ai/api/v1");
inline const QString kDefaultKeyEnv = QStringLiteral("OPENROUTER_API_KEY");
// The documented poll cadence: every 10 to 30 seconds.
constexpr int kPollMinMs = 10000;
constexpr int kPollMaxMs = 30000;

// What the live model list says about one model beyond a ModelSpec: how the size is sent and
// whether a seed means anything. Kept in the profile's options ("models": {id: {...}}).
struct WireTraits
{
    bool sendsSize = false; // the model lists exact sizes: send "size"; else resolution + aspect_ratio
    bool seed = false;
    bool lastFrame = false;
    bool audio = false;     // the model lists generate_audio: only then is the flag sent
    QJsonObject toJson() const;
    static WireTraits fromJson(const QJsonObject &o);
};

struct ListedModel
{
    ModelSpec spec;
    WireTraits traits;
};

// GET {base}/videos/models -> {data:[VideoModel...]}. Models with nothing usable (no duration or
// no size) are left out; `problems` says which and why.
QList<ListedModel> parseVideoModels(const QByteArray &body, QStringList *problems);

// "720p" + "16:9" -> 1280x720, and back; empty/nullopt when the pair is not a standard one.
std::optional<VideoSize> sizeFor(const QString &resolution, const QString &aspect);
bool resolutionAndAspect(const VideoSize &size, QString *resolution, QString *aspect);

// The create body. `firstFrameDataUrl`/`lastFrameDataUrl` are data: URLs or empty.
QJsonObject createBody(const GenerationRequest &request, const QString &model, const WireTraits &traits,
                       const QString &firstFrameDataUrl, const QString &lastFrameDataUrl);

struct Job
{
    QString id;
    QString status;       // pending, in_progress, completed, failed, cancelled, expired
    QString error;        // failed: the service's text, verbatim
    QStringList unsignedUrls; // the authenticated content route
    QStringList urls;         // signed storage URLs: fetched without the key
    std::optional<double> costUsd; // usage.cost, the amount billed
};
std::optional<Job> parseJob(const QByteArray &body);

void authorize(net::HttpRequest *request, const QString &key);
QUrl endpoint(const QString &baseUrl, const QString &path);

} // namespace rc::openrouter
