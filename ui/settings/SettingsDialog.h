#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QTabWidget;

namespace rc {
class Budgets;
class Catalogue;
class KeyStore;
} // namespace rc

namespace rc::ui {

class StudioSettings;

// Preferences: default provider, export folder and language (applied at the next start); provider keys (shown masked, stored in the
// system keychain through KeyStore, never in a file); and budget caps, daily and monthly, for
// all providers together or one at a time. A cap field left empty means no cap.
class SettingsDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    SettingsDialog(const Catalogue &catalogue, KeyStore &keys, Budgets &budgets, StudioSettings &settings,
                   QWidget *parent = nullptr);

    void accept() override;
    // Opens on the Providers and Keys page (the studio's "Add key…").
    void showKeysPage();
    QLineEdit *dailyCapEdit() const { return m_daily; }
    QLineEdit *monthlyCapEdit() const { return m_monthly; }
    QComboBox *capScopeBox() const { return m_scope; }
    QComboBox *languageBox() const { return m_language; }
    // Saves the caps on screen; false with the problem shown when a figure is not an amount.
    bool saveCaps();

private:
    QWidget *buildGeneralPage();
    QWidget *buildKeysPage();
    QWidget *buildBudgetPage();
    void loadCaps();
    void setKey(const QString &providerId, QLabel *shown, const QString &envName);
    void removeKey(const QString &providerId, QLabel *shown, const QString &envName);

    const Catalogue &m_catalogue;
    KeyStore &m_keys;
    Budgets &m_budgets;
    StudioSettings &m_settings;
    QComboBox *m_defaultProvider = nullptr;
    QLineEdit *m_exportDir = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_scope = nullptr;
    QLineEdit *m_daily = nullptr;
    QLineEdit *m_monthly = nullptr;
    QLabel *m_capProblem = nullptr;
    QString m_loadedScope;
};

} // namespace rc::ui
