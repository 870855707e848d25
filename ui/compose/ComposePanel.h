#pragma once

#include "core/GenerationRequest.h"
#include "core/Job.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QSpinBox;

namespace rc {
class Catalogue;
class GenerationService;
} // namespace rc

namespace rc::ui {

class GenerateButton;
class ImageDropZone;
class PickerBar;
class PlanChips;
class PromptEditor;
class StudioSettings;

// The compose column: prompt, plan chips, photo, pickers and Generate. It turns what the user
// set into a GenerationRequest and hands it to the service; the service decides whether it can
// run and what it costs, and the panel only shows the answer. Inputs only some models take (a
// last frame, a negative prompt) appear only while such a model is chosen, and a hidden input is
// never sent.
class ComposePanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComposePanel)

public:
    ComposePanel(const Catalogue &catalogue, GenerationService &service, StudioSettings &settings,
                 const QString &inputsDir, QWidget *parent = nullptr);

    GenerationRequest request() const;
    // Fills every field from a stored request ("reuse settings").
    void applyRequest(const GenerationRequest &request);
    void setInputPhoto(const QString &path);
    // Submits what is on screen; false (with the reason shown) when the service refused.
    bool generate();

    PromptEditor *promptEditor() const { return m_prompt; }
    PlanChips *planChips() const { return m_chips; }
    ImageDropZone *dropZone() const { return m_drop; }
    ImageDropZone *lastFrameZone() const { return m_lastFrame; }
    QLineEdit *negativePromptEdit() const { return m_negative; }
    PickerBar *pickers() const { return m_pickers; }
    GenerateButton *generateButton() const { return m_generate; }
    QString message() const;
    QScrollArea *scrollArea() const { return m_scroll; }

    QPushButton *addKeyButton() const { return m_addKey; }
    QSpinBox *countBox() const { return m_count; }
    QLabel *budgetLabel() const { return m_budget; }
    // Reads the service's answer again (after a key was added in the settings, say).
    void refresh();

Q_SIGNALS:
    void submitted(rc::JobId id);
    // The user asked to add the API key the chosen provider lacks.
    void keyWanted(const QString &providerId);

private:
    void showMessage(const QString &text);
    void shareFocalPoint(QPointF focal);

    const Catalogue &m_catalogue;
    GenerationService &m_service;
    StudioSettings &m_settings;
    PromptEditor *m_prompt;
    PlanChips *m_chips;
    QLabel *m_chipsTitle;
    QWidget *m_negativeBox;
    QLineEdit *m_negative;
    QLabel *m_photoTitle;
    ImageDropZone *m_drop;
    ImageDropZone *m_lastFrame;
    PickerBar *m_pickers;
    GenerateButton *m_generate;
    QLabel *m_message;
    QPushButton *m_addKey;
    QSpinBox *m_count;
    QLabel *m_budget;
    QScrollArea *m_scroll = nullptr;
};

} // namespace rc::ui
