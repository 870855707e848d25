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
void installLogFile(const QString &logDir);

// Masks bearer tokens, API-key headers and key=... query parameters in a text.
QString redactSecrets(const QString &text);

} // namespace rc
