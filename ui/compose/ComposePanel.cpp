#include "compose/ComposePanel.h"

#include "StudioSettings.h"
#include "compose/GenerateButton.h"
#include "compose/ImageDropZone.h"
#include "compose/PickerBar.h"
#include "compose/PlanChips.h"
#include "compose/PromptEditor.h"
#include "core/Catalogue.h"
#include "service/GenerationService.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace rc::ui {
namespace {

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

} // namespace

ComposePanel::ComposePanel(const Catalogue &catalogue, GenerationService &service, StudioSettings &settings,
                           const QString &inputsDir, QWidget *parent)
    : QWidget(parent), m_catalogue(catalogue), m_service(service), m_settings(settings),
      m_prompt(new PromptEditor(settings, this)), m_chips(new PlanChips(this)),
      m_chipsTitle(new QLabel(tr("What the engine understood"), this)), m_negativeBox(new QWidget(this)),
      m_negative(new QLineEdit(m_negativeBox)), m_photoTitle(sectionTitle(tr("Photo"), this)),
      m_drop(new ImageDropZone(inputsDir, ImageDropZone::Slot::FirstFrame, this)),
      m_lastFrame(new ImageDropZone(inputsDir, ImageDropZone::Slot::LastFrame, this)),
      m_pickers(new PickerBar(catalogue, this)), m_generate(new GenerateButton(this)), m_message(new QLabel(this)),
      m_addKey(new QPushButton(tr("Add key…"), this)), m_count(new QSpinBox(this)), m_budget(new QLabel(this))
{
    m_count->setObjectName(QStringLiteral("variationCount"));
    m_count->setRange(1, 4);
    m_count->setPrefix(QStringLiteral("× "));
    m_count->setAccessibleName(tr("Number of variations"));
    // The spin box's own line edit is what a screen reader lands on.
    if (auto *edit = m_count->findChild<QLineEdit *>())
        edit->setAccessibleName(m_count->accessibleName());
    m_count->setToolTip(tr("How many variations to make at once, each with the next seed"));
    m_count->setMinimumHeight(36);
    m_budget->setObjectName(QStringLiteral("budgetLeft"));
    m_budget->setAccessibleName(tr("Budget left"));
    m_budget->setForegroundRole(QPalette::PlaceholderText);
    m_budget->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_budget->hide();
    m_addKey->setObjectName(QStringLiteral("addKeyButton"));
    m_addKey->setAccessibleName(tr("Add API key"));
    m_addKey->setToolTip(tr("Open the settings to add the provider's API key"));
    m_addKey->setMinimumHeight(36);
    m_addKey->hide();
    m_chipsTitle->setForegroundRole(QPalette::PlaceholderText);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("composeMessage"));
    m_message->setAccessibleName(tr("Why the clip cannot be generated"));
    m_message->setForegroundRole(QPalette::Highlight);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_negative->setObjectName(QStringLiteral("negativePrompt"));
    m_negative->setPlaceholderText(tr("What the clip should not show: blur, text, extra fingers…"));
    m_negative->setAccessibleName(tr("Negative prompt"));
    m_negative->setClearButtonEnabled(true);
    auto *negativeLayout = new QVBoxLayout(m_negativeBox);
    negativeLayout->setContentsMargins(0, 4, 0, 0);
    negativeLayout->setSpacing(6);
    negativeLayout->addWidget(sectionTitle(tr("Avoid (negative prompt)"), m_negativeBox));
    negativeLayout->addWidget(m_negative);

    // Only what varies in size scrolls (the prompt, the photos). The settings and Generate are
    // pinned below it: at 1280x800, or at 150 % scale, the choices that decide the clip and the
    // main action stay in view, and nothing above them can push them away while the user types.
    auto *form = new QWidget;
    auto *box = new QVBoxLayout(form);
    box->setContentsMargins(8, 8, 8, 4);
    box->setSpacing(6);
    box->addWidget(sectionTitle(tr("Prompt"), form));
    box->addWidget(m_prompt, 1);
    box->addWidget(m_chipsTitle);
    box->addWidget(m_chips);
    box->addSpacing(4);
    box->addWidget(m_negativeBox);
    box->addSpacing(4);
    box->addWidget(m_photoTitle);
    // Side by side, as the clip runs from one to the other.
    auto *photos = new QHBoxLayout;
    photos->setSpacing(8);
    photos->addWidget(m_drop, 1);
    photos->addWidget(m_lastFrame, 1);
    box->addLayout(photos);
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("composeScroll"));
    m_scroll->setWidget(form);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Never narrower than the form needs: the column's minimum then comes from the form, and
    // nothing in it is cut off at the right edge.
    m_scroll->setMinimumWidth(0);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(4);
    outer->addWidget(m_scroll, 1);
    auto *bottom = new QVBoxLayout;
    bottom->setContentsMargins(8, 0, 8, 8);
    bottom->setSpacing(4);
    bottom->addWidget(sectionTitle(tr("Settings"), this));
    bottom->addWidget(m_pickers);
    bottom->addSpacing(2);
    bottom->addWidget(m_message);
    auto *actions = new QHBoxLayout;
    actions->setSpacing(6);
    actions->addWidget(m_count);
    actions->addWidget(m_generate, 1);
    actions->addWidget(m_addKey);
    bottom->addLayout(actions);
    bottom->addWidget(m_budget);
    outer->addLayout(bottom);

    m_pickers->restore(settings);
    connect(m_prompt, &PromptEditor::textChanged, this, &ComposePanel::refresh);
    connect(m_pickers, &PickerBar::changed, this, &ComposePanel::refresh);
    connect(&service, &GenerationService::providersChanged, m_pickers, &PickerBar::reloadCatalogue);
    connect(m_drop, &ImageDropZone::imageChanged, this, &ComposePanel::refresh);
    connect(m_lastFrame, &ImageDropZone::imageChanged, this, &ComposePanel::refresh);
    connect(m_negative, &QLineEdit::textChanged, this, &ComposePanel::refresh);
    // One focal point crops both photos (GenerationRequest has one), so both previews show it.
    connect(m_drop, &ImageDropZone::focalPointChanged, this, &ComposePanel::shareFocalPoint);
    connect(m_lastFrame, &ImageDropZone::focalPointChanged, this, &ComposePanel::shareFocalPoint);
    connect(m_lastFrame, &ImageDropZone::imageChanged, this, [this] { m_lastFrame->setFocalPoint(m_drop->focalPoint()); });
    connect(m_drop, &ImageDropZone::imageChanged, this, [this] { m_lastFrame->setFocalPoint(m_drop->focalPoint()); });
    connect(m_generate, &GenerateButton::clicked, this, &ComposePanel::generate);
    connect(m_count, qOverload<int>(&QSpinBox::valueChanged), this, &ComposePanel::refresh);
    // The budget left moves as jobs are held and settle.
    connect(&service, &GenerationService::jobFinished, this, &ComposePanel::refresh);
    connect(m_addKey, &QPushButton::clicked, this, [this] { Q_EMIT keyWanted(request().provider); });
    refresh();
}

GenerationRequest ComposePanel::request() const
{
    GenerationRequest r;
    r.prompt = m_prompt->text();
    r.imagePath = m_drop->imagePath();
    m_pickers->fillRequest(&r);
    const ModelSpec *model = m_pickers->currentModel();
    if (model && model->lastFrameInput)
        r.lastFramePath = m_lastFrame->imagePath();
    if (model && model->negativePrompt)
        r.negativePrompt = m_negative->text().trimmed();
    if (r.hasImage() || !r.lastFramePath.isEmpty())
        r.focalPoint = m_drop->focalPoint();
    return r;
}

void ComposePanel::refresh()
{
    const GenerationRequest r = request();
    const ModelSpec *model = m_pickers->currentModel();
    m_prompt->setMaxChars(model ? model->maxPromptChars : 0);
    m_drop->setTargetSize(QSize(r.size.width, r.size.height));
    m_lastFrame->setTargetSize(QSize(r.size.width, r.size.height));
    const bool lastFrame = model && model->lastFrameInput;
    m_lastFrame->setVisible(lastFrame);
    m_photoTitle->setText(lastFrame ? tr("First and last frame") : tr("Photo"));
    m_negativeBox->setVisible(model && model->negativePrompt);
    const bool takesPhoto = model && model->imageInput;
    m_drop->setAccepting(takesPhoto || m_drop->hasImage(),
                         takesPhoto ? QString() : tr("%1 does not start from a photo.").arg(model ? model->label : r.provider));
    // Only the built-in engine's planner can say what it understood; other providers interpret
    // prompts on their servers.
    const bool builtin = m_catalogue.provider(r.provider) && m_catalogue.provider(r.provider)->kind == QLatin1String("builtin");
    m_chipsTitle->setVisible(builtin);
    m_chips->setVisible(builtin);
    if (builtin)
        m_chips->setPrompt(r.prompt, r.hasImage());
    const Money each = m_catalogue.estimate(r);
    const int count = m_count->value();
    m_generate->setEstimate(each);
    m_generate->setCount(count);
    QString reason = m_service.check(r);
    // The service checks one job against the caps; all the variations must fit.
    const auto left = each.isZero() ? std::nullopt : m_service.budgetLeft(r.provider);
    if (reason.isEmpty() && left && each * count > left->left)
        reason = tr("%n clips would cost %1, but the budget has %2 left.", nullptr, count)
                     .arg((each * count).toString(), left->left.toString());
    m_generate->setBlockedReason(reason);
    const bool keyMissing = m_service.needsKey(r.provider);
    m_generate->setKeyMissing(keyMissing);
    m_addKey->setVisible(keyMissing);
    // The tightest cap's remainder, beside the price: the user sees a refusal coming.
    m_budget->setText(!left ? QString()
                      : left->period == BudgetPeriod::Day ? tr("Budget: %1 left today").arg(left->left.toString())
                                                          : tr("Budget: %1 left this month").arg(left->left.toString()));
    m_budget->setVisible(left.has_value());
    showMessage(QString());
}

bool ComposePanel::generate()
{
    const GenerationRequest r = request();
    QString error;
    const QList<JobId> ids = m_service.submitVariations(r, m_count->value(), &error);
    if (ids.isEmpty()) {
        showMessage(error);
        return false;
    }
    m_prompt->remember(r.prompt);
    m_pickers->save(m_settings);
    refresh();
    for (JobId id : ids)
        Q_EMIT submitted(id);
    return true;
}

void ComposePanel::applyRequest(const GenerationRequest &request)
{
    m_pickers->applyRequest(request);
    m_prompt->setText(request.prompt);
    m_negative->setText(request.negativePrompt);
    if (request.hasImage())
        m_drop->setImageFile(request.imagePath);
    else
        m_drop->clear();
    if (!request.lastFramePath.isEmpty())
        m_lastFrame->setImageFile(request.lastFramePath);
    else
        m_lastFrame->clear();
    m_drop->setFocalPoint(request.focalPoint);
    refresh();
}

void ComposePanel::setInputPhoto(const QString &path)
{
    m_drop->setImageFile(path);
}

void ComposePanel::shareFocalPoint(QPointF focal)
{
    m_drop->setFocalPoint(focal);
    m_lastFrame->setFocalPoint(focal);
    refresh();
}

QString ComposePanel::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void ComposePanel::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

} // namespace rc::ui
