#pragma once

#include "engine/Engine.h"

#include <QJsonObject>

namespace rc::engine {

// The worker process receives its job as this JSON. Every field is written; on reading, missing
// fields keep EngineJob's defaults, and wrong types are an error (a version skew, not a user's).
QJsonObject toJson(const EngineJob &job);
bool fromJson(const QJsonObject &json, EngineJob *job, QString *error);

QString tierName(Tier tier);                        // "draft" / "pro"
bool parseTier(const QString &name, Tier *tier);    // case-insensitive

} // namespace rc::engine
