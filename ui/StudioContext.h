#pragma once

namespace rc {
class AppContext;
class Budgets;
class Catalogue;
class ClipLibrary;
class GenerationService;
class JobRepository;
class KeyStore;
class Ledger;
class Paths;
class ProviderProfiles;
namespace provenance {
class ProvenanceService;
}
} // namespace rc

namespace rc::ui {

// The parts of the core the studio talks to, as plain references. Panels take only what they use;
// the main window takes the whole set. Widgets never see AppContext itself, so a test can hand a
// panel just the parts it uses.
struct StudioContext
{
    const Paths *paths = nullptr;
    const Catalogue *catalogue = nullptr;
    JobRepository *jobs = nullptr;
    Ledger *ledger = nullptr;
    Budgets *budgets = nullptr;
    KeyStore *keys = nullptr;
    GenerationService *service = nullptr;
    ClipLibrary *library = nullptr;
    provenance::ProvenanceService *provenance = nullptr; // optional: content credentials for lessons
    ProviderProfiles *profiles = nullptr; // optional: adding and refreshing provider profiles

    static StudioContext from(AppContext &app);
};

} // namespace rc::ui
