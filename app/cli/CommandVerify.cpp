// `verify` and `provenance`: reading content credentials, and the key that writes them.
#include "cli/Commands.h"

#include "provenance/ProvenanceService.h"
#include "provenance/Verifier.h"

#include <QFile>
#include <QJsonArray>

namespace rc::cli {

int runVerifyCommand(const CommandArgs &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("files"), QStringLiteral("MP4 files to check."), QStringLiteral("FILE..."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the results as JSON."));
    parser.addOption(json);
    int code = Success;
    if (!parseOrExplain(parser, args, QStringLiteral("verify FILE... [--json]"), &code))
        return code;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return fail(BadArguments, QStringLiteral("verify needs at least one MP4 file"));
    // No profile: any file can be checked, wherever it came from.
    bool allValid = true;
    QJsonArray results;
    for (const QString &file : files) {
        if (!QFile::exists(file)) {
            allValid = false;
            err() << "reelcraft: " << file << ": no such file" << Qt::endl;
            continue;
        }
        const provenance::ProvenanceReport report = provenance::verifyFile(file);
        allValid &= report.state == provenance::ProvenanceReport::State::Valid;
        if (parser.isSet(json))
            results.append(report.toJson());
        else
            out() << report.toText() << Qt::flush;
    }
    if (parser.isSet(json))
        printJson(files.size() == 1 && !results.isEmpty() ? QJsonValue(results.first()) : QJsonValue(results));
    return allValid ? Success : Failure;
}

int runProvenanceCommand(const CommandArgs &args)
{
    QCommandLineParser parser;
    const QCommandLineOption key(QStringLiteral("key"), QStringLiteral("Your own private key (PEM, ECDSA P-256)."), QStringLiteral("file"));
    const QCommandLineOption certificate(QStringLiteral("certificate"),
                                         QStringLiteral("Its certificate chain (PEM, signing certificate first)."), QStringLiteral("file"));
    const QCommandLineOption reset(QStringLiteral("reset"), QStringLiteral("Make a new key and certificate for this installation."));
    parser.addOptions({key, certificate, reset});
    int code = Success;
    if (!parseOrExplain(parser, args, QStringLiteral("provenance [--key KEY.pem --certificate CHAIN.pem | --reset]"), &code))
        return code;
    if (parser.isSet(key) != parser.isSet(certificate))
        return fail(BadArguments, QStringLiteral("--key and --certificate go together"));
    if (parser.isSet(key) && parser.isSet(reset))
        return fail(BadArguments, QStringLiteral("choose --key/--certificate or --reset, not both"));
    auto ctx = openContext(args);
    if (!ctx)
        return Failure;
    provenance::SignerStore &signer = ctx->provenance().signer();
    QString error;
    if (parser.isSet(key)) {
        QFile keyFile(parser.value(key));
        QFile chainFile(parser.value(certificate));
        if (!keyFile.open(QIODevice::ReadOnly))
            return fail(Failure, QStringLiteral("%1: %2").arg(keyFile.fileName(), keyFile.errorString()));
        if (!chainFile.open(QIODevice::ReadOnly))
            return fail(Failure, QStringLiteral("%1: %2").arg(chainFile.fileName(), chainFile.errorString()));
        if (!signer.install(keyFile.readAll(), chainFile.readAll(), &error))
            return fail(Failure, error);
        out() << "new clips will be signed with your certificate" << Qt::endl;
    } else if (parser.isSet(reset) && !signer.reset(&error)) {
        return fail(Failure, error);
    }
    const std::optional<provenance::SigningIdentity> identity = signer.identity(&error);
    if (!identity)
        return fail(Failure, error);
    provenance::CertificateInfo info;
    provenance::crypto::describe(identity->chainDer.first(), &info);
    out() << "Content credentials are written into every clip (C2PA, signed ES256; XMP with the IPTC source type).\n"
          << "  signer:      " << info.subject << "\n"
          << "  issued by:   " << info.issuer << "\n"
          << "  valid:       " << info.notBefore.toString(Qt::ISODate) << " to " << info.notAfter.toString(Qt::ISODate) << "\n"
          << "  fingerprint: " << info.sha256 << "\n"
          << "  kept in:     " << signer.location() << Qt::endl;
    return Success;
}

} // namespace rc::cli
