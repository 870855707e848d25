#pragma once

#include "bootstrap/AppContext.h"

#include <QCommandLineParser>
#include <QJsonValue>
#include <QTextStream>
#include <memory>

namespace rc::cli {

enum ExitCode { Success = 0, Failure = 1, BadArguments = 2 };

// What every command receives: its own arguments (the command name first, as
// QCommandLineParser expects) and the global --profile.
struct CommandArgs
{
    QStringList arguments;
    QString profileDir;
};

QTextStream &out();
QTextStream &err();

// Parses `args` with `parser` (which gets --help added); on an error prints one line and
// returns false with `exitCode` set to BadArguments. On --help prints the help and returns
// false with Success.
bool parseOrExplain(QCommandLineParser &parser, const CommandArgs &args, const QString &synopsis, int *exitCode);
// Opens the profile; prints the reason and returns null when it cannot.
std::unique_ptr<AppContext> openContext(const CommandArgs &args);
void printJson(const QJsonValue &value);
// Text from the store or a server made safe for a terminal: control characters and ANSI escape
// sequences become visible escapes (\x1b, \n), so a prompt cannot recolour or rewrite the screen.
QString terminalSafe(const QString &text);
// Prints "reelcraft: message" to stderr (secrets masked, controls escaped) and returns the code.
int fail(int code, const QString &message);

} // namespace rc::cli
