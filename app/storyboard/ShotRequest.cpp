#include "storyboard/ShotRequest.h"

#include "core/Catalogue.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>

#include <cmath>

namespace rc::storyboard {
namespace {

QByteArray fileDigest(const QString &path)
{
    QFile f(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (f.open(QIODevice::ReadOnly))
        hash.addData(&f);
    return hash.result().toHex();
}

double aspectDistance(VideoSize a, VideoSize b)
{
    return std::abs(std::log(double(a.width) / a.height) - std::log(double(b.width) / b.height));
}

// Sizes in order of preference: the lesson's own; then the closest aspect, the smallest that
// covers the lesson first (no upscaling), then the largest below it.
QList<VideoSize> preferredSizes(const ModelSpec &m, VideoSize want)
{
    QList<VideoSize> sizes = m.sizes;
    const auto covers = [&](VideoSize s) { return s.width >= want.width && s.height >= want.height; };
    std::stable_sort(sizes.begin(), sizes.end(), [&](VideoSize a, VideoSize b) {
        if ((a == want) != (b == want))
            return a == want;
        const double da = aspectDistance(a, want), db = aspectDistance(b, want);
        if (std::abs(da - db) > 0.01)
            return da < db;
        if (covers(a) != covers(b))
            return covers(a);
        const qint64 pa = qint64(a.width) * a.height, pb = qint64(b.width) * b.height;
        return covers(a) ? pa < pb : pa > pb;
    });
    return sizes;
}

// Durations in order of preference: the shortest that lasts the whole shot, then the longest.
QList<int> preferredDurations(const ModelSpec &m, double lessonSec)
{
    QList<int> durations = m.durations;
    const int need = int(std::ceil(lessonSec - 0.01));
    std::stable_sort(durations.begin(), durations.end(), [&](int a, int b) {
        if ((a >= need) != (b >= need))
            return a >= need;
        return a >= need ? a < b : a > b;
    });
    return durations;
}

} // namespace

std::optional<ShotRequest> requestForShot(const Storyboard &sb, int index, double lessonSec, const QString &previousKey,
                                          const Catalogue &catalogue, QString *error)
{
    const Shot &shot = sb.shots[index];
    ShotRequest out;
    GenerationRequest &r = out.request;
    r.provider = sb.providerOf(shot);
    r.model = sb.modelOf(shot);
    r.prompt = shot.prompt;
    r.imagePath = shot.photo;
    const ProviderSpec *provider = catalogue.provider(r.provider);
    if (!provider) {
        if (error)
            *error = QCoreApplication::translate("Storyboard", "there is no provider named \"%1\"").arg(r.provider);
        return std::nullopt;
    }
    r.model = catalogue.effectiveModel(r);
    const ModelSpec *model = catalogue.model(r.model);
    if (!model || !provider->models.contains(r.model)) {
        if (error)
            *error = QCoreApplication::translate("Storyboard", "%1 does not offer the model \"%2\"").arg(provider->label, r.model);
        return std::nullopt;
    }
    if (!model->tiers.isEmpty())
        r.tier = model->tiers.first().id;
    bool chosen = false;
    for (const VideoSize &size : preferredSizes(*model, sb.size)) {
        for (int seconds : preferredDurations(*model, lessonSec))
            if (model->allowsCombination(size, seconds)) {
                r.size = size;
                r.durationSec = seconds;
                chosen = true;
                break;
            }
        if (chosen)
            break;
    }
    out.waitsForPrevious = shot.continueFromPrevious;

    // The content that makes the clip: change any of it and the shot is made again. Captions
    // and narration are laid over in the lesson and do not count.
    QJsonObject content{{QStringLiteral("provider"), r.provider},
                        {QStringLiteral("model"), r.model},
                        {QStringLiteral("tier"), r.tier},
                        {QStringLiteral("prompt"), r.prompt},
                        {QStringLiteral("seconds"), r.durationSec},
                        {QStringLiteral("size"), r.size.toString()}};
    if (!shot.photo.isEmpty())
        content.insert(QStringLiteral("photo"), QString::fromLatin1(fileDigest(shot.photo)));
    if (shot.continueFromPrevious)
        content.insert(QStringLiteral("continues"), previousKey);
    const QByteArray digest = QCryptographicHash::hash(QJsonDocument(content).toJson(QJsonDocument::Compact),
                                                       QCryptographicHash::Sha256);
    out.key = QString::fromLatin1(digest.toHex().left(32));
    // A seed from the content: the same shot, made again after its clip was deleted, comes out
    // the same on providers that honour seeds.
    r.seed = 1 + (quint64(uchar(digest[0])) << 16 | quint64(uchar(digest[1])) << 8 | uchar(digest[2]));
    return out;
}

} // namespace rc::storyboard
