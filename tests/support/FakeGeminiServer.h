#pragma once

#include "support/FakeHttpServer.h"

#include <QJsonObject>
#include <QStringList>

namespace rc::test {

// The Gemini API's Veo routes on 127.0.0.1: predictLongRunning, the operation, the Files API
// download and the model list, all behind x-goog-api-key (a wrong key answers as Google does:
// 400 INVALID_ARGUMENT with reason API_KEY_INVALID). Operations finish with a URI sample, an
// inline base64 sample, a safety block, or an error, as set. Requests are recorded.
class FakeGeminiServer : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeGeminiServer)

public:
    enum class Result { Uri, Inline, SafetyBlock, OperationError };

    explicit FakeGeminiServer(QObject *parent = nullptr);

    bool listen();
    QString baseUrl() const; // ".../v1beta"
    FakeHttpServer &http() { return *m_http; }

    void setKey(const QString &key) { m_key = key; }
    void setPollsUntilDone(int polls) { m_pollsUntilDone = polls; }
    void setResult(Result result) { m_result = result; }
    void setSafetyReasons(const QStringList &reasons) { m_reasons = reasons; }
    // For Result::OperationError: the google.rpc.Status of the finished operation.
    void setOperationError(int code, const QString &message, const QString &status);
    void setCutDownloadOnce(qint64 bytes) { m_cutOnce = bytes; }
    void loseAllOperations() { m_polls.clear(); }

    QByteArray video() const { return m_video; }
    int createCount() const { return m_http->count("POST", QStringLiteral(":predictLongRunning")); }
    int pollCount() const { return m_http->count("GET", QStringLiteral("/operations/")); }
    int downloadCount() const { return m_http->count("GET", QStringLiteral("/files/")); }
    const RecordedRequest *lastCreate() const;

private:
    FakeResponse handle(const RecordedRequest &request);
    FakeResponse operation(const QString &name, const QString &id);

    FakeHttpServer *m_http;
    QString m_key = QStringLiteral("test-gemini-key");
    int m_pollsUntilDone = 2;
    Result m_result = Result::Uri;
    QStringList m_reasons{QStringLiteral("The prompt could not be submitted: it may violate our policies.")};
    QJsonObject m_error;
    qint64 m_cutOnce = -1;
    QMap<QString, int> m_polls; // operation id -> polls so far
    int m_nextId = 1;
    QByteArray m_video;
};

} // namespace rc::test
