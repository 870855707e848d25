#include "providers/comfyui/ComfyFactory.h"

#include "providers/comfyui/ComfyProvider.h"
#include "providers/remote/RemoteMedia.h"

namespace rc {

std::unique_ptr<Provider> makeComfyProvider(const ProviderSpec &spec, KeyStore &keys, const Paths &paths)
{
    comfyui::ComfyDeps deps;
    deps.keys = &keys;
    deps.inputsDir = paths.inputsDir();
    deps.media = remoteMediaHooks();
    return std::make_unique<comfyui::ComfyProvider>(spec, std::move(deps));
}

} // namespace rc
