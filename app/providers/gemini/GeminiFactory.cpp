#include "providers/gemini/GeminiFactory.h"

#include "providers/gemini/GeminiProvider.h"
#include "providers/remote/RemoteMedia.h"

namespace rc {

std::unique_ptr<Provider> makeGeminiProvider(const ProviderSpec &spec, KeyStore &keys, const Paths &paths)
{
    net::RemoteDeps deps;
    deps.keys = &keys;
    deps.inputsDir = paths.inputsDir();
    deps.eta = std::make_shared<net::AverageEtaEstimator>(paths.profileDir() + QStringLiteral("/eta-%1.json").arg(spec.id));
    deps.media = remoteMediaHooks();
    // Answers being read (a finished one holds the whole video as base64), beside the media.
    return std::make_unique<GeminiProvider>(spec, std::move(deps), paths.mediaDir() + QStringLiteral("/.incoming"));
}

} // namespace rc
