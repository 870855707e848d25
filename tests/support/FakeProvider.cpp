#include "support/FakeProvider.h"

#include <QFile>
#include <QTimer>

namespace rc::test {

FakeProvider::FakeProvider(ProviderSpec spec, QObject *parent) : Provider(std::move(spec), parent) {}

void FakeProvider::start(const JobTicket &ticket)
{
    m_started.append(ticket);
    if (m_failStartsWith != ErrorKind::None) {
        const JobId id = ticket.jobId;
        const ErrorKind kind = m_failStartsWith;
        // Asynchronously, as a real provider would report.
        QTimer::singleShot(0, this, [this, id, kind] { Q_EMIT failed(id, kind, QStringLiteral("fake failure")); });
        return;
    }
    m_running.insert(ticket.jobId, ticket);
    m_sent.removeAll(ticket.jobId); // a retried job leaves again only once recorded again
    // A new paid job "leaves" at once, as a remote provider's create would (not when resuming):
    // once the service has recorded it.
    if (m_sendsOnStart && ticket.remoteId.isEmpty()) {
        const JobId id = ticket.jobId;
        sendWhenRecorded(id, [this, id] {
            if (m_running.contains(id))
                m_sent.append(id);
        });
    }
}

void FakeProvider::pause(JobId id, ErrorKind why, const QString &message)
{
    m_running.remove(id);
    Q_EMIT paused(id, why, message);
}

void FakeProvider::cancel(JobId jobId)
{
    m_cancelRequests.append(jobId);
    if (m_running.remove(jobId) > 0)
        QTimer::singleShot(0, this, [this, jobId] { Q_EMIT failed(jobId, ErrorKind::Cancelled, QString()); });
}

void FakeProvider::accept(JobId id, const QString &remoteId)
{
    Q_EMIT accepted(id, remoteId);
    Q_EMIT running(id);
}

void FakeProvider::progress(JobId id, int percent, int etaSec)
{
    Q_EMIT progressed(id, percent, etaSec);
}

void FakeProvider::succeed(JobId id, std::optional<Money> reportedCost)
{
    const JobTicket ticket = m_running.take(id);
    QFile file(ticket.videoPath);
    if (file.open(QIODevice::WriteOnly))
        file.write(m_videoBytes);
    file.close();
    ProviderResult result;
    result.output.videoPath = ticket.videoPath;
    result.reportedCost = reportedCost;
    Q_EMIT succeeded(id, result);
}

void FakeProvider::succeedWithoutFile(JobId id)
{
    const JobTicket ticket = m_running.take(id);
    ProviderResult result;
    result.output.videoPath = ticket.videoPath;
    Q_EMIT succeeded(id, result);
}

void FakeProvider::failJob(JobId id, ErrorKind kind, const QString &message)
{
    m_running.remove(id);
    Q_EMIT failed(id, kind, message);
}

} // namespace rc::test
