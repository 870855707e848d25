#include "cli/Commands.h"
#include "cli/InterruptWatch.h"
#include "cli/ProgressBar.h"

#include "batch/BatchPlan.h"
#include "batch/BatchPresets.h"
#include "batch/BatchRunner.h"
#include "batch/BatchSource.h"
#include "batch/BatchStore.h"
#include "service/BudgetGuard.h"
#include "service/GenerationService.h"
#include "store/JobRepository.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace rc::cli {
namespace {

// Runs the event loop until the batch ends; Ctrl+C (or a polite kill) cancels it cleanly, and
// the report then says which rows did not finish.
void runToTheEnd(batch::BatchRunner &runner)
{
    ProgressBar bar;
    QEventLoop loop;
    batch::BatchRunner *r = &runner;
    ProgressBar *b = &bar;
    auto draw = [r, b] {
        int sum = 0;
        for (const auto &row : r->rows())
            sum += row.state == batch::BatchRunner::RowState::Completed ? 100 : std::max(0, row.progress);
        const int finished = r->doneCount() + r->failedCount();
        b->update(QStringLiteral("%1/%2 done").arg(finished).arg(r->total()), r->total() ? sum / r->total() : 0, -1);
    };
    QObject::connect(&runner, &batch::BatchRunner::rowChanged, &loop, draw);
    QObject::connect(&runner, &batch::BatchRunner::finished, &loop, &QEventLoop::quit);
    {
        InterruptWatch interrupts(&loop, [&runner] { runner.cancel(); });
        runner.start();
        if (!runner.isFinished())
            loop.exec();
    }
    bar.finish();
}

} // namespace

int runBatchCommand(const CommandArgs &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("source"),
                                 QStringLiteral("A CSV sheet (columns sku, photo; optional prompt, seconds, size, preset) "
                                                "or a folder of product photos."));
    const QCommandLineOption provider(QStringLiteral("provider"), QStringLiteral("Provider profile (default: builtin)."), QStringLiteral("name"), QStringLiteral("builtin"));
    const QCommandLineOption model(QStringLiteral("model"), QStringLiteral("Model id of the provider."), QStringLiteral("id"));
    const QCommandLineOption tier(QStringLiteral("tier"), QStringLiteral("Quality tier (default: the model's first)."), QStringLiteral("t"));
    const QCommandLineOption seconds(QStringLiteral("seconds"), QStringLiteral("Duration of rows that give none."), QStringLiteral("n"));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("Exact frame size the model offers, e.g. 1280x720."), QStringLiteral("WxH"));
    const QCommandLineOption preset(QStringLiteral("preset"), QStringLiteral("Where the clips go: %1.").arg(batch::batchPresetNames().join(QStringLiteral(", "))), QStringLiteral("name"));
    const QCommandLineOption prompt(QStringLiteral("prompt"), QStringLiteral("Prompt of rows that give none ({sku} and {name} are filled in); default: a product turntable template."), QStringLiteral("text"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("Folder for SKU.mp4 and report.csv (default: the folder an earlier batch from the same sheet or folder used, so a rerun on any day resumes it; else ./reelcraft-batch-DATE)."), QStringLiteral("dir"));
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("Batch name, tagged on every clip (default: the sheet's or folder's name)."), QStringLiteral("text"));
    const QCommandLineOption yes(QStringLiteral("yes"), QStringLiteral("Start a batch that costs money without asking."));
    const QCommandLineOption noAudio(QStringLiteral("no-audio"), QStringLiteral("Make silent clips."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the report as JSON."));
    parser.addOptions({provider, model, tier, seconds, size, preset, prompt, outOption, name, yes, noAudio, json});
    int code = Success;
    if (!parseOrExplain(parser, args, QStringLiteral("batch SHEET.csv|FOLDER [options]"), &code))
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return fail(BadArguments, QStringLiteral("give one sheet (.csv) or one folder of photos"));
    if (!QFileInfo::exists(positional.first()))
        return fail(BadArguments, QStringLiteral("%1 does not exist").arg(positional.first()));
    if (parser.isSet(size) && parser.isSet(preset))
        return fail(BadArguments, QStringLiteral("give --size or --preset, not both"));

    batch::BatchSettings settings;
    settings.provider = parser.value(provider);
    settings.model = parser.value(model);
    settings.tier = parser.value(tier).toLower();
    settings.prompt = parser.value(prompt);
    settings.preset = parser.value(preset);
    settings.withAudio = !parser.isSet(noAudio);
    if (parser.isSet(seconds)) {
        bool ok = false;
        settings.durationSec = parser.value(seconds).toInt(&ok);
        if (!ok || *settings.durationSec <= 0)
            return fail(BadArguments, QStringLiteral("--seconds needs a whole number of seconds, not \"%1\"").arg(parser.value(seconds)));
    }
    if (parser.isSet(size)) {
        settings.size = VideoSize::parse(parser.value(size));
        if (!settings.size)
            return fail(BadArguments, QStringLiteral("--size needs WIDTHxHEIGHT such as 1280x720, not \"%1\"").arg(parser.value(size)));
    }

    auto ctx = openContext(args);
    if (!ctx)
        return Failure;
    batch::BatchSource source = batch::readBatchSource(positional.first());
    if (parser.isSet(name) && !parser.value(name).trimmed().isEmpty())
        source.name = parser.value(name).trimmed();
    const batch::BatchPlan plan = batch::planBatch(source, settings, ctx->catalogue(), ctx->service());
    if (!plan.ok()) {
        for (const QString &problem : plan.problems)
            err() << "reelcraft: " << problem << Qt::endl;
        return fail(BadArguments, plan.problems.size() == 1
                                      ? QStringLiteral("nothing was queued: fix the problem above and run again")
                                      : QStringLiteral("nothing was queued: fix the %1 problems above and run again").arg(plan.problems.size()));
    }

    const ProviderSpec *spec = ctx->catalogue().provider(settings.provider);
    batch::BatchRunner::Options options;
    options.outDir = parser.isSet(outOption)
        ? parser.value(outOption)
        : batch::defaultOutDir(batch::BatchStore(ctx->jobs().database()), source.path, QDir::currentPath(), batch::batchToday());
    options.tag = plan.name;
    options.source = source.path;
    options.maxInFlight = std::max(1, spec->maxConcurrent);
    batch::BatchRunner runner(ctx->service(), ctx->jobs(), plan, options);
    QString error;
    if (!runner.prepare(&error))
        return fail(BadArguments, error);

    // The total first, before anything is sent.
    const Money remaining = runner.remainingEstimate();
    const int toMake = runner.rowsToCreate();
    const int earlier = runner.total() - toMake;
    err() << plan.items.size() << (plan.items.size() == 1 ? " product" : " products") << " on " << spec->label;
    if (earlier > 0)
        err() << " (" << earlier << " already done or under way)";
    err() << ": " << toMake << " to make, "
          << (remaining.isZero() ? QStringLiteral("free") : QStringLiteral("estimated %1 in all").arg(remaining.toString()))
          << Qt::endl;
    if (!remaining.isZero()) {
        const QString refusal = BudgetGuard(ctx->budgets(), ctx->ledger())
                                    .check(settings.provider, spec->label, remaining, QDateTime::currentDateTime(), {},
                                           BudgetGuard::Spending::Batch);
        if (!refusal.isEmpty())
            return fail(BadArguments, QStringLiteral("the whole batch is refused, nothing was sent: %1").arg(refusal));
        if (!parser.isSet(yes))
            return fail(BadArguments, QStringLiteral("this batch costs %1; run it again with --yes to start it").arg(remaining.toString()));
    }

    runToTheEnd(runner);

    QJsonArray rows;
    for (const auto &row : runner.rows()) {
        const QString state = batch::rowStateName(row.state);
        if (parser.isSet(json)) {
            rows.append(QJsonObject{{QStringLiteral("row"), row.item.row},
                                    {QStringLiteral("sku"), row.item.sku},
                                    {QStringLiteral("jobId"), row.jobId},
                                    {QStringLiteral("state"), state},
                                    {QStringLiteral("seconds"), row.item.request.durationSec},
                                    {QStringLiteral("size"), row.item.deliverSize.toString()},
                                    {QStringLiteral("costUsd"), row.cost.toDecimalString()},
                                    {QStringLiteral("path"), row.path},
                                    {QStringLiteral("error"), row.error}});
        } else if (row.state == batch::BatchRunner::RowState::Completed) {
            out() << row.path << Qt::endl;
        }
        if (row.state != batch::BatchRunner::RowState::Completed)
            err() << "reelcraft: row " << row.item.row << " (" << row.item.sku << ") " << state << ": " << row.error << Qt::endl;
    }
    if (parser.isSet(json))
        printJson(QJsonObject{{QStringLiteral("name"), plan.name},
                              {QStringLiteral("outDir"), runner.outDir()},
                              {QStringLiteral("report"), runner.reportPath()},
                              {QStringLiteral("rows"), rows}});
    err() << runner.doneCount() << " of " << runner.total() << " clips in " << runner.outDir() << "; report: "
          << runner.reportPath() << Qt::endl;
    return runner.doneCount() == runner.total() ? Success : Failure;
}

} // namespace rc::cli
