#include "bootstrap/ProviderModels.h"

#include "providers/openrouter/OpenRouterFactory.h"
#include "providers/openrouter/OpenRouterProvider.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace rc {
namespace {

// lupdate takes the context from this declaration; a plain function would hide it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ProviderModels)
};

} // namespace

bool listsModelCapabilities(const QString &kind)
{
    return kind == QLatin1String("openrouter");
}

void fetchProviderModels(const ProviderSpec &spec, KeyStore &keys, const Paths &paths, QObject *context,
                         ModelListCallback done)
{
    const QPointer<QObject> guard(context);
    // Always answered from the event loop, after this call has returned, even when the answer is
    // known at once (no key, a kind without a list).
    auto answer = [guard, done](const ProviderModelList &list, const QString &error) {
        if (guard)
            QTimer::singleShot(0, guard.data(), [guard, done, list, error] {
                if (guard)
                    done(list, error);
            });
    };
    if (!listsModelCapabilities(spec.kind)) {
        const QString error = Tr::tr("%1 providers do not list their models with what each can do.").arg(spec.kind);
        answer({}, error);
        return;
    }
    // The provider object lives until its answer arrives, then goes at the next turn of the loop
    // (deleting it inside its own HTTP callback would pull the floor from under that callback).
    std::unique_ptr<Provider> made = makeOpenRouterProvider(spec, keys, paths);
    auto *provider = static_cast<OpenRouterProvider *>(made.release());
    provider->listModelSpecs([provider, answer](const QList<openrouter::ListedModel> &models, const QStringList &problems,
                                                const std::optional<net::Failure> &failure) {
        ProviderModelList list;
        list.problems = problems;
        for (const openrouter::ListedModel &m : models) {
            list.models.append(m.spec);
            list.wire.insert(m.spec.id, m.traits.toJson());
        }
        QString error;
        if (failure)
            error = failure->message;
        else if (list.models.isEmpty())
            error = problems.isEmpty() ? Tr::tr("the service lists no video models")
                                       : Tr::tr("none of the listed models can be used (%1)").arg(problems.join(QStringLiteral("; ")));
        provider->deleteLater();
        answer(list, error);
    });
}

std::optional<ProviderModelList> fetchProviderModelsNow(const ProviderSpec &spec, KeyStore &keys, const Paths &paths,
                                                        QString *error, int timeoutMs)
{
    QEventLoop loop;
    std::optional<ProviderModelList> result;
    bool answered = false;
    fetchProviderModels(spec, keys, paths, &loop, [&](const ProviderModelList &list, const QString &failure) {
        answered = true;
        if (failure.isEmpty())
            result = list;
        else if (error)
            *error = failure;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    if (!answered && error)
        *error = Tr::tr("%1 did not answer within %n second(s).", nullptr, timeoutMs / 1000).arg(spec.baseUrl);
    return result;
}

bool applyProviderModels(Catalogue &userCatalogue, ProviderSpec *spec, const ProviderModelList &list,
                         const QStringList &keep, QString *error)
{
    QStringList ids;
    for (const ModelSpec &m : list.models)
        ids.append(m.id);
    for (const QString &wanted : keep) {
        if (!ids.contains(wanted)) {
            if (error)
                *error = Tr::tr("%1 does not list the model \"%2\" (it lists %3).")
                             .arg(spec->id, wanted, ids.join(QStringLiteral(", ")));
            return false;
        }
    }
    if (!keep.isEmpty())
        ids = keep;
    if (ids.isEmpty()) {
        if (error)
            *error = Tr::tr("%1 lists no video model that can be used.").arg(spec->id);
        return false;
    }
    ids.sort();
    ids.removeDuplicates();
    QJsonObject wire;
    for (const ModelSpec &m : list.models) {
        if (!ids.contains(m.id))
            continue;
        userCatalogue.upsertModel(m);
        wire.insert(m.id, list.wire.value(m.id));
    }
    spec->models = ids;
    spec->options.insert(QStringLiteral("models"), wire);
    userCatalogue.upsertProvider(*spec);
    return true;
}

} // namespace rc
