#include "core/CatalogueTypes.h"

#include <QJsonArray>

namespace rc {

bool ModelSpec::offersSize(const VideoSize &size) const
{
    return sizes.contains(size);
}

bool ModelSpec::offersDuration(int seconds) const
{
    return durations.contains(seconds);
}

bool ModelSpec::offersTier(const QString &tier) const
{
    for (const auto &t : tiers)
        if (t.id == tier)
            return true;
    return false;
}

bool ModelSpec::allowsCombination(const VideoSize &size, int seconds) const
{
    const QString s = size.toString();
    for (const auto &rule : sizeRules)
        if (rule.sizes.contains(s) && !rule.durations.contains(seconds))
            return false;
    return true;
}

std::optional<Money> ModelSpec::pricePerSecond(const VideoSize &size, const QString &tier) const
{
    const QString s = size.toString();
    for (const auto &rule : prices) {
        const bool sizeOk = rule.sizes.isEmpty() || rule.sizes.contains(s);
        const bool tierOk = rule.tiers.isEmpty() || rule.tiers.contains(tier);
        if (sizeOk && tierOk)
            return rule.perSecond;
    }
    return std::nullopt;
}

static QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonObject ModelSpec::toJson() const
{
    QJsonArray tierArray, durationArray, sizeArray, ruleArray, priceArray;
    for (const auto &t : tiers)
        tierArray.append(QJsonObject{{QStringLiteral("id"), t.id}, {QStringLiteral("label"), t.label}});
    for (int d : durations)
        durationArray.append(d);
    for (const auto &s : sizes)
        sizeArray.append(s.toString());
    for (const auto &r : sizeRules) {
        QJsonArray ds;
        for (int d : r.durations)
            ds.append(d);
        ruleArray.append(QJsonObject{{QStringLiteral("sizes"), toArray(r.sizes)}, {QStringLiteral("durations"), ds}});
    }
    for (const auto &p : prices) {
        QJsonObject o{{QStringLiteral("perSecondUsd"), p.perSecond.micros() / 1e6}};
        if (!p.sizes.isEmpty())
            o.insert(QStringLiteral("sizes"), toArray(p.sizes));
        if (!p.tiers.isEmpty())
            o.insert(QStringLiteral("tiers"), toArray(p.tiers));
        priceArray.append(o);
    }
    QJsonObject o{{QStringLiteral("label"), label},
                  {QStringLiteral("tiers"), tierArray},
                  {QStringLiteral("durations"), durationArray},
                  {QStringLiteral("sizes"), sizeArray},
                  {QStringLiteral("imageInput"), imageInput},
                  {QStringLiteral("lastFrameInput"), lastFrameInput},
                  {QStringLiteral("negativePrompt"), negativePrompt},
                  {QStringLiteral("audio"), audio},
                  {QStringLiteral("maxPromptChars"), maxPromptChars},
                  {QStringLiteral("prices"), priceArray}};
    if (!ruleArray.isEmpty())
        o.insert(QStringLiteral("sizeRules"), ruleArray);
    QJsonArray retiredArray;
    for (const auto &r : retired)
        retiredArray.append(QJsonObject{{QStringLiteral("host"), r.host},
                                        {QStringLiteral("date"), r.date},
                                        {QStringLiteral("replacement"), r.replacement}});
    if (!retiredArray.isEmpty())
        o.insert(QStringLiteral("retired"), retiredArray);
    return o;
}

QJsonObject ProviderSpec::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("kind"), kind},
                  {QStringLiteral("label"), label},
                  {QStringLiteral("models"), toArray(models)},
                  {QStringLiteral("maxConcurrent"), maxConcurrent}};
    if (!description.isEmpty())
        o.insert(QStringLiteral("description"), description);
    if (!baseUrl.isEmpty())
        o.insert(QStringLiteral("baseUrl"), baseUrl);
    if (!keyEnv.isEmpty())
        o.insert(QStringLiteral("keyEnv"), keyEnv);
    if (!retired.isEmpty())
        o.insert(QStringLiteral("retired"), retired);
    if (!options.isEmpty())
        o.insert(QStringLiteral("options"), options);
    return o;
}

} // namespace rc
