#include "core/Logging.h"

#include <QDateTime>
#include <QFile>
#include <QMutex>
#include <QRegularExpression>

#include <QStringList>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <mutex>

namespace rc {

Q_LOGGING_CATEGORY(lcService, "reelcraft.service", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "reelcraft.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEngine, "reelcraft.engine", QtInfoMsg)
Q_LOGGING_CATEGORY(lcBuiltin, "reelcraft.provider.builtin", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNet, "reelcraft.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcOpenAi, "reelcraft.provider.openai", QtInfoMsg)
Q_LOGGING_CATEGORY(lcGemini, "reelcraft.provider.gemini", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "reelcraft.ui", QtInfoMsg)

namespace {

constexpr qint64 kMaxLogBytes = 2 * 1024 * 1024;
constexpr int kKeptLogs = 3;

// Everything the handler touches lives on the heap and is never freed: Qt logs from static
// destructors (plugins, SQL drivers) at exit, and a handler reading a destroyed QString or mutex
// there wrote files with garbage names, crashed in free() or hung. The handler is also taken out
// at exit (see uninstallAtExit), so messages after that go to Qt's own stderr handler.
struct LogState
{
    QMutex mutex;
    QString file;
    QMutex secretsMutex;
    QStringList secrets; // exact key values seen this run, longest first
};

LogState &state()
{
    static LogState *s = new LogState; // deliberately leaked, see above
    return *s;
}

std::atomic<bool> g_installed{false};

void rotateIfLarge(const QString &logFile)
{
    QFile f(logFile);
    if (f.size() < kMaxLogBytes)
        return;
    QFile::remove(logFile + QStringLiteral(".%1").arg(kKeptLogs));
    for (int i = kKeptLogs - 1; i >= 1; --i)
        QFile::rename(logFile + QStringLiteral(".%1").arg(i), logFile + QStringLiteral(".%1").arg(i + 1));
    QFile::rename(logFile, logFile + QStringLiteral(".1"));
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString clean = redactSecrets(message);
    static const char *const names[] = {"debug", "warning", "critical", "fatal", "info"};
    const int index = int(type) >= 0 && int(type) <= 4 ? int(type) : 0;
    const QString line = QStringLiteral("%1 %2 %3: %4\n")
                             .arg(QDateTime::currentDateTime().toString(Qt::ISODateWithMs),
                                  QLatin1String(names[index]),
                                  QLatin1String(context.category ? context.category : "default"), clean);
    if (type != QtDebugMsg && type != QtInfoMsg) {
        std::fputs(qPrintable(clean), stderr);
        std::fputc('\n', stderr);
    }
    LogState &s = state();
    QMutexLocker lock(&s.mutex);
    if (s.file.isEmpty())
        return;
    rotateIfLarge(s.file);
    QFile f(s.file);
    if (f.open(QIODevice::Append | QIODevice::Text))
        f.write(line.toUtf8());
}

// Runs before the statics constructed ahead of installLogFile are destroyed.
void uninstallAtExit()
{
    if (g_installed.exchange(false))
        qInstallMessageHandler(nullptr);
}

const QRegularExpression *secretPatterns()
{
    // Leaked for the same reason as LogState: redaction may run during exit.
    static const QRegularExpression *patterns = new QRegularExpression[4]{
        QRegularExpression(QStringLiteral("(Bearer\\s+)[^\\s\"',]+"), QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(QStringLiteral("((?:x-goog-api-key|x-api-key|api[-_]?key|authorization)\"?\\s*[:=]\\s*\"?)[^\\s\"',]+"),
                           QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(QStringLiteral("([?&]key=)[^&\\s\"']+"), QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(QStringLiteral("()\\b(?:sk|AIza)[-_A-Za-z0-9]{12,}")),
    };
    return patterns;
}

} // namespace

void installLogFile(const QString &logDir)
{
    LogState &s = state();
    {
        QMutexLocker lock(&s.mutex);
        s.file = logDir + QStringLiteral("/reelcraft.log");
    }
    secretPatterns(); // built now, before the exit hook below is registered
    qInstallMessageHandler(handler);
    static std::once_flag registered;
    std::call_once(registered, [] { std::atexit(uninstallAtExit); });
    g_installed = true;
}

void uninstallLogFile()
{
    uninstallAtExit();
    LogState &s = state();
    QMutexLocker lock(&s.mutex);
    s.file.clear();
}

void registerSecret(const QString &secret)
{
    // Short values would blank out ordinary words; real keys are long.
    if (secret.size() < 8)
        return;
    LogState &s = state();
    QMutexLocker lock(&s.secretsMutex);
    if (s.secrets.contains(secret))
        return;
    s.secrets.append(secret);
    std::sort(s.secrets.begin(), s.secrets.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

QString redactSecrets(const QString &text)
{
    QString out = text;
    {
        LogState &s = state();
        QMutexLocker lock(&s.secretsMutex);
        for (const QString &secret : std::as_const(s.secrets))
            out.replace(secret, QStringLiteral("[redacted]"));
    }
    const QRegularExpression *patterns = secretPatterns();
    for (int i = 0; i < 4; ++i)
        out.replace(patterns[i], QStringLiteral("\\1[redacted]"));
    return out;
}

} // namespace rc
