// `reelcraft provider add|list|test|remove|set-key`: the user's provider profiles. A profile is a
// ProviderSpec (plus ModelSpecs for model ids the catalogue does not know) in the profile's
// catalogue override file; its key lives in the keychain or an environment variable, never there.
#include "cli/Commands.h"

#include "cli/CommandProviderComfy.h"
#include "bootstrap/ProviderModels.h"
#include "bootstrap/ProviderProfiles.h"
#include "core/Catalogue.h"
#include "providers/remote/RemoteJobProvider.h"
#include "net/UrlPolicy.h"
#include "providers/fal/FalFactory.h"
#include "providers/gemini/GeminiFactory.h"
#include "providers/openrouter/OpenRouterFactory.h"
#include "providers/videosapi/VideosApiFactory.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>
#include <cstdio>

namespace rc::cli {
namespace {

// lupdate takes the context from this declaration; a plain function would hide it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(provider)
};

const QString kGeminiBase = QStringLiteral("https://generativelanguage.googleapis.com/v1beta");

std::unique_ptr<Provider> makeRemote(const ProviderSpec &spec, AppContext &ctx)
{
    if (spec.kind == QLatin1String("videos-api"))
        return makeVideosApiProvider(spec, ctx.keys(), ctx.paths());
    if (spec.kind == QLatin1String("gemini"))
        return makeGeminiProvider(spec, ctx.keys(), ctx.paths());
    if (spec.kind == QLatin1String("openrouter"))
        return makeOpenRouterProvider(spec, ctx.keys(), ctx.paths());
    if (spec.kind == QLatin1String("fal"))
        return makeFalProvider(spec, ctx.keys(), ctx.paths());
    return nullptr;
}

// Asks the server for its models, waiting here (the CLI has no other work). Empty `error` on success.
QStringList fetchModels(const ProviderSpec &spec, AppContext &ctx, QString *error)
{
    auto provider = makeRemote(spec, ctx);
    auto *remote = dynamic_cast<net::RemoteJobProvider *>(provider.get());
    if (!remote) {
        *error = Tr::tr("%1 is not a remote provider.").arg(spec.id);
        return {};
    }
    QStringList ids;
    bool answered = false;
    QEventLoop loop;
    remote->listModels([&](const QStringList &models, const std::optional<net::Failure> &failure) {
        ids = models;
        if (failure)
            *error = failure->message;
        answered = true;
        loop.quit();
    });
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    if (!answered)
        loop.exec();
    if (!answered)
        *error = Tr::tr("%1 did not answer within two minutes.").arg(spec.baseUrl);
    return ids;
}

// Capabilities for a model id the catalogue does not know: generous, since the server decides.
ModelSpec unknownModel(const QString &id, const QString &kind, Money perSecond)
{
    ModelSpec m;
    m.id = id;
    m.label = id;
    m.tiers = {TierSpec{QStringLiteral("standard"), Tr::tr("Standard")}};
    const bool gemini = kind == QLatin1String("gemini");
    // Gemini Omni: 3 to 10 s, 16:9 or 9:16, sound always; no last frame, no negative prompt.
    m.durations = gemini ? QList<int>{3, 4, 5, 6, 7, 8, 9, 10} : QList<int>{2, 3, 4, 5, 6, 8, 10, 12};
    const QStringList sizes = gemini ? QStringList{QStringLiteral("1280x720"), QStringLiteral("720x1280"),
                                                   QStringLiteral("1920x1080"), QStringLiteral("1080x1920")}
                                     : QStringList{QStringLiteral("1280x720"), QStringLiteral("720x1280"),
                                                   QStringLiteral("832x480"), QStringLiteral("480x832"),
                                                   QStringLiteral("1024x576"), QStringLiteral("1920x1080"),
                                                   QStringLiteral("1080x1920")};
    for (const QString &s : sizes)
        m.sizes.append(*VideoSize::parse(s));
    m.imageInput = true;
    m.lastFrameInput = false;
    m.negativePrompt = !gemini;
    m.audio = gemini;
    m.maxPromptChars = gemini ? 8000 : 32000;
    m.prices = {PriceRule{{}, {}, perSecond}};
    return m;
}

// A service that lists its models with what each can do (OpenRouter): the list is read now and
// kept in the profile (start-up needs no network); --model narrows it, and `providers --refresh`
// reads it again.
int addListed(const QCommandLineParser &p, ProviderSpec spec, AppContext &ctx)
{
    if (p.isSet(QStringLiteral("price-per-second")))
        return fail(BadArguments, Tr::tr("--price-per-second does not apply to %1: the service's list gives each model's "
                                         "price, and the charge is what it bills.").arg(spec.kind));
    QString error;
    const auto list = fetchProviderModelsNow(spec, ctx.keys(), ctx.paths(), &error);
    if (!list)
        return fail(Failure, Tr::tr("The model list at %1 could not be read: %2").arg(spec.baseUrl, error));
    const QStringList only = p.values(QStringLiteral("model"));
    if (!only.isEmpty())
        spec.options.insert(QStringLiteral("onlyModels"), QJsonArray::fromStringList(only));
    if (!applyProviderModels(ctx.userCatalogue(), &spec, *list, only, &error))
        return fail(BadArguments, error);
    if (!ctx.saveUserCatalogue(&error))
        return fail(Failure, error);
    out() << Tr::tr("Added %1 (%2) at %3 with %n model(s):", nullptr, int(spec.models.size())).arg(spec.id, spec.kind, spec.baseUrl)
          << "\n";
    for (const QString &id : spec.models)
        out() << "  " << id << "\n";
    for (const QString &problem : list->problems)
        out() << Tr::tr("note: left out %1").arg(problem) << "\n";
    out() << Tr::tr("Key: the keychain (reelcraft provider set-key %1), else $%2.").arg(spec.id, spec.keyEnv) << "\n"
          << Qt::flush;
    return Success;
}

// fal lists no endpoints per key, and each endpoint wants its input its own way: a fal profile
// starts from the catalogue's own fal provider (its endpoints, their input mappings and prices);
// --model narrows them and --option adds to its options. Nothing is sent: `provider test` checks the key.
int addFal(const QCommandLineParser &p, ProviderSpec spec, AppContext &ctx)
{
    if (p.isSet(QStringLiteral("price-per-second")))
        return fail(BadArguments, Tr::tr("--price-per-second does not apply to fal: each endpoint's price is in the "
                                         "catalogue, since fal reports no cost."));
    QString problem;
    if (!ProviderProfiles::startFalProfile(ctx.catalogue(), &spec, p.values(QStringLiteral("model")), &problem))
        return fail(BadArguments, problem);
    ctx.userCatalogue().upsertProvider(spec);
    QString error;
    if (!ctx.saveUserCatalogue(&error))
        return fail(Failure, error);
    out() << Tr::tr("Added %1 (%2) at %3 with %n endpoint(s):", nullptr, int(spec.models.size())).arg(spec.id, spec.kind, spec.baseUrl)
          << "\n";
    for (const QString &id : spec.models)
        out() << "  " << id << "\n";
    out() << Tr::tr("Key: the keychain (reelcraft provider set-key %1), else $%2. Check it with: reelcraft provider test %1")
                 .arg(spec.id, spec.keyEnv)
          << "\n" << Qt::flush;
    return Success;
}

int add(const QCommandLineParser &p, const QString &name, AppContext &ctx)
{
    if (!ProviderProfiles::isUsableName(name))
        return fail(BadArguments, Tr::tr("\"%1\" is not a usable name: use lower-case letters, digits, '.', '_' or '-'.").arg(name));
    const QString kind = p.value(QStringLiteral("type"));
    const bool openrouter = kind == QLatin1String("openrouter");
    const bool falQueue = kind == QLatin1String("fal");
    if (kind != QLatin1String("videos-api") && kind != QLatin1String("gemini") && kind != QLatin1String("comfyui") && !openrouter
        && !falQueue)
        return fail(BadArguments, Tr::tr("--type must be videos-api, gemini, comfyui, openrouter or fal."));
    if (const ProviderSpec *existing = ctx.catalogue().provider(name); existing && !ctx.userCatalogue().provider(name))
        return fail(BadArguments, Tr::tr("\"%1\" is a built-in provider; choose another name.").arg(name));
    ProviderSpec spec;
    spec.id = name;
    spec.kind = kind;
    spec.label = name;
    spec.baseUrl = p.value(QStringLiteral("base-url"));
    if (spec.baseUrl.isEmpty() && kind == QLatin1String("gemini"))
        spec.baseUrl = kGeminiBase;
    if (spec.baseUrl.isEmpty() && (openrouter || falQueue))
        spec.baseUrl = ProviderProfiles::defaultBaseUrl(kind);
    if (spec.baseUrl.isEmpty())
        return fail(BadArguments, Tr::tr("--base-url is needed for a videos-api server (e.g. http://127.0.0.1:30000/v1)."));
    const QString urlProblem = net::checkUrl(QUrl(spec.baseUrl));
    if (!urlProblem.isEmpty())
        return fail(BadArguments, urlProblem);
    spec.keyEnv = p.value(QStringLiteral("key-env"));
    if (spec.keyEnv.isEmpty() && kind == QLatin1String("gemini"))
        spec.keyEnv = QStringLiteral("GEMINI_API_KEY");
    if (spec.keyEnv.isEmpty())
        spec.keyEnv = ProviderProfiles::defaultKeyEnv(kind);
    spec.maxConcurrent = 2;
    // A Google profile starts from the built-in one's settings (e.g. the price of video tokens).
    if (const ProviderSpec *google = ctx.catalogue().provider(QStringLiteral("gemini")); google && kind == QLatin1String("gemini"))
        spec.options = google->options;
    for (const QString &option : p.values(QStringLiteral("option"))) {
        const int eq = option.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return fail(BadArguments, Tr::tr("--option takes KEY=VALUE, not \"%1\".").arg(option));
        // Numbers and booleans as JSON, anything else as text.
        const QJsonDocument value = QJsonDocument::fromJson("[" + option.mid(eq + 1).toUtf8() + "]");
        spec.options.insert(option.left(eq), value.isArray() && value.array().size() == 1 ? value.array().first()
                                                                                            : QJsonValue(option.mid(eq + 1)));
    }
    if (kind == QLatin1String("comfyui"))
        return addComfyProvider(p, spec, ctx); // a pool of servers and workflow files, not a model list
    if (openrouter)
        return addListed(p, spec, ctx);
    if (falQueue)
        return addFal(p, spec, ctx);
    std::optional<Money> price;
    if (p.isSet(QStringLiteral("price-per-second"))) {
        Money m;
        if (!Money::parse(p.value(QStringLiteral("price-per-second")), &m))
            return fail(BadArguments, Tr::tr("--price-per-second takes dollars, like 0.1 or 0."));
        price = m;
    }
    spec.models = p.values(QStringLiteral("model"));
    if (spec.models.isEmpty() && kind == QLatin1String("gemini"))
        if (const ProviderSpec *google = ctx.catalogue().provider(QStringLiteral("gemini")))
            for (const QString &id : google->models)
                if (!id.startsWith(QLatin1String("veo-"))) // shut down on the Gemini API
                    spec.models.append(id);
    if (spec.models.isEmpty()) {
        // A gateway or a GPU server says what it serves (rule 6: only send ids from /models).
        QString error;
        spec.models = fetchModels(spec, ctx, &error);
        if (!error.isEmpty() || spec.models.isEmpty())
            return fail(Failure, Tr::tr("No --model given, and the server's model list could not be read: %1")
                                     .arg(error.isEmpty() ? Tr::tr("it is empty") : error));
    }
    spec.models.sort();
    for (const QString &id : spec.models) {
        const ModelSpec *known = ctx.catalogue().model(id);
        if (known && !price)
            continue;
        ModelSpec model = known ? *known : unknownModel(id, kind, price.value_or(Money()));
        if (known)
            model.prices = {PriceRule{{}, {}, *price}};
        else if (!price)
            out() << Tr::tr("note: %1 is priced at $0 per second; set --price-per-second if the server bills.").arg(id) << "\n";
        ctx.userCatalogue().upsertModel(model);
    }
    ctx.userCatalogue().upsertProvider(spec);
    QString error;
    if (!ctx.saveUserCatalogue(&error))
        return fail(Failure, error);
    out() << Tr::tr("Added %1 (%2) at %3 with %4.").arg(name, kind, spec.baseUrl, spec.models.join(QStringLiteral(", "))) << "\n";
    if (!spec.keyEnv.isEmpty())
        out() << Tr::tr("Key: the keychain (reelcraft provider set-key %1), else $%2.").arg(name, spec.keyEnv) << "\n";
    out() << Qt::flush;
    return Success;
}

QString keyState(const ProviderSpec &spec, AppContext &ctx)
{
    const QString key = ctx.keys().key(spec.id, spec.keyEnv);
    return key.isEmpty() ? Tr::tr("no key") : Tr::tr("key %1").arg(maskedKey(key));
}

int list(const QCommandLineParser &p, AppContext &ctx)
{
    const bool json = p.isSet(QStringLiteral("json"));
    QJsonArray array;
    for (const ProviderSpec &spec : ctx.catalogue().providers()) {
        if (spec.kind == QLatin1String("builtin"))
            continue;
        const bool mine = ctx.userCatalogue().provider(spec.id) != nullptr;
        if (json) {
            QJsonObject o = spec.toJson();
            o.insert(QStringLiteral("userDefined"), mine);
            o.insert(QStringLiteral("hasKey"), !ctx.keys().key(spec.id, spec.keyEnv).isEmpty());
            array.append(o);
            continue;
        }
        out() << spec.id << "  [" << spec.kind << "] " << spec.baseUrl << "  " << keyState(spec, ctx)
              << (mine ? QString() : Tr::tr("  (built in)"))
              << (spec.isRetired() ? Tr::tr("  (shut down %1)").arg(spec.retired) : QString()) << "\n"
              << "    " << spec.models.join(QStringLiteral(", ")) << "\n";
    }
    if (json)
        printJson(array);
    out() << Qt::flush;
    return Success;
}

int test(const QString &name, AppContext &ctx)
{
    const ProviderSpec *spec = ctx.catalogue().provider(name);
    if (!spec || spec->kind == QLatin1String("builtin"))
        return fail(BadArguments, Tr::tr("There is no remote provider named \"%1\".").arg(name));
    if (spec->kind == QLatin1String("comfyui"))
        return testComfyProvider(*spec, ctx);
    QString error;
    const QStringList models = fetchModels(*spec, ctx, &error);
    if (!error.isEmpty())
        return fail(Failure, Tr::tr("%1: %2").arg(name, error));
    out() << Tr::tr("%1 answers at %2 and serves %n model(s):", nullptr, int(models.size())).arg(name, spec->baseUrl) << "\n";
    for (const QString &m : models)
        out() << "  " << m << (spec->models.contains(m) ? Tr::tr("  (in this profile)") : QString()) << "\n";
    for (const QString &m : spec->models)
        if (!models.contains(m))
            out() << Tr::tr("warning: the profile's model %1 is not on the server's list.").arg(m) << "\n";
    out() << Qt::flush;
    return Success;
}

int remove(const QString &name, AppContext &ctx)
{
    if (!ctx.userCatalogue().provider(name))
        return fail(BadArguments, ctx.catalogue().provider(name)
                                      ? Tr::tr("\"%1\" is built in and cannot be removed.").arg(name)
                                      : Tr::tr("There is no provider profile named \"%1\".").arg(name));
    ctx.userCatalogue().removeProvider(name);
    QString error;
    if (!ctx.saveUserCatalogue(&error))
        return fail(Failure, error);
    ctx.keys().removeKey(name, &error); // best-effort: a missing keychain has nothing to remove
    out() << Tr::tr("Removed %1.").arg(name) << Qt::endl;
    return Success;
}

int setKey(const QString &name, AppContext &ctx)
{
    if (!ctx.catalogue().provider(name))
        return fail(BadArguments, Tr::tr("There is no provider named \"%1\".").arg(name));
    // From standard input, never an argument: arguments show up in process lists and shell history.
    char buffer[4096];
    const QString key = std::fgets(buffer, sizeof buffer, stdin) ? QString::fromUtf8(buffer).trimmed() : QString();
    if (key.isEmpty())
        return fail(BadArguments, Tr::tr("Give the key on standard input."));
    QString error;
    if (!ctx.keys().setKey(name, key, &error))
        return fail(Failure, error);
    out() << Tr::tr("Stored the key %1 for %2 in the keychain.").arg(maskedKey(key), name) << Qt::endl;
    return Success;
}

} // namespace

int runProviderCommand(const QStringList &args, AppContext &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("action"), Tr::tr("add, list, test, remove or set-key"));
    parser.addPositionalArgument(QStringLiteral("name"), Tr::tr("the profile's name"));
    parser.addOptions({
        {QStringLiteral("type"), Tr::tr("videos-api, gemini, comfyui, openrouter or fal."), QStringLiteral("TYPE")},
        {QStringLiteral("base-url"), Tr::tr("The API's base URL, e.g. http://127.0.0.1:30000/v1."), QStringLiteral("URL")},
        {QStringLiteral("key-env"), Tr::tr("An environment variable that may hold the key."), QStringLiteral("VAR")},
        {QStringLiteral("model"), Tr::tr("A model id the server serves (repeatable; default: the server's list)."), QStringLiteral("ID")},
        {QStringLiteral("price-per-second"), Tr::tr("What the server bills per second of video, in dollars."), QStringLiteral("USD")},
        {QStringLiteral("option"), Tr::tr("A provider option, e.g. pollMinMs=500 (repeatable)."), QStringLiteral("KEY=VALUE")},
        {QStringLiteral("workflow"), Tr::tr("comfyui: your own API-format workflow (repeatable; {{prompt}}, {{seed}}, "
                                            "{{width}}, {{height}}, {{length}}, {{image}} mark where values go)."), QStringLiteral("FILE")},
        {QStringLiteral("price-per-gpu-second"), Tr::tr("comfyui: what a rented GPU costs per second, in dollars."), QStringLiteral("USD")},
        {QStringLiteral("json"), Tr::tr("list: print JSON.")},
    });
    int code = Success;
    const QString synopsis = QStringLiteral(
        "provider add NAME --type videos-api|gemini|comfyui|openrouter|fal [--base-url URL ...] [--key-env VAR] [--model ID ...] "
        "[--price-per-second USD]\n       reelcraft provider list [--json] | test NAME | remove NAME | set-key NAME < keyfile");
    if (!parseOrExplain(parser, CommandArgs{args, QString()}, synopsis, &code))
        return code;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const QString name = positional.value(1);
    if (action == QLatin1String("list"))
        return list(parser, ctx);
    if (name.isEmpty() || positional.size() > 2)
        return fail(BadArguments, Tr::tr("Usage: reelcraft %1").arg(synopsis));
    if (action == QLatin1String("add"))
        return add(parser, name, ctx);
    if (action == QLatin1String("test"))
        return test(name, ctx);
    if (action == QLatin1String("remove"))
        return remove(name, ctx);
    if (action == QLatin1String("set-key"))
        return setKey(name, ctx);
    return fail(BadArguments, Tr::tr("Unknown action \"%1\": use add, list, test, remove or set-key.").arg(action));
}

} // namespace rc::cli
