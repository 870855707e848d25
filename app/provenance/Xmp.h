#pragma once

#include "provenance/ClipFacts.h"

#include <QByteArray>

namespace rc::provenance {

// The XMP packet a clip carries in moov/udta/XMP_: the IPTC digital source type, the prompt (as
// dc:description and Iptc4xmpExt:AIPromptInformation), the AI system used, the creator tool, and
// dcterms:provenance pointing at the active C2PA manifest. exiftool reads it as XMP-iptcExt etc.
QByteArray makeXmp(const ClipFacts &facts, const QString &instanceId, const QString &manifestLabel);

} // namespace rc::provenance
