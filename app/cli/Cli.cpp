#include "cli/Cli.h"

#include "cli/Commands.h"
#include "core/Paths.h"
#include "provenance/ProvenanceSettings.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace rc::cli {
namespace {

struct Command
{
    const char *name;
    const char *summary;
    int (*run)(const CommandArgs &);
};

int planAdapter(const CommandArgs &args)
{
    return runPlanCommand(args.arguments);
}

int providerAdapter(const CommandArgs &args)
{
    // `provider --help` and argument errors need no profile; the command reports those itself.
    auto ctx = openContext(args);
    if (!ctx)
        return Failure;
    return runProviderCommand(args.arguments, *ctx);
}

const Command kCommands[] = {
    {"generate", "Make a clip: reelcraft generate \"PROMPT\" [--image FILE] [--seconds N] [--size WxH] ...", runGenerateCommand},
    {"batch", "One clip per product: reelcraft batch SHEET.csv|FOLDER [--preset NAME] [--provider NAME] [--yes] ...", runBatchCommand},
    {"plan", "Show what the built-in engine understands of a prompt.", planAdapter},
    {"list", "List clips and jobs, newest first (--search, --status, --provider, --json ...).", runListCommand},
    {"show", "Show one job: settings, files, history and cost.", runShowCommand},
    {"providers", "List providers with their models, capabilities and prices.", runProvidersCommand},
    {"provider", "Add, test, list or remove a provider profile.", providerAdapter},
    {"edit", "Favourite a clip, tag it, or put it in projects.", runEditCommand},
    {"delete", "Delete clips and their files (history keeps a record until purge).", runDeleteCommand},
    {"purge", "Remove deleted clips from the history for good.", runPurgeCommand},
    {"remix", "Change a clip made on a Videos API server with a new prompt.", runRemixCommand},
    {"remote", "List or delete the jobs a Videos API server keeps.", runRemoteCommand},
    {"spend", "Report spending by day, week, month, provider, model or project.", runSpendCommand},
    {"budget", "Show or set daily and monthly spending caps.", runBudgetCommand},
    {"resume", "Finish the jobs that were running when Reelcraft stopped.", runResumeCommand},
    {"import", "Add existing MP4 files to the gallery.", runImportCommand},
    {"storyboard", "Make a storyboard's shots and join them into one lesson: reelcraft storyboard FILE.json -o lesson.mp4", runStoryboardCommand},
    {"verify", "Check a clip's content credentials: who made it, with what, when, from what.", runVerifyCommand},
    {"provenance", "Show or replace the key that signs clips' content credentials.", runProvenanceCommand},
    {"worker", nullptr, runWorkerCommand}, // internal: the built-in engine's process
};

const Command *findCommand(const QString &name)
{
    for (const Command &c : kCommands)
        if (name == QLatin1String(c.name))
            return &c;
    return nullptr;
}

void printHelp()
{
    out() << "Reelcraft " << REELCRAFT_VERSION << ": a studio for AI video generation.\n\n"
          << "Usage: reelcraft [--profile DIR]                 open the studio\n"
          << "       reelcraft [--profile DIR] COMMAND [ARGS]  run a command\n\n"
          << "Commands:\n";
    for (const Command &c : kCommands)
        if (c.summary)
            out() << "  " << QString::fromLatin1(c.name).leftJustified(10) << " " << c.summary << "\n";
    out() << "\nOptions:\n"
          << "  --profile DIR  Keep history, clips and settings in DIR (also $REELCRAFT_PROFILE).\n"
          << "  -h, --help     Show this help; COMMAND --help shows a command's options.\n"
          << "  -v, --version  Show the version.\n"
          << Qt::flush;
}

// Splits off the global options that may stand before the command.
struct Global
{
    QString profileDir;
    int commandIndex = -1;
    bool help = false;
    bool version = false;
    QString error;
};

Global parseGlobal(const QStringList &arguments)
{
    Global g;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (a == QLatin1String("--profile")) {
            if (i + 1 >= arguments.size()) {
                g.error = QStringLiteral("--profile needs a folder");
                return g;
            }
            g.profileDir = arguments[++i];
        } else if (a.startsWith(QLatin1String("--profile="))) {
            g.profileDir = a.mid(10);
        } else if (a == QLatin1String("-h") || a == QLatin1String("--help") || a == QLatin1String("help")) {
            g.help = true;
            return g;
        } else if (a == QLatin1String("-v") || a == QLatin1String("--version")) {
            g.version = true;
            return g;
        } else if (a.startsWith(QLatin1Char('-'))) {
            // A studio option (Qt's own); those that take a value swallow the next word.
            static const QStringList qtOptionsWithValue{
                QStringLiteral("-platform"), QStringLiteral("-platformpluginpath"), QStringLiteral("-platformtheme"),
                QStringLiteral("-plugin"), QStringLiteral("-qmljsdebugger"), QStringLiteral("-style"),
                QStringLiteral("-stylesheet"), QStringLiteral("-display"), QStringLiteral("-geometry"),
                QStringLiteral("-qwindowgeometry"), QStringLiteral("-qwindowicon"), QStringLiteral("-qwindowtitle"),
                QStringLiteral("-session"), QStringLiteral("-title"), QStringLiteral("-name")};
            if (qtOptionsWithValue.contains(a) || qtOptionsWithValue.contains(a.mid(1)))
                ++i;
            continue;
        } else {
            g.commandIndex = i;
            return g;
        }
    }
    return g;
}

} // namespace

bool isCommandLine(const QStringList &arguments)
{
    const Global g = parseGlobal(arguments);
    // `reelcraft clip.mp4` (a file manager's "Open with") opens the studio with that file. A
    // command name wins over a file of the same name in the working folder.
    if (g.commandIndex >= 0) {
        const QString &word = arguments[g.commandIndex];
        if (!findCommand(word) && (QFileInfo::exists(word) || word.startsWith(QLatin1String("file:"))))
            return false;
    }
    return g.help || g.version || g.commandIndex >= 0 || !g.error.isEmpty();
}

bool needsFonts(const QStringList &arguments)
{
    const Global g = parseGlobal(arguments);
    if (g.commandIndex < 0)
        return false;
    const QString &command = arguments[g.commandIndex];
    // Lessons draw titles and captions.
    if (command == QLatin1String("storyboard"))
        return true;
    // A finished clip gets the visible "AI-generated" label, drawn with the same fonts, only when
    // asked (--ai-label or the profile's setting): every other run keeps the lighter core
    // application, which starts faster and says nothing about displays.
    static const QStringList finishing{QStringLiteral("generate"), QStringLiteral("remix"), QStringLiteral("edit"),
                                       QStringLiteral("batch"), QStringLiteral("resume")};
    if (!finishing.contains(command))
        return false;
    if (arguments.contains(QStringLiteral("--ai-label")))
        return true;
    return provenance::ProvenanceSettings::read(Paths::resolve(g.profileDir).settingsFile()).visibleLabel;
}

int run(const QStringList &arguments)
{
    const Global g = parseGlobal(arguments);
    if (!g.error.isEmpty())
        return fail(BadArguments, g.error);
    if (g.version) {
        out() << "reelcraft " << REELCRAFT_VERSION << Qt::endl;
        return Success;
    }
    if (g.help || g.commandIndex < 0) {
        printHelp();
        return Success;
    }
    const QString name = arguments[g.commandIndex];
    const Command *command = findCommand(name);
    if (!command)
        return fail(BadArguments, QStringLiteral("unknown command \"%1\" (see: reelcraft --help)").arg(name));
    CommandArgs args;
    args.profileDir = g.profileDir;
    args.arguments = arguments.mid(g.commandIndex);
    // --profile may also come after the command.
    for (int i = 1; i < args.arguments.size(); ++i) {
        if (args.arguments[i] == QLatin1String("--profile") && i + 1 < args.arguments.size()) {
            args.profileDir = args.arguments[i + 1];
            args.arguments.remove(i, 2);
            break;
        }
    }
    return command->run(args);
}

} // namespace rc::cli
