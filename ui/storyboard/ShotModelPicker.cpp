#include "storyboard/ShotModelPicker.h"

#include "core/Catalogue.h"
#include "service/GenerationService.h"
#include "widgets/ProviderChoices.h"

#include <QComboBox>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace rc::ui {

ShotModelPicker::ShotModelPicker(const Catalogue &catalogue, const GenerationService &service, QWidget *parent)
    : QWidget(parent), m_catalogue(catalogue), m_service(service), m_provider(new QComboBox(this)),
      m_model(new QComboBox(this))
{
    m_provider->setObjectName(QStringLiteral("shotProvider"));
    m_provider->setAccessibleName(tr("Provider"));
    m_model->setObjectName(QStringLiteral("shotModel"));
    m_model->setAccessibleName(tr("Model"));
    auto *box = new QVBoxLayout(this);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(4);
    box->addWidget(m_provider);
    box->addWidget(m_model);
    fillProviders();
    fillModels();
    connect(m_provider, &QComboBox::currentIndexChanged, this, [this] {
        if (m_showing)
            return;
        {
            const QSignalBlocker block(m_model);
            fillModels(); // a model of the previous provider means nothing to this one
        }
        Q_EMIT changed();
    });
    connect(m_model, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_showing)
            Q_EMIT changed();
    });
}

void ShotModelPicker::fillProviders()
{
    const QSignalBlocker block(m_provider);
    m_provider->clear();
    const ProviderSpec *fallback = m_catalogue.provider(m_documentProvider.isEmpty() ? QStringLiteral("builtin")
                                                                                     : m_documentProvider);
    m_provider->addItem(tr("Default (%1)").arg(fallback ? fallback->label : m_documentProvider), QString());
    fillProviderChoices(m_provider, m_catalogue, m_service);
}

void ShotModelPicker::fillModels()
{
    const QSignalBlocker block(m_model);
    m_model->clear();
    m_model->addItem(tr("Default"), QString());
    QString providerId = provider();
    if (providerId.isEmpty())
        providerId = m_documentProvider.isEmpty() ? QStringLiteral("builtin") : m_documentProvider;
    if (const ProviderSpec *spec = m_catalogue.provider(providerId)) {
        const QStringList models = m_catalogue.activeModels(*spec);
        // The document's model belongs to the document's provider only (Storyboard::modelOf).
        const QString fallback = provider().isEmpty() && !m_documentModel.isEmpty() ? m_documentModel : models.value(0);
        if (!fallback.isEmpty()) {
            const ModelSpec *m = m_catalogue.model(fallback);
            m_model->setItemText(0, tr("Default (%1)").arg(m ? m->label : fallback));
        }
        for (const QString &id : models) {
            const ModelSpec *m = m_catalogue.model(id);
            m_model->addItem(m ? m->label : id, id);
        }
    }
    m_model->setEnabled(m_model->count() > 2);
}

void ShotModelPicker::showChoice(const QString &provider, const QString &model, const QString &documentProvider,
                                 const QString &documentModel)
{
    m_showing = true;
    m_documentModel = documentModel;
    if (documentProvider != m_documentProvider) {
        m_documentProvider = documentProvider;
        fillProviders();
    }
    int p = m_provider->findData(provider);
    if (p < 0) {
        // Not offered (shut down, or not in this catalogue): kept as it is, never silently swapped.
        m_provider->addItem(tr("%1 (not offered)").arg(provider), provider);
        p = m_provider->count() - 1;
    }
    m_provider->setCurrentIndex(p);
    fillModels();
    int m = m_model->findData(model);
    if (m < 0) {
        m_model->addItem(tr("%1 (not offered)").arg(model), model);
        m = m_model->count() - 1;
    }
    m_model->setCurrentIndex(m);
    m_showing = false;
}

QString ShotModelPicker::provider() const
{
    return m_provider->currentData().toString();
}

QString ShotModelPicker::model() const
{
    return m_model->currentData().toString();
}

void ShotModelPicker::reload()
{
    const QString provider = this->provider();
    const QString model = this->model();
    fillProviders();
    showChoice(provider, model, m_documentProvider, m_documentModel);
}

} // namespace rc::ui
