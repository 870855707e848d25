#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace rc {
class Catalogue;
class KeyStore;
class ProviderProfiles;
} // namespace rc

namespace rc::ui {

// Settings › Providers and Keys: every remote provider with its kind, models and key, and what
// can be done to the selected one: set or remove its key, read its model list again, remove a
// profile the user added, or add a new one (OpenRouter, fal.ai, ComfyUI). Keys are stored in the
// system keychain through KeyStore and shown masked. Without `profiles` (a core with no profile
// file) only the keys can be changed.
class ProvidersPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProvidersPage)

public:
    ProvidersPage(const Catalogue &catalogue, KeyStore &keys, ProviderProfiles *profiles, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *refreshButton() const { return m_refresh; }
    QPushButton *removeProviderButton() const { return m_removeProvider; }
    QPushButton *setKeyButton() const { return m_setKey; }
    QPushButton *removeKeyButton() const { return m_removeKey; }
    QLabel *statusLabel() const { return m_status; }
    // Selects a provider's row (false when it is not listed).
    bool select(const QString &providerId);
    // Opens the Add Provider dialog (window-modal; the list shows the new profile when it is added).
    void addProvider();

private:
    void reload();
    void updateButtons();
    QString selectedId() const;
    void setKey();
    void removeKey();
    void refreshModels();
    void removeProvider();
    void showStatus(const QString &text, bool busy, bool problem = false);

    const Catalogue &m_catalogue;
    KeyStore &m_keys;
    ProviderProfiles *m_profiles;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_setKey = nullptr;
    QPushButton *m_removeKey = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_removeProvider = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_busy = nullptr;
    bool m_working = false;
};

} // namespace rc::ui
