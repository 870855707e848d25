#pragma once

#include "core/Job.h"

#include <QJsonObject>

namespace rc::cli {

// The JSON shape of a job in `list --json` and `show --json`; stable for scripts.
QJsonObject jobToJson(const Job &job);

} // namespace rc::cli
