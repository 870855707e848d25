#include "cli/CommandSupport.h"

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
    err() << "reelcraft: " << message << Qt::endl;
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

} // namespace rc::cli
