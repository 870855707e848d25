#pragma once

#include "core/CatalogueTypes.h"
#include "core/KeyStore.h"
#include "core/Paths.h"
#include "providers/Provider.h"

#include <memory>

namespace rc {

// The provider for a catalogue entry of kind "fal". `keys` must outlive it. Fitted photos go to
// paths.inputsDir(); learned job durations to <profile>/eta-<id>.json.
std::unique_ptr<Provider> makeFalProvider(const ProviderSpec &spec, KeyStore &keys, const Paths &paths);

} // namespace rc
