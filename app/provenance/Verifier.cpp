#include "provenance/Verifier.h"

#include "provenance/Bmff.h"
#include "provenance/BmffHash.h"
#include "provenance/Cbor.h"
#include "provenance/ManifestBuilder.h"
#include "provenance/TimeStamp.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QtEndian>

#include <algorithm>

namespace rc::provenance {
namespace {

using nlohmann::json;

QString text(const json &j, const char *key)
{
    return j.is_object() && j.contains(key) && j[key].is_string() ? QString::fromStdString(j[key].get<std::string>()) : QString();
}

std::optional<QCryptographicHash::Algorithm> hashAlgorithm(const QString &name)
{
    if (name == QLatin1String("sha256"))
        return QCryptographicHash::Sha256;
    if (name == QLatin1String("sha384"))
        return QCryptographicHash::Sha384;
    if (name == QLatin1String("sha512"))
        return QCryptographicHash::Sha512;
    return std::nullopt;
}

QString algorithmName(int cose)
{
    switch (cose) {
    case crypto::ES256: return QStringLiteral("ES256");
    case crypto::ES384: return QStringLiteral("ES384");
    case crypto::ES512: return QStringLiteral("ES512");
    case crypto::PS256: return QStringLiteral("PS256");
    case crypto::PS384: return QStringLiteral("PS384");
    case crypto::PS512: return QStringLiteral("PS512");
    case crypto::EdDSA: return QStringLiteral("EdDSA");
    }
    return QString::number(cose);
}

void fail(ManifestSummary *m, const char *code, const QString &why)
{
    m->failureCodes.append(QString::fromLatin1(code));
    m->problems.append(why);
}

// An RFC 3161 time-stamp in the unprotected header ("sigTst"): a token over the counter-
// signature structure of this signature, intact.
void checkTimeStamp(const json &unprotectedHeader, const QByteArray &protectedBytes, const QByteArray &claimBytes, ManifestSummary *out)
{
    if (!unprotectedHeader.is_object() || !unprotectedHeader.contains("sigTst"))
        return;
    const json &container = unprotectedHeader["sigTst"];
    const json tokens = container.is_object() && container.contains("tstTokens") ? container["tstTokens"] : json();
    if (!tokens.is_array() || tokens.empty() || !tokens[0].is_object() || !tokens[0].contains("val") || !tokens[0]["val"].is_binary()) {
        fail(out, "timeStamp.malformed", QStringLiteral("the time-stamp cannot be read"));
        return;
    }
    timestamp::Token token;
    QString why;
    if (!timestamp::readToken(cbor::bytesOf(tokens[0]["val"]), &token, &why)) {
        fail(out, "timeStamp.malformed", why);
        return;
    }
    const QByteArray covered = QCryptographicHash::hash(timeStampedData(protectedBytes, claimBytes), QCryptographicHash::Sha256);
    if (token.imprint != covered) {
        fail(out, "timeStamp.mismatch", QStringLiteral("the time-stamp belongs to another signature"));
        return;
    }
    if (!token.signatureValid) {
        fail(out, "timeStamp.mismatch", QStringLiteral("the time-stamp's own signature does not check out"));
        return;
    }
    out->timeStamp = token.genTime;
    out->timeStampAuthority = token.authority;
    out->successCodes.append(QStringLiteral("timeStamp.validated"));
}

// The COSE_Sign1 over the claim: decoded, its certificate checked, its signature verified.
void checkSignature(const StoredManifest &manifest, ManifestSummary *out)
{
    cbor::Decoded cose;
    QString why;
    if (!cbor::decode(manifest.cose, &cose, &why) || !cose.value.is_array() || cose.value.size() != 4
        || (cose.hasOuterTag && cose.outerTag != 18) || !cose.value[0].is_binary() || !cose.value[3].is_binary()) {
        fail(out, "claimSignature.missing", QStringLiteral("the signature is not a COSE_Sign1 structure"));
        return;
    }
    const QByteArray protectedBytes = cbor::bytesOf(cose.value[0]);
    cbor::Decoded header;
    if (!cbor::decode(protectedBytes, &header, &why) || !header.value.is_object() || !header.value.contains("1")
        || !header.value["1"].is_number_integer()) {
        fail(out, "claimSignature.mismatch", QStringLiteral("the signature's protected header cannot be read"));
        return;
    }
    const int alg = header.value["1"].get<int>();
    out->algorithm = algorithmName(alg);
    json x5chain = header.value.contains("33") ? header.value["33"] : json();
    if (x5chain.is_null() && cose.value[1].is_object() && cose.value[1].contains("33"))
        x5chain = cose.value[1]["33"]; // older manifests put the chain in the unprotected header
    QList<QByteArray> chain;
    if (x5chain.is_binary())
        chain.append(cbor::bytesOf(x5chain));
    else if (x5chain.is_array())
        for (const json &c : x5chain)
            if (c.is_binary())
                chain.append(cbor::bytesOf(c));
    if (chain.isEmpty() || !crypto::describe(chain.first(), &out->signer)) {
        fail(out, "signingCredential.invalid", QStringLiteral("the signature carries no readable certificate"));
        return;
    }
    const QByteArray toBeSigned = coseSigStructure("Signature1", protectedBytes, manifest.claimBytes);
    if (!cose.value[2].is_null()) {
        fail(out, "claimSignature.mismatch", QStringLiteral("the signature embeds a payload instead of signing the claim"));
    } else if (!crypto::verify(alg, chain.first(), toBeSigned, cbor::bytesOf(cose.value[3]), &why)) {
        fail(out, alg == crypto::ES256 || alg == crypto::ES384 || alg == crypto::ES512 || alg == crypto::PS256
                      || alg == crypto::PS384 || alg == crypto::PS512 || alg == crypto::EdDSA
                  ? "claimSignature.mismatch"
                  : "algorithm.unsupported",
             QStringLiteral("signature: %1").arg(why));
    } else {
        out->successCodes.append(QStringLiteral("claimSignature.validated"));
    }
    checkTimeStamp(cose.value[1], protectedBytes, manifest.claimBytes, out);
    const QStringList profile = crypto::profileProblems(chain.first());
    for (const QString &p : profile)
        fail(out, "signingCredential.invalid", QStringLiteral("signing certificate: %1").arg(p));
    if (!crypto::chainLinks(chain, &why))
        fail(out, "signingCredential.invalid", why);
    // A time-stamp proves when the signature was made: the certificate must have been valid then.
    const QDateTime at = out->timeStamp.isValid() ? out->timeStamp : QDateTime::currentDateTimeUtc();
    if (out->signer.notBefore.isValid() && (at < out->signer.notBefore || at > out->signer.notAfter))
        fail(out, "signingCredential.expired",
             out->timeStamp.isValid() ? QStringLiteral("the signing certificate was not valid when the signature was time-stamped")
                                      : QStringLiteral("the signing certificate is not valid now"));
}

void readActions(const StoredManifest &manifest, const ManifestStore &store, ManifestSummary *out)
{
    for (const StoredAssertion *a : manifest.assertionsNamed({QStringLiteral("c2pa.actions"), QStringLiteral("c2pa.actions.v2")})) {
        if (!a->content.is_object() || !a->content.contains("actions") || !a->content["actions"].is_array())
            continue;
        for (const json &raw : a->content["actions"]) {
            ActionSummary action;
            action.action = text(raw, "action");
            action.digitalSourceType = text(raw, "digitalSourceType");
            action.when = text(raw, "when");
            action.description = text(raw, "description");
            if (raw.contains("softwareAgent")) {
                const json &agent = raw["softwareAgent"];
                action.softwareAgent = agent.is_string() ? QString::fromStdString(agent.get<std::string>())
                                                         : (text(agent, "name") + QLatin1Char(' ') + text(agent, "version")).trimmed();
            }
            if (raw.contains("parameters") && raw["parameters"].is_object()) {
                json params = raw["parameters"];
                json refs = json::array();
                for (const char *key : {"ingredients", "ingredient"}) {
                    if (params.contains(key)) {
                        if (params[key].is_array())
                            for (const json &r : params[key])
                                refs.push_back(r);
                        else
                            refs.push_back(params[key]);
                        params.erase(key);
                    }
                }
                for (const json &r : refs) {
                    const jumbf::Superbox *box = store.resolve(text(r, "url"), manifest.label);
                    const StoredAssertion *ing = box ? manifest.assertion(box->label) : nullptr;
                    action.ingredients.append(ing ? text(ing->content, "dc:title") : QStringLiteral("?"));
                }
                // Byte strings do not survive JSON: drop them for display.
                const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(
                    params.dump(-1, ' ', false, json::error_handler_t::replace)));
                if (!params.is_null() && doc.isObject())
                    action.parameters = doc.object();
            }
            out->actions.append(action);
        }
    }
}

} // namespace

ManifestSummary checkManifest(const ManifestStore &store, const StoredManifest &manifest)
{
    ManifestSummary out;
    out.label = manifest.label;
    out.title = text(manifest.claim, "dc:title");
    const json &info = manifest.claim.contains("claim_generator_info") ? manifest.claim["claim_generator_info"] : json();
    const json &first = info.is_array() && !info.empty() ? info[0] : info;
    out.generator = (text(first, "name") + QLatin1Char(' ') + text(first, "version")).trimmed();
    if (out.generator.isEmpty())
        out.generator = text(manifest.claim, "claim_generator");
    checkSignature(manifest, &out);

    const QString defaultAlg = text(manifest.claim, "alg").isEmpty() ? QStringLiteral("sha256") : text(manifest.claim, "alg");
    int checked = 0;
    for (const json &ref : manifest.claimedAssertions()) {
        const QString url = text(ref, "url");
        const QString alg = text(ref, "alg").isEmpty() ? defaultAlg : text(ref, "alg");
        const jumbf::Superbox *box = store.resolve(url, manifest.label);
        const auto algorithm = hashAlgorithm(alg);
        if (!box) {
            fail(&out, "assertion.missing", QStringLiteral("the claim names %1, which is not in the store").arg(url));
        } else if (!algorithm || !ref.contains("hash") || !ref["hash"].is_binary()) {
            fail(&out, "algorithm.unsupported", QStringLiteral("%1 has no hash Reelcraft can check").arg(url));
        } else if (QCryptographicHash::hash(box->payload, *algorithm) != cbor::bytesOf(ref["hash"])) {
            fail(&out, "assertion.hashedURI.mismatch", QStringLiteral("%1 was changed after signing").arg(box->label));
        } else {
            ++checked;
        }
    }
    if (checked > 0 && out.failureCodes.isEmpty())
        out.successCodes.append(QStringLiteral("assertion.hashedURI.match"));
    if (manifest.claimedAssertions().empty())
        fail(&out, "claim.malformed", QStringLiteral("the claim lists no assertions"));
    readActions(manifest, store, &out);
    return out;
}

namespace {

// Compares the active manifest's hard binding with the file.
void checkHardBinding(QFile &file, const QList<bmff::TopBox> &boxes, const StoredManifest &manifest, ProvenanceReport *report)
{
    const QList<const StoredAssertion *> bindings = manifest.assertionsNamed(
        {QStringLiteral("c2pa.hash.bmff.v2"), QStringLiteral("c2pa.hash.bmff.v3"), QStringLiteral("c2pa.hash.bmff")});
    if (bindings.size() != 1) {
        fail(&report->active, "claim.hardBindings.missing",
             bindings.isEmpty() ? QStringLiteral("the manifest has no BMFF hash over the file")
                                : QStringLiteral("the manifest has more than one hard binding"));
        return;
    }
    const StoredAssertion *binding = bindings.first();
    if (binding->label.startsWith(QLatin1String("c2pa.hash.bmff")) && !binding->label.contains(QLatin1String(".v"))) {
        fail(&report->active, "algorithm.deprecated", QStringLiteral("the first version of the BMFF hash cannot be validated"));
        return;
    }
    const json &c = binding->content;
    const QString algName = text(c, "alg").isEmpty() ? text(manifest.claim, "alg") : text(c, "alg");
    const auto algorithm = hashAlgorithm(algName.isEmpty() ? QStringLiteral("sha256") : algName);
    QList<bmff::Exclusion> exclusions;
    bool malformed = !algorithm || !c.is_object() || !c.contains("hash") || !c["hash"].is_binary();
    if (c.is_object() && c.contains("merkle")) {
        fail(&report->active, "assertion.bmffHash.malformed", QStringLiteral("fragmented (Merkle tree) hashes are not supported"));
        return;
    }
    if (c.is_object() && c.contains("exclusions") && c["exclusions"].is_array()) {
        for (const json &e : c["exclusions"]) {
            bmff::Exclusion ex;
            malformed |= !bmff::Exclusion::fromJson(e, &ex);
            exclusions.append(ex);
        }
    }
    if (malformed) {
        fail(&report->active, "assertion.bmffHash.malformed", QStringLiteral("the BMFF hash assertion cannot be read"));
        return;
    }
    QByteArray digest;
    QString why;
    if (!bmff::hashFile(file, boxes, exclusions, *algorithm, &digest, &why)) {
        fail(&report->active, "assertion.bmffHash.mismatch", why);
        return;
    }
    if (digest != cbor::bytesOf(c["hash"])) {
        fail(&report->active, "assertion.bmffHash.mismatch", QStringLiteral("the file was changed after it was signed"));
        return;
    }
    report->hardBindingMatched = true;
    report->active.successCodes.append(QStringLiteral("assertion.bmffHash.match"));
}

void readIngredients(const ManifestStore &store, const StoredManifest &manifest, ProvenanceReport *report)
{
    const QStringList names{QStringLiteral("c2pa.ingredient"), QStringLiteral("c2pa.ingredient.v2"), QStringLiteral("c2pa.ingredient.v3")};
    for (const StoredAssertion *a : manifest.assertionsNamed(names)) {
        IngredientSummary ing;
        ing.title = text(a->content, "dc:title");
        ing.relationship = text(a->content, "relationship");
        const json ref = a->content.is_object() && a->content.contains("activeManifest") ? a->content["activeManifest"]
            : a->content.is_object() && a->content.contains("c2pa_manifest")            ? a->content["c2pa_manifest"]
                                                                                       : json();
        if (ref.is_object()) {
            ing.hasManifest = true;
            const QString label = store.manifestOf(text(ref, "url"), manifest.label);
            const StoredManifest *m = store.find(label);
            const jumbf::Superbox *box = store.resolve(text(ref, "url"), manifest.label);
            if (!m || !box) {
                ing.manifest.label = label;
                fail(&ing.manifest, "ingredient.manifest.missing", QStringLiteral("its manifest is not in the store"));
            } else {
                ing.manifest = checkManifest(store, *m);
                if (!ref.contains("hash") || QCryptographicHash::hash(box->payload, QCryptographicHash::Sha256) != cbor::bytesOf(ref["hash"]))
                    fail(&ing.manifest, "ingredient.manifest.mismatch", QStringLiteral("its manifest was changed"));
            }
            if (!ing.manifest.intact())
                report->problems.append(QStringLiteral("ingredient \"%1\": %2").arg(ing.title, ing.manifest.problems.join(QStringLiteral("; "))));
        }
        report->ingredients.append(ing);
    }
}

} // namespace

ProvenanceReport verifyFile(const QString &path)
{
    ProvenanceReport report;
    report.file = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        report.state = ProvenanceReport::State::Invalid;
        report.problems.append(QStringLiteral("the file cannot be opened: %1").arg(file.errorString()));
        return report;
    }
    QList<bmff::TopBox> boxes;
    QString why;
    if (!bmff::listTopLevel(file, &boxes, &why)) {
        report.state = ProvenanceReport::State::Invalid;
        report.problems.append(QStringLiteral("not a readable MP4: %1").arg(why));
        return report;
    }
    report.fragments = int(std::count_if(boxes.cbegin(), boxes.cend(), bmff::isFragmentBox));
    QList<bmff::C2paBox> stores;
    for (const bmff::TopBox &b : std::as_const(boxes)) {
        bmff::C2paBox c2pa;
        if (!bmff::isC2paBox(b))
            continue;
        if (!bmff::readC2paBox(file, b, &c2pa, &why)) {
            report.state = ProvenanceReport::State::Invalid;
            report.problems.append(why);
            return report;
        }
        if (c2pa.purpose == QLatin1String("manifest"))
            stores.append(c2pa);
    }
    if (stores.isEmpty()) {
        report.problems.append(QStringLiteral("the file has no content credentials"));
        return report;
    }
    report.state = ProvenanceReport::State::Invalid;
    if (stores.size() > 1) {
        report.problems.append(QStringLiteral("the file has more than one manifest store"));
        return report;
    }
    const bmff::C2paBox &c2pa = stores.first();
    if (c2pa.version != 0 || c2pa.flags != 0 || c2pa.merkleOffset != 0) {
        report.problems.append(QStringLiteral("the C2PA box header was changed (or names Merkle data this reader does not check)"));
        return report;
    }
    // The store may be followed by zero padding a writer reserved.
    QByteArray jumbfBytes = c2pa.manifestStore;
    if (jumbfBytes.size() >= 8) {
        const quint32 length = qFromBigEndian<quint32>(jumbfBytes.constData());
        if (length >= 8 && length < quint32(jumbfBytes.size())) {
            if (jumbfBytes.mid(length).count('\0') != jumbfBytes.size() - qsizetype(length)) {
                report.problems.append(QStringLiteral("bytes after the manifest store were changed"));
                return report;
            }
            jumbfBytes.truncate(length);
        }
    }
    const std::optional<ManifestStore> store = ManifestStore::parse(jumbfBytes, &why);
    if (!store) {
        report.problems.append(why);
        return report;
    }
    const StoredManifest &active = *store->active();
    report.active = checkManifest(*store, active);
    checkHardBinding(file, boxes, active, &report);
    readIngredients(*store, active, &report);
    for (const ActionSummary &a : std::as_const(report.active.actions)) {
        if ((a.action == QLatin1String("c2pa.created") || a.action == QLatin1String("c2pa.opened")) && !a.digitalSourceType.isEmpty()) {
            report.digitalSourceType = a.digitalSourceType;
            break;
        }
    }
    report.problems = report.active.problems + report.problems;
    if (report.active.intact() && report.hardBindingMatched)
        report.state = ProvenanceReport::State::Valid;
    return report;
}

} // namespace rc::provenance
