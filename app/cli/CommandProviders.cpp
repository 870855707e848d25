#include "cli/Commands.h"

#include "core/Catalogue.h"
#include "providers/ProviderRegistry.h"

#include <QJsonArray>

namespace rc::cli {

int runProvidersCommand(const CommandArgs &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    parser.addOption(json);
    int code = Success;
    if (!parseOrExplain(parser, args, QStringLiteral("providers [--json]"), &code))
        return code;
    auto ctx = openContext(args);
    if (!ctx)
        return Failure;
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
        return Success;
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
    return Success;
}

} // namespace rc::cli
