#include "batch/BatchRunner.h"

#include "batch/BatchStore.h"
#include "store/StoreWriter.h"
#include "batch/ClipDelivery.h"
#include "service/GenerationService.h"
#include "store/JobRepository.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDebug>
#include <QDir>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

namespace rc::batch {
namespace {


bool inFlightState(BatchRunner::RowState s)
{
    return s == BatchRunner::RowState::Queued || s == BatchRunner::RowState::Running;
}

} // namespace

QString rowStateName(BatchRunner::RowState state)
{
    switch (state) {
    case BatchRunner::RowState::Pending: return QStringLiteral("pending");
    case BatchRunner::RowState::Queued: return QStringLiteral("queued");
    case BatchRunner::RowState::Running: return QStringLiteral("running");
    case BatchRunner::RowState::Delivering: return QStringLiteral("writing");
    case BatchRunner::RowState::Completed: return QStringLiteral("completed");
    case BatchRunner::RowState::Failed: return QStringLiteral("failed");
    case BatchRunner::RowState::Cancelled: return QStringLiteral("cancelled");
    }
    return QString();
}

BatchRunner::BatchRunner(GenerationService &service, JobRepository &jobs, BatchPlan plan, Options options,
                         QObject *parent)
    : QObject(parent), m_service(service), m_jobs(jobs), m_plan(std::move(plan)), m_options(std::move(options))
{
    connect(&m_service, &GenerationService::jobChanged, this, &BatchRunner::onJobChanged);
    connect(&m_service, &GenerationService::jobFinished, this, &BatchRunner::onJobFinished);
}

BatchRunner::~BatchRunner() = default;

QString BatchRunner::batchKeyFor(const QString &name, const QString &outDir)
{
    QString clean = name;
    clean.remove(QLatin1Char('/')).remove(QLatin1Char('#'));
    const QByteArray where = QDir::cleanPath(QFileInfo(outDir).absoluteFilePath()).toUtf8();
    return clean + QLatin1Char('#')
        + QString::fromLatin1(QCryptographicHash::hash(where, QCryptographicHash::Sha1).toHex().left(10));
}

QString BatchRunner::keyOfRequest(const GenerationRequest &request)
{
    const qsizetype slash = request.batchRow.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : request.batchRow.left(slash);
}

QString BatchRunner::nameOfKey(const QString &key)
{
    return key.section(QLatin1Char('#'), 0, 0);
}

QString BatchRunner::reportPath() const
{
    return QDir(m_options.outDir).filePath(BatchReport::fileName());
}

QString BatchRunner::targetFor(const BatchItem &item) const
{
    return QDir(m_options.outDir).filePath(item.sku + QStringLiteral(".mp4"));
}

int BatchRunner::doneCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.state == RowState::Completed; }));
}

int BatchRunner::failedCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) {
        return r.state == RowState::Failed || r.state == RowState::Cancelled;
    }));
}

bool BatchRunner::prepare(QString *error)
{
    if (!QDir().mkpath(m_options.outDir) || !QFileInfo(m_options.outDir).isWritable()) {
        *error = tr("The output folder %1 cannot be created or written.").arg(m_options.outDir);
        return false;
    }
    m_options.outDir = QFileInfo(m_options.outDir).canonicalFilePath();
    m_key = batchKeyFor(m_plan.name, m_options.outDir);
    // Copies a killed run was writing when it died would otherwise stay in the folder forever.
    removeAbandonedParts(m_options.outDir);
    const QHash<QString, ReportLine> earlier = BatchReport::read(reportPath());
    QHash<QString, Job> unfinished;
    for (const Job &job : m_jobs.unfinished())
        if (keyOfRequest(job.request()) == m_key)
            unfinished.insert(job.request().batchRow, job);

    const QSet<QString> delivered = deliveredSkus(m_plan.items, m_options.outDir);
    m_rows.clear();
    for (const BatchItem &item : std::as_const(m_plan.items)) {
        Row row;
        row.item = item;
        const QString rowKey = m_key + QLatin1Char('/') + item.sku;
        const ReportLine line = earlier.value(item.sku);
        const QFileInfo target(targetFor(item));
        if (delivered.contains(item.sku)) {
            // Already delivered: the clip in the folder is the seller's, whatever made it.
            row.state = RowState::Completed;
            row.jobId = line.jobId;
            row.cost = line.cost;
            row.path = target.filePath();
            m_rows.append(row);
            continue;
        }
        std::optional<Job> job;
        if (line.jobId != 0) {
            job = m_jobs.load(line.jobId);
            if (job && job->request().batchRow != rowKey)
                job.reset(); // the report names a job of something else
        }
        if (!job && unfinished.contains(rowKey))
            job = unfinished.value(rowKey);
        m_rows.append(row);
        if (job)
            adopt(int(m_rows.size()) - 1, *job);
    }
    writeReport();
    return true;
}

void BatchRunner::adopt(int index, const Job &job)
{
    Row &row = m_rows[index];
    row.jobId = job.id();
    switch (job.state()) {
    case JobState::Completed:
        row.state = RowState::Delivering; // delivered when the batch starts
        break;
    case JobState::Failed:
    case JobState::Cancelled:
        if (job.errorKind() == ErrorKind::Unknown) {
            // The create may have reached the server: running it again could charge twice.
            row.state = RowState::Failed;
            row.error = job.errorMessage();
            row.cost = job.estimate();
        } else {
            row.retry = true;
        }
        break;
    default:
        row.state = RowState::Queued; // followed (and resumed if need be) when the batch starts
        break;
    }
}

Money BatchRunner::remainingEstimate() const
{
    Money sum;
    for (const Row &r : m_rows)
        if (r.state == RowState::Pending)
            sum += r.item.estimate;
    return sum;
}

int BatchRunner::rowsToCreate() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.state == RowState::Pending; }));
}

void BatchRunner::start()
{
    if (m_started)
        return;
    m_started = true;
    remember();
    // Jobs of an earlier run that nobody runs now are taken up by the service's own resume,
    // which knows which providers can pick a job up where it stopped and which cannot.
    bool needResume = false;
    for (const Row &r : std::as_const(m_rows))
        if (inFlightState(r.state) && !m_service.activeJob(r.jobId))
            needResume = true;
    if (needResume)
        m_service.resumeUnfinished();
    for (int i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        if (row.state == RowState::Delivering) {
            if (const auto job = m_jobs.load(row.jobId))
                deliver(i, *job);
            else
                settle(i, RowState::Failed, tr("The job of an earlier run is gone from the history."));
            continue;
        }
        if (!inFlightState(row.state))
            continue;
        if (const auto active = m_service.activeJob(row.jobId)) {
            m_rowOfJob.insert(row.jobId, i);
            ++m_inFlight;
            onJobChanged(*active);
            continue;
        }
        const std::optional<Job> stored = m_jobs.load(row.jobId);
        if (stored && stored->state() == JobState::Completed) {
            deliver(i, *stored);
        } else {
            if (stored)
                row.cost = stored->errorKind() == ErrorKind::Unknown ? stored->estimate() : Money();
            settle(i, stored && stored->state() == JobState::Cancelled ? RowState::Cancelled : RowState::Failed,
                   stored ? stored->errorMessage() : tr("The job of an earlier run is gone from the history."));
        }
    }
    writeReport();
    Q_EMIT progressChanged(doneCount(), failedCount(), total());
    feed();
    checkFinished();
}

void BatchRunner::feed()
{
    if (!m_started || m_paused || m_cancelled)
        return;
    for (int i = 0; i < m_rows.size() && m_inFlight < std::max(1, m_options.maxInFlight); ++i) {
        Row &row = m_rows[i];
        if (row.state != RowState::Pending)
            continue;
        GenerationService::Submission submission;
        if (row.retry) {
            submission = m_service.retry(row.jobId);
            // The retried job's row is on disk. Without its tag the clip is still made and delivered;
            // only the gallery's batch filter misses it, so a refusal is logged, not fatal.
            if (submission.ok() && !m_options.tag.isEmpty() && !m_jobs.addTag(submission.id, m_options.tag))
                qWarning("batch tag of job %lld not written: %s", qlonglong(submission.id),
                         qPrintable(JobRepository::lastError()));
        } else {
            GenerationRequest request = row.item.request;
            request.batchRow = m_key + QLatin1Char('/') + row.item.sku;
            // The tag is written with the job: its row is not on disk yet when submit() returns.
            submission = m_service.submit(request, m_options.tag.isEmpty() ? QStringList() : QStringList{m_options.tag});
        }
        if (!submission.ok()) {
            settle(i, RowState::Failed, submission.error);
            continue;
        }
        row.retry = false;
        row.jobId = submission.id;
        row.state = RowState::Queued;
        row.progress = 0;
        m_rowOfJob.insert(submission.id, i);
        ++m_inFlight;
        // On disk before the service can send anything (it starts on the next event-loop turn).
        writeReport();
        Q_EMIT rowChanged(i);
    }
}

void BatchRunner::onJobChanged(const Job &job)
{
    const int index = m_rowOfJob.value(job.id(), -1);
    if (index < 0 || isTerminal(job.state()))
        return;
    Row &row = m_rows[index];
    const RowState state = (job.state() == JobState::Queued || job.state() == JobState::Submitting)
        ? RowState::Queued : RowState::Running;
    const bool moved = state != row.state;
    row.state = state;
    row.progress = job.progress();
    if (moved)
        writeReport();
    Q_EMIT rowChanged(index);
}

void BatchRunner::onJobFinished(const Job &job)
{
    const int index = m_rowOfJob.value(job.id(), -1);
    if (index < 0)
        return;
    m_rowOfJob.remove(job.id());
    --m_inFlight;
    if (job.state() == JobState::Completed) {
        deliver(index, job);
    } else {
        m_rows[index].cost = job.errorKind() == ErrorKind::Unknown ? job.estimate() : Money();
        const QString message = job.errorMessage().isEmpty() ? errorKindLabel(job.errorKind()) : job.errorMessage();
        settle(index, job.state() == JobState::Cancelled ? RowState::Cancelled : RowState::Failed, message);
    }
    feed();
    checkFinished();
}

void BatchRunner::deliver(int index, const Job &job)
{
    Row &row = m_rows[index];
    row.state = RowState::Delivering;
    row.jobId = job.id();
    row.cost = job.cost();
    row.progress = 100;
    ++m_delivering;
    Q_EMIT rowChanged(index);
    const QString source = job.output().videoPath;
    const QString target = targetFor(row.item);
    // Only a preset met by a nearby size is cropped; a size the model offers is kept as made.
    const VideoSize size = row.item.deliverSize == row.item.request.size ? VideoSize{} : row.item.deliverSize;
    QtConcurrent::run([source, target, size] {
        QString error;
        const bool ok = deliverClip(source, target, size, &error);
        return ok ? QString() : error;
    }).then(this, [this, index, target, id = job.id()](const QString &error) {
        --m_delivering;
        if (error.isEmpty()) {
            m_rows[index].path = target;
            settle(index, RowState::Completed);
        } else {
            settle(index, RowState::Failed,
                   tr("The clip was made (job %1) but could not be written to the folder: %2").arg(id).arg(error));
        }
        feed();
        checkFinished();
    });
}

void BatchRunner::settle(int index, RowState state, const QString &error)
{
    Row &row = m_rows[index];
    row.state = state;
    row.error = error;
    writeReport();
    Q_EMIT rowChanged(index);
    Q_EMIT progressChanged(doneCount(), failedCount(), total());
}

void BatchRunner::pause()
{
    if (m_paused || m_cancelled || m_finished)
        return;
    m_paused = true;
    Q_EMIT pausedChanged(true);
}

void BatchRunner::resume()
{
    if (!m_paused)
        return;
    m_paused = false;
    Q_EMIT pausedChanged(false);
    feed();
    checkFinished();
}

void BatchRunner::cancel()
{
    if (m_cancelled || m_finished)
        return;
    m_cancelled = true;
    if (m_paused) {
        m_paused = false;
        Q_EMIT pausedChanged(false);
    }
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].state == RowState::Pending)
            settle(i, RowState::Cancelled, tr("Cancelled before it started."));
    // cancel() may finish a queued job at once, which edits m_rowOfJob: walk a copy.
    const QList<JobId> running = m_rowOfJob.keys();
    for (JobId id : running)
        m_service.cancel(id);
    checkFinished();
}

void BatchRunner::checkFinished()
{
    if (m_finished || !m_started || m_inFlight > 0 || m_delivering > 0)
        return;
    const bool pendingLeft = std::any_of(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.state == RowState::Pending; });
    if (pendingLeft)
        return; // paused, or waiting for room
    m_finished = true;
    writeReport();
    // The store's writer logs a refusal with SQLite's words (the batch is then offered again
    // at the next start, which loses nothing).
    m_service.storeWriter().post(QStringLiteral("batch %1 finished").arg(m_key),
                                 [db = &m_jobs.database(), key = m_key](QString *error) {
                                     return BatchStore(*db).markFinished(key, error);
                                 }, nullptr, {});
    Q_EMIT finished();
}

void BatchRunner::remember()
{
    StoredBatch stored;
    stored.key = m_key;
    stored.name = m_plan.name;
    stored.source = m_options.source.isEmpty() ? QString() : QDir::cleanPath(QFileInfo(m_options.source).absoluteFilePath());
    stored.outDir = m_options.outDir;
    stored.maxInFlight = std::max(1, m_options.maxInFlight);
    stored.plan = m_plan;
    stored.startedAt = QDateTime::currentDateTime();
    // Written by the store's writer, ahead of the batch's jobs (the writer keeps the order).
    // Not fatal when refused (the writer logs SQLite's words): the batch runs; only a restarted
    // studio or a dateless rerun will not find it.
    m_service.storeWriter().post(QStringLiteral("batch %1").arg(m_key),
                                 [db = &m_jobs.database(), stored](QString *error) {
                                     return BatchStore(*db).save(stored, error);
                                 }, nullptr, {});
}

void BatchRunner::writeReport()
{
    QList<ReportLine> lines;
    lines.reserve(m_rows.size());
    for (const Row &r : std::as_const(m_rows)) {
        ReportLine line;
        line.sku = r.item.sku;
        line.jobId = r.jobId;
        line.state = rowStateName(r.state);
        line.seconds = r.item.request.durationSec;
        line.size = r.item.deliverSize.toString();
        line.cost = r.cost;
        line.path = r.path;
        line.error = r.error;
        lines.append(line);
    }
    QString error;
    if (!BatchReport::write(reportPath(), lines, &error) && error != m_reportError) {
        m_reportError = error;
        qWarning("batch report %s cannot be written: %s", qPrintable(reportPath()), qPrintable(error));
    }
}

} // namespace rc::batch
