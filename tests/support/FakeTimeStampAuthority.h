#pragma once

#include "provenance/ManifestBuilder.h"
#include "support/FakeHttpServer.h"

#include <QByteArray>
#include <QDateTime>
#include <QObject>

#include <memory>

namespace rc::test {

// An RFC 3161 time-stamp authority on 127.0.0.1, answering POSTs of application/timestamp-query
// with tokens made by OpenSSL's TS responder (its own P-256 key and a self-signed certificate
// for time-stamping, named "Reelcraft Test TSA"). It can also answer garbage or be closed, as a
// broken or unreachable authority would. respond() makes an answer without HTTP.
class FakeTimeStampAuthority : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeTimeStampAuthority)

public:
    enum class Mode { Grant, Garbage };

    explicit FakeTimeStampAuthority(QObject *parent = nullptr);
    ~FakeTimeStampAuthority() override;

    bool listen();
    void close() { m_http.close(); }
    QString url() const { return m_http.origin() + QStringLiteral("/tsa"); }
    void setMode(Mode mode) { m_mode = mode; }
    // The time the authority puts in its tokens (whole seconds, UTC).
    void setTime(const QDateTime &time) { m_time = time; }
    QDateTime time() const { return m_time; }
    int requestCount() const { return m_http.count("POST", QStringLiteral("/tsa")); }
    // While held, the authority makes its answers but keeps them (answerHeld() says one is
    // waiting) until release(): a slow authority, for exactly as long as a test needs.
    void hold() { m_holding = true; }
    int release()
    {
        m_holding = false;
        return m_http.releaseHeld();
    }

    // A DER TimeStampResp for a DER TimeStampReq, following the mode.
    QByteArray respond(const QByteArray &requestDer);
    // A signer's time-stamp function that asks this authority directly (no HTTP), for tests
    // and benchmarks that sign in this process.
    provenance::TimeStampFunction stamper();

Q_SIGNALS:
    void answerHeld();

private:
    struct Keys;
    std::unique_ptr<Keys> m_keys;
    FakeHttpServer m_http;
    Mode m_mode = Mode::Grant;
    bool m_holding = false;
    QDateTime m_time;
};

} // namespace rc::test
