#include "settings/ProvidersPage.h"

#include "bootstrap/ProviderProfiles.h"
#include "core/Catalogue.h"
#include "core/KeyStore.h"
#include "settings/AddProviderDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rc::ui {
namespace {

enum Column { NameColumn, KindColumn, ModelsColumn, KeyColumn };

} // namespace

ProvidersPage::ProvidersPage(const Catalogue &catalogue, KeyStore &keys, ProviderProfiles *profiles, QWidget *parent)
    : QWidget(parent), m_catalogue(catalogue), m_keys(keys), m_profiles(profiles)
{
    m_list = new QTreeWidget(this);
    m_list->setAccessibleName(tr("Providers"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("Name"), tr("Kind"), tr("Models"), tr("Key")});
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionResizeMode(NameColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(KindColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(ModelsColumn, QHeaderView::ResizeToContents);

    m_add = new QPushButton(tr("&Add Provider…"), this);
    m_add->setToolTip(tr("Add an OpenRouter or fal.ai account, or your own ComfyUI servers"));
    m_setKey = new QPushButton(tr("Set &Key…"), this);
    m_removeKey = new QPushButton(tr("Remove K&ey"), this);
    m_refresh = new QPushButton(tr("&Refresh Models"), this);
    m_refresh->setToolTip(tr("Read the service's list of models, their lengths, sizes and prices again"));
    m_removeProvider = new QPushButton(tr("Remove &Provider…"), this);
    for (QPushButton *b : {m_add, m_setKey, m_removeKey, m_refresh, m_removeProvider})
        b->setAccessibleName(b->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")));
    m_add->setVisible(m_profiles);
    m_refresh->setVisible(m_profiles);
    m_removeProvider->setVisible(m_profiles);

    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0); // a service's answer has no measurable progress
    m_busy->setMaximumWidth(80);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAccessibleName(tr("Provider status"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addStretch(1);
    buttons->addWidget(m_setKey);
    buttons->addWidget(m_removeKey);
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_removeProvider);
    auto *status = new QHBoxLayout;
    status->addWidget(m_busy);
    status->addWidget(m_status, 1);
    auto *box = new QVBoxLayout(this);
    box->addWidget(m_list, 1);
    box->addLayout(buttons);
    box->addLayout(status);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &ProvidersPage::updateButtons);
    connect(m_add, &QPushButton::clicked, this, &ProvidersPage::addProvider);
    connect(m_setKey, &QPushButton::clicked, this, &ProvidersPage::setKey);
    connect(m_removeKey, &QPushButton::clicked, this, &ProvidersPage::removeKey);
    connect(m_refresh, &QPushButton::clicked, this, &ProvidersPage::refreshModels);
    connect(m_removeProvider, &QPushButton::clicked, this, &ProvidersPage::removeProvider);
    if (m_profiles)
        connect(m_profiles, &ProviderProfiles::profilesChanged, this, &ProvidersPage::reload);
    reload();
}

void ProvidersPage::reload()
{
    const QString keep = selectedId();
    m_list->clear();
    for (const ProviderSpec &p : m_catalogue.providers()) {
        if (p.kind == QLatin1String("builtin"))
            continue;
        const QString key = m_keys.key(p.id, p.keyEnv);
        const QString keyText = !key.isEmpty() ? maskedKey(key)
            : ProviderProfiles::kindNeedsKey(p.kind) || !p.keyEnv.isEmpty() ? tr("no key")
                                                                            : tr("none needed");
        auto *item = new QTreeWidgetItem(m_list, {p.isRetired() ? tr("%1 (retired)").arg(p.label) : p.label,
                                                  ProviderProfiles::kindLabel(p.kind),
                                                  tr("%n model(s)", nullptr, int(p.models.size())), keyText});
        item->setData(NameColumn, Qt::UserRole, p.id);
        item->setToolTip(NameColumn, p.description.isEmpty() ? p.baseUrl : p.description);
        item->setToolTip(ModelsColumn, p.models.join(QLatin1Char('\n')));
        item->setToolTip(KeyColumn, p.keyEnv.isEmpty() ? QString() : tr("or set %1 in the environment").arg(p.keyEnv));
    }
    if (!select(keep) && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    if (m_list->topLevelItemCount() == 0)
        showStatus(m_profiles ? tr("Only the built-in engine is set up; it needs no key. Add a provider to reach cloud models.")
                              : tr("Only the built-in engine is configured; it needs no key."),
                   false);
    updateButtons();
}

bool ProvidersPage::select(const QString &providerId)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(NameColumn, Qt::UserRole).toString() == providerId) {
            m_list->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

QString ProvidersPage::selectedId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(NameColumn, Qt::UserRole).toString() : QString();
}

void ProvidersPage::updateButtons()
{
    const QString id = selectedId();
    const ProviderSpec *spec = id.isEmpty() ? nullptr : m_catalogue.provider(id);
    m_add->setEnabled(!m_working);
    m_setKey->setEnabled(spec && !m_working);
    // Only a key in the keychain can be removed here; one from the environment is the shell's.
    m_removeKey->setEnabled(spec && !m_working && !m_keys.key(spec->id, QString()).isEmpty());
    m_refresh->setEnabled(spec && !m_working && m_profiles && m_profiles->canRefresh(id));
    m_removeProvider->setEnabled(spec && !m_working && m_profiles && m_profiles->isUserProfile(id));
    if (spec) {
        m_setKey->setAccessibleName(tr("Set the key for %1").arg(spec->label));
        m_removeKey->setAccessibleName(tr("Remove the key for %1").arg(spec->label));
    }
}

void ProvidersPage::showStatus(const QString &text, bool busy, bool problem)
{
    m_working = busy;
    m_busy->setVisible(busy);
    m_status->setText(text);
    m_status->setForegroundRole(problem ? QPalette::Highlight : QPalette::WindowText);
    updateButtons();
}

void ProvidersPage::setKey()
{
    const QString id = selectedId();
    const ProviderSpec *spec = m_catalogue.provider(id);
    if (!spec)
        return;
    bool ok = false;
    const QString key = QInputDialog::getText(this, tr("Set Key"), tr("API key for %1:").arg(spec->label), QLineEdit::Password,
                                              QString(), &ok)
                            .trimmed();
    if (!ok || key.isEmpty())
        return;
    QString error;
    if (!m_keys.setKey(id, key, &error))
        return showStatus(tr("The key for %1 was not stored: %2").arg(spec->label, error), false, true);
    reload();
    showStatus(tr("The key for %1 is stored in the system keychain.").arg(spec->label), false);
}

void ProvidersPage::removeKey()
{
    const QString id = selectedId();
    const ProviderSpec *spec = m_catalogue.provider(id);
    if (!spec)
        return;
    QString error;
    if (!m_keys.removeKey(id, &error))
        return showStatus(tr("The key for %1 was not removed: %2").arg(spec->label, error), false, true);
    reload();
    showStatus(tr("The key for %1 is removed from the keychain.").arg(spec->label), false);
}

void ProvidersPage::refreshModels()
{
    const QString id = selectedId();
    if (!m_profiles || id.isEmpty())
        return;
    showStatus(tr("Reading the models of %1…").arg(id), true);
    m_profiles->refresh(id, this, [this, id](const QString &error) {
        if (!error.isEmpty())
            return showStatus(tr("The models of %1 were not refreshed: %2").arg(id, error), false, true);
        reload();
        const ProviderSpec *spec = m_catalogue.provider(id);
        showStatus(tr("%1 offers %n model(s).", nullptr, spec ? int(spec->models.size()) : 0).arg(id), false);
    });
}

void ProvidersPage::removeProvider()
{
    const QString id = selectedId();
    if (!m_profiles || !m_profiles->isUserProfile(id))
        return;
    auto *ask = new QMessageBox(QMessageBox::Question, tr("Remove Provider"),
                                tr("Remove %1 and its stored key? Clips made with it stay in the gallery.").arg(id),
                                QMessageBox::Cancel, this);
    ask->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setWindowModality(Qt::WindowModal);
    connect(ask, &QMessageBox::buttonClicked, this, [this, ask, id](QAbstractButton *button) {
        if (ask->buttonRole(button) != QMessageBox::DestructiveRole)
            return;
        QString error;
        if (!m_profiles->remove(id, &error))
            return showStatus(tr("%1 was not removed: %2").arg(id, error), false, true);
        reload();
        showStatus(tr("Removed %1.").arg(id), false);
    });
    ask->open();
}

void ProvidersPage::addProvider()
{
    if (!m_profiles)
        return;
    auto *dialog = new AddProviderDialog(*m_profiles, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &AddProviderDialog::added, this, [this](const QString &id, int models) {
        select(id);
        showStatus(tr("Added %1 with %n model(s). Choose it in the provider list to generate.", nullptr, models).arg(id), false);
    });
    dialog->open();
}

} // namespace rc::ui
