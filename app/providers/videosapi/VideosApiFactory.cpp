#include "providers/videosapi/VideosApiFactory.h"

#include "providers/remote/RemoteMedia.h"
#include "providers/videosapi/VideosApiProvider.h"

namespace rc {

std::unique_ptr<Provider> makeVideosApiProvider(const ProviderSpec &spec, KeyStore &keys, const Paths &paths)
{
    net::RemoteDeps deps;
    deps.keys = &keys;
    deps.inputsDir = paths.inputsDir();
    deps.eta = std::make_shared<net::AverageEtaEstimator>(paths.profileDir() + QStringLiteral("/eta-%1.json").arg(spec.id));
    deps.media = remoteMediaHooks();
    return std::make_unique<VideosApiProvider>(spec, std::move(deps));
}

} // namespace rc
