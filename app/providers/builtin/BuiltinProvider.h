#pragma once

#include "providers/Provider.h"
#include "providers/builtin/FrameRateEstimate.h"

#include <QHash>
#include <QProcess>
#include <QElapsedTimer>
#include <memory>

namespace rc {

// What the worker process inherits of `parent`: locale, paths, Qt and sanitizer settings, and
// nothing whose name suggests a secret (API keys stay in the process that talks to servers).
QProcessEnvironment workerEnvironment(const QProcessEnvironment &parent);

// Runs the built-in engine in a worker process (this same executable started as
// `reelcraft worker`), so a crash while rendering or encoding fails one job instead of taking
// the studio and its queue down. The job goes to the worker's stdin as one JSON line; the worker
// answers with JSON lines on stdout (progress, then done or error). Cancel writes "cancel" to
// stdin; a worker that does not stop within two seconds is killed and its partial file removed.
class BuiltinProvider final : public Provider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BuiltinProvider)

public:
    BuiltinProvider(ProviderSpec spec, QString workerExecutable, QObject *parent = nullptr);
    ~BuiltinProvider() override;

    void start(const JobTicket &ticket) override;
    void cancel(JobId jobId) override;

private:
    struct Run
    {
        JobTicket ticket;
        std::unique_ptr<QProcess> process;
        QByteArray pending;   // stdout not yet split into lines
        QString errorKind;    // from the worker's error line
        QString errorMessage;
        QString stderrTail;   // last words of a crashing worker, for the log
        bool done = false;
        bool cancelRequested = false;
        QElapsedTimer clock;
        FrameRateEstimate estimate;
    };

    void onOutput(JobId id);
    void onFinished(JobId id, int exitCode, QProcess::ExitStatus status);
    void handleLine(Run &run, const QByteArray &line);
    void removePartialFiles(const JobTicket &ticket);

    QString m_workerExecutable;
    QHash<JobId, Run *> m_runs;
};

} // namespace rc
