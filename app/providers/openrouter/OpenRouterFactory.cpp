#include "providers/openrouter/OpenRouterFactory.h"

#include "providers/openrouter/OpenRouterProvider.h"
#include "providers/remote/RemoteMedia.h"

namespace rc {

std::unique_ptr<Provider> makeOpenRouterProvider(const ProviderSpec &spec, KeyStore &keys, const Paths &paths)
{
    ProviderSpec tuned = spec;
    // OpenRouter's jobs take 30 s to minutes and its docs ask for a poll every 10-30 s; a
    // profile's own pollMinMs / pollMaxMs (tests, a local proxy) still win.
    if (!tuned.options.contains(QStringLiteral("pollMinMs")))
        tuned.options.insert(QStringLiteral("pollMinMs"), openrouter::kPollMinMs);
    if (!tuned.options.contains(QStringLiteral("pollMaxMs")))
        tuned.options.insert(QStringLiteral("pollMaxMs"), openrouter::kPollMaxMs);
    net::RemoteDeps deps;
    deps.keys = &keys;
    deps.inputsDir = paths.inputsDir();
    deps.eta = std::make_shared<net::AverageEtaEstimator>(paths.profileDir() + QStringLiteral("/eta-%1.json").arg(spec.id));
    deps.media = remoteMediaHooks();
    return std::make_unique<OpenRouterProvider>(tuned, std::move(deps));
}

} // namespace rc
