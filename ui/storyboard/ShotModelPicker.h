#pragma once

#include <QWidget>

class QComboBox;

namespace rc {
class Catalogue;
class GenerationService;
} // namespace rc

namespace rc::ui {

// A storyboard shot's provider and model. The first entry of each list is "Default", stored as an
// empty field (the document's provider, else the built-in engine; the provider's first model), so
// a shot that never chose keeps following the document. Only providers the service can run are
// selectable (the others are shown disabled with the reason); a shot that names a provider the
// studio no longer offers keeps it, marked, so opening a storyboard changes nothing by itself.
class ShotModelPicker : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShotModelPicker)

public:
    ShotModelPicker(const Catalogue &catalogue, const GenerationService &service, QWidget *parent = nullptr);

    // Shows a shot's choice; the document's provider and model are what "Default" stands for.
    // Emits nothing.
    void showChoice(const QString &provider, const QString &model, const QString &documentProvider,
                    const QString &documentModel);
    QString provider() const; // empty: the default
    QString model() const;    // empty: the default
    // The providers or their keys changed: offer them again, keeping the shown choice.
    void reload();

    QComboBox *providerBox() const { return m_provider; }
    QComboBox *modelBox() const { return m_model; }

Q_SIGNALS:
    void changed();

private:
    void fillProviders();
    void fillModels();

    const Catalogue &m_catalogue;
    const GenerationService &m_service;
    QComboBox *m_provider;
    QComboBox *m_model;
    QString m_documentProvider;
    QString m_documentModel;
    bool m_showing = false;
};

} // namespace rc::ui
