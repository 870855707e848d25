#pragma once

#include "provenance/ProvenanceSettings.h"

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace rc::ui {

// One typed setting: declared once with its key and default, read and written through get/set,
// so no hand-written getter pair can drift from its key.
template <typename T>
class SettingValue
{
public:
    SettingValue(QSettings &store, QString key, T defaultValue = T())
        : m_store(store), m_key(std::move(key)), m_default(std::move(defaultValue)) {}
    T get() const { return m_store.value(m_key, QVariant::fromValue(m_default)).template value<T>(); }
    void set(const T &value) { m_store.setValue(m_key, QVariant::fromValue(value)); }

private:
    QSettings &m_store;
    QString m_key;
    T m_default;
};

// A family of settings under one group, one value per sub-key (window geometry per screen): the
// sub-key is sanitised so any screen name makes a valid INI key.
template <typename T>
class SettingMap
{
public:
    SettingMap(QSettings &store, QString group) : m_store(store), m_group(std::move(group)) {}
    T get(const QString &subKey) const { return m_store.value(key(subKey)).template value<T>(); }
    void set(const QString &subKey, const T &value) { m_store.setValue(key(subKey), QVariant::fromValue(value)); }

private:
    QString key(QString subKey) const
    {
        for (QChar &c : subKey)
            if (!c.isLetterOrNumber() && c != QLatin1Char('-'))
                c = QLatin1Char('_');
        return m_group + QLatin1Char('/') + subKey;
    }

    QSettings &m_store;
    QString m_group;
};

// The studio's own preferences, kept in the profile (Paths::settingsFile), never in the system
// registry, so a --profile folder carries the whole studio state with it. Keys never live here.
class StudioSettings
{
    // Declared first: the SettingValue members below bind to it as they are constructed.
    QSettings m_store;

public:
    explicit StudioSettings(const QString &file);
    StudioSettings(const StudioSettings &) = delete;
    StudioSettings &operator=(const StudioSettings &) = delete;

    void sync() { m_store.sync(); }

    SettingValue<QString> provider{m_store, QStringLiteral("compose/provider")};
    SettingValue<QString> model{m_store, QStringLiteral("compose/model")};
    SettingValue<QString> tier{m_store, QStringLiteral("compose/tier")};
    SettingValue<int> durationSec{m_store, QStringLiteral("compose/durationSec"), 0};
    SettingValue<QString> size{m_store, QStringLiteral("compose/size")};
    SettingValue<QStringList> promptHistory{m_store, QStringLiteral("compose/history")};
    SettingValue<QString> defaultProvider{m_store, QStringLiteral("general/defaultProvider"),
                                          QStringLiteral("builtin")};
    SettingValue<QString> exportDir{m_store, QStringLiteral("general/exportDir")};
    // A code from studioLanguages() ("de", "zh_CN"); empty follows the system. Read at start only.
    SettingValue<QString> language{m_store, QStringLiteral("ui/language")};
    SettingValue<QByteArray> windowGeometry{m_store, QStringLiteral("window/geometry")};
    // Keyed by screen name and size, so each monitor (and each resolution of it) gets back the
    // window as it was left there; windowGeometry is the last one, to find the screen at start.
    SettingMap<QByteArray> windowGeometryByScreen{m_store, QStringLiteral("window/geometryByScreen")};
    SettingValue<QByteArray> windowState{m_store, QStringLiteral("window/state")};
    SettingValue<QByteArray> mainSplitter{m_store, QStringLiteral("window/mainSplitter")};
    SettingValue<QByteArray> leftSplitter{m_store, QStringLiteral("window/leftSplitter")};
    SettingValue<QByteArray> rightSplitter{m_store, QStringLiteral("window/rightSplitter")};
    SettingValue<bool> firstRunHintDismissed{m_store, QStringLiteral("help/firstRunHintDismissed"), false};
    SettingValue<int> galleryTileWidth{m_store, QStringLiteral("gallery/tileWidth"), 0}; // px, the size slider; 0: the gallery's default
    SettingValue<bool> loop{m_store, QStringLiteral("player/loop"), true};
    SettingValue<int> volumePercent{m_store, QStringLiteral("player/volume"), 80};
    SettingValue<bool> muted{m_store, QStringLiteral("player/muted"), false};
    // Shared with the command line, which reads it through ProvenanceSettings.
    SettingValue<bool> aiLabel{m_store, provenance::ProvenanceSettings::kVisibleLabelKey, false};
    SettingValue<QString> timeStampUrl{m_store, provenance::ProvenanceSettings::kTimeStampUrlKey};
};

} // namespace rc::ui
