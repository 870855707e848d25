#pragma once

#include "support/FakeHttpServer.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace rc::test {

// A Videos API server (/v1/videos) on 127.0.0.1 that follows the OpenAPI excerpt, in the dialect
// of one of the servers compat-servers.md describes, and misbehaves on demand. Every request is
// recorded (http().requests()) so tests can assert one create and the multipart fields.
//
// Flavours: OpenAi (queued -> in_progress with progress -> completed, thumbnails, remix),
// SGLang (no auth, queued -> completed, progress 0 then 100, {"detail"} errors, uuid ids),
// VllmOmni (failed jobs answered with a 4xx/5xx status, {"error":"Unauthorized"}, seconds must be
// a digit string, model must match), NewApi (status "unknown", task_ ids, unknown id -> 400
// task_not_exist, no list/delete routes).
class FakeVideosApiServer : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeVideosApiServer)

public:
    enum class Flavor { OpenAi, SGLang, VllmOmni, NewApi };

    explicit FakeVideosApiServer(Flavor flavor = Flavor::OpenAi, QObject *parent = nullptr);

    bool listen();
    QString baseUrl() const; // ".../v1"
    FakeHttpServer &http() { return *m_http; }

    void setPollsUntilDone(int polls) { m_pollsUntilDone = polls; }
    void setRequiredKey(const QString &key) { m_requiredKey = key; }
    void setPollAfterMs(int ms) { m_pollAfterMs = ms; }
    // Jobs end "failed" with this `error` member (undefined: no error member at all).
    void setFailJobsWith(const QJsonValue &error) { m_failWith = error; m_failJobs = true; }
    // The first content download sends this many bytes, then the connection drops.
    void setCutDownloadOnce(qint64 bytes) { m_cutOnce = bytes; }
    void setThumbnails(bool on) { m_thumbnails = on; }
    void setModels(const QStringList &models) { m_models = models; }
    void setVideo(const QByteArray &bytes) { m_video = bytes; }
    // Forget every job, as an in-memory server does when it restarts.
    void loseAllJobs() { m_jobs.clear(); }

    QByteArray video() const { return m_video; }
    QStringList jobIds() const { return m_jobs.keys(); }
    int createCount() const;
    int pollCount() const;
    int contentCount() const;
    const RecordedRequest *lastCreate() const;

private:
    struct Job
    {
        QString id;
        QString model;
        QString prompt;
        QString seconds;
        QString size;
        int polls = 0;
        QString status = QStringLiteral("queued");
        int progress = 0;
    };
    FakeResponse handle(const RecordedRequest &request);
    FakeResponse error(int status, const QString &message, const QString &code = QString()) const;
    FakeResponse create(const RecordedRequest &request);
    FakeResponse status(Job &job);
    FakeResponse content(const RecordedRequest &request, Job &job);
    QJsonObject toJson(const Job &job) const;

    Flavor m_flavor;
    FakeHttpServer *m_http;
    QMap<QString, Job> m_jobs;
    int m_nextId = 1;
    int m_pollsUntilDone = 2;
    QString m_requiredKey;
    int m_pollAfterMs = -1;
    bool m_failJobs = false;
    QJsonValue m_failWith;
    qint64 m_cutOnce = -1;
    bool m_thumbnails = false;
    QStringList m_models{QStringLiteral("sora-2")};
    QByteArray m_video;
};

} // namespace rc::test
