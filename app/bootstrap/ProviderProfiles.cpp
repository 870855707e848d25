#include "bootstrap/ProviderProfiles.h"

#include "bootstrap/AppContext.h"
#include "bootstrap/ProviderModels.h"
#include "core/Catalogue.h"
#include "core/KeyStore.h"
#include "core/Logging.h"
#include "net/UrlPolicy.h"
#include "providers/comfyui/ComfyFactory.h"
#include "providers/comfyui/ComfyProvider.h"
#include "providers/comfyui/ComfyServers.h"
#include "providers/comfyui/ComfySurveySummary.h"
#include "providers/fal/FalFactory.h"
#include "providers/fal/FalQueue.h"
#include "providers/openrouter/OpenRouterProtocol.h"
#include "providers/remote/RemoteJobProvider.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QPointer>
#include <QRegularExpression>
#include <QTimer>

#include <memory>

namespace rc {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ProviderProfiles)
};

const QString kOpenRouter = QStringLiteral("openrouter");
const QString kFal = QStringLiteral("fal");
const QString kComfy = QStringLiteral("comfyui");

// The key typed into the form answers for the draft's name until it is saved, so a draft is
// tried with it without it ever reaching the keychain; every other look-up goes to the real store.
class DraftKeyStore final : public KeyStore
{
public:
    DraftKeyStore(KeyStore &inner, QString name, QString key) : m_inner(inner), m_name(std::move(name)), m_key(std::move(key))
    {
        // A server that repeats the key in an error is masked like any stored key.
        if (!m_key.isEmpty())
            registerSecret(m_key);
    }
    QString key(const QString &providerId, const QString &envName) const override
    {
        return providerId == m_name && !m_key.isEmpty() ? m_key : m_inner.key(providerId, envName);
    }
    bool setKey(const QString &, const QString &, QString *error) override
    {
        if (error)
            *error = Tr::tr("A profile being tried stores no key.");
        return false;
    }
    bool removeKey(const QString &, QString *) override { return true; }

private:
    KeyStore &m_inner;
    QString m_name;
    QString m_key;
};

// Answers from the event loop on `context`'s thread, never from inside the call that asked.
template<typename Callback, typename Value>
void answerLater(QObject *context, Callback done, Value value)
{
    const QPointer<QObject> guard(context);
    QTimer::singleShot(0, context, [guard, done = std::move(done), value = std::move(value)] {
        if (guard)
            done(value);
    });
}

// A line per ComfyUI server and one per workflow a server cannot run, and the templates that at
// least one server can run: the same summary `reelcraft provider test` prints.
ProviderTrial comfyTrial(const ProviderSpec &spec, const QList<comfyui::ServerReport> &reports)
{
    const comfyui::SurveySummary summary = comfyui::summarizeSurvey(spec.models, reports);
    ProviderTrial trial;
    trial.models = summary.runnableModels;
    for (const comfyui::ServerSummary &server : summary.servers) {
        trial.notes.append(server.headline);
        for (const comfyui::ServerSummary::Model &m : server.models)
            if (!m.missing.isEmpty())
                trial.notes.append(Tr::tr("%1: %2").arg(m.label, m.missing));
    }
    if (summary.usableServers == 0)
        trial.error = reports.size() == 1 ? Tr::tr("The server cannot run a job now.")
                                          : Tr::tr("No server of the pool can run a job now.");
    return trial;
}

} // namespace

ProviderProfiles::ProviderProfiles(AppContext &app, QObject *parent) : QObject(parent), m_app(app) {}

QStringList ProviderProfiles::addableKinds()
{
    return {kOpenRouter, kFal, kComfy};
}

QString ProviderProfiles::kindLabel(const QString &kind)
{
    if (kind == kOpenRouter)
        return Tr::tr("OpenRouter");
    if (kind == kFal)
        return Tr::tr("fal.ai");
    if (kind == kComfy)
        return Tr::tr("ComfyUI (your own GPUs)");
    if (kind == QLatin1String("videos-api"))
        return Tr::tr("OpenAI-compatible Videos API");
    if (kind == QLatin1String("gemini"))
        return Tr::tr("Google Gemini");
    if (kind == QLatin1String("builtin"))
        return Tr::tr("Built-in engine");
    return kind; // a kind from a newer catalogue: its id is still better than nothing
}

QString ProviderProfiles::defaultBaseUrl(const QString &kind)
{
    if (kind == kOpenRouter)
        return openrouter::kDefaultBaseUrl;
    if (kind == kFal)
        return fal::kDefaultBaseUrl;
    if (kind == kComfy)
        return QStringLiteral("http://127.0.0.1:8188");
    return {};
}

QString ProviderProfiles::defaultKeyEnv(const QString &kind)
{
    if (kind == kOpenRouter)
        return openrouter::kDefaultKeyEnv;
    if (kind == kFal)
        return fal::kDefaultKeyEnv;
    return {};
}

QString ProviderProfiles::keyPageUrl(const QString &kind)
{
    // As the services' own documentation names them (OpenRouter's older /keys redirects here).
    if (kind == kOpenRouter)
        return QStringLiteral("https://openrouter.ai/settings/keys");
    if (kind == kFal)
        return QStringLiteral("https://fal.ai/dashboard/keys");
    return {};
}

bool ProviderProfiles::kindNeedsKey(const QString &kind)
{
    return kind == kOpenRouter || kind == kFal;
}

bool ProviderProfiles::isUsableName(const QString &name)
{
    static const QRegularExpression usable(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,39}$"));
    return usable.match(name).hasMatch();
}

QString ProviderProfiles::suggestName(const QString &kind) const
{
    const QString base = kind.isEmpty() ? QStringLiteral("provider") : kind;
    QString name = base;
    for (int n = 2; m_app.catalogue().provider(name); ++n)
        name = QStringLiteral("%1-%2").arg(base).arg(n);
    return name;
}

QString ProviderProfiles::draftProblem(const ProviderDraft &draft) const
{
    if (!addableKinds().contains(draft.kind))
        return Tr::tr("Choose the kind of service.");
    if (draft.name.isEmpty())
        return Tr::tr("Give the provider a name.");
    if (!isUsableName(draft.name))
        return Tr::tr("\"%1\" is not a usable name: use lower-case letters, digits, '.', '_' or '-' (up to 40).").arg(draft.name);
    if (m_app.catalogue().provider(draft.name))
        return m_app.userCatalogue().provider(draft.name)
                   ? Tr::tr("A provider named \"%1\" exists already; choose another name.").arg(draft.name)
                   : Tr::tr("\"%1\" is a built-in provider; choose another name.").arg(draft.name);
    if (draft.kind != kComfy && draft.baseUrls.size() > 1)
        return Tr::tr("Give one address: only ComfyUI takes a pool of servers.");
    for (const QString &text : draft.baseUrls) {
        const QUrl url(text);
        if (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
            return Tr::tr("\"%1\" is not an address like %2.").arg(text, defaultBaseUrl(draft.kind));
        const QString problem = net::checkUrl(url);
        if (!problem.isEmpty())
            return problem;
    }
    if (kindNeedsKey(draft.kind) && draft.key.trimmed().isEmpty()
        && m_app.keys().key(draft.name, defaultKeyEnv(draft.kind)).isEmpty())
        return Tr::tr("Enter the API key (or set %1 in the environment).").arg(defaultKeyEnv(draft.kind));
    return {};
}

bool ProviderProfiles::startFalProfile(const Catalogue &catalogue, ProviderSpec *spec, const QStringList &only, QString *error)
{
    const ProviderSpec *curated = catalogue.provider(fal::kCatalogueProvider);
    if (!curated || curated->kind != kFal) {
        *error = Tr::tr("The catalogue has no fal provider to take the endpoints from.");
        return false;
    }
    for (const QString &id : only) {
        if (!curated->models.contains(id)) {
            *error = Tr::tr("%1 is not one of the fal endpoints Reelcraft knows how to fill in: %2")
                         .arg(id, curated->models.join(QStringLiteral(", ")));
            return false;
        }
    }
    QJsonObject options = curated->options;
    for (auto it = spec->options.begin(); it != spec->options.end(); ++it)
        options.insert(it.key(), it.value());
    spec->options = options;
    spec->models = only.isEmpty() ? curated->models : only;
    spec->maxConcurrent = curated->maxConcurrent;
    return true;
}

ProviderSpec ProviderProfiles::specFor(const ProviderDraft &draft) const
{
    ProviderSpec spec;
    spec.id = draft.name;
    spec.kind = draft.kind;
    spec.label = draft.name;
    spec.baseUrl = draft.baseUrls.isEmpty() ? defaultBaseUrl(draft.kind) : draft.baseUrls.first();
    spec.keyEnv = defaultKeyEnv(draft.kind);
    spec.maxConcurrent = 2;
    if (draft.kind == kComfy) {
        QJsonArray more;
        for (int i = 1; i < draft.baseUrls.size(); ++i)
            more.append(draft.baseUrls.at(i));
        if (!more.isEmpty())
            spec.options.insert(QStringLiteral("servers"), more);
        // One prompt at a time per server.
        spec.maxConcurrent = int(std::max<qsizetype>(1, draft.baseUrls.size()));
        spec.models = comfyui::shippedTemplateIds();
    } else if (draft.kind == kFal) {
        QString ignored; // draftProblem has made sure the catalogue's fal endpoints exist
        startFalProfile(m_app.catalogue(), &spec, {}, &ignored);
    }
    return spec;
}

void ProviderProfiles::test(const ProviderDraft &draft, QObject *context, TrialCallback done)
{
    const QString problem = draftProblem(draft);
    if (!problem.isEmpty())
        return answerLater(context, std::move(done), ProviderTrial{{}, {}, problem});
    const ProviderSpec spec = specFor(draft);
    // Shared with the provider's callbacks: it must outlive the provider's last request.
    auto keys = std::make_shared<DraftKeyStore>(m_app.keys(), draft.name, draft.key.trimmed());
    const QPointer<QObject> guard(context);
    auto deliver = [guard, done, keys](const ProviderTrial &trial) {
        if (guard)
            done(trial);
    };

    if (draft.kind == kOpenRouter) {
        fetchProviderModels(spec, *keys, m_app.paths(), this, [deliver, keys](const ProviderModelList &list, const QString &error) {
            ProviderTrial trial;
            for (const ModelSpec &m : list.models)
                trial.models.append(m.id);
            trial.models.sort();
            for (const QString &p : list.problems)
                trial.notes.append(Tr::tr("left out %1").arg(p));
            trial.error = error;
            deliver(trial);
        });
        return;
    }
    // The provider object lives until its answer, then goes at the next turn of the loop
    // (deleting it inside its own HTTP callback would pull the floor from under that callback).
    if (draft.kind == kComfy) {
        auto *comfy = static_cast<comfyui::ComfyProvider *>(makeComfyProvider(spec, *keys, m_app.paths()).release());
        comfy->survey([comfy, spec, deliver, keys](const QList<comfyui::ServerReport> &reports) {
            comfy->deleteLater();
            deliver(comfyTrial(spec, reports));
        });
        return;
    }
    auto *remote = static_cast<net::RemoteJobProvider *>(makeFalProvider(spec, *keys, m_app.paths()).release());
    remote->listModels([remote, deliver, keys](const QStringList &ids, const std::optional<net::Failure> &failure) {
        remote->deleteLater();
        ProviderTrial trial;
        trial.models = ids;
        if (failure)
            trial.error = failure->message;
        deliver(trial);
    });
}

void ProviderProfiles::add(const ProviderDraft &draft, QObject *context, TrialCallback done)
{
    const QPointer<QObject> guard(context);
    if (draft.kind != kOpenRouter) {
        test(draft, this, [this, draft, guard, done](const ProviderTrial &trial) {
            if (!trial.error.isEmpty()) {
                if (guard)
                    done(trial);
                return;
            }
            ProviderSpec spec = specFor(draft);
            if (draft.kind == kComfy)
                spec.models = trial.models; // only the templates some server can run
            finishAdd(draft, [spec](Catalogue &user, QString *) { user.upsertProvider(spec); return true; }, trial, guard,
                      done);
        });
        return;
    }
    // OpenRouter: the list read for the test is the one kept (capabilities, wire shapes, prices).
    const QString problem = draftProblem(draft);
    if (!problem.isEmpty())
        return answerLater(context, std::move(done), ProviderTrial{{}, {}, problem});
    auto keys = std::make_shared<DraftKeyStore>(m_app.keys(), draft.name, draft.key.trimmed());
    const ProviderSpec spec = specFor(draft);
    fetchProviderModels(spec, *keys, m_app.paths(), this,
                        [this, draft, spec, guard, done, keys](const ProviderModelList &list, const QString &error) {
                            ProviderTrial trial;
                            trial.error = error;
                            for (const ModelSpec &m : list.models)
                                trial.models.append(m.id);
                            trial.models.sort();
                            for (const QString &p : list.problems)
                                trial.notes.append(Tr::tr("left out %1").arg(p));
                            if (!error.isEmpty()) {
                                if (guard)
                                    done(trial);
                                return;
                            }
                            finishAdd(draft, [spec, list](Catalogue &user, QString *why) {
                                ProviderSpec kept = spec;
                                return applyProviderModels(user, &kept, list, {}, why);
                            }, trial, guard, done);
                        });
}

void ProviderProfiles::finishAdd(const ProviderDraft &draft, const CatalogueChange &apply, ProviderTrial trial,
                                 const QPointer<QObject> &context, const TrialCallback &done)
{
    // Every step is undone when a later one fails: a half-added profile or an orphaned key in the
    // keychain would surprise the next attempt.
    const Catalogue before = m_app.userCatalogue();
    bool storedKey = false;
    const QString key = draft.key.trimmed();
    const bool added = apply(m_app.userCatalogue(), &trial.error)
                       && (key.isEmpty() || (storedKey = m_app.keys().setKey(draft.name, key, &trial.error)))
                       && m_app.saveUserCatalogue(&trial.error);
    if (!added) {
        m_app.userCatalogue() = before;
        QString ignored;
        if (storedKey)
            m_app.keys().removeKey(draft.name, &ignored);
    } else {
        trial.error.clear();
        Q_EMIT profilesChanged();
    }
    if (context)
        done(trial);
}

void ProviderProfiles::refresh(const QString &providerId, QObject *context, DoneCallback done)
{
    const QPointer<QObject> guard(context);
    m_app.refreshProviderModels(providerId, this, [this, guard, done](const QString &error) {
        if (error.isEmpty())
            Q_EMIT profilesChanged();
        if (guard)
            done(error);
    });
}

bool ProviderProfiles::canRefresh(const QString &providerId) const
{
    const ProviderSpec *mine = m_app.userCatalogue().provider(providerId);
    return mine && listsModelCapabilities(mine->kind);
}

bool ProviderProfiles::isUserProfile(const QString &providerId) const
{
    return m_app.userCatalogue().provider(providerId) != nullptr;
}

bool ProviderProfiles::remove(const QString &providerId, QString *error)
{
    if (!isUserProfile(providerId)) {
        *error = m_app.catalogue().provider(providerId) ? Tr::tr("\"%1\" is built in and cannot be removed.").arg(providerId)
                                                        : Tr::tr("There is no provider profile named \"%1\".").arg(providerId);
        return false;
    }
    const Catalogue before = m_app.userCatalogue();
    m_app.userCatalogue().removeProvider(providerId);
    if (!m_app.saveUserCatalogue(error)) {
        m_app.userCatalogue() = before;
        return false;
    }
    QString ignored;
    m_app.keys().removeKey(providerId, &ignored); // best-effort: a missing keychain has nothing to remove
    Q_EMIT profilesChanged();
    return true;
}

} // namespace rc
