#include "compose/PickerBar.h"

#include "StudioSettings.h"
#include "core/Catalogue.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QSignalBlocker>

#include <algorithm>

namespace rc::ui {
namespace {

QString sizeText(const VideoSize &size)
{
    return PickerBar::tr("%1 × %2  ·  %3").arg(size.width).arg(size.height).arg(size.aspectLabel());
}

} // namespace

PickerBar::PickerBar(const Catalogue &catalogue, QWidget *parent)
    : QWidget(parent), m_catalogue(catalogue), m_provider(new QComboBox(this)), m_model(new QComboBox(this)),
      m_tier(new QComboBox(this)), m_duration(new QComboBox(this)), m_size(new QComboBox(this))
{
    // Two pickers a row (provider and model, tier and duration, then resolution): the bar stays
    // pinned above Generate, so it must be short enough to fit a 1280x800 screen at 150 %. The
    // lists elide long names (the pop-up shows them whole) rather than widen the column.
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(4);
    const struct { QComboBox *box; QString label; QString accessible; int row; int column; int span; } rows[] = {
        {m_provider, tr("&Provider"), tr("Provider"), 0, 0, 1},     {m_model, tr("&Model"), tr("Model"), 0, 2, 1},
        {m_tier, tr("&Tier"), tr("Tier"), 1, 0, 1},                 {m_duration, tr("&Duration"), tr("Duration"), 1, 2, 1},
        {m_size, tr("&Resolution"), tr("Resolution"), 2, 0, 3},
    };
    for (const auto &r : rows) {
        r.box->setAccessibleName(r.accessible);
        r.box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        r.box->setMinimumContentsLength(3);
        r.box->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        auto *label = new QLabel(r.label, this);
        label->setBuddy(r.box);
        grid->addWidget(label, r.row, r.column);
        grid->addWidget(r.box, r.row, r.column + 1, 1, r.span);
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);

    fillProviders();
    connect(m_provider, &QComboBox::currentIndexChanged, this, &PickerBar::onProviderChanged);
    connect(m_model, &QComboBox::currentIndexChanged, this, &PickerBar::onModelChanged);
    connect(m_size, &QComboBox::currentIndexChanged, this, &PickerBar::onSizeChanged);
    for (QComboBox *box : {m_tier, m_duration}) {
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_rebuilding)
                Q_EMIT changed();
        });
    }
    onProviderChanged();
}

void PickerBar::fillProviders()
{
    const QSignalBlocker block(m_provider);
    m_provider->clear();
    // The built-in engine first: it works offline and costs nothing.
    QList<ProviderSpec> providers = m_catalogue.providers();
    std::stable_sort(providers.begin(), providers.end(), [](const ProviderSpec &a, const ProviderSpec &b) {
        return (a.kind == QLatin1String("builtin")) > (b.kind == QLatin1String("builtin"));
    });
    for (const ProviderSpec &p : providers) {
        // A shut-down service cannot make a clip: offering it only leads to a failed job. Its old
        // clips stay in the gallery, where its name still filters them.
        if (p.isRetired())
            continue;
        m_provider->addItem(p.label, p.id);
        m_provider->setItemData(m_provider->count() - 1, p.description, Qt::ToolTipRole);
    }
}

void PickerBar::reloadCatalogue()
{
    GenerationRequest chosen;
    fillRequest(&chosen);
    fillProviders();
    select(m_provider, chosen.provider);
    onProviderChanged();
    applyRequest(chosen);
    Q_EMIT changed();
}

void PickerBar::select(QComboBox *box, const QVariant &value)
{
    const int i = box->findData(value);
    if (i >= 0)
        box->setCurrentIndex(i);
}

void PickerBar::onProviderChanged()
{
    const ProviderSpec *spec = m_catalogue.provider(currentProvider());
    const QVariant previous = m_model->currentData();
    {
        const QSignalBlocker block(m_model);
        m_model->clear();
        if (spec) {
            // Models the provider's service has shut down are not offered (the catalogue says when).
            for (const QString &id : m_catalogue.activeModels(*spec)) {
                const ModelSpec *m = m_catalogue.model(id);
                m_model->addItem(m ? m->label : id, id);
            }
        }
        select(m_model, previous);
        m_model->setEnabled(m_model->count() > 1);
    }
    onModelChanged();
}

void PickerBar::onModelChanged()
{
    const ModelSpec *m = currentModel();
    const QVariant tier = m_tier->currentData();
    const QVariant size = m_size->currentData();
    m_rebuilding = true;
    {
        const QSignalBlocker b1(m_tier), b2(m_size);
        m_tier->clear();
        m_size->clear();
        if (m) {
            for (const TierSpec &t : m->tiers)
                m_tier->addItem(t.label, t.id);
            for (const VideoSize &s : m->sizes)
                m_size->addItem(sizeText(s), s.toString());
        }
        select(m_tier, tier);
        select(m_size, size);
        m_tier->setEnabled(m_tier->count() > 1);
    }
    m_rebuilding = false;
    onSizeChanged();
}

void PickerBar::onSizeChanged()
{
    const ModelSpec *m = currentModel();
    const QVariant duration = m_duration->currentData();
    const VideoSize size = currentSize();
    m_rebuilding = true;
    {
        const QSignalBlocker block(m_duration);
        m_duration->clear();
        if (m) {
            for (int d : m->durations) {
                if (m->allowsCombination(size, d))
                    m_duration->addItem(tr("%n second(s)", nullptr, d), d);
            }
        }
        select(m_duration, duration);
    }
    m_rebuilding = false;
    Q_EMIT changed();
}

QString PickerBar::currentProvider() const
{
    return m_provider->currentData().toString();
}

const ModelSpec *PickerBar::currentModel() const
{
    return m_catalogue.model(m_model->currentData().toString());
}

VideoSize PickerBar::currentSize() const
{
    return VideoSize::parse(m_size->currentData().toString()).value_or(VideoSize{});
}

void PickerBar::fillRequest(GenerationRequest *request) const
{
    request->provider = currentProvider();
    request->model = m_model->currentData().toString();
    request->tier = m_tier->currentData().toString();
    request->durationSec = m_duration->currentData().toInt();
    request->size = currentSize();
}

void PickerBar::applyRequest(const GenerationRequest &request)
{
    select(m_provider, request.provider);
    if (!request.model.isEmpty())
        select(m_model, request.model);
    select(m_tier, request.tier);
    select(m_size, request.size.toString());
    select(m_duration, request.durationSec);
}

void PickerBar::restore(const StudioSettings &settings)
{
    GenerationRequest last;
    last.provider = settings.provider.get();
    if (last.provider.isEmpty())
        last.provider = settings.defaultProvider.get();
    last.model = settings.model.get();
    last.tier = settings.tier.get();
    last.durationSec = settings.durationSec.get();
    last.size = VideoSize::parse(settings.size.get()).value_or(VideoSize{});
    applyRequest(last);
}

void PickerBar::save(StudioSettings &settings) const
{
    GenerationRequest r;
    fillRequest(&r);
    settings.provider.set(r.provider);
    settings.model.set(r.model);
    settings.tier.set(r.tier);
    settings.durationSec.set(r.durationSec);
    settings.size.set(r.size.toString());
}

} // namespace rc::ui
