#include "support/ServiceFixture.h"

#include "bootstrap/ProviderFactory.h"

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

// Lends the fixture's keys to one AppContext (which owns its key store), so a restarted core
// finds what the previous one stored.
class LentKeyStore final : public KeyStore
{
public:
    explicit LentKeyStore(KeyStore &keys) : m_keys(keys) {}
    QString key(const QString &providerId, const QString &envName) const override { return m_keys.key(providerId, envName); }
    bool setKey(const QString &providerId, const QString &key, QString *error) override
    {
        return m_keys.setKey(providerId, key, error);
    }
    bool removeKey(const QString &providerId, QString *error) override { return m_keys.removeKey(providerId, error); }

private:
    KeyStore &m_keys;
};

} // namespace

ServiceFixture::ServiceFixture(QList<QByteArray> extraCatalogue, QStringList realProviders)
    : paths(dir.path()), m_extraCatalogue(std::move(extraCatalogue)), m_realProviders(std::move(realProviders))
{
    open();
}

ServiceFixture::~ServiceFixture() = default;

void ServiceFixture::open()
{
    AppContext::Options options;
    options.profileDir = dir.path();
    options.logToFile = false;
    options.keyStore = std::make_unique<LentKeyStore>(m_keys);
    options.catalogueOverrides = QList<QByteArray>{kFakeCatalogue} + m_extraCatalogue;
    // Only the fakes: no engine, no network. Called again whenever the core rebuilds its providers.
    options.providerFactory = [this](const ProviderSpec &spec, const Catalogue &catalogue, KeyStore &keys,
                                     const Paths &profile, const QString &worker) -> std::unique_ptr<Provider> {
        if (m_realProviders.contains(spec.id))
            return makeProvider(spec, catalogue, keys, profile, worker);
        FakeProvider **slot = spec.id == QLatin1String("fake-free")   ? &freeProvider
                            : spec.id == QLatin1String("fake-paid") ? &paidProvider
                                                                     : nullptr;
        if (!slot)
            return nullptr;
        auto provider = std::make_unique<FakeProvider>(spec);
        *slot = provider.get();
        return provider;
    };
    app = std::make_unique<AppContext>(std::move(options));
    QString error;
    if (!app->open(&error))
        qFatal("The test profile cannot be opened: %s", qPrintable(error));
    if (!app->catalogueProblems().isEmpty())
        qFatal("The test catalogue has problems: %s", qPrintable(app->catalogueProblems().join(QLatin1Char('\n'))));
    paths = app->paths();
    catalogue = &app->catalogue();
    db = &app->database();
    jobs = &app->jobs();
    ledger = &app->ledger();
    budgets = &app->budgets();
    keys = &app->keys();
    service = &app->service();
    library = &app->library();
    service->setAutoRetry(3, 1);
}

void ServiceFixture::restartService()
{
    app.reset();
    freeProvider = paidProvider = nullptr;
    open();
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
