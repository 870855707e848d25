#pragma once

#include "core/CatalogueTypes.h"
#include "core/GenerationRequest.h"
#include "providers/remote/ErrorBody.h"
#include "providers/remote/HttpFailure.h"
#include "net/HttpTypes.h"
#include "providers/remote/JsonSkim.h"

#include <QStringList>
#include <optional>

// Gemini Omni through the Gemini API's Interactions endpoint (gemini-omni.md): a background
// interaction is created, polled until it is done, and its last model_output step holds the
// video, inline (base64) or as a Files API URI. An edit is a new interaction that names the
// earlier one in previous_interaction_id.
namespace rc::gemini {

enum class Phase { Running, Completed, Failed, Cancelled, Stopped };

struct VideoPart
{
    QString uri;              // a Files API download URL, or
    QByteArray data;          // the base64 text when short enough to have been parsed, or
    std::optional<net::JsonSpan> dataSpan; // where the long base64 text lies in the answer's file
    QString mimeType;

    bool hasData() const { return !data.isEmpty() || dataSpan.has_value(); }
};

struct Interaction
{
    QString id;
    QString status;           // in_progress, completed, failed, cancelled, ... as sent
    QString model;
    Phase phase = Phase::Running;
    std::optional<net::ErrorBody> error; // top-level or in the model_output step
    std::optional<VideoPart> video;      // the last video part of the last model_output step
    qint64 videoTokens = -1;  // usage: output tokens of the video modality, when reported
};

// Reads an interaction from a skimmed answer (long strings left in the file). Empty when the
// document is not an interaction (no id and no status).
std::optional<Interaction> parseInteraction(const net::JsonSkim &skim);
std::optional<Interaction> parseInteraction(const QByteArray &body);

// File state of the Files API: PROCESSING, ACTIVE or FAILED ("" when unreadable).
QString parseFileState(const QByteArray &body);

QUrl endpoint(const QString &baseUrl, const QString &path);
void authorize(net::HttpRequest *request, const QString &key);

struct Photo
{
    QByteArray bytes;
    QByteArray mimeType;
};

// "360p", "720p", "1080p" or "4k" from the frame's short side.
QString resolutionFor(const VideoSize &size);

// How the finished video should come back: "inline" (base64 in the answer, up to about 4 MB)
// or "uri" (a file to download). `forced` ("inline"/"uri", from the provider's options) wins.
QString deliveryFor(const GenerationRequest &request, const QString &forced);

// POST {base}/interactions in background mode. With `previousId` it is an edit of that
// interaction's video: only the new prompt is sent, with task "edit".
net::HttpRequest createRequest(const ProviderSpec &spec, const GenerationRequest &request, const QString &model,
                               const std::optional<Photo> &photo, const QString &previousId,
                               const QString &delivery, const QString &key);
net::HttpRequest interactionRequest(const ProviderSpec &spec, const QString &id, const QString &key);
net::HttpRequest cancelRequest(const ProviderSpec &spec, const QString &id, const QString &key);
// GET {base}/files/{fid} for a download URI ".../files/{fid}:download?alt=media"; empty URL
// when the URI names no file.
net::HttpRequest fileStateRequest(const ProviderSpec &spec, const QString &downloadUri, const QString &key);

// Whether a URI is on the same scheme, host and port as the base URL (the key may go there).
bool sameOrigin(const QString &baseUrl, const QUrl &uri);

// Google's words for a model it has shut down (404 "... is no longer available").
bool isRetiredModelError(const net::ErrorBody &error, int httpStatus);
// A prompt or photo refused by the safety filters.
bool isSafetyBlock(const net::ErrorBody &error);

} // namespace rc::gemini
