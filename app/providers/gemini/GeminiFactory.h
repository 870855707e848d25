#pragma once

#include "core/CatalogueTypes.h"
#include "core/KeyStore.h"
#include "core/Paths.h"
#include "providers/Provider.h"

#include <memory>

namespace rc {

// The provider for a catalogue entry of kind "gemini". `keys` must outlive it. Fitted frames go
// to paths.inputsDir(); learned job durations (for the ETA) to <profile>/eta-<id>.json; answers
// being read to <media>/.incoming.
std::unique_ptr<Provider> makeGeminiProvider(const ProviderSpec &spec, KeyStore &keys, const Paths &paths);

} // namespace rc
