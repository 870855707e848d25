#pragma once

#include "providers/Provider.h"

#include <QHash>
#include <QList>

namespace rc::test {

// A provider whose jobs a test finishes by hand: it records what it was asked and does nothing
// until the test calls accept/progress/succeed/fail. succeed() writes a small file at the
// ticket's video path so the service's checks see a real output.
class FakeProvider final : public Provider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeProvider)

public:
    explicit FakeProvider(ProviderSpec spec, QObject *parent = nullptr);

    void start(const JobTicket &ticket) override;
    void cancel(JobId jobId) override;
    bool canResume() const override { return m_canResume; }
    void setCanResume(bool canResume) { m_canResume = canResume; }
    bool missingKey() const override { return m_missingKey; }
    // As a cloud provider with no API key stored.
    void setMissingKey(bool missing) { m_missingKey = missing; }
    // When set, every start() fails at once with this kind (before accepting).
    void failEveryStartWith(ErrorKind kind) { m_failStartsWith = kind; }

    QList<JobTicket> started() const { return m_started; }
    QList<JobId> runningJobs() const { return m_running.keys(); }
    int runningCount() const { return int(m_running.size()); }
    // Running jobs whose create "left": the service had recorded it as sent.
    QList<JobId> sentJobs() const
    {
        QList<JobId> out;
        for (JobId id : m_sent)
            if (m_running.contains(id))
                out.append(id);
        return out;
    }
    QList<JobId> cancelRequests() const { return m_cancelRequests; }

    void accept(JobId id, const QString &remoteId);
    void progress(JobId id, int percent, int etaSec = -1);
    void detail(JobId id, const QString &text) { Q_EMIT detailChanged(id, text); }
    void succeed(JobId id, std::optional<Money> reportedCost = std::nullopt);
    // What succeed() writes as the clip (a few bytes that are no video, by default).
    void setVideoBytes(QByteArray bytes) { m_videoBytes = std::move(bytes); }
    // Reports success without writing the file, as a broken provider might.
    void succeedWithoutFile(JobId id);
    void failJob(JobId id, ErrorKind kind, const QString &message);
    // Stops work on a job that stays resumable (a silent server, a full disk).
    void pause(JobId id, ErrorKind why, const QString &message);
    // Whether start() reports the create as sent (default); off: a kill "before the send".
    void setSendsOnStart(bool sends) { m_sendsOnStart = sends; }

private:
    QList<JobTicket> m_started;
    QHash<JobId, JobTicket> m_running;
    QList<JobId> m_sent;
    QList<JobId> m_cancelRequests;
    bool m_canResume = false;
    bool m_missingKey = false;
    bool m_sendsOnStart = true;
    ErrorKind m_failStartsWith = ErrorKind::None;
    QByteArray m_videoBytes = QByteArrayLiteral("fake video bytes");
};

} // namespace rc::test
