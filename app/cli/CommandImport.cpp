#include "cli/Commands.h"

#include "imports/ClipImporter.h"

namespace rc::cli {

int runImportCommand(const CommandArgs &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("files"), QStringLiteral("MP4 files to add to the gallery."), QStringLiteral("FILE..."));
    int code = Success;
    if (!parseOrExplain(parser, args, QStringLiteral("import FILE..."), &code))
        return code;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return fail(BadArguments, QStringLiteral("import needs at least one MP4 file"));
    auto ctx = openContext(args);
    if (!ctx)
        return Failure;
    ClipImporter importer(ctx->jobs(), ctx->paths());
    int failures = 0;
    for (const QString &file : files) {
        const ClipImporter::Result result = importer.importFile(file);
        if (result.id == 0) {
            ++failures;
            err() << "reelcraft: " << file << ": " << result.error << Qt::endl;
        } else {
            out() << "imported " << file << " as job " << result.id
                  << (result.recognised ? " (a Reelcraft clip: prompt and settings restored)" : "") << Qt::endl;
        }
    }
    return failures == 0 ? Success : Failure;
}

} // namespace rc::cli
