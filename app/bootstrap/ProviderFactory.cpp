#include "bootstrap/ProviderFactory.h"

#include "net/KeychainKeyStore.h"
#include "providers/builtin/BuiltinProvider.h"
#include "providers/comfyui/ComfyFactory.h"
#include "providers/fal/FalFactory.h"
#include "providers/gemini/GeminiFactory.h"
#include "providers/openrouter/OpenRouterFactory.h"
#include "providers/videosapi/VideosApiFactory.h"

namespace rc {

std::unique_ptr<Provider> makeProvider(const ProviderSpec &spec, const Catalogue &catalogue, KeyStore &keys,
                                       const Paths &paths, const QString &workerExecutable)
{
    Q_UNUSED(catalogue)
    if (spec.kind == QLatin1String("builtin"))
        return std::make_unique<BuiltinProvider>(spec, workerExecutable);
    if (spec.kind == QLatin1String("videos-api"))
        return makeVideosApiProvider(spec, keys, paths);
    if (spec.kind == QLatin1String("gemini"))
        return makeGeminiProvider(spec, keys, paths);
    if (spec.kind == QLatin1String("comfyui"))
        return makeComfyProvider(spec, keys, paths);
    if (spec.kind == QLatin1String("openrouter"))
        return makeOpenRouterProvider(spec, keys, paths);
    if (spec.kind == QLatin1String("fal"))
        return makeFalProvider(spec, keys, paths);
    return nullptr;
}

std::unique_ptr<KeyStore> makeSystemKeyStore()
{
    return std::make_unique<KeychainKeyStore>();
}

} // namespace rc
