#include "provenance/ManifestStore.h"

#include "provenance/Cbor.h"

#include <QRegularExpression>

namespace rc::provenance {
namespace {

QString baseLabel(const QString &label)
{
    static const QRegularExpression suffix(QStringLiteral("__\\d+$"));
    QString base = label;
    base.remove(suffix);
    return base;
}

// "self#jumbf=/c2pa/<manifest>/a/b" -> {"c2pa", "<manifest>", "a", "b"}; relative URIs are
// made absolute from `fromManifest`.
QStringList uriPath(const QString &uri, const QString &fromManifest)
{
    const QString prefix = QStringLiteral("self#jumbf=");
    if (!uri.startsWith(prefix))
        return {};
    QString path = uri.mid(prefix.size());
    if (!path.startsWith(QLatin1Char('/')))
        path = QStringLiteral("/c2pa/") + fromManifest + QLatin1Char('/') + path;
    QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    return parts;
}

} // namespace

const StoredAssertion *StoredManifest::assertion(const QString &wanted) const
{
    for (const StoredAssertion &a : assertions)
        if (a.label == wanted)
            return &a;
    return nullptr;
}

QList<const StoredAssertion *> StoredManifest::assertionsNamed(const QStringList &bases) const
{
    QList<const StoredAssertion *> out;
    for (const StoredAssertion &a : assertions)
        if (bases.contains(baseLabel(a.label)))
            out.append(&a);
    return out;
}

nlohmann::json StoredManifest::claimedAssertions() const
{
    nlohmann::json list = nlohmann::json::array();
    for (const char *key : {"created_assertions", "gathered_assertions", "assertions"})
        if (claim.contains(key) && claim[key].is_array())
            for (const auto &ref : claim[key])
                list.push_back(ref);
    return list;
}

std::optional<ManifestStore> ManifestStore::parse(const QByteArray &jumbfBytes, QString *error)
{
    ManifestStore store;
    QString why;
    if (!jumbf::parse(jumbfBytes, &store.m_root, &why)) {
        *error = QStringLiteral("the manifest store is not valid JUMBF: %1").arg(why);
        return std::nullopt;
    }
    if (store.m_root.typeUuid != jumbf::manifestStoreType() || store.m_root.label != QLatin1String("c2pa")) {
        *error = QStringLiteral("the JUMBF box is not a C2PA manifest store");
        return std::nullopt;
    }
    for (const jumbf::Superbox &box : std::as_const(store.m_root.children)) {
        if (box.typeUuid != jumbf::manifestType() && box.typeUuid != jumbf::updateManifestType())
            continue;
        StoredManifest m;
        m.label = box.label;
        if (m.label.isEmpty() || store.find(m.label)) {
            *error = QStringLiteral("a manifest has no label, or one another manifest has");
            return std::nullopt;
        }
        const QList<const jumbf::Superbox *> claims = box.childrenOfType(jumbf::claimType());
        const QList<const jumbf::Superbox *> sigs = box.childrenOfType(jumbf::signatureType());
        const QList<const jumbf::Superbox *> stores = box.childrenOfType(jumbf::assertionStoreType());
        if (claims.size() != 1 || sigs.size() != 1 || stores.size() != 1) {
            *error = QStringLiteral("manifest %1 needs one claim, one signature and one assertion store").arg(m.label);
            return std::nullopt;
        }
        const jumbf::Superbox *claim = claims.first();
        // The signature covers the claim's bytes, not these labels: they must be exactly the
        // standard ones.
        if ((claim->label != QLatin1String("c2pa.claim.v2") && claim->label != QLatin1String("c2pa.claim"))
            || sigs.first()->label != QLatin1String("c2pa.signature") || stores.first()->label != QLatin1String("c2pa.assertions")) {
            *error = QStringLiteral("manifest %1 has a claim, signature or assertion store under the wrong label").arg(m.label);
            return std::nullopt;
        }
        if (claim->contents.isEmpty() || claim->contents.first().type != "cbor") {
            *error = QStringLiteral("the claim of %1 is not CBOR").arg(m.label);
            return std::nullopt;
        }
        m.claimLabel = claim->label;
        m.claimBytes = claim->contents.first().payload;
        cbor::Decoded decoded;
        if (!cbor::decode(m.claimBytes, &decoded, &why) || !decoded.value.is_object()) {
            *error = QStringLiteral("the claim of %1 cannot be read: %2").arg(m.label, why);
            return std::nullopt;
        }
        m.claim = decoded.value;
        const jumbf::Superbox *sig = sigs.first();
        if (sig->contents.isEmpty() || sig->contents.first().type != "cbor") {
            *error = QStringLiteral("the signature of %1 is not CBOR").arg(m.label);
            return std::nullopt;
        }
        m.cose = sig->contents.first().payload;
        for (const jumbf::Superbox &a : stores.first()->children) {
            StoredAssertion assertion;
            assertion.label = a.label;
            if (!a.contents.isEmpty()) {
                const jumbf::ContentBox &content = a.contents.first();
                if (content.type == "cbor" && cbor::decode(content.payload, &decoded, nullptr))
                    assertion.content = decoded.value;
                else if (content.type == "json")
                    assertion.content = nlohmann::json::parse(content.payload.toStdString(), nullptr, false);
                if (assertion.content.is_discarded())
                    assertion.content = nullptr;
            }
            m.assertions.append(std::move(assertion));
        }
        store.m_manifests.append(std::move(m));
    }
    if (store.m_manifests.isEmpty()) {
        *error = QStringLiteral("the manifest store holds no manifest");
        return std::nullopt;
    }
    return store;
}

const StoredManifest *ManifestStore::find(const QString &label) const
{
    for (const StoredManifest &m : m_manifests)
        if (m.label == label)
            return &m;
    return nullptr;
}

const jumbf::Superbox *ManifestStore::resolve(const QString &uri, const QString &fromManifest) const
{
    const QStringList parts = uriPath(uri, fromManifest);
    if (parts.isEmpty() || parts.first() != m_root.label)
        return nullptr;
    const jumbf::Superbox *node = &m_root;
    for (qsizetype i = 1; i < parts.size() && node; ++i)
        node = node->child(parts[i]);
    return node;
}

QString ManifestStore::manifestOf(const QString &uri, const QString &fromManifest) const
{
    const QStringList parts = uriPath(uri, fromManifest);
    return parts.size() >= 2 ? parts[1] : QString();
}

} // namespace rc::provenance
