#pragma once

#include "core/CatalogueTypes.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

namespace rc {

class AppContext;
class Catalogue;

// What a person fills in to add a provider profile from the studio: the same facts as
// `reelcraft provider add NAME --type KIND --base-url URL`, plus the key itself.
struct ProviderDraft
{
    QString name;         // the profile's id
    QString kind;         // one of ProviderProfiles::addableKinds()
    QStringList baseUrls; // empty: the kind's default; ComfyUI: one per server of the pool
    QString key;          // empty: the environment's (or none, for a ComfyUI server)
};

// What trying a draft found: the models the profile would offer, a line per server or left-out
// model, or why it cannot be used.
struct ProviderTrial
{
    QStringList models;
    QStringList notes;
    QString error; // empty: usable
};

// Adds, tests, refreshes and removes the user's provider profiles while the app runs, without
// blocking the thread it lives on: the studio's Providers page drives it, and the command line
// shares its rules (names, defaults, the fal endpoints a profile starts from). Answers always
// arrive later, from the event loop, on the caller's `context` object (dropped when it is gone).
class ProviderProfiles : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProviderProfiles)

public:
    using TrialCallback = std::function<void(const ProviderTrial &trial)>;
    using DoneCallback = std::function<void(const QString &error)>;

    explicit ProviderProfiles(AppContext &app, QObject *parent = nullptr);

    // The kinds a profile can be added for here: openrouter, fal, comfyui.
    static QStringList addableKinds();
    // A readable name for any provider kind (the Settings list, the Add dialog); an unknown id as it is.
    static QString kindLabel(const QString &kind);
    static QString defaultBaseUrl(const QString &kind);
    static QString defaultKeyEnv(const QString &kind);
    // The service's own page where an account makes its API keys (empty: none).
    static QString keyPageUrl(const QString &kind);
    // Whether jobs of this kind cannot run without a key (a ComfyUI server usually needs none).
    static bool kindNeedsKey(const QString &kind);
    // Lower-case letters, digits, '.', '_' and '-', 1 to 40 of them, starting with a letter or digit.
    static bool isUsableName(const QString &name);
    // A name for a new profile of this kind that no provider has yet ("openrouter", "fal-2", ...).
    QString suggestName(const QString &kind) const;
    // What is wrong with a draft that can be told without the network; empty when nothing is.
    QString draftProblem(const ProviderDraft &draft) const;
    // A fal profile starts from the catalogue's own fal endpoints (their input mappings and prices):
    // fal lists no endpoints per key. `only` narrows them (every id must be one of them).
    static bool startFalProfile(const Catalogue &catalogue, ProviderSpec *spec, const QStringList &only, QString *error);

    // Asks the service what the draft would offer (its model list, the key checked, each ComfyUI
    // server's GPU and readiness) without saving anything.
    void test(const ProviderDraft &draft, QObject *context, TrialCallback done);
    // Tests the draft, then keeps its key in the keychain and the profile in the catalogue; the
    // running service serves it at once. On any failure nothing stays behind (not the key either).
    void add(const ProviderDraft &draft, QObject *context, TrialCallback done);
    // The service's model list read again (profiles whose kind lists one: see canRefresh).
    void refresh(const QString &providerId, QObject *context, DoneCallback done);
    bool canRefresh(const QString &providerId) const;
    // A profile the user added (the built-in ones cannot be removed).
    bool isUserProfile(const QString &providerId) const;
    // Removes a user profile and its stored key; refused while a job runs.
    bool remove(const QString &providerId, QString *error);

Q_SIGNALS:
    // A profile was added, removed or its models refreshed (the catalogue has changed).
    void profilesChanged();

private:
    using CatalogueChange = std::function<bool(Catalogue &userCatalogue, QString *error)>;
    ProviderSpec specFor(const ProviderDraft &draft) const;
    // Applies the profile to the user's catalogue, stores the draft's key and saves; undoes it all
    // when a step fails.
    void finishAdd(const ProviderDraft &draft, const CatalogueChange &apply, ProviderTrial trial,
                   const QPointer<QObject> &context, const TrialCallback &done);

    AppContext &m_app;
};

} // namespace rc
