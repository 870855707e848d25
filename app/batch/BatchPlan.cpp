#include "batch/BatchPlan.h"

#include "batch/BatchPresets.h"
#include "batch/ProductPrompt.h"
#include "core/Catalogue.h"
#include "media/ImageFit.h"
#include "service/GenerationService.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>

namespace rc::batch {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Batch", text);
}

// Empty when `sku` can name a file in any file system a seller may copy the folder to.
QString skuProblem(const QString &sku)
{
    if (sku.isEmpty())
        return tr("the sku is empty");
    if (sku == QLatin1String(".") || sku == QLatin1String(".."))
        return tr("the sku \"%1\" cannot name a file").arg(sku);
    static const QString forbidden = QStringLiteral("/\\:*?\"<>|");
    for (const QChar c : sku)
        if (c.unicode() < 0x20 || forbidden.contains(c))
            return tr("the sku \"%1\" has a character a file name cannot have (/ \\ : * ? \" < > |)").arg(sku);
    if (sku.size() > 120)
        return tr("the sku \"%1\" is longer than 120 characters").arg(sku.left(20) + QStringLiteral("..."));
    return QString();
}

} // namespace

Money BatchPlan::total() const
{
    Money sum;
    for (const BatchItem &item : items)
        sum += item.estimate;
    return sum;
}

Money BatchPlan::totalExcept(const QSet<QString> &done) const
{
    Money sum;
    for (const BatchItem &item : items)
        if (!done.contains(item.sku))
            sum += item.estimate;
    return sum;
}

QSet<QString> deliveredSkus(const QList<BatchItem> &items, const QString &outDir)
{
    QSet<QString> done;
    if (outDir.isEmpty())
        return done;
    const QDir out(outDir);
    for (const BatchItem &item : items) {
        const QFileInfo clip(out.filePath(item.sku + QStringLiteral(".mp4")));
        if (!item.sku.isEmpty() && clip.isFile() && clip.size() > 0)
            done.insert(item.sku);
    }
    return done;
}

BatchPlan planBatch(const BatchSource &source, const BatchSettings &settings, const Catalogue &catalogue,
                    const GenerationService &service)
{
    BatchPlan plan;
    plan.name = source.name;
    plan.problems = source.problems;
    const ProviderSpec *provider = catalogue.provider(settings.provider);
    if (!provider) {
        plan.problems.append(tr("There is no provider named \"%1\".").arg(settings.provider));
        return plan;
    }
    const QString modelId = settings.model.isEmpty() ? provider->models.value(0) : settings.model;
    const ModelSpec *model = catalogue.model(modelId);
    if (!model || !provider->models.contains(modelId)) {
        plan.problems.append(tr("%1 does not offer the model \"%2\" (it offers %3).")
                                 .arg(provider->label, modelId, provider->models.join(QStringLiteral(", "))));
        return plan;
    }
    if (!settings.preset.isEmpty() && !presetSize(settings.preset))
        plan.problems.append(tr("There is no preset \"%1\" (choose %2).")
                                 .arg(settings.preset, batchPresetNames().join(QStringLiteral(", "))));

    QHash<QString, int> firstRowOfSku; // lower-cased: "A1.mp4" and "a1.mp4" clash on many disks
    for (const BatchRow &row : source.rows) {
        QStringList rowProblems;
        auto problem = [&](const QString &text) { rowProblems.append(text); };

        const QString skuIssue = skuProblem(row.sku);
        if (!skuIssue.isEmpty()) {
            problem(skuIssue);
        } else {
            const QString key = row.sku.toLower();
            if (firstRowOfSku.contains(key))
                problem(tr("the sku \"%1\" is already used by row %2").arg(row.sku).arg(firstRowOfSku.value(key)));
            else
                firstRowOfSku.insert(key, row.row);
        }

        QString photoError;
        if (row.photo.isEmpty())
            problem(tr("no photo is given"));
        else if (!media::checkImage(row.photo, &photoError))
            // The image check's reason names the photo itself most of the time: once is enough.
            problem(photoError.contains(row.photo) ? photoError
                                                   : tr("the photo %1 cannot be used: %2").arg(row.photo, photoError));

        GenerationRequest request;
        request.provider = settings.provider;
        request.model = modelId;
        request.imagePath = row.photo;
        request.withAudio = settings.withAudio;
        request.tier = settings.tier.isEmpty() ? (model->tiers.isEmpty() ? request.tier : model->tiers.first().id)
                                               : settings.tier;
        // Duration: the row's, the batch's, else 4 s where offered.
        if (!row.seconds.isEmpty()) {
            bool ok = false;
            request.durationSec = row.seconds.toInt(&ok);
            if (!ok || request.durationSec <= 0)
                problem(tr("seconds \"%1\" is not a whole number of seconds").arg(row.seconds));
        } else if (settings.durationSec) {
            request.durationSec = *settings.durationSec;
        } else if (!model->offersDuration(request.durationSec) && !model->durations.isEmpty()) {
            request.durationSec = model->durations.first();
        }

        // Size: an exact size (the row's, else the batch's) must be offered as it is; a preset
        // (the row's, else the batch's) is met by the nearest offered size and an exact crop.
        std::optional<VideoSize> exact;
        std::optional<VideoSize> target;
        if (!row.size.isEmpty()) {
            exact = VideoSize::parse(row.size);
            if (!exact)
                problem(tr("size \"%1\" is not WIDTHxHEIGHT such as 1280x720").arg(row.size));
        } else if (!row.preset.isEmpty()) {
            target = presetSize(row.preset);
            if (!target)
                problem(tr("there is no preset \"%1\" (choose %2)")
                            .arg(row.preset, batchPresetNames().join(QStringLiteral(", "))));
        } else if (settings.size) {
            exact = settings.size;
        } else if (!settings.preset.isEmpty()) {
            target = presetSize(settings.preset);
        } else {
            exact = model->offersSize(request.size) || model->sizes.isEmpty() ? request.size : model->sizes.first();
        }
        VideoSize deliver = request.size;
        if (exact) {
            request.size = *exact;
            deliver = *exact;
        } else if (target) {
            deliver = *target;
            if (const auto offered = nearestOfferedSize(*model, *target, request.durationSec))
                request.size = *offered;
            else
                problem(tr("%1 offers no size at %2 seconds").arg(model->label).arg(request.durationSec));
        }

        const QString templ = !row.prompt.isEmpty() ? row.prompt
                                                    : (!settings.prompt.isEmpty() ? settings.prompt : defaultProductPrompt());
        request.prompt = expandProductPrompt(templ, row.sku, row.photo);

        // Everything else the service would refuse, in its own words (photo problems are above).
        if (rowProblems.isEmpty()) {
            const QString refusal = service.check(request);
            if (!refusal.isEmpty())
                problem(refusal);
        }
        if (!rowProblems.isEmpty()) {
            plan.rowProblems.insert(row.row, rowProblems);
            for (const QString &p : std::as_const(rowProblems))
                plan.problems.append(tr("Row %1 (%2): %3").arg(row.row).arg(row.sku.isEmpty() ? tr("no sku") : row.sku, p));
            continue;
        }
        BatchItem item;
        item.row = row.row;
        item.sku = row.sku;
        item.request = request;
        item.deliverSize = deliver;
        item.estimate = catalogue.estimate(request);
        plan.items.append(item);
    }
    if (source.rows.isEmpty() && plan.problems.isEmpty())
        plan.problems.append(tr("There is nothing to make: no products were found."));
    return plan;
}

} // namespace rc::batch
