#pragma once

#include "providers/Provider.h"

#include <QString>
#include <memory>
#include <vector>

namespace rc {

// Owns the provider instances, one per configured profile, found by profile id.
class ProviderRegistry
{
public:
    void add(std::unique_ptr<Provider> provider);
    Provider *find(const QString &id) const;
    std::vector<Provider *> all() const;

private:
    std::vector<std::unique_ptr<Provider>> m_providers;
};

} // namespace rc
