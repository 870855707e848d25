#pragma once

#include <QLoggingCategory>
#include <QString>

namespace rc {

Q_DECLARE_LOGGING_CATEGORY(lcService)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcEngine)
Q_DECLARE_LOGGING_CATEGORY(lcBuiltin)
Q_DECLARE_LOGGING_CATEGORY(lcNet)
Q_DECLARE_LOGGING_CATEGORY(lcOpenAi)
Q_DECLARE_LOGGING_CATEGORY(lcGemini)
Q_DECLARE_LOGGING_CATEGORY(lcUi)

// Sends log lines to <logDir>/reelcraft.log as well as stderr (warnings and up only there, so a
// terminal stays readable). The file rotates at 2 MiB keeping three old ones. Every line passes
// through redactSecrets first, so a key that slipped into a message never reaches the disk.
// The handler is removed again at exit, before static destruction.
void installLogFile(const QString &logDir);
// Stops writing the log file and gives messages back to Qt's default handler.
void uninstallLogFile();

// Remembers a secret's exact value (an API key as it was looked up), so redactSecrets masks it
// wherever it turns up, even in wording no pattern knows (a server repeating the key in an error).
void registerSecret(const QString &secret);

// Masks registered secrets, bearer tokens, API-key headers and key=... query parameters in a text.
// Every error text is passed through this before it is stored, shown or logged.
QString redactSecrets(const QString &text);

} // namespace rc
