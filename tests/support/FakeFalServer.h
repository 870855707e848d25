#pragma once

#include "support/FakeHttpServer.h"

#include <QJsonObject>
#include <QMap>
#include <QStringList>

namespace rc::test {

// fal.ai's queue on 127.0.0.1, as strict as fal-queue.md's stand-in: `Authorization: Key <key>`
// on every call (401 {"detail": ...} otherwise); each served endpoint validates its input and
// refuses unknown fields, wrong types (a number for the "5"/"10" duration enum), missing
// required fields and photos that are not honest base64 data URIs with 422 {"detail":[{loc, msg,
// type}]} at submit. Status, result and cancel answer only at /{owner}/{app}/requests/{id}
// (no subpath). A job is IN_QUEUE (queue_position counting down), IN_PROGRESS, then COMPLETED;
// the result names a video on a second server (another port: another origin) that refuses any
// request carrying a key and counts it. Faults on demand: 429 with Retry-After on the first
// submit, 500 on every third status poll, the first download cut in half (ranges honoured), and
// BLOCKME prompts that end COMPLETED with an error and a 422 content_policy_violation result.
// Built on FakeHttpServer rather than QHttpServer: Qt 6.4's server cannot cut a body half-way.
class FakeFalServer : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeFalServer)

public:
    explicit FakeFalServer(QObject *parent = nullptr);

    bool listen();
    QString baseUrl() const; // the queue's origin, like https://queue.fal.run
    FakeHttpServer &http() { return *m_http; }
    FakeHttpServer &media() { return *m_media; }

    void setKey(const QString &key) { m_key = key; }
    // Status polls a job spends in the queue, then in progress, before it completes.
    void setPolls(int queued, int inProgress) { m_queuedPolls = queued; m_runningPolls = inProgress; }
    // Held jobs stay IN_QUEUE (position 0) until released.
    void setHold(bool on) { m_hold = on; }
    void setRateLimitFirstSubmit(bool on) { m_rateLimitOnce = on; }
    void setFailEveryThirdPoll(bool on) { m_failThirdPoll = on; }
    void setCutFirstDownload(bool on) { m_cutOnce = on; }

    QByteArray video() const { return m_video; }
    int submitCount() const;
    int acceptedSubmits() const { return m_jobs.size(); }
    int statusPolls() const { return m_statusPolls; }
    int keyedMediaRequests() const { return m_keyedMedia; }
    QStringList cancelled() const { return m_cancelled; }
    QString lastEndpoint() const { return m_lastEndpoint; }
    QJsonObject lastInput() const { return m_lastInput; }
    QString lastRefusal() const { return m_lastRefusal; }

private:
    struct Job
    {
        QString id;
        QString endpoint;
        QString prompt;
        int polls = 0;
        bool cancelled = false;
    };
    FakeResponse handle(const RecordedRequest &request);
    FakeResponse handleMedia(const RecordedRequest &request);
    FakeResponse submit(const QString &endpoint, const RecordedRequest &request);
    FakeResponse status(Job &job);
    FakeResponse result(const Job &job);
    FakeResponse cancel(Job &job);
    QJsonObject urls(const Job &job) const;
    bool completed(const Job &job) const;
    FakeResponse served(const RecordedRequest &request);

    FakeHttpServer *m_http;
    FakeHttpServer *m_media;
    QMap<QString, Job> m_jobs;
    QByteArray m_video;
    QString m_key = QStringLiteral("fal-key-id:fal-key-secret");
    QString m_lastEndpoint;
    QJsonObject m_lastInput;
    QString m_lastRefusal;
    QStringList m_cancelled;
    int m_queuedPolls = 2;
    int m_runningPolls = 1;
    int m_statusPolls = 0;
    int m_keyedMedia = 0;
    bool m_hold = false;
    bool m_rateLimitOnce = false;
    bool m_failThirdPoll = false;
    bool m_cutOnce = false;
};

} // namespace rc::test
