#include "net/KeychainKeyStore.h"

#include "core/Logging.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace rc {
namespace {

QString entryName(const QString &providerId)
{
    return QStringLiteral("provider/") + providerId;
}

// Runs a keychain job to its end or the timeout. False on timeout (the job then deletes itself
// whenever it finishes).
bool runJob(QKeychain::Job *job, int timeoutMs)
{
    job->setAutoDelete(false);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job->start();
    if (!finished)
        loop.exec();
    if (!finished)
        QObject::connect(job, &QKeychain::Job::finished, job, &QObject::deleteLater);
    return finished;
}

bool isUnavailable(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::AccessDeniedByUser
        || error == QKeychain::AccessDenied || error == QKeychain::OtherError;
}

} // namespace

KeychainKeyStore::KeychainKeyStore(QString service, int timeoutMs)
    : m_service(std::move(service)), m_timeoutMs(timeoutMs)
{
}

QString KeychainKeyStore::key(const QString &providerId, const QString &envName) const
{
    if (!m_unavailable) {
        auto *job = new QKeychain::ReadPasswordJob(m_service);
        job->setKey(entryName(providerId));
        if (!runJob(job, m_timeoutMs)) {
            m_unavailable = true;
            qCWarning(lcNet) << "the keychain did not answer; using environment variables for keys";
        } else {
            const QKeychain::Error error = job->error();
            const QString secret = job->textData();
            delete job;
            if (error == QKeychain::NoError && !secret.isEmpty())
                return secret;
            if (error != QKeychain::NoError && error != QKeychain::EntryNotFound && isUnavailable(error)) {
                m_unavailable = true;
                qCInfo(lcNet) << "no usable keychain (error" << int(error) << "); using environment variables for keys";
            }
        }
    }
    return envName.isEmpty() ? QString() : qEnvironmentVariable(envName.toLatin1().constData()).trimmed();
}

bool KeychainKeyStore::setKey(const QString &providerId, const QString &key, QString *error)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(entryName(providerId));
    job->setTextData(key);
    if (!runJob(job, m_timeoutMs)) {
        if (error)
            *error = QCoreApplication::translate("KeychainKeyStore", "The system keychain did not answer.");
        return false;
    }
    const bool ok = job->error() == QKeychain::NoError;
    if (!ok && error)
        *error = QCoreApplication::translate("KeychainKeyStore",
                                             "The system keychain refused to store the key (%1). Without a keychain, "
                                             "put the key in the provider's environment variable instead.")
                     .arg(job->errorString());
    delete job;
    if (ok)
        m_unavailable = false;
    return ok;
}

bool KeychainKeyStore::removeKey(const QString &providerId, QString *error)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(entryName(providerId));
    if (!runJob(job, m_timeoutMs)) {
        if (error)
            *error = QCoreApplication::translate("KeychainKeyStore", "The system keychain did not answer.");
        return false;
    }
    const QKeychain::Error e = job->error();
    const bool ok = e == QKeychain::NoError || e == QKeychain::EntryNotFound;
    if (!ok && error)
        *error = QCoreApplication::translate("KeychainKeyStore", "The system keychain refused to remove the key: %1")
                     .arg(job->errorString());
    delete job;
    return ok;
}

} // namespace rc
