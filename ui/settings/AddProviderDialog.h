#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace rc {
class ProviderProfiles;
struct ProviderDraft;
struct ProviderTrial;
} // namespace rc

namespace rc::ui {

// Adds a provider profile from the studio: the kind of service (OpenRouter, fal.ai, ComfyUI), a
// name, its address (several for a ComfyUI pool) and the key. Test asks the service what it would
// offer without saving anything; Add tests, stores the key in the keychain and saves the profile,
// which the studio offers at once. Both run in the background with the form held still, and any
// problem is shown in the dialog, which stays open so nothing typed is lost.
class AddProviderDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddProviderDialog)

public:
    explicit AddProviderDialog(ProviderProfiles &profiles, QWidget *parent = nullptr);

    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *addressEdit() const { return m_address; }
    QLineEdit *keyEdit() const { return m_key; }
    QPushButton *testButton() const { return m_test; }
    QPushButton *addButton() const { return m_add; }
    QLabel *problemLabel() const { return m_problem; }
    QListWidget *modelList() const { return m_models; }
    bool isBusy() const { return m_busy; }

    void accept() override;

Q_SIGNALS:
    void added(const QString &providerId, int modelCount);

private:
    void kindChanged();
    ProviderDraft draft() const;
    void runTest();
    void setBusy(bool busy, const QString &what);
    void showTrial(const ProviderTrial &trial);
    void showProblem(const QString &text);

    ProviderProfiles &m_profiles;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_key = nullptr;
    QLabel *m_keyPage = nullptr;
    QLabel *m_keyHint = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_add = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_problem = nullptr;
    QListWidget *m_models = nullptr;
    QString m_suggestedName; // what the name field was filled with, so a typed name is kept
    bool m_busy = false;
};

} // namespace rc::ui
