#include "provenance/SignerStore.h"

#include "core/KeyStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>

namespace rc::provenance {
namespace {

const QString kEntry = QStringLiteral("c2pa-signer");

} // namespace

SignerStore::SignerStore(KeyStore &keys, QString profileDir)
    : m_keys(keys), m_profileDir(std::move(profileDir))
{
}

QString SignerStore::fallbackFile() const
{
    return m_profileDir + QStringLiteral("/provenance/signer.pem");
}

QString SignerStore::location() const
{
    return m_inFile ? fallbackFile() : QStringLiteral("the system keychain");
}

std::optional<SigningIdentity> SignerStore::identity(QString *error)
{
    if (m_cached)
        return m_cached;
    SigningIdentity id;
    QString why;
    const QString fromKeychain = m_keys.key(kEntry, QString());
    if (!fromKeychain.isEmpty() && crypto::identityFromBundle(fromKeychain.toUtf8(), &id, &why)) {
        m_cached = id;
        m_inFile = false;
        return m_cached;
    }
    QFile file(fallbackFile());
    if (file.open(QIODevice::ReadOnly) && crypto::identityFromBundle(file.readAll(), &id, &why)) {
        m_cached = id;
        m_inFile = true;
        return m_cached;
    }
    const QString name = QStringLiteral("Reelcraft on %1").arg(QSysInfo::machineHostName());
    if (!crypto::createInstallationIdentity(name, &id, error) || !save(id, error))
        return std::nullopt;
    m_cached = id;
    return m_cached;
}

bool SignerStore::save(const SigningIdentity &identity, QString *error)
{
    const QByteArray pem = crypto::identityToPem(identity);
    QString keychainError;
    if (m_keys.setKey(kEntry, QString::fromUtf8(pem), &keychainError)) {
        QFile::remove(fallbackFile()); // one place only
        m_inFile = false;
        return true;
    }
    QDir().mkpath(QFileInfo(fallbackFile()).absolutePath());
    // Owner-only before any key byte is written.
    QFile file(fallbackFile());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || file.write(pem) != pem.size()
        || !file.flush()) {
        *error = QStringLiteral("the signing key could be kept neither in the keychain (%1) nor in %2")
                     .arg(keychainError, fallbackFile());
        return false;
    }
    m_inFile = true;
    return true;
}

bool SignerStore::install(const QByteArray &keyPem, const QByteArray &chainPem, QString *error)
{
    SigningIdentity id;
    if (!crypto::identityFromPem(keyPem, chainPem, &id, error))
        return false;
    const QStringList problems = crypto::profileProblems(id.chainDer.first());
    if (!problems.isEmpty()) {
        *error = QStringLiteral("the certificate cannot sign content credentials: %1").arg(problems.join(QStringLiteral("; ")));
        return false;
    }
    if (!crypto::chainLinks(id.chainDer, error) || !save(id, error))
        return false;
    m_cached = id;
    return true;
}

bool SignerStore::reset(QString *error)
{
    SigningIdentity id;
    const QString name = QStringLiteral("Reelcraft on %1").arg(QSysInfo::machineHostName());
    if (!crypto::createInstallationIdentity(name, &id, error) || !save(id, error))
        return false;
    m_cached = id;
    return true;
}

} // namespace rc::provenance
