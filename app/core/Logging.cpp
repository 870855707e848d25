#include "core/Logging.h"

#include <QDateTime>
#include <QFile>
#include <QMutex>
#include <QRegularExpression>

#include <cstdio>

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

QMutex g_logMutex;
QString g_logFile;

void rotateIfLarge()
{
    QFile f(g_logFile);
    if (f.size() < kMaxLogBytes)
        return;
    QFile::remove(g_logFile + QStringLiteral(".%1").arg(kKeptLogs));
    for (int i = kKeptLogs - 1; i >= 1; --i)
        QFile::rename(g_logFile + QStringLiteral(".%1").arg(i), g_logFile + QStringLiteral(".%1").arg(i + 1));
    QFile::rename(g_logFile, g_logFile + QStringLiteral(".1"));
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString clean = redactSecrets(message);
    static const char *const names[] = {"debug", "warning", "critical", "fatal", "info"};
    const QString line = QStringLiteral("%1 %2 %3: %4\n")
                             .arg(QDateTime::currentDateTime().toString(Qt::ISODateWithMs),
                                  QLatin1String(names[type]),
                                  QLatin1String(context.category ? context.category : "default"), clean);
    if (type != QtDebugMsg && type != QtInfoMsg) {
        std::fputs(qPrintable(clean), stderr);
        std::fputc('\n', stderr);
    }
    QMutexLocker lock(&g_logMutex);
    if (g_logFile.isEmpty())
        return;
    rotateIfLarge();
    QFile f(g_logFile);
    if (f.open(QIODevice::Append | QIODevice::Text))
        f.write(line.toUtf8());
}

} // namespace

void installLogFile(const QString &logDir)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_logFile = logDir + QStringLiteral("/reelcraft.log");
    }
    qInstallMessageHandler(handler);
}

QString redactSecrets(const QString &text)
{
    static const QRegularExpression patterns[] = {
        QRegularExpression(QStringLiteral("(Bearer\\s+)[^\\s\"',]+"), QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(QStringLiteral("((?:x-goog-api-key|x-api-key|api[-_]?key|authorization)\"?\\s*[:=]\\s*\"?)[^\\s\"',]+"),
                           QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(QStringLiteral("([?&]key=)[^&\\s\"']+"), QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(QStringLiteral("()\\b(?:sk|AIza)[-_A-Za-z0-9]{12,}")),
    };
    QString out = text;
    for (const auto &re : patterns)
        out.replace(re, QStringLiteral("\\1[redacted]"));
    return out;
}

} // namespace rc
