#pragma once

#include "core/JobState.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace rc {

// A page of history: filters, order and window. Empty fields do not filter.
struct JobQuery
{
    enum class Sort { NewestFirst, OldestFirst, CostHighest, DurationLongest };

    QString search;                 // full-text over prompts (words, prefix "cat*", "quoted phrases")
    std::optional<JobState> state;
    QString provider;
    QString model;
    QString project;                // project name
    QString tag;
    bool favouritesOnly = false;
    std::optional<bool> hasImage;
    QDateTime from;                 // created at or after
    QDateTime to;                   // created before
    bool includeDeleted = false;
    Sort sort = Sort::NewestFirst;
    int limit = 100;
    int offset = 0;
};

} // namespace rc
