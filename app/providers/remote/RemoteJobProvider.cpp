#include "providers/remote/RemoteJobProvider.h"

#include "core/Logging.h"
#include "providers/remote/ResultFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace rc::net {

struct RemoteJobProvider::Active
{
    quint64 serial = 0;
    JobTicket ticket;
    QString key;
    QString remoteId;
    bool resumed = false;
    QElapsedTimer age;
    HttpClient::CallId call = 0;
    QTimer *pollTimer = nullptr;
    QTimer *silenceTimer = nullptr; // restarted by every poll the server answers
    int pollFailures = 0;
    int lastPercent = -2;
    int lastEta = -2;
    int contentRetries = 0;
    QString detail;
    std::optional<HttpRequest> nextPoll;
    Outcome ready;
    bool usedFallback = false;
    QByteArray thumbnailBytes;
    std::shared_ptr<std::atomic<bool>> cancelled = std::make_shared<std::atomic<bool>>(false);
};

RemoteJobProvider::RemoteJobProvider(ProviderSpec spec, RemoteDeps deps, QObject *parent)
    : Provider(std::move(spec), parent),
      m_deps(std::move(deps)),
      m_timing(RemoteTiming::fromOptions(this->spec().options)),
      m_http(new HttpClient(this))
{
    m_http->setRetryPolicy(m_timing.retry);
}

RemoteJobProvider::~RemoteJobProvider()
{
    for (auto &f : m_background)
        f.waitForFinished();
}

QString RemoteJobProvider::currentKey() const
{
    return m_deps.keys ? m_deps.keys->key(spec().id, spec().keyEnv) : QString();
}

void RemoteJobProvider::fetchModelsBody(ModelsBodyCallback done)
{
    const QString key = currentKey();
    if (requiresKey() && key.isEmpty())
        return done({}, Failure{ErrorKind::Auth, tr("There is no API key for %1.").arg(serverName())});
    HttpRequest request = buildModelsRequest(key);
    applyTiming(&request, CallPhase::Other);
    request.logName = QStringLiteral("models");
    m_http->send(request, [this, done](const HttpResponse &r) {
        if (!modelsAnswerAccepted(r))
            return done({}, failureFor(r, CallPhase::Other));
        if (!r.looksLikeJson())
            return done({}, Failure{ErrorKind::Server, tr("%1 answered with a web page, not an API answer: is the "
                                                          "base URL right?").arg(serverName())});
        done(r.body, std::nullopt);
    });
}

void RemoteJobProvider::listModels(ModelsCallback done)
{
    fetchModelsBody([this, done](const QByteArray &body, const std::optional<Failure> &failure) {
        done(failure ? QStringList() : parseModels(body), failure);
    });
}

QString RemoteJobProvider::etaKey(const JobTicket &t) const
{
    return QStringLiteral("%1/%2/%3s/%4")
        .arg(spec().id, t.request.model)
        .arg(t.request.durationSec)
        .arg(t.request.size.toString());
}

void RemoteJobProvider::applyTiming(HttpRequest *r, CallPhase phase) const
{
    r->connectTimeoutMs = m_timing.connectTimeoutMs;
    r->lowSpeedSec = m_timing.lowSpeedSec;
    switch (phase) {
    case CallPhase::Create:
        r->timeoutMs = m_timing.createTimeoutMs;
        r->retry = RetryMode::CreateOnce;
        break;
    case CallPhase::Download:
        r->timeoutMs = 0;
        r->retry = RetryMode::Idempotent;
        break;
    default:
        r->timeoutMs = m_timing.requestTimeoutMs;
        r->retry = RetryMode::Idempotent;
    }
}

Failure RemoteJobProvider::failureFor(const HttpResponse &response, CallPhase phase) const
{
    return adjustFailure(response, phase, describeFailure(response, phase, serverName()));
}

RemoteJobProvider::Outcome RemoteJobProvider::pollFailure(const HttpResponse &r) const
{
    Outcome o;
    const bool transient = r.isTransportError()
        ? (r.error == TransportError::Timeout || r.error == TransportError::Connect
           || r.error == TransportError::Interrupted || r.error == TransportError::Other)
        : isRetryableStatus(r.status);
    if (transient) {
        o.transient = true;
        o.failure = failureFor(r, CallPhase::Poll);
        return o;
    }
    o.kind = Outcome::Failed;
    o.failure = failureFor(r, CallPhase::Poll);
    return o;
}

RemoteJobProvider::Active *RemoteJobProvider::job(JobId id, quint64 serial)
{
    auto it = m_jobs.find(id);
    if (it == m_jobs.end() || (serial && it->second->serial != serial))
        return nullptr;
    return it->second.get();
}

void RemoteJobProvider::start(const JobTicket &ticket)
{
    const JobId id = ticket.jobId;
    if (m_jobs.count(id)) {
        qCWarning(lcNet) << "job" << id << "is already running on" << spec().id;
        return;
    }
    auto a = std::make_unique<Active>();
    a->serial = m_nextSerial++;
    a->ticket = ticket;
    a->age.start();
    if (m_deps.keys)
        a->key = m_deps.keys->key(spec().id, spec().keyEnv);
    Active &active = *a;
    m_jobs.emplace(id, std::move(a));
    const quint64 serial = active.serial;

    std::optional<Failure> early = preflight(ticket);
    if (!early && requiresKey() && active.key.isEmpty())
        early = Failure{ErrorKind::Auth,
                        spec().keyEnv.isEmpty()
                            ? tr("There is no API key for %1: add one in Settings.").arg(serverName())
                            : tr("There is no API key for %1: add one in Settings, or set %2.")
                                  .arg(serverName(), spec().keyEnv)};
    if (early) {
        // Signals never fire from inside start(): the caller may not be ready for them yet.
        QTimer::singleShot(0, this, [this, id, serial, f = *early] {
            if (job(id, serial))
                finishFailed(id, f);
        });
        return;
    }
    if (!ticket.remoteId.isEmpty()) {
        active.remoteId = ticket.remoteId;
        active.resumed = true;
        qCInfo(lcNet) << "resuming job" << id << "on" << spec().id;
        QTimer::singleShot(0, this, [this, id, serial] {
            if (job(id, serial)) {
                Q_EMIT running(id);
                if (Active *again = job(id, serial)) {
                    watchSilence(*again);
                    poll(id, serial);
                }
            }
        });
        return;
    }
    // Fitting a photo can take a while; it must not stall the thread the service runs on.
    const QString key = active.key;
    QFuture<std::variant<HttpRequest, Failure>> built =
        QtConcurrent::run([this, ticket, key] { return buildCreate(ticket, key); });
    m_background.append(QFuture<void>(built));
    built.then(this, [this, id, serial](const std::variant<HttpRequest, Failure> &result) {
        sendCreate(id, serial, result);
    });
}

void RemoteJobProvider::sendCreate(JobId id, quint64 serial, const std::variant<HttpRequest, Failure> &built)
{
    m_background.erase(std::remove_if(m_background.begin(), m_background.end(),
                                      [](const QFuture<void> &f) { return f.isFinished(); }),
                       m_background.end());
    Active *a = job(id, serial);
    if (!a || a->cancelled->load())
        return; // cancelled while the request was built: its failure is on its way
    if (const Failure *f = std::get_if<Failure>(&built))
        return finishFailed(id, *f);
    HttpRequest request = std::get<HttpRequest>(built);
    applyTiming(&request, CallPhase::Create);
    request.logName = QStringLiteral("create");
    // Recorded by the service before the first byte leaves (after a kill from then on, the job's
    // outcome is unknown rather than "never sent"); the request waits for that write here, as an
    // event, while this thread goes on.
    sendWhenRecorded(id, [this, id, serial, request] {
        Active *waited = job(id, serial);
        if (!waited || waited->cancelled->load())
            return; // cancelled or failed while the marker was on its way: nothing leaves
        qCInfo(lcNet) << "creating job" << id << "on" << spec().id;
        waited->call = m_http->send(request, [this, id, serial](const HttpResponse &r) { onCreated(id, serial, r); });
    });
}

void RemoteJobProvider::onCreated(JobId id, quint64 serial, const HttpResponse &r)
{
    Active *a = job(id, serial);
    if (!a)
        return;
    a->call = 0;
    if (!r.isHttpSuccess() && saysModelIsGone(r)) {
        const QString model = a->ticket.request.model.isEmpty() ? spec().models.value(0) : a->ticket.request.model;
        return finishFailed(id, modelGoneFailure(r, model, serverName()));
    }
    if (!r.isHttpSuccess())
        return finishFailed(id, failureFor(r, CallPhase::Create));
    const auto parsed = parseCreate(r);
    if (const Failure *f = std::get_if<Failure>(&parsed))
        return finishFailed(id, *f);
    a->remoteId = std::get<QString>(parsed);
    qCInfo(lcNet) << "job" << id << "accepted by" << spec().id << "as" << a->remoteId;
    Q_EMIT accepted(id, a->remoteId);
    if (!job(id, serial))
        return; // cancelled from a slot
    Q_EMIT running(id);
    if (!job(id, serial))
        return;
    watchSilence(*a);
    reportProgress(*a, -1);
    std::optional<int> hint;
    bool ok = false;
    const int hintMs = r.header("openai-poll-after-ms").toInt(&ok);
    if (ok)
        hint = hintMs;
    schedulePoll(*a, m_timing.poll.nextDelayMs(a->age.elapsed(), hint));
}

void RemoteJobProvider::schedulePoll(Active &a, int delayMs)
{
    if (!a.pollTimer) {
        a.pollTimer = new QTimer(this);
        a.pollTimer->setSingleShot(true);
        const JobId id = a.ticket.jobId;
        const quint64 serial = a.serial;
        connect(a.pollTimer, &QTimer::timeout, this, [this, id, serial] { poll(id, serial); });
    }
    a.pollTimer->start(delayMs);
}

void RemoteJobProvider::poll(JobId id, quint64 serial)
{
    Active *a = job(id, serial);
    if (!a)
        return;
    if (a->age.elapsed() > qint64(m_timing.poll.deadlineSec) * 1000)
        return finishFailed(id, {ErrorKind::Server,
                                 tr("%1 did not finish the job within %2; Reelcraft stopped waiting "
                                    "(it may still finish and be billed on the server).")
                                     .arg(serverName(), m_timing.poll.deadlineSec >= 120
                                                            ? tr("%n minute(s)", nullptr, m_timing.poll.deadlineSec / 60)
                                                            : tr("%n second(s)", nullptr, m_timing.poll.deadlineSec))});
    HttpRequest request = a->nextPoll ? *a->nextPoll : buildPoll(a->remoteId, a->key);
    applyTiming(&request, CallPhase::Poll);
    request.logName = QStringLiteral("poll");
    a->call = m_http->send(request, [this, id, serial](const HttpResponse &r) { onPolled(id, serial, r); });
}

void RemoteJobProvider::onPolled(JobId id, quint64 serial, const HttpResponse &r)
{
    Active *a = job(id, serial);
    if (!a)
        return;
    a->call = 0;
    Outcome o = parsePoll(a->ticket, a->remoteId, r, a->key);
    switch (o.kind) {
    case Outcome::Failed:
        return finishFailed(id, o.failure);
    case Outcome::Ready:
        if (a->silenceTimer)
            a->silenceTimer->stop(); // the download has its own stall limit (lowSpeedSec)
        return startDownload(*a, std::move(o));
    case Outcome::Pending:
        break;
    }
    if (o.transient) {
        // The job is paid for and probably still running on the server: neither a blip nor an
        // outage may lose it. After too many failed polls it is paused, kept for `resume`.
        if (++a->pollFailures >= m_timing.poll.maxPollFailures)
            return pauseJob(id, ErrorKind::Network,
                            tr("waiting for the server: %1 could not be reached (%2)").arg(serverName(), o.failure.message));
        qCInfo(lcNet) << "poll of job" << id << "failed" << a->pollFailures << "times; still waiting";
    } else {
        a->pollFailures = 0;
        watchSilence(*a);
        if (o.nextPoll)
            a->nextPoll = std::move(o.nextPoll);
        if (o.detail && *o.detail != a->detail) {
            a->detail = *o.detail;
            Q_EMIT detailChanged(id, a->detail);
            if (!job(id, serial))
                return;
        }
        reportProgress(*a, o.percent);
        if (!job(id, serial))
            return;
    }
    schedulePoll(*a, m_timing.poll.nextDelayMs(a->age.elapsed(), o.pollAfterMs));
}

void RemoteJobProvider::reportProgress(Active &a, int percent)
{
    const int elapsedSec = int(a.age.elapsed() / 1000);
    int eta = -1;
    if (percent > 0 && percent < 100 && elapsedSec > 0) {
        eta = elapsedSec * (100 - percent) / percent;
    } else if (percent < 0 && m_deps.eta && !a.resumed) {
        if (auto expected = m_deps.eta->expectedSec(etaKey(a.ticket)))
            eta = *expected > elapsedSec ? *expected - elapsedSec : -1;
    }
    if (percent == a.lastPercent && eta == a.lastEta)
        return;
    a.lastPercent = percent;
    a.lastEta = eta;
    Q_EMIT progressed(a.ticket.jobId, percent, eta);
}

void RemoteJobProvider::startDownload(Active &a, Outcome outcome)
{
    const JobId id = a.ticket.jobId;
    const quint64 serial = a.serial;
    reportProgress(a, 100);
    if (!job(id, serial))
        return;
    Q_EMIT downloading(id);
    if (!job(id, serial))
        return;
    a.ready = std::move(outcome);
    if (a.ready.inlineVideo.isEmpty() && !a.ready.inlineVideoBase64.isEmpty())
        a.ready.inlineVideo.base64 = std::exchange(a.ready.inlineVideoBase64, QByteArray());
    if (!a.ready.inlineVideo.isEmpty())
        return finishFiles(a, a.ready.inlineVideo, QByteArray());
    sendDownload(id, serial, a.ready.download);
}

void RemoteJobProvider::sendDownload(JobId id, quint64 serial, const HttpRequest &base)
{
    Active *a = job(id, serial);
    if (!a)
        return;
    HttpRequest request = base;
    applyTiming(&request, CallPhase::Download);
    request.downloadPath = a->ticket.videoPath;
    request.logName = QStringLiteral("download");
    a->call = m_http->send(request, [this, id, serial](const HttpResponse &r) { onDownloaded(id, serial, r); });
}

void RemoteJobProvider::onDownloaded(JobId id, quint64 serial, const HttpResponse &r)
{
    Active *a = job(id, serial);
    if (!a)
        return;
    a->call = 0;
    if (!r.isHttpSuccess()) {
        // Servers write the file a moment after they say "completed" (SGLang answers 404
        // "Generation is still in-progress" then): ask again a few times.
        if (r.status == 404 && a->contentRetries < 3) {
            ++a->contentRetries;
            QTimer::singleShot(m_timing.poll.minMs, this, [this, id, serial] {
                if (Active *again = job(id, serial))
                    sendDownload(id, serial, again->ready.download);
            });
            return;
        }
        if (a->ready.fallbackDownload && !a->usedFallback) {
            a->usedFallback = true;
            QFile::remove(a->ticket.videoPath + QStringLiteral(".part"));
            qCInfo(lcNet) << "download of job" << id << "failed; trying the provider's own copy";
            return sendDownload(id, serial, *a->ready.fallbackDownload);
        }
        // A full disk or a server that went away: the video is paid for and still on the server,
        // so the job is kept (and the part file, which a later Range request continues).
        if (r.error == TransportError::Disk)
            return pauseJob(id, ErrorKind::Disk,
                            tr("paused: disk full (the download from %1 could not be written)").arg(serverName()));
        if ((r.isTransportError() && r.error != TransportError::Refused && r.error != TransportError::Tls
             && r.error != TransportError::Cancelled)
            || isRetryableStatus(r.status))
            return pauseJob(id, ErrorKind::Network,
                            tr("waiting for the server: the download from %1 failed (%2)")
                                .arg(serverName(), failureFor(r, CallPhase::Download).message));
        QFile::remove(a->ticket.videoPath + QStringLiteral(".part"));
        return finishFailed(id, failureFor(r, CallPhase::Download));
    }
    if (a->ready.thumbnail) {
        HttpRequest request = *a->ready.thumbnail;
        applyTiming(&request, CallPhase::Other);
        request.maxBodyBytes = 16 * 1024 * 1024;
        request.logName = QStringLiteral("thumbnail");
        a->call = m_http->send(request, [this, id, serial](const HttpResponse &t) { onThumbnail(id, serial, t); });
        return;
    }
    finishFiles(*a, InlineVideo(), QByteArray());
}

void RemoteJobProvider::onThumbnail(JobId id, quint64 serial, const HttpResponse &r)
{
    Active *a = job(id, serial);
    if (!a)
        return;
    a->call = 0;
    if (!r.isHttpSuccess())
        qCInfo(lcNet) << "no thumbnail from the server for job" << id << "; making one locally";
    finishFiles(*a, InlineVideo(), r.isHttpSuccess() ? r.body : QByteArray());
}

void RemoteJobProvider::finishFiles(Active &a, const InlineVideo &inlineVideo, const QByteArray &thumbnailBytes)
{
    const JobId id = a.ticket.jobId;
    const quint64 serial = a.serial;
    ResultFilesInput input;
    input.videoPath = a.ticket.videoPath;
    input.thumbnailPath = a.ticket.thumbnailPath;
    input.serverName = serverName();
    input.inlineVideo = inlineVideo;
    input.thumbnailBytes = thumbnailBytes;
    input.media = m_deps.media;
    input.cancelled = a.cancelled;
    // Decoding, checking and the thumbnail touch whole files: a pool thread, values only.
    QtConcurrent::run([input] { return finishResultFiles(input); })
        .then(this, [this, id, serial](const ResultFiles &result) { onFilesDone(id, serial, result); });
}

void RemoteJobProvider::onFilesDone(JobId id, quint64 serial, const ResultFiles &result)
{
    Active *a = job(id, serial);
    if (!a || a->cancelled->load()) {
        // Cancelled while the files were being finished: leave nothing behind.
        if (!result.output.videoPath.isEmpty())
            QFile::remove(result.output.videoPath);
        return;
    }
    if (result.failure && result.failure->kind == ErrorKind::Disk)
        return pauseJob(id, ErrorKind::Disk, tr("paused: disk full (%1)").arg(result.failure->message));
    if (result.failure)
        return finishFailed(id, *result.failure);
    if (!result.warning.isEmpty())
        qCWarning(lcNet) << "job" << id << "has no thumbnail:" << result.warning;
    if (m_deps.eta && !a->resumed)
        m_deps.eta->record(etaKey(a->ticket), int((a->age.elapsed() + 999) / 1000));
    ProviderResult out;
    out.output = result.output;
    out.reportedCost = a->ready.reportedCost;
    auto node = m_jobs.extract(id);
    delete node.mapped()->pollTimer;
    delete node.mapped()->silenceTimer;
    qCInfo(lcNet) << "job" << id << "finished on" << spec().id << "," << out.output.fileBytes << "bytes";
    Q_EMIT succeeded(id, out);
}

void RemoteJobProvider::finishFailed(JobId id, const Failure &failure)
{
    auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return;
    auto node = m_jobs.extract(it);
    Active &a = *node.mapped();
    a.cancelled->store(true);
    if (a.call)
        m_http->cancel(a.call);
    delete a.pollTimer;
    delete a.silenceTimer;
    if (!a.ticket.videoPath.isEmpty())
        QFile::remove(a.ticket.videoPath + QStringLiteral(".part"));
    qCInfo(lcNet).noquote() << QStringLiteral("job %1 failed on %2 (%3): %4")
                                   .arg(id)
                                   .arg(spec().id, errorKindName(failure.kind), failure.message);
    Q_EMIT failed(id, failure.kind, failure.message);
}

void RemoteJobProvider::watchSilence(Active &a)
{
    if (!a.silenceTimer) {
        a.silenceTimer = new QTimer(this);
        a.silenceTimer->setSingleShot(true);
        const JobId id = a.ticket.jobId;
        const quint64 serial = a.serial;
        connect(a.silenceTimer, &QTimer::timeout, this, [this, id, serial] {
            if (!job(id, serial))
                return;
            const int sec = m_timing.poll.silenceLimitSec;
            pauseJob(id, ErrorKind::Network,
                     tr("waiting for the server: %1 has not answered for %2")
                         .arg(serverName(), sec >= 120 ? tr("%n minute(s)", nullptr, sec / 60) : tr("%n second(s)", nullptr, sec)));
        });
    }
    a.silenceTimer->start(m_timing.poll.silenceLimitSec * 1000);
}

void RemoteJobProvider::pauseJob(JobId id, ErrorKind why, const QString &message)
{
    auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return;
    auto node = m_jobs.extract(it);
    Active &a = *node.mapped();
    a.cancelled->store(true);
    if (a.call)
        m_http->cancel(a.call); // a download's part file is removed by the cancel; Range restarts it
    delete a.pollTimer;
    delete a.silenceTimer;
    qCWarning(lcNet).noquote() << QStringLiteral("job %1 on %2 paused: %3").arg(id).arg(spec().id, message);
    Q_EMIT paused(id, why, message);
}

void RemoteJobProvider::cancel(JobId jobId)
{
    Active *a = job(jobId, 0);
    if (!a)
        return;
    const quint64 serial = a->serial;
    a->cancelled->store(true);
    if (a->call) {
        m_http->cancel(a->call);
        a->call = 0;
    }
    if (a->pollTimer)
        a->pollTimer->stop();
    if (!a->remoteId.isEmpty())
        cancelRemote(a->remoteId, a->key);
    QTimer::singleShot(0, this, [this, jobId, serial] {
        if (job(jobId, serial))
            finishFailed(jobId, {ErrorKind::Cancelled, tr("Cancelled.")});
    });
}

} // namespace rc::net
