#pragma once

#include <QString>

namespace rc::provenance {

// The user's choices about content credentials, kept in the profile's settings file (the one
// the studio's Settings dialog writes), so the studio and every command follow the same choice.
// Both are off by default.
struct ProvenanceSettings
{
    // Keys in the settings file (INI): the studio declares its SettingValues with these.
    static inline const QString kVisibleLabelKey = QStringLiteral("provenance/aiLabel");
    static inline const QString kTimeStampUrlKey = QStringLiteral("provenance/timeStampUrl");

    bool visibleLabel = false; // burn an "AI-generated" label into each finished clip
    // An RFC 3161 time-stamp authority asked to time-stamp each signature (empty: none; the
    // studio works offline by default).
    QString timeStampUrl;

    static ProvenanceSettings read(const QString &settingsFile);
};

} // namespace rc::provenance
