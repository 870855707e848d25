#include "support/ServiceFixture.h"

#include <QDir>

namespace rc::test {
namespace {

const char *const kFakeCatalogue = R"json({
  "models": {
    "fake-free-model": { "tiers": [{"id": "draft"}], "durations": [2, 4], "sizes": ["640x360"],
                         "imageInput": true, "prices": [{"perSecondUsd": 0}] }
  },
  "providers": [
    { "id": "fake-free", "kind": "videos-api", "baseUrl": "http://127.0.0.1:9", "models": ["fake-free-model"], "maxConcurrent": 1 },
    { "id": "fake-paid", "kind": "videos-api", "baseUrl": "http://127.0.0.1:9", "models": ["sora-2"], "maxConcurrent": 2 }
  ]
})json";

} // namespace

ServiceFixture::ServiceFixture() : paths(dir.path())
{
    paths.ensureExists(nullptr);
    QStringList errors;
    catalogue = Catalogue::defaults(&errors);
    catalogue.addJson(kFakeCatalogue, QStringLiteral("fixture"), &errors);
    Q_ASSERT(errors.isEmpty());
    db = std::make_unique<Database>(paths.databaseFile());
    QString error;
    db->open(&error);
    jobs = std::make_unique<JobRepository>(*db);
    ledger = std::make_unique<Ledger>(*db);
    budgets = std::make_unique<Budgets>(*db);
    guard = std::make_unique<BudgetGuard>(*budgets, *ledger);
    restartService();
}

void ServiceFixture::restartService()
{
    service.reset();
    registry = std::make_unique<ProviderRegistry>();
    auto freeP = std::make_unique<FakeProvider>(*catalogue.provider(QStringLiteral("fake-free")));
    auto paidP = std::make_unique<FakeProvider>(*catalogue.provider(QStringLiteral("fake-paid")));
    freeProvider = freeP.get();
    paidProvider = paidP.get();
    registry->add(std::move(freeP));
    registry->add(std::move(paidP));
    GenerationService::Dependencies deps;
    deps.catalogue = &catalogue;
    deps.jobs = jobs.get();
    deps.ledger = ledger.get();
    deps.budget = guard.get();
    deps.providers = registry.get();
    deps.paths = &paths;
    service = std::make_unique<GenerationService>(deps);
    service->setAutoRetry(3, 1);
}

GenerationRequest ServiceFixture::paidRequest(const QString &prompt) const
{
    GenerationRequest r;
    r.prompt = prompt;
    r.provider = QStringLiteral("fake-paid");
    r.model = QStringLiteral("sora-2");
    r.tier = QStringLiteral("standard");
    r.durationSec = 8;
    r.size = VideoSize{1280, 720};
    return r;
}

GenerationRequest ServiceFixture::freeRequest(const QString &prompt) const
{
    GenerationRequest r;
    r.prompt = prompt;
    r.provider = QStringLiteral("fake-free");
    r.tier = QStringLiteral("draft");
    r.durationSec = 2;
    r.size = VideoSize{640, 360};
    return r;
}

} // namespace rc::test
