#pragma once

#include "bootstrap/AppContext.h"
#include "core/Catalogue.h"
#include "core/Paths.h"
#include "service/ClipLibrary.h"
#include "service/GenerationService.h"
#include "store/Budgets.h"
#include "store/Database.h"
#include "store/JobRepository.h"
#include "store/Ledger.h"
#include "support/FakeKeyStore.h"
#include "support/FakeProvider.h"

#include <QTemporaryDir>
#include <memory>

namespace rc::test {

// A whole core on a temporary profile, built by AppContext as the studio builds it, with two fake
// providers in place of every real one: "fake-free" (free, at most one job at a time) and
// "fake-paid" (sora-2 prices, at most two at a time). No network, no engine, in-memory keys.
struct ServiceFixture
{
    // `extraCatalogue`: more catalogue JSON merged over the fixture's (providers a test needs).
    // `realProviders`: ids of its providers built as the studio builds them (e.g. a videos-api
    // provider talking to a fake server on 127.0.0.1) instead of being left out.
    explicit ServiceFixture(QList<QByteArray> extraCatalogue = {}, QStringList realProviders = {});
    ~ServiceFixture();

    GenerationRequest paidRequest(const QString &prompt = QStringLiteral("a paid clip")) const;
    GenerationRequest freeRequest(const QString &prompt = QStringLiteral("a free clip")) const;
    // Stops the core and builds it again over the same profile, as after a restart: jobs, ledger
    // and keys are what the first one left. Every pointer below then points into the new core.
    void restartService();

    QTemporaryDir dir;
    Paths paths;
    std::unique_ptr<AppContext> app;
    // Parts of `app`, for brevity.
    const Catalogue *catalogue = nullptr;
    Database *db = nullptr;
    JobRepository *jobs = nullptr;
    Ledger *ledger = nullptr;
    Budgets *budgets = nullptr;
    KeyStore *keys = nullptr;
    GenerationService *service = nullptr;
    ClipLibrary *library = nullptr;
    FakeProvider *freeProvider = nullptr;
    FakeProvider *paidProvider = nullptr;

private:
    void open();

    QList<QByteArray> m_extraCatalogue;
    QStringList m_realProviders;
    FakeKeyStore m_keys; // outlives a restart, as the keychain does
};

} // namespace rc::test
