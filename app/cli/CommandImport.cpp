#include "cli/Commands.h"

#include "imports/ClipImporter.h"

namespace rc::cli {

int runImportCommand(const CommandArgs &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("files"), QStringLiteral("MP4 files to add to the gallery."), QStringLiteral("FILE..."));
    const QCommandLineOption allowDuplicate(QStringLiteral("allow-duplicate"),
                                            QStringLiteral("Import a file even when the same content is already in the gallery."));
    parser.addOption(allowDuplicate);
    int code = Success;
    if (!parseOrExplain(parser, args, QStringLiteral("import FILE... [--allow-duplicate]"), &code))
        return code;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return fail(BadArguments, QStringLiteral("import needs at least one MP4 file"));
    auto ctx = openContext(args);
    if (!ctx)
        return Failure;
    ClipImporter importer(ctx->jobs(), ctx->paths());
    const auto duplicates = parser.isSet(allowDuplicate) ? ClipImporter::Duplicates::Allow : ClipImporter::Duplicates::Skip;
    int failures = 0;
    for (const QString &file : files) {
        const ClipImporter::Result result = importer.importFile(file, duplicates);
        if (result.duplicateOf != 0) {
            // Not a failure: what the user wanted in the gallery is there. Said on stderr all the same.
            err() << "reelcraft: " << file << ": " << result.error << " (--allow-duplicate imports it again)" << Qt::endl;
        } else if (result.id == 0) {
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
