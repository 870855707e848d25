#include "compose/PlanChips.h"

#include "compose/PlanLabels.h"

#include "engine/plan/Planner.h"
#include "widgets/FlowLayout.h"

#include <QLabel>
#include <QResizeEvent>
#include <QVBoxLayout>

namespace rc::ui {
namespace {

constexpr int kDebounceMs = 350;

// The planner speaks in ids ("pushIn", "golden"); people read words in the studio's language
// ("push in", "golden hour"). Details, subjects and actions have no table yet and read as the id
// split into words.
using Kind = PlanLabelKind;

// The plan in short phrases, first shot first; later shots add only what they change.
QStringList describe(const engine::ScenePlan &plan)
{
    QStringList out;
    auto add = [&out](const QString &text) {
        if (!text.isEmpty() && !out.contains(text))
            out.append(text);
    };
    for (const engine::ShotPlan &shot : plan.shots) {
        if (!shot.setting.isEmpty() && shot.setting != QLatin1String("abstract"))
            add(PlanChips::tr("setting: %1").arg(planLabel(Kind::Setting, shot.setting)));
        for (const QString &d : shot.details)
            add(planIdWords(d));
        if (!shot.light.isEmpty())
            add(shot.lightEnd.isEmpty()
                    ? PlanChips::tr("light: %1").arg(planLabel(Kind::Light, shot.light))
                    : PlanChips::tr("light: %1 → %2")
                          .arg(planLabel(Kind::Light, shot.light), planLabel(Kind::Light, shot.lightEnd)));
        for (const QString &w : shot.weather)
            add(planLabel(Kind::Weather, w));
        for (const engine::SubjectPlan &s : shot.subjects) {
            QString text = planIdWords(s.variant.isEmpty() ? s.kind : s.variant);
            if (s.count > 1)
                text = PlanChips::tr("%1 × %2").arg(s.count).arg(text);
            if (!s.action.isEmpty() && s.action != QLatin1String("idle"))
                text = PlanChips::tr("%1 (%2)").arg(text, planIdWords(s.action));
            add(text);
        }
        if (shot.camera.explicitMove)
            add(PlanChips::tr("camera: %1").arg(planLabel(Kind::CameraMove, shot.camera.move)));
        if (!shot.style.isEmpty())
            add(PlanChips::tr("style: %1").arg(planLabel(Kind::Style, shot.style)));
    }
    if (plan.shots.size() > 1)
        add(PlanChips::tr("%n shot(s)", nullptr, int(plan.shots.size())));
    if (plan.silent)
        add(PlanChips::tr("silent"));
    else if (plan.music.enabled)
        add(PlanChips::tr("music: %1")
                .arg(plan.music.genre.isEmpty() ? planLabel(Kind::MusicMood, plan.music.mood)
                                                : planLabel(Kind::MusicGenre, plan.music.genre)));
    return out;
}

QLabel *makeChip(const QString &text, QWidget *parent)
{
    auto *chip = new QLabel(text, parent);
    chip->setObjectName(QStringLiteral("planChip"));
    chip->setToolTip(text);
    // A chip longer than the column is cut rather than widening the column.
    chip->setMinimumWidth(1);
    // Palette roles, not fixed colours, so chips read well in light and dark themes.
    chip->setStyleSheet(QStringLiteral("QLabel#planChip { border: 1px solid palette(mid); border-radius: 9px;"
                                       " padding: 1px 8px; background: palette(alternate-base); }"));
    return chip;
}

constexpr int kChipRows = 2;

} // namespace

PlanChips::PlanChips(QWidget *parent)
    : QWidget(parent), m_chipArea(new QWidget(this)), m_flow(new FlowLayout(m_chipArea, 4)),
      m_more(makeChip(QString(), m_chipArea)), m_unknownLabel(new QLabel(this)),
      m_placeholder(new QLabel(tr("Type a prompt to see what the built-in engine will draw."), m_chipArea))
{
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_placeholder->setMinimumWidth(1);
    setAccessibleName(tr("What the engine understood"));
    m_flow->setContentsMargins(0, 0, 0, 0);
    m_flow->addWidget(m_placeholder);
    m_flow->addWidget(m_more);
    m_more->hide();
    m_more->setAccessibleName(tr("More of what the engine understood"));
    m_unknownLabel->setObjectName(QStringLiteral("planUnknown"));
    m_unknownLabel->setAccessibleName(tr("Words the engine will not draw"));
    m_unknownLabel->setForegroundRole(QPalette::PlaceholderText);
    m_unknownLabel->setMinimumWidth(1);
    m_unknownLabel->setTextFormat(Qt::PlainText);
    const int chipHeight = m_more->sizeHint().height();
    m_chipArea->setFixedHeight(kChipRows * chipHeight + (kChipRows - 1) * 4);
    m_unknownLabel->setFixedHeight(m_unknownLabel->fontMetrics().height() + 2);
    auto *box = new QVBoxLayout(this);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(2);
    box->addWidget(m_chipArea);
    box->addWidget(m_unknownLabel);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &PlanChips::replan);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    showChips({}, {});
}

void PlanChips::setPrompt(const QString &prompt, bool fromPhoto)
{
    if (prompt == m_prompt && fromPhoto == m_fromPhoto)
        return;
    m_prompt = prompt;
    m_fromPhoto = fromPhoto;
    m_debounce.start();
}

void PlanChips::flush()
{
    if (m_debounce.isActive()) {
        m_debounce.stop();
        replan();
    }
}

void PlanChips::replan()
{
    if (m_prompt.trimmed().isEmpty() && !m_fromPhoto) {
        showChips({}, {});
        return;
    }
    const engine::ScenePlan plan = engine::planScene(m_prompt, m_fromPhoto);
    showChips(describe(plan), plan.unknown);
}

void PlanChips::showChips(const QStringList &texts, const QStringList &unknown)
{
    m_texts = texts;
    m_unknown = unknown;
    for (QLabel *chip : std::as_const(m_chips)) {
        m_flow->removeWidget(chip);
        delete chip;
    }
    m_chips.clear();
    m_flow->removeWidget(m_more);
    for (const QString &text : texts) {
        QLabel *chip = makeChip(text, m_chipArea);
        m_flow->addWidget(chip);
        m_chips.append(chip);
    }
    m_flow->addWidget(m_more);
    m_placeholder->setVisible(texts.isEmpty());
    if (texts.isEmpty() || unknown.isEmpty()) {
        m_unknownLabel->setText(QString());
        m_unknownLabel->setToolTip(QString());
    } else {
        const QString words = unknown.join(tr(", "));
        const QString full = tr("Not drawn: %1").arg(words);
        m_unknownLabel->setToolTip(tr("The built-in engine has no picture for these words; they only colour the "
                                      "scene. Not drawn: %1").arg(words));
        m_unknownLabel->setText(m_unknownLabel->fontMetrics().elidedText(full, Qt::ElideRight,
                                                                         std::max(40, m_unknownLabel->width())));
        m_unknownLabel->setProperty("fullText", full);
    }
    m_fittedWidth = -1;
    fitChips();
    Q_EMIT updated();
}

void PlanChips::fitChips()
{
    const int width = m_chipArea->width();
    if (width == m_fittedWidth)
        return;
    m_fittedWidth = width;
    for (QLabel *chip : std::as_const(m_chips))
        chip->setVisible(true);
    m_more->setVisible(false);
    const int limit = m_chipArea->height();
    int shown = int(m_chips.size());
    // Fold chips from the end into "+N" until two rows hold them (the first chip always shows).
    while (shown > 1 && m_flow->heightForWidth(width) > limit) {
        --shown;
        m_chips.at(shown)->setVisible(false);
        const QStringList hidden = m_texts.mid(shown);
        m_more->setText(tr("+%1").arg(hidden.size()));
        m_more->setToolTip(hidden.join(QLatin1Char('\n')));
        m_more->setVisible(true);
    }
    if (!m_unknown.isEmpty()) {
        const QString full = m_unknownLabel->property("fullText").toString();
        m_unknownLabel->setText(m_unknownLabel->fontMetrics().elidedText(full, Qt::ElideRight,
                                                                         std::max(40, m_unknownLabel->width())));
    }
    m_flow->invalidate();
}

void PlanChips::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // The chip area has its new width only once this widget's layout has run.
    m_fittedWidth = -1;
    m_flow->activate();
    QTimer::singleShot(0, this, &PlanChips::fitChips);
}

QStringList PlanChips::shownChipTexts() const
{
    QStringList out;
    for (QLabel *chip : m_chips)
        if (chip->isVisibleTo(m_chipArea))
            out << chip->text();
    if (m_more->isVisibleTo(m_chipArea))
        out << m_more->text();
    return out;
}

} // namespace rc::ui
