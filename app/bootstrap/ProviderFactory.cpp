#include "bootstrap/ProviderFactory.h"

#include "providers/builtin/BuiltinProvider.h"

namespace rc {
namespace {

// Keys from the environment only; used until the keychain store is linked in.
class EnvironmentKeyStore final : public KeyStore
{
public:
    QString key(const QString &, const QString &envName) const override
    {
        return envName.isEmpty() ? QString() : qEnvironmentVariable(envName.toLocal8Bit().constData());
    }
    bool setKey(const QString &, const QString &, QString *error) override
    {
        if (error)
            *error = QStringLiteral("No keychain is available; set the key in the provider's environment variable.");
        return false;
    }
    bool removeKey(const QString &, QString *) override { return true; }
};

} // namespace

std::unique_ptr<Provider> makeProvider(const ProviderSpec &spec, const Catalogue &catalogue, KeyStore &keys,
                                       const Paths &paths, const QString &workerExecutable)
{
    Q_UNUSED(catalogue)
    Q_UNUSED(keys)
    Q_UNUSED(paths)
    if (spec.kind == QLatin1String("builtin"))
        return std::make_unique<BuiltinProvider>(spec, workerExecutable);
    return nullptr;
}

std::unique_ptr<KeyStore> makeSystemKeyStore()
{
    return std::make_unique<EnvironmentKeyStore>();
}

} // namespace rc
