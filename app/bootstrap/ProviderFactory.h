#pragma once

#include "core/Catalogue.h"
#include "core/KeyStore.h"
#include "core/Paths.h"
#include "providers/Provider.h"

#include <functional>
#include <memory>

namespace rc {

// Makes the provider object for one catalogue entry, by its kind. Null for a kind this build
// does not know (the catalogue rejects unknown kinds, so that means a newer catalogue).
std::unique_ptr<Provider> makeProvider(const ProviderSpec &spec, const Catalogue &catalogue, KeyStore &keys,
                                       const Paths &paths, const QString &workerExecutable);

// What AppContext calls for each catalogue entry: makeProvider, unless a test puts fakes in.
using ProviderFactory = std::function<std::unique_ptr<Provider>(const ProviderSpec &spec, const Catalogue &catalogue,
                                                                  KeyStore &keys, const Paths &paths,
                                                                  const QString &workerExecutable)>;

// The key store the application uses when none is injected.
std::unique_ptr<KeyStore> makeSystemKeyStore();

} // namespace rc
