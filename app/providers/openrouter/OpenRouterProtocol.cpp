#include "providers/openrouter/OpenRouterProtocol.h"

#include <algorithm>
#include <cmath>

#include <QJsonArray>
#include <QJsonDocument>

namespace rc::openrouter {
namespace {

struct Standard
{
    const char *resolution;
    const char *aspect;
    int width;
    int height;
};

// No video model makes clips an hour long; a longer duration in the list is a broken entry.
constexpr int kMaxClipSec = 3600;

// The sizes OpenRouter's resolution and aspect-ratio enums stand for (short side = resolution).
constexpr Standard kStandards[] = {
    {"480p", "16:9", 854, 480},    {"480p", "9:16", 480, 854},    {"480p", "1:1", 480, 480},
    {"480p", "4:3", 640, 480},     {"480p", "3:4", 480, 640},     {"720p", "16:9", 1280, 720},
    {"720p", "9:16", 720, 1280},   {"720p", "1:1", 720, 720},     {"720p", "4:3", 960, 720},
    {"720p", "3:4", 720, 960},     {"720p", "21:9", 1680, 720},   {"720p", "9:21", 720, 1680},
    {"1080p", "16:9", 1920, 1080}, {"1080p", "9:16", 1080, 1920}, {"1080p", "1:1", 1080, 1080},
    {"1080p", "4:3", 1440, 1080},  {"1080p", "3:4", 1080, 1440},  {"1080p", "21:9", 2520, 1080},
    {"1080p", "9:21", 1080, 2520},
};

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &e : v.toArray())
        if (e.isString())
            out.append(e.toString());
    return out;
}

// The highest per-second SKU, as the budget's estimate (usage.cost is what is billed).
// SKU names differ per model; "cents_..." SKUs are in cents. A price per clip ("per_video")
// is spread over the model's shortest clip, so the estimate is never below the bill.
std::optional<Money> perSecondPrice(const QJsonObject &skus, int shortestClipSec)
{
    std::optional<Money> best;
    for (auto it = skus.begin(); it != skus.end(); ++it) {
        const QString name = it.key().toLower();
        const bool perSecond = name.contains(QLatin1String("second"));
        const bool perClip = !perSecond && name.contains(QLatin1String("video")) && !name.contains(QLatin1String("token"));
        if (!perSecond && !(perClip && shortestClipSec > 0))
            continue;
        Money price;
        const QString text = it.value().isString() ? it.value().toString() : QString::number(it.value().toDouble(), 'f', 6);
        if (!Money::parse(text, &price) || price.micros() < 0)
            continue;
        if (name.startsWith(QLatin1String("cents")))
            price = Money::fromMicros(price.micros() / 100);
        if (perClip)
            price = Money::fromMicros((price.micros() + shortestClipSec - 1) / shortestClipSec);
        if (!best || price > *best)
            best = price;
    }
    return best;
}

} // namespace

QJsonObject WireTraits::toJson() const
{
    return {{QStringLiteral("sendsSize"), sendsSize}, {QStringLiteral("seed"), seed}, {QStringLiteral("lastFrame"), lastFrame},
            {QStringLiteral("audio"), audio}};
}

WireTraits WireTraits::fromJson(const QJsonObject &o)
{
    WireTraits t;
    t.sendsSize = o.value(QStringLiteral("sendsSize")).toBool();
    t.seed = o.value(QStringLiteral("seed")).toBool();
    t.lastFrame = o.value(QStringLiteral("lastFrame")).toBool();
    t.audio = o.value(QStringLiteral("audio")).toBool();
    return t;
}

std::optional<VideoSize> sizeFor(const QString &resolution, const QString &aspect)
{
    for (const Standard &s : kStandards)
        if (resolution == QLatin1String(s.resolution) && aspect == QLatin1String(s.aspect))
            return VideoSize{s.width, s.height};
    return std::nullopt;
}

bool resolutionAndAspect(const VideoSize &size, QString *resolution, QString *aspect)
{
    for (const Standard &s : kStandards) {
        if (s.width == size.width && s.height == size.height) {
            *resolution = QLatin1String(s.resolution);
            *aspect = QLatin1String(s.aspect);
            return true;
        }
    }
    return false;
}

QList<ListedModel> parseVideoModels(const QByteArray &body, QStringList *problems)
{
    QList<ListedModel> out;
    QList<int> unpriced;
    const QJsonArray data = QJsonDocument::fromJson(body).object().value(QStringLiteral("data")).toArray();
    for (const QJsonValue &v : data) {
        const QJsonObject o = v.toObject();
        const QString id = o.value(QStringLiteral("id")).toString();
        if (id.isEmpty())
            continue;
        ListedModel m;
        m.spec.id = id;
        m.spec.label = o.value(QStringLiteral("name")).toString(id);
        m.spec.tiers = {TierSpec{QStringLiteral("standard"), QStringLiteral("Standard")}};
        // Whole seconds only. The bound comes before the cast: a number past an int's range (a
        // broken list) must not reach int(), whose result would then be undefined.
        for (const QJsonValue &d : o.value(QStringLiteral("supported_durations")).toArray())
            if (const double sec = d.toDouble(); d.isDouble() && sec >= 1 && sec <= kMaxClipSec && sec == std::floor(sec))
                m.spec.durations.append(int(sec));
        const QStringList sizes = strings(o.value(QStringLiteral("supported_sizes")));
        for (const QString &s : sizes)
            if (auto parsed = VideoSize::parse(s))
                m.spec.sizes.append(*parsed);
        m.traits.sendsSize = !m.spec.sizes.isEmpty();
        if (m.spec.sizes.isEmpty()) {
            const QStringList aspects = strings(o.value(QStringLiteral("supported_aspect_ratios")));
            for (const QString &r : strings(o.value(QStringLiteral("supported_resolutions"))))
                for (const QString &a : aspects)
                    if (auto s = sizeFor(r, a))
                        m.spec.sizes.append(*s);
        }
        const QStringList frames = strings(o.value(QStringLiteral("supported_frame_images")));
        m.spec.imageInput = frames.contains(QStringLiteral("first_frame"));
        m.spec.lastFrameInput = frames.contains(QStringLiteral("last_frame"));
        m.traits.lastFrame = m.spec.lastFrameInput;
        m.spec.audio = o.value(QStringLiteral("generate_audio")).toBool();
        m.traits.audio = m.spec.audio;
        m.traits.seed = o.value(QStringLiteral("seed")).toBool();
        m.spec.maxPromptChars = 32000;
        if (m.spec.durations.isEmpty() || m.spec.sizes.isEmpty()) {
            if (problems)
                problems->append(QStringLiteral("%1: no duration or size it advertises can be used").arg(id));
            continue;
        }
        const int shortest = *std::min_element(m.spec.durations.cbegin(), m.spec.durations.cend());
        const std::optional<Money> price = perSecondPrice(o.value(QStringLiteral("pricing_skus")).toObject(), shortest);
        m.spec.prices = {PriceRule{{}, {}, price.value_or(Money())}};
        if (!price)
            unpriced.append(int(out.size()));
        out.append(m);
    }
    // A price that cannot be read (tokens, a SKU not seen before) must not read as free: it
    // takes the dearest per-second price on the list, so budgets still hold it back.
    Money dearest;
    for (const ListedModel &m : std::as_const(out))
        dearest = std::max(dearest, m.spec.prices.first().perSecond);
    for (int i : std::as_const(unpriced))
        out[i].spec.prices = {PriceRule{{}, {}, dearest}};
    return out;
}

QJsonObject createBody(const GenerationRequest &request, const QString &model, const WireTraits &traits,
                       const QString &firstFrameDataUrl, const QString &lastFrameDataUrl)
{
    QJsonObject body{{QStringLiteral("model"), model}, {QStringLiteral("duration"), request.durationSec}};
    if (!request.prompt.trimmed().isEmpty())
        body.insert(QStringLiteral("prompt"), request.prompt);
    QString resolution, aspect;
    if (!traits.sendsSize && resolutionAndAspect(request.size, &resolution, &aspect)) {
        body.insert(QStringLiteral("resolution"), resolution);
        body.insert(QStringLiteral("aspect_ratio"), aspect);
    } else {
        body.insert(QStringLiteral("size"), request.size.toString());
    }
    // A model without sound (generate_audio null or false) is not asked about it.
    if (traits.audio)
        body.insert(QStringLiteral("generate_audio"), request.withAudio);
    if (traits.seed && request.seed != 0)
        body.insert(QStringLiteral("seed"), qint64(request.seed % 2147483647));
    QJsonArray frames;
    auto frame = [](const QString &url, const char *type) {
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("image_url")},
                           {QStringLiteral("frame_type"), QLatin1String(type)},
                           {QStringLiteral("image_url"), QJsonObject{{QStringLiteral("url"), url}}}};
    };
    if (!firstFrameDataUrl.isEmpty())
        frames.append(frame(firstFrameDataUrl, "first_frame"));
    if (!lastFrameDataUrl.isEmpty() && traits.lastFrame)
        frames.append(frame(lastFrameDataUrl, "last_frame"));
    if (!frames.isEmpty())
        body.insert(QStringLiteral("frame_images"), frames);
    return body;
}

std::optional<Job> parseJob(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    Job j;
    j.id = o.value(QStringLiteral("id")).toString();
    j.status = o.value(QStringLiteral("status")).toString();
    const QJsonValue error = o.value(QStringLiteral("error"));
    j.error = error.isString() ? error.toString() : error.toObject().value(QStringLiteral("message")).toString();
    j.unsignedUrls = strings(o.value(QStringLiteral("unsigned_urls")));
    j.urls = strings(o.value(QStringLiteral("urls")));
    const QJsonValue cost = o.value(QStringLiteral("usage")).toObject().value(QStringLiteral("cost"));
    if (cost.isDouble() && cost.toDouble() >= 0)
        j.costUsd = cost.toDouble();
    if (j.status.isEmpty())
        return std::nullopt;
    return j;
}

void authorize(net::HttpRequest *request, const QString &key)
{
    if (!key.isEmpty())
        request->setSecretHeader("Authorization", "Bearer " + key.toUtf8());
}

QUrl endpoint(const QString &baseUrl, const QString &path)
{
    QString base = baseUrl;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return QUrl(base + path);
}

} // namespace rc::openrouter
