#include "cli/CommandSupport.h"

#include "core/Logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

namespace rc::cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(int code, const QString &message)
{
    out().flush();
    err() << "reelcraft: " << terminalSafe(redactSecrets(message)) << Qt::endl;
    return code;
}

bool parseOrExplain(QCommandLineParser &parser, const CommandArgs &args, const QString &synopsis, int *exitCode)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    parser.addOption(help);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(args.arguments)) {
        *exitCode = fail(BadArguments, parser.errorText() + QStringLiteral(" (see: reelcraft %1 --help)").arg(args.arguments.value(0)));
        return false;
    }
    if (parser.isSet(help)) {
        out() << "Usage: reelcraft " << synopsis << "\n\n" << parser.helpText().section(QLatin1Char('\n'), 2) << Qt::flush;
        *exitCode = Success;
        return false;
    }
    return true;
}

std::unique_ptr<AppContext> openContext(const CommandArgs &args)
{
    AppContext::Options options;
    options.profileDir = args.profileDir;
    // A command waits for its jobs anyway; reserving at its first submit keeps the numbering
    // without holes after one that makes none.
    options.reserveIdsAhead = false;
    options.prepareSignerAhead = false;
    auto ctx = std::make_unique<AppContext>(std::move(options));
    QString error;
    if (!ctx->open(&error)) {
        fail(Failure, error);
        return nullptr;
    }
    for (const QString &problem : ctx->catalogueProblems())
        err() << "reelcraft: warning: " << problem << Qt::endl;
    return ctx;
}

void printJson(const QJsonValue &value)
{
    QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out() << doc.toJson(QJsonDocument::Indented) << Qt::flush;
}

QString terminalSafe(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        // C0 controls (ESC starts ANSI sequences), DEL and C1 controls (0x9B is a one-byte CSI).
        const bool control = u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0);
        if (!control) {
            out += c;
            continue;
        }
        switch (u) {
        case '\n': out += QLatin1String("\\n"); break;
        case '\t': out += QLatin1String("\\t"); break;
        case '\r': out += QLatin1String("\\r"); break;
        default: out += QStringLiteral("\\x%1").arg(int(u), 2, 16, QLatin1Char('0'));
        }
    }
    return out;
}

} // namespace rc::cli
