#include "provenance/Xmp.h"

namespace rc::provenance {
namespace {

QString escaped(const QString &text)
{
    QString out = text.toHtmlEscaped();
    // Characters XML 1.0 forbids would make the whole packet unreadable.
    out.removeIf([](QChar c) { return c.unicode() < 0x20 && c != QLatin1Char('\n') && c != QLatin1Char('\t'); });
    return out;
}

QString alt(const QString &text)
{
    return QStringLiteral("<rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt>").arg(escaped(text));
}

} // namespace

QByteArray makeXmp(const ClipFacts &facts, const QString &instanceId, const QString &manifestLabel)
{
    const QDateTime when = (facts.when.isValid() ? facts.when : QDateTime::currentDateTimeUtc()).toUTC();
    const bool builtin = facts.providerId == QLatin1String("builtin");
    const QString system = builtin ? QStringLiteral("Reelcraft built-in engine") : facts.model;
    QString body;
    body += QStringLiteral("   <Iptc4xmpExt:DigitalSourceType>%1</Iptc4xmpExt:DigitalSourceType>\n").arg(escaped(facts.digitalSourceType));
    body += QStringLiteral("   <xmp:CreatorTool>Reelcraft %1</xmp:CreatorTool>\n").arg(QStringLiteral(REELCRAFT_VERSION));
    body += QStringLiteral("   <xmp:CreateDate>%1</xmp:CreateDate>\n").arg(when.toString(Qt::ISODate));
    body += QStringLiteral("   <xmpMM:InstanceID>%1</xmpMM:InstanceID>\n").arg(escaped(instanceId));
    body += QStringLiteral("   <dcterms:provenance>self#jumbf=/c2pa/%1</dcterms:provenance>\n").arg(escaped(manifestLabel));
    if (!system.isEmpty())
        body += QStringLiteral("   <Iptc4xmpExt:AISystemUsed>%1</Iptc4xmpExt:AISystemUsed>\n").arg(escaped(system));
    if (builtin)
        body += QStringLiteral("   <Iptc4xmpExt:AISystemVersionUsed>%1</Iptc4xmpExt:AISystemVersionUsed>\n")
                    .arg(QStringLiteral(REELCRAFT_VERSION));
    if (!facts.prompt.isEmpty()) {
        body += QStringLiteral("   <Iptc4xmpExt:AIPromptInformation>%1</Iptc4xmpExt:AIPromptInformation>\n").arg(escaped(facts.prompt));
        body += QStringLiteral("   <dc:description>%1</dc:description>\n").arg(alt(facts.prompt));
    }
    if (!facts.title.isEmpty())
        body += QStringLiteral("   <dc:title>%1</dc:title>\n").arg(alt(facts.title));

    const QString packet = QStringLiteral(
        "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
        "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
        " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
        "  <rdf:Description rdf:about=\"\"\n"
        "    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
        "    xmlns:dcterms=\"http://purl.org/dc/terms/\"\n"
        "    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n"
        "    xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\"\n"
        "    xmlns:Iptc4xmpExt=\"http://iptc.org/std/Iptc4xmpExt/2008-02-29/\">\n"
        "%1"
        "  </rdf:Description>\n"
        " </rdf:RDF>\n"
        "</x:xmpmeta>\n"
        "<?xpacket end=\"r\"?>")
                               .arg(body);
    return packet.toUtf8();
}

} // namespace rc::provenance
