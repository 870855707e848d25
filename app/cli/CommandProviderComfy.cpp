// `reelcraft provider add NAME --type comfyui` and `provider test` for ComfyUI: a pool of servers
// (each --base-url one), the shipped workflow templates or the user's own (--workflow), and the
// survey that says which server has which GPU and what each lacks.
#include "cli/CommandProviderComfy.h"

#include "core/Catalogue.h"
#include "net/UrlPolicy.h"
#include "providers/comfyui/ComfyFactory.h"
#include "providers/comfyui/ComfyProvider.h"
#include "providers/comfyui/ComfyServers.h"
#include "providers/comfyui/ComfySurveySummary.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTimer>

namespace rc::cli {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(provider)
};

// A user's workflow becomes a model of the profile: its size, length and photo input read from
// the graph, the file copied into the profile so that later edits of the original change nothing.
bool addWorkflow(const QString &file, const QString &providerName, QString modelId, AppContext &ctx,
                 ProviderSpec *spec, QString *error)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("Cannot read the workflow %1: %2").arg(file, in.errorString());
        return false;
    }
    const QByteArray bytes = in.readAll();
    auto workflow = comfyui::Workflow::fromJson(bytes, error);
    if (!workflow) {
        *error = Tr::tr("%1: %2").arg(file, *error);
        return false;
    }
    if (modelId.isEmpty())
        modelId = QFileInfo(file).completeBaseName().toLower().replace(QRegularExpression(QStringLiteral("[^a-z0-9._-]+")),
                                                                      QStringLiteral("-"));
    const QString dir = ctx.paths().profileDir() + QStringLiteral("/workflows");
    QDir().mkpath(dir);
    const QString kept = QStringLiteral("%1/%2-%3.json").arg(dir, providerName, modelId);
    QFile out(kept);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(bytes) != bytes.size()) {
        *error = Tr::tr("Cannot keep a copy of the workflow in %1: %2").arg(kept, out.errorString());
        return false;
    }
    out.close();

    ModelSpec m;
    m.id = modelId;
    m.label = modelId;
    m.tiers = {TierSpec{QStringLiteral("standard"), Tr::tr("Standard")}};
    const int fps = workflow->savedFps();
    const int frames = workflow->savedFrames();
    m.durations = {qMax(1, frames > 1 ? (frames - 1 + fps / 2) / fps : 4)};
    m.sizes = {workflow->savedSize().value_or(VideoSize{1280, 720})};
    m.imageInput = workflow->takesImage();
    m.negativePrompt = true;
    m.maxPromptChars = 8000;
    m.prices = {PriceRule{{}, {}, Money()}};
    ctx.userCatalogue().upsertModel(m);

    QJsonObject workflows = spec->options.value(QLatin1String("workflows")).toObject();
    QJsonObject entry;
    entry.insert(workflow->takesImage() ? QStringLiteral("photo") : QStringLiteral("text"), kept);
    workflows.insert(modelId, entry);
    spec->options.insert(QStringLiteral("workflows"), workflows);
    if (!spec->models.contains(modelId))
        spec->models.append(modelId);
    return true;
}

} // namespace

int addComfyProvider(const QCommandLineParser &p, ProviderSpec spec, AppContext &ctx)
{
    const QStringList urls = p.values(QStringLiteral("base-url"));
    if (urls.isEmpty())
        return fail(BadArguments, Tr::tr("--base-url is needed for a ComfyUI server (e.g. http://127.0.0.1:8188); "
                                         "repeat it for each server of a pool."));
    QJsonArray more;
    for (const QString &url : urls) {
        const QUrl parsed(url);
        if (!parsed.isValid() || parsed.host().isEmpty()
            || (parsed.scheme() != QLatin1String("http") && parsed.scheme() != QLatin1String("https")))
            return fail(BadArguments, Tr::tr("\"%1\" is not a server address like http://127.0.0.1:8188.").arg(url));
        const QString problem = net::checkUrl(parsed);
        if (!problem.isEmpty())
            return fail(BadArguments, problem);
        if (url != urls.first())
            more.append(url);
    }
    spec.baseUrl = urls.first();
    if (!more.isEmpty())
        spec.options.insert(QStringLiteral("servers"), more);
    // One prompt at a time per server: as many jobs in flight as there are servers.
    spec.maxConcurrent = int(urls.size());
    if (p.isSet(QStringLiteral("price-per-gpu-second"))) {
        Money m;
        if (!Money::parse(p.value(QStringLiteral("price-per-gpu-second")), &m))
            return fail(BadArguments, Tr::tr("--price-per-gpu-second takes dollars, like 0.0004."));
        spec.options.insert(QStringLiteral("pricePerGpuSecond"), m.toDecimalString());
    }
    const QStringList workflows = p.values(QStringLiteral("workflow"));
    const QStringList models = p.values(QStringLiteral("model"));
    for (int i = 0; i < workflows.size(); ++i) {
        QString error;
        if (!addWorkflow(workflows.at(i), spec.id, models.value(i), ctx, &spec, &error))
            return fail(BadArguments, error);
    }
    if (workflows.isEmpty()) {
        // The shipped templates, or the ones named with --model.
        const QStringList shipped = comfyui::shippedTemplateIds();
        for (const QString &id : models.isEmpty() ? shipped : models) {
            if (!shipped.contains(id))
                return fail(BadArguments, Tr::tr("\"%1\" is not a shipped ComfyUI template (%2); add your own with "
                                                 "--workflow FILE.json.").arg(id, shipped.join(QStringLiteral(", "))));
            spec.models.append(id);
        }
    }
    ctx.userCatalogue().upsertProvider(spec);
    QString error;
    if (!ctx.saveUserCatalogue(&error))
        return fail(Failure, error);
    // The command line installs no translation, so its plurals are spelled out here.
    out() << (urls.size() == 1 ? Tr::tr("Added %1 (ComfyUI) with %3 server: %2")
                               : Tr::tr("Added %1 (ComfyUI) with %3 servers: %2"))
                 .arg(spec.id, urls.join(QStringLiteral(", ")), QString::number(urls.size()))
          << "\n"
          << Tr::tr("Models: %1. Check the servers with: reelcraft provider test %2")
                 .arg(spec.models.join(QStringLiteral(", ")), spec.id)
          << Qt::endl;
    return Success;
}

int testComfyProvider(const ProviderSpec &spec, AppContext &ctx)
{
    auto provider = makeComfyProvider(spec, ctx.keys(), ctx.paths());
    auto *comfy = static_cast<comfyui::ComfyProvider *>(provider.get());
    QList<comfyui::ServerReport> reports;
    bool answered = false;
    QEventLoop loop;
    comfy->survey([&](const QList<comfyui::ServerReport> &r) {
        reports = r;
        answered = true;
        loop.quit();
    });
    QTimer::singleShot(180000, &loop, &QEventLoop::quit);
    if (!answered)
        loop.exec();
    if (!answered)
        return fail(Failure, Tr::tr("The servers of %1 did not answer within three minutes.").arg(spec.id));
    const comfyui::SurveySummary summary = comfyui::summarizeSurvey(spec.models, reports);
    for (const comfyui::ServerSummary &server : summary.servers) {
        out() << server.headline << "\n";
        for (const comfyui::ServerSummary::Model &m : server.models)
            out() << "  "
                  << (m.missing.isEmpty() ? Tr::tr("%1: ready").arg(m.label) : Tr::tr("%1: not ready: %2").arg(m.label, m.missing))
                  << "\n";
        if (!server.nodesRead)
            out() << "  " << Tr::tr("(its node list could not be read, so nodes and model files were not checked)") << "\n";
    }
    out() << Qt::flush;
    if (summary.usableServers == 0)
        return fail(Failure, Tr::tr("No server of %1 can run a job now.").arg(spec.id));
    return Success;
}

} // namespace rc::cli
