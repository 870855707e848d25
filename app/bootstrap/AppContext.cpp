#include "bootstrap/AppContext.h"

#include "bootstrap/ProviderFactory.h"
#include "bootstrap/ProviderModels.h"
#include "bootstrap/ProviderProfiles.h"
#include "core/Logging.h"
#include "net/BlockingPost.h"
#include "providers/ProviderRegistry.h"
#include "provenance/ProvenanceService.h"
#include "provenance/ProvenanceSettings.h"
#include "service/BudgetGuard.h"
#include "service/ClipLibrary.h"
#include "service/GenerationService.h"
#include "store/Budgets.h"
#include "store/Database.h"
#include "store/JobRepository.h"
#include "store/Ledger.h"
#include "storyboard/ClipLabel.h"
#include "storyboard/LessonAssembler.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QTimer>

namespace rc {
namespace {

// A time-stamp authority answers in well under a second; one that does not is given up on (the
// clip is then signed without a time-stamp).
constexpr int kTimeStampTimeoutMs = 10000;

} // namespace

AppContext::AppContext(Options options)
    : m_options(std::move(options)), m_paths(Paths::resolve(m_options.profileDir))
{
    if (m_options.workerExecutable.isEmpty())
        m_options.workerExecutable = qEnvironmentVariable("REELCRAFT_WORKER");
    if (m_options.workerExecutable.isEmpty())
        m_options.workerExecutable = QCoreApplication::applicationFilePath();
    if (!m_options.providerFactory)
        m_options.providerFactory = makeProvider;
    m_keys = std::make_unique<SecretRegisteringKeyStore>(m_options.keyStore ? std::move(m_options.keyStore)
                                                                             : makeSystemKeyStore());
}

AppContext::~AppContext()
{
    // Profile changes in flight answer into the service: they stop first. The service talks to
    // providers and the store: it goes next.
    m_profiles.reset();
    // The library's edits are written by the service's writer: they drain before it goes.
    m_library.reset();
    m_service.reset();
    m_providers.reset();
}

bool AppContext::open(QString *error)
{
    if (!m_paths.ensureExists(error))
        return false;
    if (m_options.logToFile)
        installLogFile(m_paths.logDir());

    loadCatalogue();
    m_userCatalogueProblem.clear();
    QFile userFile(m_paths.catalogueOverrideFile());
    if (userFile.exists()) {
        // Kept apart from the merged view, so saving writes back only what the user set.
        const Catalogue defaults = Catalogue::defaults(nullptr);
        QStringList problems;
        if (!userFile.open(QIODevice::ReadOnly))
            problems << QStringLiteral("%1: cannot be read: %2").arg(userFile.fileName(), userFile.errorString());
        else
            m_userCatalogue.addJson(userFile.readAll(), userFile.fileName(), &problems, &defaults);
        // A file this program cannot read whole is never written over: saving would drop whatever
        // it could not understand (other providers, prices the user set).
        if (!problems.isEmpty())
            m_userCatalogueProblem = problems.join(QStringLiteral("; "));
    }
    for (const QString &problem : std::as_const(m_catalogueProblems))
        qCWarning(lcService) << "catalogue:" << problem;

    m_database = std::make_unique<Database>(m_paths.databaseFile());
    if (!m_database->open(error))
        return false;
    m_jobs = std::make_unique<JobRepository>(*m_database);
    m_ledger = std::make_unique<Ledger>(*m_database);
    m_budgets = std::make_unique<Budgets>(*m_database);
    m_budgetGuard = std::make_unique<BudgetGuard>(*m_budgets, *m_ledger);
    m_provenance = std::make_unique<provenance::ProvenanceService>(m_catalogue, *m_keys, m_paths.profileDir());
    if (m_options.prepareSignerAhead)
        m_provenance->prepareSigner();
    m_provenance->setClipLookup([jobs = m_jobs.get()](qint64 id) {
        const std::optional<Job> job = jobs->load(id);
        return job && job->state() == JobState::Completed ? job->output().videoPath : QString();
    });
    // Single clips get the lesson's corner label, in the same words.
    m_provenance->setLabelBurner(storyboard::aiLabelText(), [label = storyboard::aiLabelText()](const QString &source, const QString &target, QString *why) {
        return storyboard::burnCornerLabel(source, target, label, why);
    });
    const provenance::ProvenanceSettings settings = provenance::ProvenanceSettings::read(m_paths.settingsFile());
    m_provenance->setVisibleLabel(settings.visibleLabel);
    // A time-stamp authority only when the user named one: the studio works offline by default.
    m_provenance->setTimeStampPoster([](const QString &url, const QByteArray &body, QByteArray *response, QString *why,
                                        const std::atomic<bool> *stop) {
        return net::postAndWait(url, "application/timestamp-query", body, kTimeStampTimeoutMs, response, why, stop);
    });
    m_provenance->setTimeStampUrl(settings.timeStampUrl);
    buildProviders();
    // After the service: the library's edits and the studio's caps go through its store writer.
    m_library = std::make_unique<ClipLibrary>(*m_jobs, m_service->storeWriter(), m_paths);
    m_budgets->setWriter(&m_service->storeWriter());
    return true;
}

void AppContext::loadCatalogue()
{
    m_catalogueProblems.clear();
    m_catalogue = Catalogue::load(m_paths.catalogueOverrideFile(), &m_catalogueProblems);
    for (qsizetype i = 0; i < m_options.catalogueOverrides.size(); ++i)
        m_catalogue.addJson(m_options.catalogueOverrides.at(i), QStringLiteral("catalogue override %1").arg(i + 1),
                            &m_catalogueProblems);
}

void AppContext::buildProviders()
{
    auto providers = std::make_unique<ProviderRegistry>();
    for (const ProviderSpec &spec : m_catalogue.providers()) {
        if (auto provider = m_options.providerFactory(spec, m_catalogue, *m_keys, m_paths, m_options.workerExecutable))
            providers->add(std::move(provider));
    }
    // A running studio keeps its service (the window listens to it); only the providers change.
    // saveUserCatalogue has made sure no job is active; were one active, the old providers stay.
    if (m_service) {
        if (m_service->replaceProviders(*providers))
            m_providers = std::move(providers);
        return;
    }
    m_providers = std::move(providers);
    GenerationService::Dependencies deps;
    deps.catalogue = &m_catalogue;
    deps.jobs = m_jobs.get();
    deps.ledger = m_ledger.get();
    deps.budget = m_budgetGuard.get();
    deps.providers = m_providers.get();
    deps.paths = &m_paths;
    deps.finisher = m_provenance.get();
    deps.reserveIdsAhead = m_options.reserveIdsAhead;
    m_service = std::make_unique<GenerationService>(deps);
    if (!m_profiles)
        m_profiles = std::make_unique<ProviderProfiles>(*this);
}

bool AppContext::saveUserCatalogue(QString *error)
{
    if (m_service && m_service->hasActiveJobs()) {
        if (error)
            *error = QCoreApplication::translate("AppContext", "Providers cannot change while jobs are running; "
                                                               "try again when they have finished.");
        return false;
    }
    if (!m_userCatalogueProblem.isEmpty()) {
        // Keep a copy beside it too, in case the user's next step is to delete the broken file.
        const QString file = m_paths.catalogueOverrideFile();
        const QString backup = file + QStringLiteral(".bak");
        QFile::remove(backup);
        const bool copied = QFile::copy(file, backup);
        if (error)
            *error = QCoreApplication::translate("AppContext", "%1 was not changed because it cannot be read (%2). "
                                                               "Fix or remove it first.%3")
                         .arg(file, m_userCatalogueProblem,
                              copied ? QCoreApplication::translate("AppContext", " A copy is kept in %1.").arg(backup)
                                     : QString());
        return false;
    }
    QSaveFile file(m_paths.catalogueOverrideFile());
    if (!file.open(QIODevice::WriteOnly) || file.write(m_userCatalogue.toJson()) < 0 || !file.commit()) {
        if (error)
            *error = QStringLiteral("Cannot write %1: %2").arg(m_paths.catalogueOverrideFile(), file.errorString());
        return false;
    }
    loadCatalogue();
    buildProviders();
    return true;
}

void AppContext::refreshProviderModels(const QString &providerId, QObject *context,
                                       std::function<void(const QString &error)> done)
{
    const ProviderSpec *mine = m_userCatalogue.provider(providerId);
    const ProviderSpec spec = mine ? *mine : ProviderSpec{};
    const QString wrong = !mine ? QCoreApplication::translate("AppContext", "There is no provider profile named \"%1\".").arg(providerId)
        : !listsModelCapabilities(spec.kind)
            ? QCoreApplication::translate("AppContext", "%1 has a fixed list of models; there is nothing to refresh.").arg(providerId)
            : QString();
    if (!wrong.isEmpty()) {
        QTimer::singleShot(0, context, [done, wrong] { done(wrong); });
        return;
    }
    fetchProviderModels(spec, *m_keys, m_paths, context, [this, spec, done](const ProviderModelList &list, const QString &error) {
        if (!error.isEmpty())
            return done(error);
        // Keep the profile's own narrowing (--model) where the service still lists those models.
        ProviderSpec updated = spec;
        const QStringList only = spec.options.value(QStringLiteral("onlyModels")).toVariant().toStringList();
        QStringList keep;
        for (const ModelSpec &m : list.models)
            if (only.contains(m.id))
                keep.append(m.id);
        if (!only.isEmpty() && keep.isEmpty())
            return done(QCoreApplication::translate("AppContext", "The service no longer lists %1, the models this profile "
                                                                  "was limited to.").arg(only.join(QStringLiteral(", "))));
        QString problem;
        if (!applyProviderModels(m_userCatalogue, &updated, list, keep, &problem))
            return done(problem);
        if (!saveUserCatalogue(&problem))
            return done(problem);
        done(QString());
    });
}

} // namespace rc
