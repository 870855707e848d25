#pragma once

#include "provenance/Crypto.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace rc::provenance {

struct ActionSummary
{
    QString action;            // "c2pa.created", ...
    QString digitalSourceType; // IPTC URI, may be empty
    QString softwareAgent;     // "sora-2", "Reelcraft 0.1.0", ...
    QString when;              // as the signer states it
    QString description;
    QJsonObject parameters;    // without the ingredient references
    QStringList ingredients;   // titles of the ingredients the action names
};

// What one manifest says and whether it holds together (signature, certificate, hashes).
struct ManifestSummary
{
    QString label;
    QString title;
    QString generator;      // "Reelcraft 0.1.0"
    CertificateInfo signer;
    QString algorithm;      // "ES256"
    QList<ActionSummary> actions;
    QStringList successCodes; // C2PA validation status codes
    QStringList failureCodes;
    QStringList problems;     // the failures, for people
    // The RFC 3161 time-stamp on the signature, when it carries a valid one.
    QDateTime timeStamp;      // UTC, as the authority states it
    QString timeStampAuthority;
    bool intact() const { return failureCodes.isEmpty(); }
};

struct IngredientSummary
{
    QString title;
    QString relationship;    // "parentOf", "componentOf", "inputTo"
    bool hasManifest = false;
    ManifestSummary manifest; // when hasManifest
};

// The result of reading and validating a file's content credentials.
struct ProvenanceReport
{
    enum class State { None, Valid, Invalid };
    State state = State::None;
    QString file;
    QStringList problems;   // why it is invalid, or why none were found
    ManifestSummary active;
    QString digitalSourceType; // from the active manifest's first created/opened action
    QList<IngredientSummary> ingredients;
    bool hardBindingMatched = false;
    int fragments = 0; // movie fragments in a fragmented MP4 (hashed whole, as one file)

    QJsonObject toJson() const;
    // Several lines for a terminal: who made the clip, with what, when, from which sources.
    QString toText() const;
    // One line for a details panel.
    QString headline() const;
};

// "trainedAlgorithmicMedia" from its URI, for people.
QString sourceTypeName(const QString &uri);

} // namespace rc::provenance
