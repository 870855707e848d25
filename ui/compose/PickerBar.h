#pragma once

#include "core/GenerationRequest.h"

#include <QWidget>

class QComboBox;

namespace rc {
class Catalogue;
struct ModelSpec;
} // namespace rc

namespace rc::ui {

class StudioSettings;

// Provider, model, tier, duration and resolution. Each list offers only what the catalogue says
// the chosen provider and model can do; a size a model makes only at some durations narrows the
// durations (Veo: 1080p at 8 s only). When a list is rebuilt, the previous choice is kept if the
// new model offers it, so switching provider and back does not lose the user's picks.
class PickerBar : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PickerBar)

public:
    explicit PickerBar(const Catalogue &catalogue, QWidget *parent = nullptr);

    // Fills provider, model, tier, duration and size; the rest of the request is untouched.
    void fillRequest(GenerationRequest *request) const;
    // Selects what `request` names, as far as the catalogue still offers it.
    void applyRequest(const GenerationRequest &request);
    const ModelSpec *currentModel() const;
    QString currentProvider() const;
    VideoSize currentSize() const;

    // The catalogue's providers or models changed: offer them again, keeping what is chosen
    // where it still exists.
    void reloadCatalogue();
    void restore(const StudioSettings &settings);
    void save(StudioSettings &settings) const;

    QComboBox *providerBox() const { return m_provider; }
    QComboBox *modelBox() const { return m_model; }
    QComboBox *tierBox() const { return m_tier; }
    QComboBox *durationBox() const { return m_duration; }
    QComboBox *sizeBox() const { return m_size; }

Q_SIGNALS:
    void changed();

private:
    void fillProviders();
    void onProviderChanged();
    void onModelChanged();
    void onSizeChanged();
    void select(QComboBox *box, const QVariant &value);

    const Catalogue &m_catalogue;
    QComboBox *m_provider;
    QComboBox *m_model;
    QComboBox *m_tier;
    QComboBox *m_duration;
    QComboBox *m_size;
    bool m_rebuilding = false;
};

} // namespace rc::ui
