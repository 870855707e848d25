#pragma once

#include "core/Catalogue.h"
#include "core/Paths.h"
#include "providers/ProviderRegistry.h"
#include "service/BudgetGuard.h"
#include "service/GenerationService.h"
#include "store/Budgets.h"
#include "store/Database.h"
#include "store/JobRepository.h"
#include "store/Ledger.h"
#include "support/FakeProvider.h"

#include <QTemporaryDir>
#include <memory>

namespace rc::test {

// A whole service on a temporary profile with two fake providers: "fake-free" (free, at most
// one job at a time) and "fake-paid" (sora-2 prices, at most two at a time). No network, no engine.
struct ServiceFixture
{
    ServiceFixture();

    GenerationRequest paidRequest(const QString &prompt = QStringLiteral("a paid clip")) const;
    GenerationRequest freeRequest(const QString &prompt = QStringLiteral("a free clip")) const;
    // Rebuilds the service over the same store, as after a restart.
    void restartService();

    QTemporaryDir dir;
    Paths paths;
    Catalogue catalogue;
    std::unique_ptr<Database> db;
    std::unique_ptr<JobRepository> jobs;
    std::unique_ptr<Ledger> ledger;
    std::unique_ptr<Budgets> budgets;
    std::unique_ptr<BudgetGuard> guard;
    std::unique_ptr<ProviderRegistry> registry;
    FakeProvider *freeProvider = nullptr;
    FakeProvider *paidProvider = nullptr;
    std::unique_ptr<GenerationService> service;
};

} // namespace rc::test
