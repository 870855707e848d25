#pragma once

#include "core/CatalogueTypes.h"
#include "core/GenerationRequest.h"
#include "core/Job.h"
#include "core/JobState.h"
#include "core/Money.h"

#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>

namespace rc {

// Everything a provider needs to run one job. The service fills it; the provider never reads the store.
struct JobTicket
{
    JobId jobId = 0;
    GenerationRequest request; // seed and model already resolved by the service
    QString videoPath;         // where the finished MP4 must end up (write "<path>.part", then rename)
    QString thumbnailPath;     // where a JPEG thumbnail must end up
    QString remoteId;          // set when resuming a job the provider accepted before a restart
    int attempt = 1;
};

// What a successful job produced.
struct ProviderResult
{
    JobOutput output;
    std::optional<Money> reportedCost; // the provider's own figure, when it gives one
};

// One generation backend. The built-in engine, each remote API and the test fakes implement it.
//
// Contract:
// - start() returns at once; the work happens elsewhere (a worker process, a network thread).
// - Signals are emitted on the thread the provider lives on (the service's), in this order:
//   accepted? -> running? -> progressed* -> downloading? -> exactly one of succeeded / failed /
//   paused.
// - A paid create leaves only through sendWhenRecorded(): the service first stores the job's
//   "create sent" marker, which is what later tells a job that provably never reached the server
//   from one that may have, and the request goes once that is on disk. The wait is an event on
//   this object's thread, never a blocked thread.
// - paused() ends the provider's work on a job that is alive on the server but cannot go on now
//   (the server went silent or is down, the disk is full): the job stays resumable, its estimate
//   held, and `resume` picks it up later.
// - accepted() carries the provider's id for the job; the service persists it before anything else,
//   so a job that reached a paid server is never sent twice and can be resumed after a restart.
// - detailChanged() is a free-text status line for the job's row ("in queue, position 3", "node 4
//   of 9"), shown until the job changes state or the provider sends an empty detail.
// - cancel() ends the job soon with failed(ErrorKind::Cancelled) and leaves no partial file.
// - A provider never touches the store, the ledger or the UI.
class Provider : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Provider)

public:
    explicit Provider(ProviderSpec spec, QObject *parent = nullptr)
        : QObject(parent), m_spec(std::move(spec)) {}
    ~Provider() override = default;

    const ProviderSpec &spec() const { return m_spec; }
    QString id() const { return m_spec.id; }

    // Whether a job with a remote id can be picked up again after the app stopped.
    virtual bool canResume() const { return false; }
    // Whether a job may carry request.remixOf: a change to one of this provider's earlier clips.
    virtual bool canRemix() const { return false; }
    // Why this provider will not run the request at all (a model its service has shut down),
    // before any job is stored; empty when it may run.
    virtual QString refusal(const GenerationRequest &) const { return QString(); }
    // True when this provider cannot run without an API key and none is stored (neither in the
    // keychain nor in its environment variable): the studio says so before anything is queued.
    virtual bool missingKey() const { return false; }
    virtual void start(const JobTicket &ticket) = 0;
    virtual void cancel(JobId jobId) = 0;

    // Set by the service: it stores the job's "create sent" marker and calls `send` on this
    // object's thread once the marker is committed; never when the write failed (the service
    // then fails the job and cancels it here) or the job is no longer the service's (cancelled,
    // or the service is going away).
    using SendGate = std::function<void(JobId jobId, std::function<void()> send)>;
    void setSendGate(SendGate gate) { m_sendGate = std::move(gate); }

protected:
    // Every paid create is handed over here instead of being sent: `send` runs once the marker
    // is durable (see SendGate), and never after this provider is destroyed. With no gate (a
    // provider used on its own, as in its own tests) it runs at once. `send` must still check
    // that its job was not cancelled meanwhile.
    void sendWhenRecorded(JobId jobId, std::function<void()> send)
    {
        if (!m_sendGate)
            return send();
        m_sendGate(jobId, [self = QPointer<Provider>(this), send = std::move(send)] {
            if (self)
                send();
        });
    }

Q_SIGNALS:
    void accepted(rc::JobId jobId, const QString &remoteId);
    void running(rc::JobId jobId);
    // percent is 0-100, or -1 when the provider cannot tell (show an indeterminate bar);
    // etaSec is -1 when unknown.
    void progressed(rc::JobId jobId, int percent, int etaSec);
    void downloading(rc::JobId jobId);
    void succeeded(rc::JobId jobId, const rc::ProviderResult &result);
    void failed(rc::JobId jobId, rc::ErrorKind kind, const QString &message);
    void paused(rc::JobId jobId, rc::ErrorKind why, const QString &message);
    // A short, translated status line for the job; empty clears it.
    void detailChanged(rc::JobId jobId, const QString &detail);

private:
    ProviderSpec m_spec;
    SendGate m_sendGate;
};

} // namespace rc

Q_DECLARE_METATYPE(rc::ProviderResult)
