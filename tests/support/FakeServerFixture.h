#pragma once

#include "providers/remote/RemoteJobProvider.h"
#include "support/FakeKeyStore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <memory>

namespace rc::test {

// Profile options that make a remote provider fast against a fake server on 127.0.0.1:
// polls every 20-50 ms, retries after 10-40 ms, short timeouts.
QJsonObject fastRemoteOptions(const QJsonObject &overrides = {});

// What a provider-level test needs around a remote provider: a temporary profile, a fake key
// store, tickets with their output paths, and every signal recorded.
struct RemoteProviderFixture
{
    RemoteProviderFixture();

    ProviderSpec spec(const QString &kind, const QString &baseUrl, const QStringList &models,
                      const QJsonObject &options = fastRemoteOptions()) const;
    JobTicket ticket(JobId id, const GenerationRequest &request, const QString &remoteId = QString()) const;
    net::RemoteDeps deps();
    // A real photo of the given size in the temporary folder.
    QString photo(int width, int height, const QString &name = QStringLiteral("photo.png")) const;

    QTemporaryDir dir;
    FakeKeyStore keys;
    std::shared_ptr<net::EtaEstimator> eta;
};

// The provider's signals, recorded.
struct ProviderSignals
{
    explicit ProviderSignals(Provider *provider);

    // Waits until succeeded or failed arrived (or the time is up).
    bool waitFinished(int timeoutMs = 20000);
    bool succeededOnce() const { return succeeded.count() == 1 && failed.count() == 0; }
    ErrorKind failureKind() const;
    QString failureMessage() const;
    ProviderResult result() const;
    QString acceptedId() const;
    // Percents in order, as reported.
    QList<int> percents() const;
    QList<int> etas() const;

    QSignalSpy accepted;
    QSignalSpy running;
    QSignalSpy progressed;
    QSignalSpy downloading;
    QSignalSpy succeeded;
    QSignalSpy failed;
};

// Drives the real `reelcraft` binary on a temporary profile while the test's event loop keeps
// running, so a fake server in this process can answer it (a blocking waitForFinished would
// starve the server and deadlock).
struct CliRunner
{
    struct Result
    {
        int exitCode = -1;
        bool finished = false;
        QString out;
        QString err;
    };

    CliRunner();
    // Runs one command to its end (or the limit).
    Result run(const QStringList &args, int timeoutMs = 120000);
    // Starts one command and returns at once; the caller owns the process.
    std::unique_ptr<QProcess> start(const QStringList &args);
    Result finish(QProcess &process, int timeoutMs = 120000);
    QJsonArray jobs();           // `list --json`
    QJsonObject spend();         // `spend --by provider --json`

    QTemporaryDir profile;
    QProcessEnvironment env;
};

} // namespace rc::test
