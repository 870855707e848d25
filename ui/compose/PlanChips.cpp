#include "compose/PlanChips.h"

#include "compose/PlanLabels.h"

#include "engine/plan/Planner.h"
#include "widgets/FlowLayout.h"

#include <QLabel>
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

} // namespace

PlanChips::PlanChips(QWidget *parent)
    : QWidget(parent), m_flow(new FlowLayout(nullptr, 4))
{
    setAccessibleName(tr("What the engine understood"));
    auto *box = new QVBoxLayout(this);
    box->setContentsMargins(0, 0, 0, 0);
    box->addLayout(m_flow);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &PlanChips::replan);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
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
        showChips({});
        return;
    }
    showChips(describe(engine::planScene(m_prompt, m_fromPhoto)));
}

void PlanChips::showChips(const QStringList &texts)
{
    m_texts = texts;
    while (QLayoutItem *item = m_flow->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const QString &text : texts) {
        auto *chip = new QLabel(text, this);
        chip->setObjectName(QStringLiteral("planChip"));
        // Palette roles, not fixed colours, so chips read well in light and dark themes.
        chip->setStyleSheet(QStringLiteral("QLabel#planChip { border: 1px solid palette(mid); border-radius: 9px;"
                                           " padding: 1px 8px; background: palette(alternate-base); }"));
        m_flow->addWidget(chip);
    }
    updateGeometry();
    Q_EMIT updated();
}

} // namespace rc::ui
