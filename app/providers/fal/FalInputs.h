#pragma once

#include "core/GenerationRequest.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace rc::fal {

// How one fal endpoint wants its input, read from the catalogue (the fal provider's
// options.endpoints, keyed by endpoint id). fal has no common input schema: each endpoint names
// its fields and formats its values its own way, so the mapping is data, not code:
//
//   "fal-ai/kling-video/v2.5-turbo/pro/text-to-video": {
//     "prompt": "prompt",                       field for the prompt (required)
//     "negativePrompt": "negative_prompt",      optional: field for the negative prompt
//     "seed": "seed",                           optional: field for the seed (an integer)
//     "image": "image_url",                     image endpoints: the photo, as a data URI
//     "lastFrame": "tail_image_url",            optional: the last frame, as a data URI
//     "duration": {"field": "duration", "type": "string", "suffix": ""},
//                                               type "string" ("5") or "integer" (5); a suffix
//                                               ("s") makes "5s"; no field: the endpoint has one length
//     "sizes": {"1920x1080": {"aspect_ratio": "16:9"}},
//                                               the fields each offered size sets (an empty
//                                               object: the clip follows the photo's shape)
//     "fixed": {"prompt_optimizer": true},      optional: constant fields sent every time
//     "imageEndpoint": ".../image-to-video",    text endpoints: where a job with a photo goes
//     "videoPath": "video.url"                  where the result names the video (default)
//   }
struct EndpointInputs
{
    QString endpoint;
    QString promptField;
    QString negativePromptField;
    QString seedField;
    QString imageField;
    QString lastFrameField;
    QString durationField;
    bool durationAsString = true;
    QString durationSuffix;
    QHash<QString, QJsonObject> sizeFields; // "WxH" -> fields it sets
    QJsonObject fixed;
    QString imageEndpoint;
    QStringList videoPath{QStringLiteral("video"), QStringLiteral("url")};

    bool takesImage() const { return !imageField.isEmpty(); }
    // The endpoint's input object for this request; photo data URIs are given ready-made.
    // Empty with `error` set when the request asks for something the endpoint lacks.
    QJsonObject build(const GenerationRequest &request, const QString &imageDataUri, const QString &lastFrameDataUri,
                      QString *error) const;
    // The user's name for the setting an input field carries ("duration", "size", "photo"), for
    // turning fal's 422 "loc" into a sentence; empty for a field the mapping does not know.
    QString settingFor(const QString &field) const;
};

// Reads one endpoint's mapping; nullopt with `error` set when it is malformed.
std::optional<EndpointInputs> parseEndpointInputs(const QString &endpoint, const QJsonObject &o, QString *error);

// The endpoint's mapping from a provider's options ({"endpoints": {...}}); nullopt with `error`
// set when it has none or it is malformed.
std::optional<EndpointInputs> endpointInputs(const QJsonObject &providerOptions, const QString &endpoint, QString *error);

} // namespace rc::fal
