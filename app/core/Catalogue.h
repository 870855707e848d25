#pragma once

#include "core/CatalogueTypes.h"
#include "core/GenerationRequest.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QStringList>

namespace rc {

// Capabilities and prices of every provider and model, read from JSON: the defaults compiled in
// from resources/catalogue.json, overlaid by <profile>/catalogue.json (models and providers there
// replace those of the same id, so a user can re-price a model or add a server of their own).
// Loading validates every field and reports each problem with its JSON path.
class Catalogue
{
public:
    // Parses one catalogue document. On errors returns false and appends "path: problem" lines.
    // Providers may name models defined in this catalogue, in the document, or in `base`.
    bool addJson(const QByteArray &json, const QString &sourceName, QStringList *errors,
                 const Catalogue *base = nullptr);
    // The compiled-in defaults.
    static Catalogue defaults(QStringList *errors);
    // The defaults, then the override file when it exists.
    static Catalogue load(const QString &overridePath, QStringList *errors);

    QList<ProviderSpec> providers() const { return m_providers; }
    const ProviderSpec *provider(const QString &id) const;
    const ModelSpec *model(const QString &id) const;
    QStringList modelIds() const { return m_models.keys(); }

    // Whether `provider`'s service has shut `modelId` down (the model's "retired" entries, by host).
    std::optional<ModelRetirement> retirement(const ProviderSpec &provider, const QString &modelId) const;
    // The provider's models minus those its service has retired: what pickers offer.
    QStringList activeModels(const ProviderSpec &provider) const;

    // The model a request runs on: its own, or its provider's first that is still served.
    QString effectiveModel(const GenerationRequest &request) const;
    // Empty when the request can run; otherwise one sentence for the user saying what to change.
    QString validate(const GenerationRequest &request) const;
    // What the request will cost; zero for free providers.
    Money estimate(const GenerationRequest &request) const;

    void upsertProvider(const ProviderSpec &provider);
    bool removeProvider(const QString &id);
    void upsertModel(const ModelSpec &model);
    QByteArray toJson() const;

private:
    QList<ProviderSpec> m_providers;
    QHash<QString, ModelSpec> m_models;
};

} // namespace rc
