#include "settings/SettingsDialog.h"

#include "StudioSettings.h"
#include "core/Catalogue.h"
#include "i18n/StudioTranslations.h"
#include "core/KeyStore.h"
#include "settings/ProvidersPage.h"
#include "store/Budgets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QRegularExpressionValidator>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace rc::ui {

SettingsDialog::SettingsDialog(const Catalogue &catalogue, KeyStore &keys, Budgets &budgets, StudioSettings &settings,
                               ProviderProfiles *profiles, QWidget *parent)
    : QDialog(parent), m_catalogue(catalogue), m_budgets(budgets), m_settings(settings)
{
    setWindowTitle(tr("Settings"));
    auto *tabs = new QTabWidget(this);
    tabs->addTab(buildGeneralPage(), tr("General"));
    m_providers = new ProvidersPage(catalogue, keys, profiles, this);
    tabs->addTab(m_providers, tr("Providers and Keys"));
    tabs->addTab(buildBudgetPage(), tr("Budget"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    auto *box = new QVBoxLayout(this);
    box->addWidget(tabs);
    box->addWidget(buttons);
    resize(640, 420);
}

QWidget *SettingsDialog::buildGeneralPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_defaultProvider = new QComboBox(page);
    m_defaultProvider->setAccessibleName(tr("Default provider"));
    for (const ProviderSpec &p : m_catalogue.providers())
        m_defaultProvider->addItem(p.label, p.id);
    m_defaultProvider->setCurrentIndex(std::max(0, m_defaultProvider->findData(m_settings.defaultProvider.get())));
    form->addRow(tr("Default &provider"), m_defaultProvider);

    m_exportDir = new QLineEdit(m_settings.exportDir.get(), page);
    m_exportDir->setPlaceholderText(tr("Your home folder"));
    m_exportDir->setAccessibleName(tr("Export folder"));
    auto *browse = new QPushButton(tr("Browse…"), page);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Export Folder"), m_exportDir->text());
        if (!dir.isEmpty())
            m_exportDir->setText(dir);
    });
    auto *row = new QHBoxLayout;
    row->addWidget(m_exportDir, 1);
    row->addWidget(browse);
    // A label for a layout gets no buddy, and without one QLabel shows the "&" itself.
    auto *exportLabel = new QLabel(tr("&Export folder"), page);
    exportLabel->setBuddy(m_exportDir);
    form->addRow(exportLabel, row);
    auto *note = new QLabel(tr("Clips are kept in the profile's media folder; Export copies one to this folder."), page);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(note);

    m_language = new QComboBox(page);
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("System default"), QString());
    for (const StudioLanguage &l : studioLanguages())
        m_language->addItem(l.nativeName, l.code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_settings.language.get())));
    form->addRow(tr("&Language"), m_language);
    auto *restart = new QLabel(tr("A new language applies the next time Reelcraft starts."), page);
    restart->setWordWrap(true);
    restart->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(restart);

    m_aiLabel = new QCheckBox(tr("Show an “AI-generated” label in the top right corner of new clips"), page);
    m_aiLabel->setObjectName(QStringLiteral("settingsAiLabel"));
    m_aiLabel->setChecked(m_settings.aiLabel.get());
    form->addRow(tr("Disclosure"), m_aiLabel);
    auto *labelNote = new QLabel(tr("Every clip carries content credentials that say it is AI-made; this also marks the "
                                    "pictures, for viewers who never see the credentials. A remote clip is re-encoded "
                                    "to draw it, keeping the provider's credentials as its parent."), page);
    labelNote->setWordWrap(true);
    labelNote->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(labelNote);

    m_timeStampUrl = new QLineEdit(m_settings.timeStampUrl.get(), page);
    m_timeStampUrl->setObjectName(QStringLiteral("settingsTimeStampUrl"));
    m_timeStampUrl->setPlaceholderText(tr("None (works offline)"));
    m_timeStampUrl->setAccessibleName(tr("Time-stamp authority"));
    auto *tsaLabel = new QLabel(tr("&Time-stamp authority"), page);
    tsaLabel->setBuddy(m_timeStampUrl);
    form->addRow(tsaLabel, m_timeStampUrl);
    auto *tsaNote = new QLabel(tr("An RFC 3161 address (for example http://timestamp.digicert.com): each signature is sent "
                                  "there to prove when it was made. A clip is signed without one when the service cannot be reached."),
                               page);
    tsaNote->setWordWrap(true);
    tsaNote->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(tsaNote);
    return page;
}

QWidget *SettingsDialog::buildBudgetPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_scope = new QComboBox(page);
    m_scope->setAccessibleName(tr("Caps apply to"));
    m_scope->addItem(tr("All providers together"), QString());
    for (const ProviderSpec &p : m_catalogue.providers())
        m_scope->addItem(p.label, p.id);
    m_daily = new QLineEdit(page);
    m_daily->setAccessibleName(tr("Daily cap"));
    m_daily->setPlaceholderText(tr("no cap"));
    m_monthly = new QLineEdit(page);
    m_monthly->setAccessibleName(tr("Monthly cap"));
    m_monthly->setPlaceholderText(tr("no cap"));
    // Only what Money::parse reads as an amount can be typed ("12", "$12.50"); empty is no cap.
    auto *amount = new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("\\s*\\$?\\s*\\d{0,12}(\\.\\d{0,6})?\\s*")), page);
    m_daily->setValidator(amount);
    m_monthly->setValidator(amount);
    m_capProblem = new QLabel(page);
    m_capProblem->setForegroundRole(QPalette::Highlight);
    m_capProblem->hide();
    form->addRow(tr("&Applies to"), m_scope);
    form->addRow(tr("&Daily cap (USD)"), m_daily);
    form->addRow(tr("&Monthly cap (USD)"), m_monthly);
    form->addRow(m_capProblem);
    auto *note = new QLabel(tr("A job whose estimate would go over a cap is refused before anything is sent."), page);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(note);
    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] {
        // Keep what was typed for the previous scope before showing the next one.
        if (!saveCaps()) {
            const QSignalBlocker block(m_scope);
            m_scope->setCurrentIndex(m_scope->findData(m_loadedScope));
            return;
        }
        loadCaps();
    });
    loadCaps();
    return page;
}

void SettingsDialog::loadCaps()
{
    // Read here, on the window's thread: two small rows, when the page opens or the scope changes.
    m_loadedScope = m_scope->currentData().toString();
    const auto text = [this](BudgetPeriod period) {
        const std::optional<Money> cap = m_budgets.cap(period, m_loadedScope);
        return cap ? cap->toDecimalString().remove(QRegularExpression(QStringLiteral("0{1,4}$"))) : QString();
    };
    m_daily->setText(text(BudgetPeriod::Day));
    m_monthly->setText(text(BudgetPeriod::Month));
}

bool SettingsDialog::saveCaps()
{
    const struct { QLineEdit *edit; BudgetPeriod period; } fields[] = {{m_daily, BudgetPeriod::Day},
                                                                       {m_monthly, BudgetPeriod::Month}};
    for (const auto &f : fields) {
        Money amount;
        if (!f.edit->text().trimmed().isEmpty() && !Money::parse(f.edit->text().trimmed(), &amount)) {
            m_capProblem->setText(tr("\"%1\" is not an amount; write it like 5 or 12.50.").arg(f.edit->text()));
            m_capProblem->show();
            f.edit->setFocus();
            return false;
        }
    }
    // Written by the store's writer: the dialog closes at once; the window hears of the result
    // (Budgets::capsChanged, or writeFailed with the store's reason).
    for (const auto &f : fields) {
        Money amount;
        if (f.edit->text().trimmed().isEmpty())
            m_budgets.setLater(f.period, m_loadedScope, std::nullopt);
        else if (Money::parse(f.edit->text().trimmed(), &amount))
            m_budgets.setLater(f.period, m_loadedScope, amount);
    }
    m_capProblem->hide();
    return true;
}

void SettingsDialog::accept()
{
    const QString tsa = m_timeStampUrl->text().trimmed();
    const QUrl tsaUrl(tsa);
    if (!tsa.isEmpty() && (!tsaUrl.isValid() || tsaUrl.host().isEmpty()
                           || (tsaUrl.scheme() != QLatin1String("http") && tsaUrl.scheme() != QLatin1String("https")))) {
        QMessageBox::warning(this, tr("Settings"), tr("The time-stamp authority must be an http:// or https:// address."));
        m_timeStampUrl->setFocus();
        return;
    }
    if (!saveCaps())
        return;
    m_settings.defaultProvider.set(m_defaultProvider->currentData().toString());
    m_settings.exportDir.set(m_exportDir->text().trimmed());
    m_settings.language.set(m_language->currentData().toString());
    m_settings.aiLabel.set(m_aiLabel->isChecked());
    m_settings.timeStampUrl.set(m_timeStampUrl->text().trimmed());
    QDialog::accept();
}

void SettingsDialog::showKeysPage()
{
    if (auto *tabs = findChild<QTabWidget *>())
        tabs->setCurrentWidget(m_providers);
}

} // namespace rc::ui
