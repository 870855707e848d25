#include "provenance/ProvenanceReport.h"

#include "provenance/ClipFacts.h"

#include <QJsonArray>

namespace rc::provenance {
namespace {

QJsonObject signerJson(const CertificateInfo &c)
{
    return QJsonObject{{QStringLiteral("commonName"), c.commonName},
                       {QStringLiteral("organization"), c.organization},
                       {QStringLiteral("subject"), c.subject},
                       {QStringLiteral("issuer"), c.issuer},
                       {QStringLiteral("notBefore"), c.notBefore.toString(Qt::ISODate)},
                       {QStringLiteral("notAfter"), c.notAfter.toString(Qt::ISODate)},
                       {QStringLiteral("sha256"), c.sha256}};
}

QJsonObject manifestJson(const ManifestSummary &m)
{
    QJsonArray actions;
    for (const ActionSummary &a : m.actions) {
        QJsonObject o{{QStringLiteral("action"), a.action}};
        if (!a.digitalSourceType.isEmpty())
            o.insert(QStringLiteral("digitalSourceType"), a.digitalSourceType);
        if (!a.softwareAgent.isEmpty())
            o.insert(QStringLiteral("softwareAgent"), a.softwareAgent);
        if (!a.when.isEmpty())
            o.insert(QStringLiteral("when"), a.when);
        if (!a.description.isEmpty())
            o.insert(QStringLiteral("description"), a.description);
        if (!a.parameters.isEmpty())
            o.insert(QStringLiteral("parameters"), a.parameters);
        if (!a.ingredients.isEmpty())
            o.insert(QStringLiteral("ingredients"), QJsonArray::fromStringList(a.ingredients));
        actions.append(o);
    }
    QJsonObject timeStamp;
    if (m.timeStamp.isValid())
        timeStamp = QJsonObject{{QStringLiteral("time"), m.timeStamp.toString(Qt::ISODate)},
                                {QStringLiteral("authority"), m.timeStampAuthority}};
    return QJsonObject{{QStringLiteral("label"), m.label},
                       {QStringLiteral("timeStamp"), timeStamp},
                       {QStringLiteral("title"), m.title},
                       {QStringLiteral("claimGenerator"), m.generator},
                       {QStringLiteral("signatureAlgorithm"), m.algorithm},
                       {QStringLiteral("signer"), signerJson(m.signer)},
                       {QStringLiteral("actions"), actions},
                       {QStringLiteral("success"), QJsonArray::fromStringList(m.successCodes)},
                       {QStringLiteral("failure"), QJsonArray::fromStringList(m.failureCodes)},
                       {QStringLiteral("problems"), QJsonArray::fromStringList(m.problems)}};
}

QString stateName(ProvenanceReport::State s)
{
    switch (s) {
    case ProvenanceReport::State::None: return QStringLiteral("none");
    case ProvenanceReport::State::Valid: return QStringLiteral("valid");
    case ProvenanceReport::State::Invalid: return QStringLiteral("invalid");
    }
    return QString();
}

QString signerName(const CertificateInfo &c)
{
    if (c.commonName.isEmpty())
        return c.subject;
    return c.organization.isEmpty() || c.commonName.contains(c.organization) ? c.commonName
                                                                              : QStringLiteral("%1 (%2)").arg(c.commonName, c.organization);
}

} // namespace

QString sourceTypeName(const QString &uri)
{
    return uri.section(QLatin1Char('/'), -1);
}

QJsonObject ProvenanceReport::toJson() const
{
    QJsonObject o{{QStringLiteral("file"), file},
                  {QStringLiteral("state"), stateName(state)},
                  {QStringLiteral("valid"), state == State::Valid},
                  {QStringLiteral("problems"), QJsonArray::fromStringList(problems)}};
    if (state == State::None)
        return o;
    o.insert(QStringLiteral("digitalSourceType"), digitalSourceType);
    o.insert(QStringLiteral("hardBindingMatched"), hardBindingMatched);
    o.insert(QStringLiteral("fragments"), fragments);
    o.insert(QStringLiteral("activeManifest"), manifestJson(active));
    QJsonArray ings;
    for (const IngredientSummary &i : ingredients) {
        QJsonObject io{{QStringLiteral("title"), i.title},
                       {QStringLiteral("relationship"), i.relationship},
                       {QStringLiteral("hasManifest"), i.hasManifest}};
        if (i.hasManifest) {
            io.insert(QStringLiteral("manifest"), manifestJson(i.manifest));
            io.insert(QStringLiteral("manifestValid"), i.manifest.intact());
        }
        ings.append(io);
    }
    o.insert(QStringLiteral("ingredients"), ings);
    return o;
}

QString ProvenanceReport::headline() const
{
    if (state == State::None)
        return QStringLiteral("No content credentials");
    if (state == State::Invalid)
        return QStringLiteral("Content credentials INVALID: %1").arg(problems.value(0));
    QString made = active.generator;
    for (const ActionSummary &a : active.actions) {
        if (a.action == QLatin1String("c2pa.created") || a.action == QLatin1String("c2pa.opened")) {
            if (!a.softwareAgent.isEmpty())
                made = a.softwareAgent;
            break;
        }
    }
    return QStringLiteral("Content credentials valid: %1, made with %2, signed by %3")
        .arg(sourceTypeName(digitalSourceType), made, signerName(active.signer));
}

QString ProvenanceReport::toText() const
{
    QString out;
    out += QStringLiteral("%1: %2\n").arg(file, state == State::Valid ? QStringLiteral("content credentials are valid")
                                                  : state == State::None ? QStringLiteral("no content credentials")
                                                                         : QStringLiteral("content credentials are NOT valid"));
    for (const QString &p : problems)
        out += QStringLiteral("  problem: %1\n").arg(p);
    if (state == State::None)
        return out;
    out += QStringLiteral("  signed by:   %1, issued by %2\n").arg(signerName(active.signer), active.signer.issuer);
    out += QStringLiteral("  made with:   %1 (%2)\n").arg(active.generator, active.algorithm);
    out += active.timeStamp.isValid()
        ? QStringLiteral("  time-stamp:  %1, by %2\n").arg(active.timeStamp.toString(Qt::ISODate), active.timeStampAuthority)
        : QStringLiteral("  time-stamp:  none (the time in the manifest is the signer's own word)\n");
    if (!digitalSourceType.isEmpty())
        out += QStringLiteral("  source type: %1\n").arg(sourceTypeName(digitalSourceType));
    if (fragments > 0)
        out += QStringLiteral("  layout:      fragmented MP4, %1 fragments, hashed whole as one file\n").arg(fragments);
    for (const ActionSummary &a : active.actions) {
        QString line = QStringLiteral("  action:      %1").arg(a.action);
        if (!a.softwareAgent.isEmpty())
            line += QStringLiteral(" by %1").arg(a.softwareAgent);
        if (!a.when.isEmpty())
            line += QStringLiteral(" at %1").arg(a.when);
        if (!a.ingredients.isEmpty())
            line += QStringLiteral(" from %1").arg(a.ingredients.join(QStringLiteral(", ")));
        if (!a.description.isEmpty())
            line += QStringLiteral(": %1").arg(a.description);
        out += line + QLatin1Char('\n');
        const QString batch = a.parameters.value(param::kBatch).toString();
        if (!batch.isEmpty())
            out += QStringLiteral("  batch:       %1, item %2\n").arg(batch, a.parameters.value(param::kBatchItem).toString());
    }
    for (const IngredientSummary &i : ingredients) {
        QString line = QStringLiteral("  ingredient:  %1 (%2)").arg(i.title, i.relationship);
        if (i.hasManifest)
            line += i.manifest.intact() ? QStringLiteral(", its own credentials valid: %1, signed by %2")
                                              .arg(i.manifest.generator, signerName(i.manifest.signer))
                                        : QStringLiteral(", its credentials are NOT valid");
        else
            line += QStringLiteral(", no credentials of its own");
        out += line + QLatin1Char('\n');
    }
    out += QStringLiteral("  (the signer is not checked against a trust list)\n");
    return out;
}

} // namespace rc::provenance
