#include "providers/builtin/BuiltinProvider.h"

#include "core/Logging.h"
#include "engine/EngineJobJson.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace rc {
namespace {

constexpr int kCancelGraceMs = 2000;

ErrorKind kindFromWorker(const QString &kind)
{
    if (kind == QLatin1String("invalid-input"))
        return ErrorKind::InvalidInput;
    if (kind == QLatin1String("cancelled"))
        return ErrorKind::Cancelled;
    if (kind == QLatin1String("disk"))
        return ErrorKind::Disk;
    return ErrorKind::Internal;
}

} // namespace

BuiltinProvider::BuiltinProvider(ProviderSpec spec, QString workerExecutable, QObject *parent)
    : Provider(std::move(spec), parent), m_workerExecutable(std::move(workerExecutable))
{
}

QProcessEnvironment workerEnvironment(const QProcessEnvironment &parent)
{
    // The renderer needs a locale, paths, Qt's and the sanitizers' settings; never the API keys
    // that the parent may hold in its environment, whatever they are called.
    static const char *const exact[] = {"PATH", "HOME", "USER", "LOGNAME", "LANG", "LANGUAGE", "TZ", "TMPDIR",
                                        "LD_LIBRARY_PATH", "XDG_RUNTIME_DIR", "XDG_DATA_HOME", "XDG_CACHE_HOME"};
    static const char *const prefixes[] = {"LC_", "QT_", "REELCRAFT_", "ASAN_", "LSAN_", "UBSAN_", "TSAN_"};
    static const char *const secretWords[] = {"KEY", "TOKEN", "SECRET", "PASSWORD", "PASSWD", "CREDENTIAL", "AUTH"};
    QProcessEnvironment env;
    for (const QString &name : parent.keys()) {
        const QString upper = name.toUpper();
        bool wanted = false;
        for (const char *e : exact)
            wanted = wanted || upper == QLatin1String(e);
        for (const char *prefix : prefixes)
            wanted = wanted || upper.startsWith(QLatin1String(prefix));
        for (const char *word : secretWords)
            wanted = wanted && !upper.contains(QLatin1String(word));
        if (wanted)
            env.insert(name, parent.value(name));
    }
    return env;
}

BuiltinProvider::~BuiltinProvider()
{
    for (Run *run : std::as_const(m_runs)) {
        run->process->disconnect(this);
        run->process->kill();
        run->process->waitForFinished(1000);
        removePartialFiles(run->ticket);
        delete run;
    }
}

void BuiltinProvider::start(const JobTicket &ticket)
{
    auto *run = new Run;
    run->ticket = ticket;
    run->process = std::make_unique<QProcess>();
    run->clock.start();
    QProcess *process = run->process.get();
    process->setProgram(m_workerExecutable);
    process->setArguments({QStringLiteral("worker")});
    process->setProcessChannelMode(QProcess::SeparateChannels);
    process->setProcessEnvironment(workerEnvironment(QProcessEnvironment::systemEnvironment()));
    const JobId id = ticket.jobId;
    m_runs.insert(id, run);
    connect(process, &QProcess::readyReadStandardOutput, this, [this, id] { onOutput(id); });
    connect(process, &QProcess::readyReadStandardError, this, [this, id] {
        if (Run *r = m_runs.value(id))
            r->stderrTail = QString::fromLocal8Bit(r->process->readAllStandardError()).right(2000);
    });
    connect(process, &QProcess::finished, this,
            [this, id](int code, QProcess::ExitStatus status) { onFinished(id, code, status); });
    connect(process, &QProcess::errorOccurred, this, [this, id](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            onFinished(id, -1, QProcess::CrashExit);
    });

    const GenerationRequest &r = ticket.request;
    engine::EngineJob job;
    job.prompt = r.prompt;
    job.imagePath = r.imagePath;
    job.focalPoint = r.focalPoint;
    job.durationSec = r.durationSec;
    job.width = r.size.width;
    job.height = r.size.height;
    engine::parseTier(r.tier, &job.tier);
    job.seed = r.seed;
    job.withAudio = r.withAudio;
    job.outputPath = ticket.videoPath;
    job.thumbnailPath = ticket.thumbnailPath;
    qCInfo(lcBuiltin) << "starting worker for job" << id;
    process->start();
    process->write(QJsonDocument(engine::toJson(job)).toJson(QJsonDocument::Compact) + '\n');
    Q_EMIT running(id);
}

void BuiltinProvider::cancel(JobId jobId)
{
    Run *run = m_runs.value(jobId);
    if (!run || run->cancelRequested)
        return;
    run->cancelRequested = true;
    run->process->write("cancel\n");
    QTimer::singleShot(kCancelGraceMs, this, [this, jobId] {
        if (Run *r = m_runs.value(jobId)) {
            qCWarning(lcBuiltin) << "worker for job" << jobId << "ignored cancel; killing it";
            r->process->kill();
        }
    });
}

void BuiltinProvider::onOutput(JobId id)
{
    Run *run = m_runs.value(id);
    if (!run)
        return;
    run->pending += run->process->readAllStandardOutput();
    int newline;
    while ((newline = run->pending.indexOf('\n')) >= 0) {
        const QByteArray line = run->pending.left(newline);
        run->pending.remove(0, newline + 1);
        handleLine(*run, line);
    }
}

void BuiltinProvider::handleLine(Run &run, const QByteArray &line)
{
    const QJsonObject o = QJsonDocument::fromJson(line).object();
    const QString event = o.value(QStringLiteral("event")).toString();
    if (event == QLatin1String("progress")) {
        const int done = o.value(QStringLiteral("done")).toInt();
        const int total = std::max(1, o.value(QStringLiteral("total")).toInt());
        const int percent = int(qint64(done) * 100 / total);
        const int etaSec = run.estimate.secondsLeft(done, total, run.clock.elapsed());
        Q_EMIT progressed(run.ticket.jobId, percent, etaSec);
    } else if (event == QLatin1String("done")) {
        run.done = true;
    } else if (event == QLatin1String("error")) {
        run.errorKind = o.value(QStringLiteral("kind")).toString();
        run.errorMessage = o.value(QStringLiteral("message")).toString();
    }
}

void BuiltinProvider::onFinished(JobId id, int exitCode, QProcess::ExitStatus status)
{
    Run *run = m_runs.take(id);
    if (!run)
        return;
    run->pending += run->process->readAllStandardOutput();
    if (!run->pending.isEmpty()) {
        for (const QByteArray &line : run->pending.split('\n'))
            if (!line.trimmed().isEmpty())
                handleLine(*run, line);
    }
    const JobTicket ticket = run->ticket;
    const bool cancelled = run->cancelRequested;
    const bool ok = run->done && status == QProcess::NormalExit && exitCode == 0 && QFile::exists(ticket.videoPath);
    const QString kind = run->errorKind;
    QString message = run->errorMessage;
    const QString stderrTail = run->stderrTail;
    run->process->deleteLater();
    run->process.release();
    delete run;

    if (ok) {
        ProviderResult result;
        result.output.videoPath = ticket.videoPath;
        result.output.thumbnailPath = QFile::exists(ticket.thumbnailPath) ? ticket.thumbnailPath : QString();
        result.reportedCost = Money();
        Q_EMIT succeeded(id, result);
        return;
    }
    removePartialFiles(ticket);
    if (cancelled) {
        Q_EMIT failed(id, ErrorKind::Cancelled, tr("Cancelled."));
        return;
    }
    if (message.isEmpty()) {
        qCWarning(lcBuiltin) << "worker for job" << id << "died; exit" << exitCode << "stderr:" << stderrTail;
        message = status == QProcess::CrashExit
            ? tr("The built-in engine crashed while making this clip. The studio is fine; try again, or try another seed.")
            : tr("The built-in engine stopped with code %1 without finishing the clip.").arg(exitCode);
    }
    Q_EMIT failed(id, kindFromWorker(kind), message);
}

void BuiltinProvider::removePartialFiles(const JobTicket &ticket)
{
    QFile::remove(ticket.videoPath + QStringLiteral(".part"));
}

} // namespace rc
