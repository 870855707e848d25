#include "providers/fal/FalInputs.h"

#include "core/VideoSize.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace rc::fal {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rc::fal::FalInputs)
};

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

} // namespace

std::optional<EndpointInputs> parseEndpointInputs(const QString &endpoint, const QJsonObject &o, QString *error)
{
    EndpointInputs in;
    in.endpoint = endpoint;
    in.promptField = text(o, "prompt");
    in.negativePromptField = text(o, "negativePrompt");
    in.seedField = text(o, "seed");
    in.imageField = text(o, "image");
    in.lastFrameField = text(o, "lastFrame");
    in.imageEndpoint = text(o, "imageEndpoint");
    in.fixed = o.value(QStringLiteral("fixed")).toObject();
    const QJsonObject duration = o.value(QStringLiteral("duration")).toObject();
    in.durationField = text(duration, "field");
    const QString type = duration.value(QStringLiteral("type")).toString(QStringLiteral("string"));
    in.durationAsString = type == QLatin1String("string");
    in.durationSuffix = text(duration, "suffix");
    const QJsonObject sizes = o.value(QStringLiteral("sizes")).toObject();
    for (auto it = sizes.begin(); it != sizes.end(); ++it)
        in.sizeFields.insert(it.key(), it.value().toObject());
    if (o.contains(QStringLiteral("videoPath")))
        in.videoPath = text(o, "videoPath").split(QLatin1Char('.'), Qt::SkipEmptyParts);

    QString problem;
    if (in.promptField.isEmpty())
        problem = QStringLiteral("\"prompt\" must name the prompt's field");
    else if (type != QLatin1String("string") && type != QLatin1String("integer"))
        problem = QStringLiteral("duration.type must be \"string\" or \"integer\"");
    else if (in.sizeFields.isEmpty())
        problem = QStringLiteral("\"sizes\" must list the sizes the endpoint offers");
    else if (in.videoPath.isEmpty())
        problem = QStringLiteral("\"videoPath\" must not be empty");
    for (auto it = in.sizeFields.cbegin(); problem.isEmpty() && it != in.sizeFields.cend(); ++it)
        if (!VideoSize::parse(it.key()))
            problem = QStringLiteral("sizes: \"%1\" is not a size like 1280x720").arg(it.key());
    if (!problem.isEmpty()) {
        if (error)
            *error = QStringLiteral("options.endpoints[\"%1\"]: %2").arg(endpoint, problem);
        return std::nullopt;
    }
    return in;
}

std::optional<EndpointInputs> endpointInputs(const QJsonObject &providerOptions, const QString &endpoint, QString *error)
{
    const QJsonValue entry = providerOptions.value(QStringLiteral("endpoints")).toObject().value(endpoint);
    if (!entry.isObject()) {
        if (error)
            *error = Tr::tr("Reelcraft does not know how to fill in the fal endpoint %1: its catalogue has no input "
                            "mapping for it (options.endpoints).").arg(endpoint);
        return std::nullopt;
    }
    return parseEndpointInputs(endpoint, entry.toObject(), error);
}

QJsonObject EndpointInputs::build(const GenerationRequest &request, const QString &imageDataUri,
                                  const QString &lastFrameDataUri, QString *error) const
{
    auto refuse = [error](const QString &why) {
        if (error)
            *error = why;
        return QJsonObject();
    };
    const QString size = request.size.toString();
    if (!sizeFields.contains(size))
        return refuse(Tr::tr("The fal endpoint %1 does not offer the size %2.").arg(endpoint, size));
    if (takesImage() && imageDataUri.isEmpty())
        return refuse(Tr::tr("The fal endpoint %1 makes video from a photo: add one.").arg(endpoint));
    if (!takesImage() && !imageDataUri.isEmpty())
        return refuse(Tr::tr("The fal endpoint %1 takes no photo.").arg(endpoint));
    if (!lastFrameDataUri.isEmpty() && lastFrameField.isEmpty())
        return refuse(Tr::tr("The fal endpoint %1 takes no last frame.").arg(endpoint));

    QJsonObject input = fixed;
    input.insert(promptField, request.prompt);
    const QJsonObject sized = sizeFields.value(size);
    for (auto it = sized.begin(); it != sized.end(); ++it)
        input.insert(it.key(), it.value());
    if (!durationField.isEmpty()) {
        if (durationAsString)
            input.insert(durationField, QString::number(request.durationSec) + durationSuffix);
        else
            input.insert(durationField, request.durationSec);
    }
    if (!negativePromptField.isEmpty() && !request.negativePrompt.trimmed().isEmpty())
        input.insert(negativePromptField, request.negativePrompt);
    // fal's seeds are 32-bit signed integers; ours are 64-bit.
    if (!seedField.isEmpty() && request.seed != 0)
        input.insert(seedField, qint64(request.seed % 2147483647ull));
    if (takesImage())
        input.insert(imageField, imageDataUri);
    if (!lastFrameDataUri.isEmpty())
        input.insert(lastFrameField, lastFrameDataUri);
    return input;
}

QString EndpointInputs::settingFor(const QString &field) const
{
    if (field.isEmpty())
        return QString();
    if (field == promptField)
        return Tr::tr("prompt");
    if (field == negativePromptField)
        return Tr::tr("negative prompt");
    if (field == durationField)
        return Tr::tr("duration");
    if (field == seedField)
        return Tr::tr("seed");
    if (field == imageField)
        return Tr::tr("photo");
    if (field == lastFrameField)
        return Tr::tr("last frame");
    for (const QJsonObject &sized : sizeFields)
        if (sized.contains(field))
            return Tr::tr("size");
    return QString();
}

} // namespace rc::fal
