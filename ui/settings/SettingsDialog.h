#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTabWidget;

namespace rc {
class Budgets;
class Catalogue;
class KeyStore;
class ProviderProfiles;
} // namespace rc

namespace rc::ui {

class ProvidersPage;
class StudioSettings;

// Preferences: default provider, export folder and language (applied at the next start); the
// providers and their keys (ProvidersPage: add, test, refresh and remove profiles when `profiles`
// is given; keys shown masked, stored in the system keychain, never in a file); and budget caps, daily and monthly, for
// all providers together or one at a time. A cap field left empty means no cap.
class SettingsDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    SettingsDialog(const Catalogue &catalogue, KeyStore &keys, Budgets &budgets, StudioSettings &settings,
                   ProviderProfiles *profiles = nullptr, QWidget *parent = nullptr);

    void accept() override;
    // Opens on the Providers and Keys page (the studio's "Add key…").
    void showKeysPage();
    QLineEdit *dailyCapEdit() const { return m_daily; }
    QLineEdit *monthlyCapEdit() const { return m_monthly; }
    QComboBox *capScopeBox() const { return m_scope; }
    QComboBox *languageBox() const { return m_language; }
    QCheckBox *aiLabelBox() const { return m_aiLabel; }
    QLineEdit *timeStampUrlEdit() const { return m_timeStampUrl; }
    ProvidersPage *providersPage() const { return m_providers; }
    // Saves the caps on screen; false with the problem shown when a figure is not an amount.
    bool saveCaps();

private:
    QWidget *buildGeneralPage();
    QWidget *buildBudgetPage();
    void loadCaps();

    const Catalogue &m_catalogue;
    Budgets &m_budgets;
    StudioSettings &m_settings;
    ProvidersPage *m_providers = nullptr;
    QComboBox *m_defaultProvider = nullptr;
    QLineEdit *m_exportDir = nullptr;
    QComboBox *m_language = nullptr;
    QCheckBox *m_aiLabel = nullptr;
    QLineEdit *m_timeStampUrl = nullptr;
    QComboBox *m_scope = nullptr;
    QLineEdit *m_daily = nullptr;
    QLineEdit *m_monthly = nullptr;
    QLabel *m_capProblem = nullptr;
    QString m_loadedScope;
};

} // namespace rc::ui
