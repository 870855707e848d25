#pragma once

#include "core/CatalogueTypes.h"
#include "core/GenerationRequest.h"
#include "providers/remote/ErrorBody.h"
#include "providers/remote/HttpFailure.h"
#include "net/HttpTypes.h"

#include <QStringList>
#include <optional>

namespace rc::gemini {

// Veo through the Gemini API (veo-gemini.md): predictLongRunning, then the operation.
struct Operation
{
    QString name;                 // "models/<model>/operations/<id>": the job's remote id
    bool done = false;
    std::optional<net::ErrorBody> error;
    int errorCode = 0;            // google.rpc code (gRPC 3, 8, ... or an HTTP status)
    QString videoUri;             // the first sample's file
    QByteArray videoBase64;       // or the sample itself
    int filteredCount = 0;        // raiMediaFilteredCount
    QStringList filteredReasons;  // raiMediaFilteredReasons
};

std::optional<Operation> parseOperation(const QByteArray &body);

QUrl endpoint(const QString &baseUrl, const QString &path);
void authorize(net::HttpRequest *request, const QString &key);

struct Image
{
    QByteArray bytes;
    QByteArray mimeType;
};

// POST {base}/models/{model}:predictLongRunning with the prompt, optional first and last frames
// (base64 + mimeType; inlineData is refused), and aspectRatio/durationSeconds/resolution/
// negativePrompt parameters derived from the request.
net::HttpRequest createRequest(const ProviderSpec &spec, const GenerationRequest &request, const QString &model,
                               const std::optional<Image> &firstFrame, const std::optional<Image> &lastFrame,
                               const QString &key);
net::HttpRequest operationRequest(const ProviderSpec &spec, const QString &name, const QString &key);

// "720p", "1080p" or "4k" from the frame's short side.
QString resolutionFor(const VideoSize &size);

// A finished operation's error as the job shows it (quota, key, input, or a server failure).
net::Failure operationFailure(const Operation &op, const QString &serverName);

// Model ids ("veo-3.1-generate-preview") from GET {base}/models, only those that can run
// predictLongRunning when the server says what each supports.
QStringList parseModelIds(const QByteArray &body);

} // namespace rc::gemini
