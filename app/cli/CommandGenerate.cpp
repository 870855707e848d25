#include "cli/Commands.h"
#include "cli/JobWaiter.h"

#include "provenance/ProvenanceService.h"
#include "service/GenerationService.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace rc::cli {
int runGenerateCommand(const CommandArgs &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("prompt"), QStringLiteral("What the clip shows and sounds like."));
    const QCommandLineOption image(QStringLiteral("image"), QStringLiteral("Start from this photo."), QStringLiteral("file"));
    const QCommandLineOption seconds(QStringLiteral("seconds"), QStringLiteral("Duration in seconds."), QStringLiteral("n"));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("Frame size, e.g. 1280x720."), QStringLiteral("WxH"));
    const QCommandLineOption tier(QStringLiteral("tier"), QStringLiteral("Quality tier (built-in: draft or pro)."), QStringLiteral("t"));
    const QCommandLineOption provider(QStringLiteral("provider"), QStringLiteral("Provider profile (default: builtin)."), QStringLiteral("name"), QStringLiteral("builtin"));
    const QCommandLineOption model(QStringLiteral("model"), QStringLiteral("Model id of the provider."), QStringLiteral("id"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed for a repeatable result."), QStringLiteral("n"));
    const QCommandLineOption noAudio(QStringLiteral("no-audio"), QStringLiteral("Make a silent clip."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("Also copy the clip to this file."), QStringLiteral("file"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the finished job as JSON."));
    const QCommandLineOption focus(QStringLiteral("focus"), QStringLiteral("Where the photo's crop centres, as X,Y from 0 to 1 (default 0.5,0.5)."), QStringLiteral("x,y"));
    const QCommandLineOption count(QStringLiteral("count"), QStringLiteral("Make this many variations (seeds in a row); the total cost is shown first."), QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption aiLabel(QStringLiteral("ai-label"),
                                     QStringLiteral("Burn a small \"AI-generated\" label into the clip's top right corner (the profile's "
                                                    "setting provenance/aiLabel=true does this for every clip)."));
    parser.addOptions({image, seconds, size, tier, provider, model, seed, noAudio, output, json, focus, count, aiLabel});
    int code = Success;
    if (!parseOrExplain(parser, args, QStringLiteral("generate \"PROMPT\" [options]"), &code))
        return code;

    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return fail(BadArguments, QStringLiteral("give the prompt as one argument, in quotes"));
    GenerationRequest request;
    request.prompt = positional.value(0);
    request.imagePath = parser.isSet(image) ? QFileInfo(parser.value(image)).absoluteFilePath() : QString();
    request.provider = parser.value(provider);
    request.model = parser.value(model);
    request.withAudio = !parser.isSet(noAudio);
    if (request.prompt.trimmed().isEmpty() && request.imagePath.isEmpty())
        return fail(BadArguments, QStringLiteral("write a prompt or give --image"));
    if (parser.isSet(seconds)) {
        bool ok = false;
        request.durationSec = parser.value(seconds).toInt(&ok);
        if (!ok || request.durationSec <= 0)
            return fail(BadArguments, QStringLiteral("--seconds needs a whole number of seconds, not \"%1\"").arg(parser.value(seconds)));
    }
    if (parser.isSet(size)) {
        const auto parsed = VideoSize::parse(parser.value(size));
        if (!parsed)
            return fail(BadArguments, QStringLiteral("--size needs WIDTHxHEIGHT such as 1280x720, not \"%1\"").arg(parser.value(size)));
        request.size = *parsed;
    }
    if (parser.isSet(seed)) {
        bool ok = false;
        request.seed = parser.value(seed).toULongLong(&ok);
        if (!ok || request.seed == 0)
            return fail(BadArguments, QStringLiteral("--seed needs a positive whole number"));
    }
    if (parser.isSet(focus)) {
        const QStringList xy = parser.value(focus).split(QLatin1Char(','));
        bool okX = false, okY = false;
        const double x = xy.value(0).toDouble(&okX), y = xy.value(1).toDouble(&okY);
        if (xy.size() != 2 || !okX || !okY || x < 0 || x > 1 || y < 0 || y > 1)
            return fail(BadArguments, QStringLiteral("--focus needs X,Y between 0 and 1, such as 0.3,0.5"));
        request.focalPoint = QPointF(x, y);
    }
    bool countOk = false;
    const int variations = parser.value(count).toInt(&countOk);
    if (!countOk || variations < 1 || variations > 100)
        return fail(BadArguments, QStringLiteral("--count needs a number from 1 to 100"));
    if (variations > 1 && parser.isSet(output))
        return fail(BadArguments, QStringLiteral("-o names one file; leave it out with --count (the clips stay in the gallery)"));
    if (request.hasImage() && !QFileInfo(request.imagePath).isFile())
        return fail(BadArguments, QStringLiteral("the photo %1 does not exist").arg(parser.value(image)));

    auto ctx = openContext(args);
    if (!ctx)
        return Failure;
    // Defaults follow the chosen model: its first tier, and 4 s / 1280x720 where it offers them.
    if (ctx->catalogue().provider(request.provider)) {
        if (const ModelSpec *m = ctx->catalogue().model(ctx->catalogue().effectiveModel(request))) {
            if (!parser.isSet(tier) && !m->tiers.isEmpty())
                request.tier = m->tiers.first().id;
            if (!parser.isSet(seconds) && !m->offersDuration(request.durationSec) && !m->durations.isEmpty())
                request.durationSec = m->durations.first();
            if (!parser.isSet(size) && !m->offersSize(request.size) && !m->sizes.isEmpty())
                request.size = m->sizes.first();
        }
    }
    if (parser.isSet(tier))
        request.tier = parser.value(tier).toLower();

    if (parser.isSet(aiLabel))
        ctx->provenance().setVisibleLabel(true);
    GenerationService &service = ctx->service();
    const QString invalid = service.check(request);
    if (!invalid.isEmpty())
        return fail(BadArguments, invalid);
    if (variations > 1) {
        // A batch says what it will cost before anything starts.
        const Money each = ctx->catalogue().estimate(request);
        err() << variations << " clips, " << (each.isZero() ? QStringLiteral("free") : (each * variations).toString() + QStringLiteral(" in all"))
              << Qt::endl;
    }
    QString refused;
    const QList<JobId> ids = service.submitVariations(request, variations, &refused);
    if (ids.isEmpty())
        return fail(Failure, refused);

    WaitOptions wait;
    wait.json = parser.isSet(json);
    if (parser.isSet(output))
        wait.copyTo = QFileInfo(parser.value(output)).absoluteFilePath();
    return waitForJobs(service, ids, wait);
}

} // namespace rc::cli
