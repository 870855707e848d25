#pragma once

#include <QList>
#include <QString>
#include <QUrl>
#include <optional>

namespace rc {

// A service that has shut a model down. The same model id may live on elsewhere (sora-2 through a
// relay, Veo through an aggregator), so a retirement belongs to the API host that stopped serving
// it, not to the model everywhere. Read from the catalogue's "retired" list of each model.
struct ModelRetirement
{
    QString host;        // the API host, e.g. "api.openai.com" (compared without case)
    QString date;        // when it stopped answering, "2026-09-24"
    QString replacement; // what to pick instead, as the user finds it ("openai/sora-2-pro on OpenRouter")

    bool appliesTo(const QUrl &baseUrl) const;
};

// The retirement of a model on the service at `baseUrl`, if any.
std::optional<ModelRetirement> retirementAt(const QList<ModelRetirement> &retirements, const QUrl &baseUrl);

// One sentence, the same wherever a retired model is met (the catalogue's refusal before any
// request, and a 404/410 from a service that says the model is gone): it names the date and
// what to use instead. `replacement` may be empty when nothing is known.
QString retiredModelMessage(const QString &modelLabel, const QString &serviceName, const QString &date,
                            const QString &replacement);

} // namespace rc
