#include "core/ModelRetirement.h"

#include <QCoreApplication>

namespace rc {
namespace {

// lupdate takes the context from this declaration; a plain function would hide it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ModelRetirement)
};

} // namespace

bool ModelRetirement::appliesTo(const QUrl &baseUrl) const
{
    return !host.isEmpty() && baseUrl.host().compare(host, Qt::CaseInsensitive) == 0;
}

std::optional<ModelRetirement> retirementAt(const QList<ModelRetirement> &retirements, const QUrl &baseUrl)
{
    for (const ModelRetirement &r : retirements)
        if (r.appliesTo(baseUrl))
            return r;
    return std::nullopt;
}

QString retiredModelMessage(const QString &modelLabel, const QString &serviceName, const QString &date,
                            const QString &replacement)
{
    if (replacement.isEmpty())
        return Tr::tr("%1 was shut down on %2 on %3; choose another model.").arg(modelLabel, serviceName, date);
    return Tr::tr("%1 was shut down on %2 on %3; use %4 instead.").arg(modelLabel, serviceName, date, replacement);
}

} // namespace rc
