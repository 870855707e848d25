#include "providers/ProviderRegistry.h"

namespace rc {

void ProviderRegistry::add(std::unique_ptr<Provider> provider)
{
    for (auto &p : m_providers) {
        if (p->id() == provider->id()) {
            p = std::move(provider);
            return;
        }
    }
    m_providers.push_back(std::move(provider));
}

Provider *ProviderRegistry::find(const QString &id) const
{
    for (const auto &p : m_providers)
        if (p->id() == id)
            return p.get();
    return nullptr;
}

std::vector<Provider *> ProviderRegistry::all() const
{
    std::vector<Provider *> out;
    for (const auto &p : m_providers)
        out.push_back(p.get());
    return out;
}

} // namespace rc
