#pragma once

#include "core/CatalogueTypes.h"
#include "core/GenerationRequest.h"
#include "providers/remote/ErrorBody.h"
#include "net/HttpTypes.h"

#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace rc::videosapi {

// What a server of this family can do beyond create/poll/download (compat-servers.md §6.13,
// §6.20), from the profile's options: {"list":false, "delete":false, "remix":true,
// "thumbnail":true, "extraFields":{"num_inference_steps":30}}. OpenAI's own host defaults to
// thumbnails and remix on; everything else to list and delete only.
struct Features
{
    bool list = true;
    bool remove = true;
    bool remix = false;
    bool thumbnail = false;
    QJsonObject extraFields; // sent as extra form fields (SGLang/vLLM-Omni knobs)

    static Features fromSpec(const ProviderSpec &spec);
};

// A Video object as any of the servers sends it (OpenAI, SGLang, vLLM-Omni, new-api, FastVideo).
struct VideoJob
{
    QString id;
    QString status;          // lower-cased; may be empty when the body had none
    int progress = -1;       // 0-100, -1 when absent
    net::ErrorBody error;    // for failed jobs; may be unparsed (new-api Veo sends none)
    QString assetUrl;        // `url` (SGLang S3) or `metadata.url` (new-api CDN), when absolute
    QString seconds;         // as the server reports it (string or number), may be empty
};

enum class JobPhase { Pending, Completed, Failed };

// Parses a Video object; nullopt when the body is not one (no `id` and no `status`).
std::optional<VideoJob> parseVideoJob(const QByteArray &body);
// completed -> Completed; failed/cancelled/deleted/error -> Failed; anything else (queued,
// in_progress, unknown, a value never seen) -> Pending, kept polling until the deadline.
JobPhase phaseOf(const QString &status);

QUrl endpoint(const QString &baseUrl, const QString &path);
void authorize(net::HttpRequest *request, const QString &key);

// POST {base}/videos as multipart: prompt, model, seconds (a digit string), size (WxH), and the
// fitted photo as the file part input_reference (filename + Content-Type), plus extra fields.
net::HttpRequest createRequest(const ProviderSpec &spec, const GenerationRequest &request, const QString &model,
                               const QString &fittedImagePath, const QString &key);
net::HttpRequest pollRequest(const ProviderSpec &spec, const QString &remoteId, const QString &key);
// No `variant` query for the video (newer SGLang reads it as an index and FastVideo rejects it).
net::HttpRequest contentRequest(const ProviderSpec &spec, const QString &remoteId, const QString &key,
                                bool thumbnail = false);

// Model ids from GET {base}/models ({"data":[{"id":...}]}).
QStringList parseModelIds(const QByteArray &body);

// Whether the profile talks to OpenAI's own endpoint (retired 2026-09-24).
bool isOpenAiHost(const ProviderSpec &spec);

} // namespace rc::videosapi
