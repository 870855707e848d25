#include "settings/AddProviderDialog.h"

#include "bootstrap/ProviderProfiles.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace rc::ui {

AddProviderDialog::AddProviderDialog(ProviderProfiles &profiles, QWidget *parent) : QDialog(parent), m_profiles(profiles)
{
    setWindowTitle(tr("Add Provider"));
    m_kind = new QComboBox(this);
    m_kind->setAccessibleName(tr("Kind of service"));
    for (const QString &kind : ProviderProfiles::addableKinds())
        m_kind->addItem(ProviderProfiles::kindLabel(kind), kind);

    m_name = new QLineEdit(this);
    m_name->setAccessibleName(tr("Provider name"));
    m_name->setMaxLength(40);
    // Typing upper case is forgiven: the name is an id, and ids are lower case.
    m_name->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[a-z0-9][a-z0-9._-]*")), m_name));
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (text != text.toLower())
            m_name->setText(text.toLower());
    });

    m_address = new QLineEdit(this);
    m_address->setAccessibleName(tr("Address"));
    m_key = new QLineEdit(this);
    m_key->setAccessibleName(tr("API key"));
    m_key->setEchoMode(QLineEdit::Password);
    m_keyPage = new QLabel(this);
    m_keyPage->setOpenExternalLinks(true);
    m_keyPage->setTextFormat(Qt::RichText);
    m_keyHint = new QLabel(this);
    m_keyHint->setWordWrap(true);
    m_keyHint->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout;
    form->addRow(tr("&Service"), m_kind);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("A&ddress"), m_address);
    form->addRow(tr("API &key"), m_key);
    form->addRow(QString(), m_keyPage);
    form->addRow(m_keyHint);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(80);
    m_progress->hide();
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("Problem"));
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setForegroundRole(QPalette::Highlight);
    m_problem->hide();
    m_models = new QListWidget(this);
    m_models->setAccessibleName(tr("What the service offers"));
    m_models->setMinimumHeight(90);
    m_models->setWordWrap(true); // a server's line names the nodes it lacks: keep it readable whole

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_test = m_buttons->addButton(tr("&Test"), QDialogButtonBox::ActionRole);
    m_test->setToolTip(tr("Ask the service what it offers, without saving anything"));
    m_add = m_buttons->addButton(tr("&Add"), QDialogButtonBox::AcceptRole);
    m_add->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddProviderDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AddProviderDialog::reject);
    connect(m_test, &QPushButton::clicked, this, &AddProviderDialog::runTest);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &AddProviderDialog::kindChanged);

    auto *status = new QHBoxLayout;
    status->addWidget(m_progress);
    status->addWidget(m_status, 1);
    auto *box = new QVBoxLayout(this);
    box->addLayout(form);
    box->addLayout(status);
    box->addWidget(m_problem);
    box->addWidget(m_models, 1);
    box->addWidget(m_buttons);
    kindChanged();
    resize(520, 420);
}

void AddProviderDialog::kindChanged()
{
    const QString kind = m_kind->currentData().toString();
    if (m_name->text().isEmpty() || m_name->text() == m_suggestedName) {
        m_suggestedName = m_profiles.suggestName(kind);
        m_name->setText(m_suggestedName);
    }
    m_address->setPlaceholderText(ProviderProfiles::defaultBaseUrl(kind));
    const bool comfy = kind == QLatin1String("comfyui");
    m_address->setToolTip(comfy ? tr("Several servers (one per GPU): separate their addresses with spaces") : QString());
    const QString env = ProviderProfiles::defaultKeyEnv(kind);
    const QString page = ProviderProfiles::keyPageUrl(kind);
    // Where to get a key, as a link the browser opens.
    m_keyPage->setText(page.isEmpty() ? QString() : QStringLiteral("<a href=\"%1\">%1</a>").arg(page.toHtmlEscaped()));
    m_keyPage->setVisible(!page.isEmpty());
    if (comfy) {
        m_key->setPlaceholderText(tr("optional"));
        m_keyHint->setText(tr("A ComfyUI server needs no key unless it sits behind a proxy that asks for one. "
                              "Several servers: separate their addresses with spaces."));
    } else {
        m_key->setPlaceholderText(tr("paste the key from your %1 account").arg(ProviderProfiles::kindLabel(kind)));
        m_keyHint->setText(tr("The key is kept in the system keychain, never in a file. Left empty, %1 from the "
                              "environment is used.").arg(env));
    }
    m_models->clear();
    m_status->clear();
    m_problem->hide();
}

ProviderDraft AddProviderDialog::draft() const
{
    ProviderDraft d;
    d.kind = m_kind->currentData().toString();
    d.name = m_name->text().trimmed();
    d.baseUrls = m_address->text().split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts);
    for (QString &url : d.baseUrls)
        while (url.endsWith(QLatin1Char('/')))
            url.chop(1);
    d.key = m_key->text().trimmed();
    return d;
}

void AddProviderDialog::setBusy(bool busy, const QString &what)
{
    m_busy = busy;
    for (QWidget *w : std::initializer_list<QWidget *>{m_kind, m_name, m_address, m_key, m_test, m_add})
        w->setEnabled(!busy);
    m_progress->setVisible(busy);
    m_status->setText(what);
    if (busy) {
        m_problem->hide();
        m_models->clear();
    }
}

void AddProviderDialog::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

void AddProviderDialog::showTrial(const ProviderTrial &trial)
{
    m_models->clear();
    for (const QString &model : trial.models)
        m_models->addItem(model);
    for (const QString &note : trial.notes) {
        auto *item = new QListWidgetItem(note, m_models);
        item->setForeground(palette().brush(QPalette::PlaceholderText));
    }
    showProblem(trial.error);
}

void AddProviderDialog::runTest()
{
    const ProviderDraft d = draft();
    if (const QString problem = m_profiles.draftProblem(d); !problem.isEmpty())
        return showProblem(problem);
    setBusy(true, tr("Asking %1…").arg(d.baseUrls.value(0, ProviderProfiles::defaultBaseUrl(d.kind))));
    m_profiles.test(d, this, [this](const ProviderTrial &trial) {
        setBusy(false, trial.error.isEmpty() ? tr("It answers and offers %n model(s).", nullptr, int(trial.models.size()))
                                             : tr("The test failed."));
        showTrial(trial);
    });
}

void AddProviderDialog::accept()
{
    if (m_busy)
        return;
    const ProviderDraft d = draft();
    if (const QString problem = m_profiles.draftProblem(d); !problem.isEmpty())
        return showProblem(problem);
    setBusy(true, tr("Adding %1…").arg(d.name));
    m_profiles.add(d, this, [this, name = d.name](const ProviderTrial &trial) {
        setBusy(false, trial.error.isEmpty() ? QString() : tr("Nothing was added."));
        showTrial(trial);
        if (!trial.error.isEmpty())
            return;
        Q_EMIT added(name, int(trial.models.size()));
        QDialog::accept();
    });
}

} // namespace rc::ui
