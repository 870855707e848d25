#pragma once

#include "core/Catalogue.h"
#include "core/KeyStore.h"
#include "core/Paths.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

namespace rc {

// A service's own list of its video models, with what each can do (durations, sizes, photo and
// last-frame input, sound) and an estimated price: today OpenRouter's /videos/models. Fetched when
// a profile is added, refreshed on request (`reelcraft providers --refresh`, the studio's Refresh
// and Test buttons) and kept in the profile's catalogue, so start-up needs no network.
struct ProviderModelList
{
    QList<ModelSpec> models;
    QJsonObject wire;     // per model id: how requests for it are shaped (the profile's options.models)
    QStringList problems; // models left out, and why ("x: no duration or size it advertises can be used")
};

// Whether providers of this kind list their models with capabilities.
bool listsModelCapabilities(const QString &kind);

// Asks the service for its list. `done` runs once, later, on `context`'s thread (never from inside
// this call), unless `context` is gone by then; `error` is empty on success. The key comes from the
// keychain entry named spec.id, else $spec.keyEnv, so an unsaved profile can be tested too.
using ModelListCallback = std::function<void(const ProviderModelList &list, const QString &error)>;
void fetchProviderModels(const ProviderSpec &spec, KeyStore &keys, const Paths &paths, QObject *context,
                         ModelListCallback done);

// The same, waiting here up to `timeoutMs` (for command-line use: it spins an event loop).
std::optional<ProviderModelList> fetchProviderModelsNow(const ProviderSpec &spec, KeyStore &keys, const Paths &paths,
                                                        QString *error, int timeoutMs = 120000);

// Puts a list into a profile's catalogue: its models' specs, the provider's model ids (only those
// in `keep` when it is not empty) and their wire traits in spec->options. Models the list no longer
// names leave the provider's list. False, with `error` and nothing changed, when no model would remain or
// a model in `keep` is not on the list.
bool applyProviderModels(Catalogue &userCatalogue, ProviderSpec *spec, const ProviderModelList &list,
                         const QStringList &keep, QString *error);

} // namespace rc
