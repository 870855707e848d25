#pragma once

#include "batch/BatchSource.h"
#include "core/GenerationRequest.h"
#include "core/Money.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>
#include <optional>

namespace rc {
class Catalogue;
class GenerationService;
}

namespace rc::batch {

// What applies to every row that does not say otherwise (the command's options, the dialog).
struct BatchSettings
{
    QString provider = QStringLiteral("builtin");
    QString model;                   // empty: the provider's first
    QString tier;                    // empty: the model's first
    std::optional<int> durationSec;  // empty: 4 s where offered, else the model's first
    std::optional<VideoSize> size;   // an exact size the model must offer
    QString preset;                  // or a preset: the nearest offered size, cropped to it exactly
    QString prompt;                  // empty: the product template; may hold {sku} and {name}
    bool withAudio = true;
};

// One product ready to run: what to ask the provider for and what the delivered clip must be.
struct BatchItem
{
    int row = 0;
    QString sku;
    GenerationRequest request;
    VideoSize deliverSize;  // the clip written to the output folder; differs from request.size
                            // when a preset had to be met by cropping a nearby offered size
    Money estimate;
};

struct BatchPlan
{
    QString name;
    QList<BatchItem> items;
    QStringList problems; // "Row 4 (SKU): ..." lines; any problem means nothing may run
    QHash<int, QStringList> rowProblems; // the same, by row number, for showing beside each row
    bool ok() const { return problems.isEmpty() && !items.isEmpty(); }
    Money total() const;
    // The total of the items still to make: those whose sku is not in `done`.
    Money totalExcept(const QSet<QString> &done) const;
};

// The skus whose clip is already in outDir (a non-empty SKU.mp4). A batch run into that folder
// keeps and skips them (BatchRunner::prepare), so they cost nothing and are not made again.
QSet<QString> deliveredSkus(const QList<BatchItem> &items, const QString &outDir);

// Checks every row (photo present and readable, duration and size offered, sku usable as a
// file name and unique, everything the service would refuse) and builds the requests. Reports
// every problem, not only the first.
BatchPlan planBatch(const BatchSource &source, const BatchSettings &settings, const Catalogue &catalogue,
                    const GenerationService &service);

} // namespace rc::batch
