#pragma once

#include "core/CatalogueTypes.h"
#include "core/KeyStore.h"
#include "core/Paths.h"
#include "providers/Provider.h"

#include <memory>

namespace rc {

// The provider for a catalogue entry of kind "openrouter". `keys` must outlive it.
std::unique_ptr<Provider> makeOpenRouterProvider(const ProviderSpec &spec, KeyStore &keys, const Paths &paths);

} // namespace rc
