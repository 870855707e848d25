#pragma once

#include "support/FakeHttpServer.h"

#include <QJsonObject>
#include <QStringList>

namespace rc::test {

// The Gemini API's Interactions endpoint on 127.0.0.1, as strict as gemini-omni.md allows:
// - POST /v1beta/interactions refuses any field it does not know (400 "Unknown name"), a
//   duration that is not "Ns" (3..10), values outside the documented sets, a missing prompt,
//   an edit of an interaction that does not exist or has not finished, and a wrong content type;
// - GET /v1beta/interactions/{id} reports in_progress for a set number of polls, then completed
//   with the video inline (base64) or as a Files API URI (whose file is PROCESSING for a set
//   number of state reads before ACTIVE, and refuses a download before that), or failed with a
//   safety block (the error at the top and in the last step);
// - POST /v1beta/interactions/{id}:cancel cancels a running one;
// - every Veo call (predictLongRunning, or an interaction naming a veo model) answers 404
//   "... is no longer available", and is counted;
// - a wrong key answers 400 INVALID_ARGUMENT / API_KEY_INVALID, as Google does.
// Faults (429, 500) are injected through http().injectNext. Every request is recorded.
class FakeGeminiServer : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeGeminiServer)

public:
    enum class Result { Inline, Uri, SafetyBlock };

    explicit FakeGeminiServer(QObject *parent = nullptr);

    bool listen();
    QString baseUrl() const; // ".../v1beta"
    FakeHttpServer &http() { return *m_http; }

    void setKey(const QString &key) { m_key = key; }
    void setPollsUntilDone(int polls) { m_pollsUntilDone = polls; }
    void setResult(Result result) { m_result = result; }
    // For Result::Uri: how many state reads say PROCESSING before ACTIVE.
    void setFileReadsUntilActive(int reads) { m_fileReadsUntilActive = reads; }
    // Google's GET may send the video inline even for a URI delivery: do so.
    void setUriPollsInline(bool inlineData) { m_uriPollsInline = inlineData; }
    // Writes the base64 text of inline videos with "\/" escapes and line breaks, as some
    // JSON encoders do.
    void setEscapedBase64(bool escaped) { m_escapedBase64 = escaped; }
    void setVideo(const QByteArray &video) { m_video = video; }
    // The video served for edits (default: the same sample as new clips).
    void setEditVideo(const QByteArray &video) { m_editVideo = video; }

    QByteArray video() const { return m_video; }
    QByteArray editVideo() const { return m_editVideo.isEmpty() ? m_video : m_editVideo; }
    int createCount() const { return m_http->count("POST", QStringLiteral("/v1beta/interactions")) - cancelCount(); }
    int pollCount() const;
    int cancelCount() const { return m_http->count("POST", QStringLiteral(":cancel")); }
    int fileStateCount() const;
    int downloadCount() const { return m_http->count("GET", QStringLiteral(":download")); }
    int veoCallCount() const { return m_veoCalls; }
    // Answers the server refused as malformed (400 from validation), with their messages.
    QStringList refusals() const { return m_refusals; }
    const RecordedRequest *lastCreate() const;
    QJsonObject lastCreateBody() const;
    QString statusOf(const QString &id) const;

private:
    struct Stored
    {
        QString model;
        QString prompt;
        QString previousId;
        QString delivery;
        int durationSec = 8;
        int polls = 0;
        bool cancelled = false;
        bool background = true;
        bool edit = false;
    };
    FakeResponse handle(const RecordedRequest &request);
    FakeResponse create(const RecordedRequest &request);
    FakeResponse interaction(const QString &id, Stored &stored, bool advance);
    FakeResponse file(const QString &name, bool download, const RecordedRequest &request);
    FakeResponse refuse(const QString &message);
    QString validate(const QJsonObject &body, Stored *out) const;

    FakeHttpServer *m_http;
    QString m_key = QStringLiteral("test-gemini-key");
    int m_pollsUntilDone = 2;
    Result m_result = Result::Inline;
    int m_fileReadsUntilActive = 1;
    bool m_uriPollsInline = false;
    bool m_escapedBase64 = false;
    QMap<QString, Stored> m_interactions;
    QMap<QString, int> m_fileReads; // file name -> state reads so far
    QMap<QString, bool> m_fileIsEdit;
    int m_nextId = 1;
    int m_veoCalls = 0;
    QStringList m_refusals;
    QByteArray m_video;
    QByteArray m_editVideo;
};

} // namespace rc::test
