#pragma once

#include <QStringList>

namespace rc::cli {

// True when the arguments name a command (or --help / --version), so main() should run the
// command line instead of opening the studio.
bool isCommandLine(const QStringList &arguments);

// True when the command draws text (storyboard titles and captions), which Qt can do only with a
// QGuiApplication: main() then makes one on the offscreen platform, needing no display.
bool needsFonts(const QStringList &arguments);

// Runs the command named in `arguments` (as QCoreApplication::arguments() gives them).
// Exit codes: 0 success, 1 the work failed (a job, a file, a server), 2 bad arguments.
int run(const QStringList &arguments);

} // namespace rc::cli
