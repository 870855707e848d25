#include "provenance/ManifestBuilder.h"

#include "provenance/Cbor.h"
#include "provenance/Jumbf.h"

#include <QCryptographicHash>
#include <QSet>
#include <QUuid>

namespace rc::provenance {
namespace {

using nlohmann::json;

std::string s(const QString &text)
{
    return text.toStdString();
}

QByteArray sha256(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

// A hashed URI: the JUMBF URI of a box and the hash of that box's payload.
json hashedUri(const QString &url, const QByteArray &superboxBytes)
{
    return json{{"url", s(url)}, {"hash", cbor::binary(sha256(superboxBytes.mid(8)))}};
}

QString relationshipName(IngredientFile::Relationship r)
{
    return r == IngredientFile::Relationship::ParentOf ? QStringLiteral("parentOf") : QStringLiteral("componentOf");
}

json statusList(const QStringList &codes, const QString &url)
{
    json list = json::array();
    for (const QString &code : codes)
        list.push_back(json{{"code", s(code)}, {"url", s(url)}});
    return list;
}

QByteArray assertionBox(const QString &label, const json &content)
{
    return jumbf::superbox(jumbf::cborAssertionType(), label, {jumbf::box("cbor", cbor::encode(content))});
}

// The manifests of one ingredient's store, as whole superboxes, and the label of its active one.
struct CopiedStore
{
    QList<QPair<QString, QByteArray>> manifests;
    QString activeLabel;
    QByteArray activeManifest;
    QByteArray activeSignature;
};

bool copyStore(const QByteArray &store, CopiedStore *out, QString *error)
{
    jumbf::Superbox root;
    QString why;
    if (!jumbf::parse(store, &root, &why) || root.typeUuid != jumbf::manifestStoreType()) {
        *error = QStringLiteral("an ingredient's manifest store cannot be read: %1").arg(why.isEmpty() ? QStringLiteral("wrong type") : why);
        return false;
    }
    for (const jumbf::Superbox &m : root.children) {
        if (m.typeUuid != jumbf::manifestType() && m.typeUuid != jumbf::updateManifestType())
            continue;
        const QByteArray whole = jumbf::box("jumb", m.payload);
        out->manifests.append({m.label, whole});
        out->activeLabel = m.label;
        out->activeManifest = whole;
        const QList<const jumbf::Superbox *> sigs = m.childrenOfType(jumbf::signatureType());
        out->activeSignature = sigs.isEmpty() ? QByteArray() : jumbf::box("jumb", sigs.first()->payload);
    }
    if (out->activeLabel.isEmpty()) {
        *error = QStringLiteral("an ingredient's manifest store holds no manifest");
        return false;
    }
    return true;
}

json agent(const QString &name)
{
    return json{{"name", s(name)}, {"version", REELCRAFT_VERSION}};
}

json actionsFor(const ManifestInput &in, const QList<json> &ingredientRefs)
{
    const ClipFacts &f = in.facts;
    const QString when = (f.when.isValid() ? f.when : QDateTime::currentDateTimeUtc()).toUTC().toString(Qt::ISODate);
    const bool builtin = f.providerId == QLatin1String("builtin");
    json actions = json::array();
    json created{{"action", "c2pa.created"}, {"digitalSourceType", s(f.digitalSourceType)}, {"when", s(when)}};
    json parameters = json::object();
    if (!f.providerId.isEmpty())
        parameters["com.reelcraft.provider"] = s(f.providerId);
    if (!f.model.isEmpty())
        parameters["com.reelcraft.model"] = s(f.model);
    if (!f.batchKey.isEmpty()) {
        parameters[s(param::kBatch)] = s(f.batchKey);
        parameters[s(param::kBatchItem)] = s(f.batchItem);
    }
    // Said in words too, for readers that show descriptions only.
    const QString inBatch = f.batchKey.isEmpty()
        ? QString()
        : QStringLiteral(", item %1 of the batch %2").arg(f.batchItem, f.batchKey.section(QLatin1Char('#'), 0, 0));
    const QString maker = builtin ? QStringLiteral("Reelcraft's built-in procedural engine")
                                  : QStringLiteral("%1 on %2").arg(f.model, f.providerLabel.isEmpty() ? f.providerId : f.providerLabel);

    int parent = -1;
    for (int i = 0; i < in.ingredients.size(); ++i)
        if (in.ingredients[i].relationship == IngredientFile::Relationship::ParentOf && parent < 0)
            parent = i;

    if (f.kind == ClipFacts::Kind::Composed) {
        created["softwareAgent"] = agent(QStringLiteral("Reelcraft"));
        created["description"] = "Shots joined into one clip";
        actions.push_back(created);
        for (int i = 0; i < in.ingredients.size(); ++i) {
            if (in.ingredients[i].relationship != IngredientFile::Relationship::ComponentOf)
                continue;
            actions.push_back(json{{"action", "c2pa.placed"},
                                   {"when", s(when)},
                                   {"softwareAgent", agent(QStringLiteral("Reelcraft"))},
                                   {"parameters", json{{"ingredients", json::array({ingredientRefs[i]})}}}});
        }
        return json{{"actions", actions}};
    }
    if (parent >= 0) {
        // The clip arrived with its maker's credentials (or is an edit of an existing clip):
        // it was opened, not created, here.
        json opened{{"action", "c2pa.opened"},
                    {"digitalSourceType", s(f.digitalSourceType)},
                    {"when", s(when)},
                    {"softwareAgent", agent(QStringLiteral("Reelcraft"))},
                    {"description", s(f.kind == ClipFacts::Kind::Edited ? QStringLiteral("The clip that was changed")
                                                                        : QStringLiteral("Received from %1%2").arg(maker, inBatch))}};
        parameters["ingredients"] = json::array({ingredientRefs[parent]});
        opened["parameters"] = parameters;
        actions.push_back(opened);
        if (f.kind == ClipFacts::Kind::Edited) {
            json edited{{"action", "c2pa.edited"},
                        {"digitalSourceType", s(f.digitalSourceType)},
                        {"when", s(when)},
                        {"softwareAgent", builtin ? agent(QStringLiteral("Reelcraft")) : agent(f.model)},
                        {"description", s(QStringLiteral("Changed with %1%2").arg(maker, inBatch))}};
            // What the edit used besides the parent (the provider's delivered result, with its
            // own credentials): named here so that no ingredient hangs unexplained.
            json used = json::array();
            for (int i = 0; i < in.ingredients.size(); ++i)
                if (i != parent)
                    used.push_back(ingredientRefs[i]);
            if (!used.empty())
                edited["parameters"] = json{{"ingredients", used}};
            actions.push_back(edited);
        }
        return json{{"actions", actions}};
    }
    created["softwareAgent"] = builtin ? agent(QStringLiteral("Reelcraft built-in engine")) : agent(f.model);
    created["description"] = s(QStringLiteral("Generated by %1%2").arg(maker, inBatch));
    if (!parameters.empty())
        created["parameters"] = parameters;
    actions.push_back(created);
    return json{{"actions", actions}};
}

// A visible label burned into the pictures is a change of its own, made by Reelcraft after the
// clip was made or received: said in words and with the label's text as a parameter.
json labelAction(const ManifestInput &in)
{
    const ClipFacts &f = in.facts;
    const QString when = (f.when.isValid() ? f.when : QDateTime::currentDateTimeUtc()).toUTC().toString(Qt::ISODate);
    return json{{"action", "c2pa.edited"},
                {"when", s(when)},
                {"softwareAgent", agent(QStringLiteral("Reelcraft"))},
                {"description", s(QStringLiteral("A visible \"%1\" label added in the top right corner").arg(f.visibleLabel))},
                {"parameters", json{{s(param::kVisibleLabel), s(f.visibleLabel)}}}};
}

QByteArray coseProtectedHeader(const QList<QByteArray> &chainDer)
{
    QByteArray out;
    cbor::appendHead(out, 5, 2);
    cbor::appendInt(out, 1); // alg
    cbor::appendInt(out, -7); // ES256
    cbor::appendInt(out, 33); // x5chain: one certificate as a byte string, several as an array
    if (chainDer.size() == 1) {
        cbor::appendBytes(out, chainDer.first());
    } else {
        cbor::appendHead(out, 4, std::uint64_t(chainDer.size()));
        for (const QByteArray &der : chainDer)
            cbor::appendBytes(out, der);
    }
    return out;
}

// The unprotected header: {"pad": zeros} filling `room` bytes, or with a token
// {"sigTst": {"tstTokens": [{"val": token}]}, "pad": zeros} of exactly the same length. Empty
// when the token does not fit.
QByteArray unprotectedHeader(int room, const QByteArray &token)
{
    QByteArray out;
    if (room <= 0) {
        cbor::appendHead(out, 5, 0);
        return out;
    }
    QByteArray padOnly;
    cbor::appendHead(padOnly, 5, 1);
    cbor::appendText(padOnly, "pad");
    cbor::appendBytes(padOnly, QByteArray(room, '\0'));
    if (token.isEmpty())
        return padOnly;
    QByteArray stamp;
    cbor::appendText(stamp, "sigTst");
    cbor::appendHead(stamp, 5, 1);
    cbor::appendText(stamp, "tstTokens");
    cbor::appendHead(stamp, 4, 1);
    cbor::appendHead(stamp, 5, 1);
    cbor::appendText(stamp, "val");
    cbor::appendBytes(stamp, token);
    // 1 (map head) + stamp + 4 ("pad") + the pad's head and bytes = the pad-only length.
    const qsizetype left = padOnly.size() - 1 - stamp.size() - 4;
    for (const int head : {1, 2, 3, 5, 9}) {
        const qsizetype pad = left - head;
        QByteArray padHead;
        cbor::appendHead(padHead, 2, std::uint64_t(qMax<qsizetype>(0, pad)));
        if (pad < 0 || padHead.size() != head)
            continue;
        cbor::appendHead(out, 5, 2);
        out.append(stamp);
        cbor::appendText(out, "pad");
        cbor::appendBytes(out, QByteArray(pad, '\0'));
        return out.size() == padOnly.size() ? out : QByteArray();
    }
    return QByteArray();
}

} // namespace

QByteArray coseSigStructure(const char *context, const QByteArray &protectedHeader, const QByteArray &payload)
{
    QByteArray out;
    cbor::appendHead(out, 4, 4);
    cbor::appendText(out, context);
    cbor::appendBytes(out, protectedHeader);
    cbor::appendBytes(out, QByteArray());
    cbor::appendBytes(out, payload);
    return out;
}

QByteArray timeStampedData(const QByteArray &protectedHeader, const QByteArray &claimCbor)
{
    return coseSigStructure("CounterSignature", protectedHeader, claimCbor);
}

QString newManifestLabel()
{
    return QStringLiteral("urn:c2pa:") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString newInstanceId()
{
    return QStringLiteral("xmp:iid:") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QStringList manifestLabels(const QByteArray &store)
{
    jumbf::Superbox root;
    QStringList out;
    if (!jumbf::parse(store, &root, nullptr))
        return out;
    for (const jumbf::Superbox &m : root.children)
        if (m.typeUuid == jumbf::manifestType() || m.typeUuid == jumbf::updateManifestType())
            out.append(m.label);
    return out;
}

bool buildManifestStore(const ManifestInput &input, const QList<QByteArray> &chainDer, const SignFunction &sign,
                        QByteArray *store, QString *error, TimeStampOutcome *timeStamp)
{
    const QString self = QStringLiteral("self#jumbf=/c2pa/") + input.manifestLabel;
    QList<QByteArray> storeContents;
    QSet<QString> copiedLabels;
    QList<QByteArray> assertions;
    QList<json> created;
    QList<json> ingredientRefs;

    int ingredientIndex = 0;
    for (const IngredientRecord &ing : input.ingredients) {
        json content{{"dc:title", s(ing.title)}, {"dc:format", "video/mp4"}, {"relationship", s(relationshipName(ing.relationship))}};
        if (!ing.manifestStore.isEmpty()) {
            CopiedStore copied;
            if (!copyStore(ing.manifestStore, &copied, error))
                return false;
            for (const auto &[label, bytes] : std::as_const(copied.manifests)) {
                if (label == input.manifestLabel) {
                    *error = QStringLiteral("an ingredient's manifest has the new manifest's label");
                    return false;
                }
                if (!copiedLabels.contains(label)) {
                    copiedLabels.insert(label);
                    storeContents.append(bytes);
                }
            }
            const QString ref = QStringLiteral("self#jumbf=/c2pa/") + copied.activeLabel;
            content["activeManifest"] = hashedUri(ref, copied.activeManifest);
            if (!copied.activeSignature.isEmpty())
                content["claimSignature"] = hashedUri(ref + QStringLiteral("/c2pa.signature"), copied.activeSignature);
            content["validationResults"] = json{{"activeManifest", json{{"success", statusList(ing.successCodes, ref)},
                                                                        {"informational", json::array()},
                                                                        {"failure", statusList(ing.failureCodes, ref)}}}};
        }
        QString label = QStringLiteral("c2pa.ingredient.v3");
        if (ingredientIndex > 0)
            label += QStringLiteral("__%1").arg(ingredientIndex);
        ++ingredientIndex;
        const QByteArray box = assertionBox(label, content);
        const json ref = hashedUri(self + QStringLiteral("/c2pa.assertions/") + label, box);
        assertions.append(box);
        created.append(ref);
        ingredientRefs.append(ref);
    }

    json actionList = actionsFor(input, ingredientRefs);
    if (!input.facts.visibleLabel.isEmpty())
        actionList["actions"].push_back(labelAction(input));
    const QByteArray actions = assertionBox(QStringLiteral("c2pa.actions.v2"), actionList);
    assertions.append(actions);
    created.append(hashedUri(self + QStringLiteral("/c2pa.assertions/c2pa.actions.v2"), actions));

    json exclusions = json::array();
    for (const bmff::Exclusion &ex : input.exclusions)
        exclusions.push_back(ex.toJson());
    const QByteArray hash = assertionBox(QStringLiteral("c2pa.hash.bmff.v3"),
                                         json{{"exclusions", exclusions}, {"alg", "sha256"}, {"hash", cbor::binary(input.bmffHash)},
                                              {"name", "jumbf manifest"}});
    assertions.append(hash);
    created.append(hashedUri(self + QStringLiteral("/c2pa.assertions/c2pa.hash.bmff.v3"), hash));

    json createdList = json::array();
    for (const json &ref : std::as_const(created))
        createdList.push_back(ref);
    json claim{{"instanceID", s(input.instanceId)},
               {"claim_generator_info", agent(QStringLiteral("Reelcraft"))},
               {"signature", s(self + QStringLiteral("/c2pa.signature"))},
               {"created_assertions", createdList},
               {"dc:title", s(input.facts.title)},
               {"alg", "sha256"}};
    const QByteArray claimCbor = cbor::encode(claim);

    // COSE_Sign1 over the claim's bytes, detached payload (RFC 9052 Sig_structure).
    const QByteArray protectedHeader = coseProtectedHeader(chainDer);
    const QByteArray toBeSigned = coseSigStructure("Signature1", protectedHeader, claimCbor);
    QByteArray signature;
    if (!sign(toBeSigned, &signature, error))
        return false;
    QByteArray cose;
    cbor::appendHead(cose, 6, 18); // COSE_Sign1_Tagged
    cbor::appendHead(cose, 4, 4);
    cbor::appendBytes(cose, protectedHeader);
    // The time-stamp is asked for once the claim is final; it sits outside what is signed.
    QByteArray token;
    QString stampProblem;
    if (input.timeStamp) {
        const QByteArray digest = QCryptographicHash::hash(timeStampedData(protectedHeader, claimCbor), QCryptographicHash::Sha256);
        if (!input.timeStamp(digest, &token, &stampProblem))
            token.clear();
    }
    QByteArray unprotected = unprotectedHeader(input.timeStampRoom, token);
    if (unprotected.isEmpty()) {
        stampProblem = QStringLiteral("the time-stamp token is larger than the %1 bytes kept for it").arg(input.timeStampRoom);
        token.clear();
        unprotected = unprotectedHeader(input.timeStampRoom, token);
    }
    if (timeStamp) {
        timeStamp->stamped = !token.isEmpty();
        timeStamp->problem = stampProblem;
    }
    cose.append(unprotected);
    cbor::appendNull(cose);       // the claim travels beside the signature, not inside it
    cbor::appendBytes(cose, signature);

    const QByteArray manifest = jumbf::superbox(
        jumbf::manifestType(), input.manifestLabel,
        {jumbf::superbox(jumbf::assertionStoreType(), QStringLiteral("c2pa.assertions"), assertions),
         jumbf::superbox(jumbf::claimType(), QStringLiteral("c2pa.claim.v2"), {jumbf::box("cbor", claimCbor)}),
         jumbf::superbox(jumbf::signatureType(), QStringLiteral("c2pa.signature"), {jumbf::box("cbor", cose)})});
    storeContents.append(manifest);
    *store = jumbf::superbox(jumbf::manifestStoreType(), QStringLiteral("c2pa"), storeContents);
    return true;
}

} // namespace rc::provenance
