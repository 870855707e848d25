#include "providers/fal/FalFactory.h"

#include "providers/fal/FalProvider.h"
#include "providers/remote/RemoteMedia.h"

namespace rc {

std::unique_ptr<Provider> makeFalProvider(const ProviderSpec &spec, KeyStore &keys, const Paths &paths)
{
    net::RemoteDeps deps;
    deps.keys = &keys;
    deps.inputsDir = paths.inputsDir();
    deps.eta = std::make_shared<net::AverageEtaEstimator>(paths.profileDir() + QStringLiteral("/eta-%1.json").arg(spec.id));
    deps.media = remoteMediaHooks();
    return std::make_unique<FalProvider>(spec, std::move(deps));
}

} // namespace rc
