#pragma once

#include "support/FakeHttpServer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>

namespace rc::test {

// OpenRouter's video API (/api/v1/videos) on 127.0.0.1, as strict as openrouter-videos.md's
// stand-in: unknown top-level fields, a duration that is not an advertised integer, a size or
// resolution/aspect pair the model does not list, a malformed frame image or a data URL that is
// not honest base64 of the image type it names are all refused with 400; a missing or wrong
// Bearer key with 401. Completed jobs carry the authenticated content route and a signed URL on
// a second server (another port: another origin) that refuses any request carrying a key.
// usage.cost = price x seconds + $0.0731, so a ledger that keeps the estimate is caught.
// Faults on demand: 429 with Retry-After on the first create, 500 on every third poll, the first
// download cut in half (ranges honoured), failed, cancelled or expired jobs, content-policy blocks
// (a prompt containing "BLOCKME"). Built on FakeHttpServer rather than QHttpServer: Qt 6.4's
// server cannot cut a body half-way.
class FakeOpenRouterServer : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeOpenRouterServer)

public:
    explicit FakeOpenRouterServer(QObject *parent = nullptr);

    bool listen();
    QString baseUrl() const; // ".../api/v1"
    FakeHttpServer &http() { return *m_http; }
    FakeHttpServer &media() { return *m_media; }

    void setKey(const QString &key) { m_key = key; }
    void setPollsUntilDone(int polls) { m_pollsUntilDone = polls; }
    void setRateLimitFirstCreate(bool on) { m_rateLimitOnce = on; }
    void setFailEveryThirdPoll(bool on) { m_failThirdPoll = on; }
    void setCutFirstDownload(bool on) { m_cutOnce = on; }
    // Jobs end "failed" with this error text.
    void setFailJobsWith(const QString &error) { m_endStatus = QStringLiteral("failed"); m_failWith = error; }
    // Jobs end in another terminal state: "cancelled" or "expired".
    void setEndJobsAs(const QString &status) { m_endStatus = status; }
    // Completed jobs list a signed storage URL (urls[0]) besides the content route.
    void setSignedUrls(bool on) { m_signedUrls = on; }
    // The content route answers 404 (only the signed copy works).
    void setContentRouteBroken(bool on) { m_contentBroken = on; }
    void setModels(const QJsonArray &models) { m_models = models; }
    static QJsonArray defaultModels();

    QByteArray video() const { return m_video; }
    int createCount() const;
    int acceptedCreates() const { return m_jobs.size(); }
    int pollCount() const { return m_polls; }
    int keyedMediaRequests() const { return m_keyedMedia; }
    QString lastCreateError() const { return m_lastCreateError; }
    QJsonObject lastCreateBody() const { return m_lastCreate; }
    // The cost the service reports for a job of this model and length.
    double costFor(const QString &model, int seconds) const;

private:
    struct Job
    {
        QString id;
        QString model;
        QString prompt;
        int seconds = 0;
        int polls = 0;
    };
    FakeResponse handle(const RecordedRequest &request);
    FakeResponse handleMedia(const RecordedRequest &request);
    FakeResponse create(const RecordedRequest &request);
    FakeResponse poll(const QString &id);
    FakeResponse content(const RecordedRequest &request, const QString &id);
    // The video bytes (ranges honoured), cut half-way once when asked.
    FakeResponse served(const RecordedRequest &request);
    FakeResponse error(int status, const QString &message);
    QString checkCreate(const QJsonObject &body) const;
    QJsonObject model(const QString &id) const;

    FakeHttpServer *m_http;
    FakeHttpServer *m_media;
    QJsonArray m_models;
    QMap<QString, Job> m_jobs;
    QByteArray m_video;
    QString m_key = QStringLiteral("sk-or-v1-test");
    QString m_failWith;
    QString m_endStatus;
    QString m_lastCreateError;
    QJsonObject m_lastCreate;
    int m_pollsUntilDone = 2;
    int m_polls = 0;
    int m_keyedMedia = 0;
    bool m_rateLimitOnce = false;
    bool m_failThirdPoll = false;
    bool m_cutOnce = false;
    bool m_signedUrls = true;
    bool m_contentBroken = false;
};

} // namespace rc::test
