#pragma once

#include "core/ModelRetirement.h"
#include "core/Money.h"
#include "core/VideoSize.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace rc {

struct TierSpec
{
    QString id;
    QString label;
};

// A price that applies to the listed sizes and tiers (an empty list matches all).
struct PriceRule
{
    QStringList sizes;
    QStringList tiers;
    Money perSecond;
};

// Sizes that a model offers only at some durations (Veo: 1080p at 8 s only).
struct SizeRule
{
    QStringList sizes;
    QList<int> durations;
};

// What one model can do and what it costs: read from the catalogue, never written in code.
struct ModelSpec
{
    QString id;
    QString label;
    QList<TierSpec> tiers;
    QList<int> durations;
    QList<VideoSize> sizes;
    QList<SizeRule> sizeRules;
    bool imageInput = false;
    bool lastFrameInput = false;
    bool negativePrompt = false;
    bool audio = false;
    int maxPromptChars = 4000;
    QList<PriceRule> prices;
    QList<ModelRetirement> retired; // services that shut this model down (by API host)

    bool offersSize(const VideoSize &size) const;
    bool offersDuration(int seconds) const;
    bool offersTier(const QString &tier) const;
    // False when a size rule restricts this size to other durations.
    bool allowsCombination(const VideoSize &size, int seconds) const;
    std::optional<Money> pricePerSecond(const VideoSize &size, const QString &tier) const;
    QJsonObject toJson() const;
};

// One configured provider: the built-in engine, a Videos API server, a Gemini key, ...
struct ProviderSpec
{
    QString id;          // the profile name the user types: "builtin", "openai", "my-gpu"
    QString kind;        // "builtin", "videos-api", "gemini"
    QString label;
    QString description;
    QString baseUrl;
    QString keyEnv;      // environment variable that may hold the key
    QString retired;     // a date when the service was shut down, or empty
    QStringList models;
    int maxConcurrent = 1;
    QJsonObject options; // kind-specific settings the core passes through untouched

    bool isRetired() const { return !retired.isEmpty(); }
    QJsonObject toJson() const;
};

} // namespace rc
