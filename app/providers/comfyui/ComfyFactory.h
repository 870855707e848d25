#pragma once

#include "core/CatalogueTypes.h"
#include "core/KeyStore.h"
#include "core/Paths.h"
#include "providers/Provider.h"

#include <memory>

namespace rc {

// A ComfyUI profile (one server or a pool) wired to the photo fitting and checks of app/media.
std::unique_ptr<Provider> makeComfyProvider(const ProviderSpec &spec, KeyStore &keys, const Paths &paths);

} // namespace rc
