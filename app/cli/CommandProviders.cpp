#include "cli/Commands.h"

#include "bootstrap/ProviderModels.h"
#include "core/Catalogue.h"
#include "providers/ProviderRegistry.h"

#include <QEventLoop>
#include <QJsonArray>

namespace rc::cli {
namespace {

// Reads again the model lists of the profiles whose service publishes one (OpenRouter) and keeps
// them. A profile whose list cannot be read keeps the one it had. False when any failed.
bool refreshModelLists(AppContext &ctx)
{
    bool allRead = true;
    int refreshed = 0;
    const QList<ProviderSpec> profiles = ctx.userCatalogue().providers(); // a copy: refreshing rewrites it
    for (const ProviderSpec &p : profiles) {
        if (!listsModelCapabilities(p.kind))
            continue;
        ++refreshed;
        QEventLoop loop;
        QString error;
        bool answered = false;
        ctx.refreshProviderModels(p.id, &loop, [&](const QString &failure) {
            error = failure;
            answered = true;
            loop.quit();
        });
        if (!answered)
            loop.exec();
        if (!error.isEmpty()) {
            allRead = false;
            err() << QStringLiteral("%1: %2 (the profile keeps its earlier list)").arg(p.id, error) << Qt::endl;
            continue;
        }
        const ProviderSpec *now = ctx.catalogue().provider(p.id);
        const qsizetype models = now ? now->models.size() : 0;
        out() << QStringLiteral("Refreshed %1: %2 %3.").arg(p.id).arg(models).arg(models == 1 ? QStringLiteral("model") : QStringLiteral("models"))
              << "\n";
    }
    if (refreshed == 0)
        out() << "No provider profile publishes a model list (add one with: reelcraft provider add NAME --type openrouter).\n";
    return allRead;
}

} // namespace

int runProvidersCommand(const CommandArgs &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    const QCommandLineOption refresh(QStringLiteral("refresh"),
                                     QStringLiteral("First read again the model lists of providers that publish one (OpenRouter)."));
    parser.addOptions({json, refresh});
    int code = Success;
    if (!parseOrExplain(parser, args, QStringLiteral("providers [--refresh] [--json]"), &code))
        return code;
    auto ctx = openContext(args);
    if (!ctx)
        return Failure;
    const bool refreshedAll = !parser.isSet(refresh) || refreshModelLists(*ctx);
    const int done = refreshedAll ? Success : Failure;
    const Catalogue &catalogue = ctx->catalogue();
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const ProviderSpec &p : catalogue.providers()) {
            QJsonObject o = p.toJson();
            QJsonObject models;
            for (const QString &m : p.models)
                if (const ModelSpec *spec = catalogue.model(m))
                    models.insert(m, spec->toJson());
            o.insert(QStringLiteral("models"), models);
            o.insert(QStringLiteral("available"), ctx->providers().find(p.id) != nullptr);
            array.append(o);
        }
        printJson(array);
        return done;
    }
    for (const ProviderSpec &p : catalogue.providers()) {
        out() << p.id << "  " << p.label << " [" << p.kind << "]"
              << (p.isRetired() ? QStringLiteral("  (shut down %1)").arg(p.retired) : QString())
              << (ctx->providers().find(p.id) ? QString() : QStringLiteral("  (not available in this build)")) << "\n";
        if (!p.description.isEmpty())
            out() << "    " << p.description << "\n";
        for (const QString &m : p.models) {
            const ModelSpec *spec = catalogue.model(m);
            if (!spec)
                continue;
            QStringList durations, sizes, tiers, prices;
            for (int d : spec->durations)
                durations << QString::number(d);
            for (const auto &s : spec->sizes)
                sizes << s.toString();
            for (const auto &t : spec->tiers)
                tiers << t.id;
            for (const auto &pr : spec->prices)
                prices << (pr.perSecond.isZero() ? QStringLiteral("free")
                                                 : pr.perSecond.toString() + QStringLiteral("/s")
                                                       + (pr.sizes.isEmpty() ? QString() : QStringLiteral(" at ") + pr.sizes.join(QLatin1Char('/'))));
            const auto gone = catalogue.retirement(p, m);
            if (gone) {
                out() << "    " << m << ": "
                      << QStringLiteral("shut down on %1 on %2").arg(gone->host, gone->date)
                      << (gone->replacement.isEmpty() ? QString() : QStringLiteral("; use %1 instead").arg(gone->replacement))
                      << "\n";
                continue;
            }
            out() << "    " << m << ": tiers " << tiers.join(QStringLiteral(", ")) << "; " << durations.join(QStringLiteral(", "))
                  << " s; " << sizes.join(QStringLiteral(", ")) << (spec->imageInput ? "; photo input" : "")
                  << (spec->audio ? "; sound" : "") << "; " << prices.join(QStringLiteral(", ")) << "\n";
        }
    }
    out() << Qt::flush;
    return done;
}

} // namespace rc::cli
