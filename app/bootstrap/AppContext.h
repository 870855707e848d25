#pragma once

#include "bootstrap/ProviderFactory.h"
#include "core/Catalogue.h"
#include "core/KeyStore.h"
#include "core/Paths.h"

#include <QObject>
#include <QStringList>
#include <functional>
#include <memory>

namespace rc {

class Budgets;
class BudgetGuard;
class ClipLibrary;
class Database;
class GenerationService;
class JobRepository;
class Ledger;
class ProviderProfiles;
class ProviderRegistry;
namespace provenance {
class ProvenanceService;
}

// Builds the core for one profile and owns it: paths, log file, database, catalogue, keys,
// providers and the generation service. The studio and every command start from one of these;
// nothing else constructs the pieces, and nothing reaches them through globals.
class AppContext
{
public:
    struct Options
    {
        QString profileDir;          // empty: Paths::resolve's default
        QString workerExecutable;    // empty: $REELCRAFT_WORKER, else this executable
        std::unique_ptr<KeyStore> keyStore; // empty: the system keychain with env fallback
        bool logToFile = true;
        ProviderFactory providerFactory;     // empty: makeProvider, every kind this build knows
        // Catalogue JSON merged, in order, over the defaults and the profile's catalogue.json: in
        // memory only, never saved, kept when the catalogue is reloaded (tests' fake providers).
        QList<QByteArray> catalogueOverrides;
        bool reserveIdsAhead = true; // see GenerationService::Dependencies
        // The studio loads (or makes) the clip signing identity while it opens, not while the
        // first clip finishes; a command signs at most a few clips and may sign none.
        bool prepareSignerAhead = true;
    };

    explicit AppContext(Options options);
    ~AppContext();
    AppContext(const AppContext &) = delete;
    AppContext &operator=(const AppContext &) = delete;

    // False with a message when the profile or its database cannot be used.
    bool open(QString *error);

    const Paths &paths() const { return m_paths; }
    // Defaults merged with the user's file; what the service validates against.
    const Catalogue &catalogue() const { return m_catalogue; }
    // Only what the user added or changed (the profile's catalogue.json).
    Catalogue &userCatalogue() { return m_userCatalogue; }
    // Writes userCatalogue() to the profile and rebuilds the merged catalogue (in place: references
    // to it stay valid) and the providers, which the same service then uses (it emits
    // providersChanged). Refused while a job runs, and (keeping a .bak copy) when the profile's
    // file exists but could not be read whole.
    bool saveUserCatalogue(QString *error);
    QStringList catalogueProblems() const { return m_catalogueProblems; }

    // Asks a profile's service for its video models again (OpenRouter's list: durations, sizes,
    // photo input, prices) and keeps them in the profile through saveUserCatalogue, so the same
    // rule holds: refused while a job runs.
    // `done` runs once on `context`'s thread with an empty error on success; on failure the
    // profile keeps its earlier list. To list models without saving (a Test button), use
    // fetchProviderModels (bootstrap/ProviderModels.h).
    void refreshProviderModels(const QString &providerId, QObject *context, std::function<void(const QString &error)> done);

    Database &database() { return *m_database; }
    JobRepository &jobs() { return *m_jobs; }
    Ledger &ledger() { return *m_ledger; }
    Budgets &budgets() { return *m_budgets; }
    KeyStore &keys() { return *m_keys; }
    ProviderRegistry &providers() { return *m_providers; }
    GenerationService &service() { return *m_service; }
    // Adding, testing, refreshing and removing provider profiles without blocking (the studio's
    // Providers page).
    ProviderProfiles &profiles() { return *m_profiles; }
    ClipLibrary &library() { return *m_library; }
    provenance::ProvenanceService &provenance() { return *m_provenance; }

private:
    void buildProviders();
    void loadCatalogue();

    Options m_options;
    Paths m_paths;
    Catalogue m_catalogue;
    Catalogue m_userCatalogue;
    QStringList m_catalogueProblems;
    QString m_userCatalogueProblem; // why the profile's catalogue.json must not be written over
    std::unique_ptr<KeyStore> m_keys;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<JobRepository> m_jobs;
    std::unique_ptr<Ledger> m_ledger;
    std::unique_ptr<Budgets> m_budgets;
    std::unique_ptr<BudgetGuard> m_budgetGuard;
    std::unique_ptr<ProviderRegistry> m_providers;
    std::unique_ptr<GenerationService> m_service;
    std::unique_ptr<ProviderProfiles> m_profiles;
    std::unique_ptr<ClipLibrary> m_library;
    std::unique_ptr<provenance::ProvenanceService> m_provenance;
};

} // namespace rc
