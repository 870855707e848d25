#include "compose/PlanLabels.h"

#include <QCoreApplication>

#include <iterator>

namespace rc::ui {
namespace {

struct Text
{
    const char *source;
    const char *comment;
};

struct Label
{
    const char *id;
    Text text;
};

// The comment tells translators what the word names in the plan, and keeps apart ids that
// share a word across kinds ("snow" the place, "snow" the weather; "dreamy" the look and the mood).
// clang-format off
constexpr Label kSettings[] = {
    {"garden",     QT_TRANSLATE_NOOP3("rc::ui::PlanLabels", "garden", "plan: setting")},
    {"beach",      QT_TRANSLATE_NOOP3("rc::ui::PlanLabels", "beach", "plan: setting")},
    {"ocean",      QT_TRANSLATE_NOOP3("rc::ui::PlanLabels", "ocean", "plan: setting")},
    {"city",       QT_TRANSLATE_NOOP3("rc::ui::PlanLabels", "city", "plan: setting")},
    {"desert",     QT_TRANSLATE_NOOP3("rc::ui::PlanLabels", "desert", "plan: setting")},
    {"forest",     QT_TRANSLATE_NOOP3("rc::ui::PlanLabels", "forest", "plan: setting")},
    {"mountains",  QT_TRANSLATE_NOOP3("rc::ui::PlanLabels", "mountains", "plan: setting")},
    {"space",      QT_TRANSLATE_NOOP3("rc::ui::PlanLabels", "outer space", "plan: setting")},
    {"underwater", QT_TRANSLATE_NOOP3("rc::ui::PlanLabels", "underwater", "plan: setting")},
    {"snow",       QT_TRANSLATE_NOOP3("rc::ui::PlanLabels", "snowy landscape", "plan: setting")},
    {"farm",       QT_TRANSLATE_NOOP3("rc::ui::PlanLabels", "farm", "plan: setting")},
    {"interior",   QT_TRANSLATE_NOOP3("rc::ui::PlanLabels", "indoors", "plan: setting")},
    {"sky",        QT_TRANSLATE_NOOP3("rc::ui::PlanLabels", "sky", "plan: setting")},
};

constexpr Label kLight[] = {
    {"dawn",    QT_TRANSLATE_NOOP3("rc::ui::PlanLabels", "dawn", "plan: light, time of day")},
    {"morning", QT_TRANSLATE_NOOP3("rc::ui::PlanLabels", "morning", "plan: light, time of day")},
    {"noon",    QT_TRANSLATE_NOOP3("rc::ui::PlanLabels", "noon", "plan: light, time of day")},
    {"golden",  QT_TRANSLATE_NOOP3("rc::ui::PlanLabels", "golden hour", "plan: light, time of day")},
    {"sunset",  QT_TRANSLATE_NOOP3("rc::ui::PlanLabels", "sunset", "plan: light, time of day")},
    {"night",   QT_TRANSLATE_NOOP3("rc::ui::PlanLabels", "night", "plan: light, time of day")},
};

constexpr Label kWeather[] = {
    {"rain",  QT_TRANSLATE_NOOP3("rc::ui::PlanLabels", "rain", "plan: weather")},
    {"snow",  QT_TRANSLATE_NOOP3("rc::ui::PlanLabels", "snow", "plan: weather")},
    {"fog",   QT_TRANSLATE_NOOP3("rc::ui::PlanLabels", "fog", "plan: weather")},
    {"wind",  QT_TRANSLATE_NOOP3("rc::ui::PlanLabels", "wind", "plan: weather")},
    {"storm", QT_TRANSLATE_NOOP3("rc::ui::PlanLabels", "storm", "plan: weather")},
};

constexpr Label kCameraMoves[] = {
    {"static",   QT_TRANSLATE_NOOP3("rc::ui::PlanLabels", "static", "plan: camera move")},
    {"pushIn",   QT_TRANSLATE_NOOP3("rc::ui::PlanLabels", "push in", "plan: camera move")},
    {"pullOut",  QT_TRANSLATE_NOOP3("rc::ui::PlanLabels", "pull out", "plan: camera move")},
    {"panLeft",  QT_TRANSLATE_NOOP3("rc::ui::PlanLabels", "pan left", "plan: camera move")},
    {"panRight", QT_TRANSLATE_NOOP3("rc::ui::PlanLabels", "pan right", "plan: camera move")},
    {"tiltUp",   QT_TRANSLATE_NOOP3("rc::ui::PlanLabels", "tilt up", "plan: camera move")},
    {"tiltDown", QT_TRANSLATE_NOOP3("rc::ui::PlanLabels", "tilt down", "plan: camera move")},
    {"rise",     QT_TRANSLATE_NOOP3("rc::ui::PlanLabels", "rise", "plan: camera move")},
    {"orbit",    QT_TRANSLATE_NOOP3("rc::ui::PlanLabels", "orbit", "plan: camera move")},
    {"dolly",    QT_TRANSLATE_NOOP3("rc::ui::PlanLabels", "dolly", "plan: camera move")},
};

constexpr Label kStyles[] = {
    {"cinematic",   QT_TRANSLATE_NOOP3("rc::ui::PlanLabels", "cinematic", "plan: visual style")},
    {"scifi",       QT_TRANSLATE_NOOP3("rc::ui::PlanLabels", "sci-fi", "plan: visual style")},
    {"dreamy",      QT_TRANSLATE_NOOP3("rc::ui::PlanLabels", "dreamy", "plan: visual style")},
    {"surreal",     QT_TRANSLATE_NOOP3("rc::ui::PlanLabels", "surreal", "plan: visual style")},
    {"documentary", QT_TRANSLATE_NOOP3("rc::ui::PlanLabels", "documentary", "plan: visual style")},
    {"vintage",     QT_TRANSLATE_NOOP3("rc::ui::PlanLabels", "vintage", "plan: visual style")},
};

constexpr Label kMoods[] = {
    {"calm",      QT_TRANSLATE_NOOP3("rc::ui::PlanLabels", "calm", "plan: music mood")},
    {"happy",     QT_TRANSLATE_NOOP3("rc::ui::PlanLabels", "happy", "plan: music mood")},
    {"energetic", QT_TRANSLATE_NOOP3("rc::ui::PlanLabels", "energetic", "plan: music mood")},
    {"dark",      QT_TRANSLATE_NOOP3("rc::ui::PlanLabels", "dark", "plan: music mood")},
    {"epic",      QT_TRANSLATE_NOOP3("rc::ui::PlanLabels", "epic", "plan: music mood")},
    {"dreamy",    QT_TRANSLATE_NOOP3("rc::ui::PlanLabels", "dreamy", "plan: music mood")},
};

constexpr Label kGenres[] = {
    {"electronic", QT_TRANSLATE_NOOP3("rc::ui::PlanLabels", "electronic", "plan: music genre")},
    {"piano",      QT_TRANSLATE_NOOP3("rc::ui::PlanLabels", "piano", "plan: music genre")},
    {"ambient",    QT_TRANSLATE_NOOP3("rc::ui::PlanLabels", "ambient", "plan: music genre")},
    {"lofi",       QT_TRANSLATE_NOOP3("rc::ui::PlanLabels", "lo-fi", "plan: music genre")},
    {"orchestral", QT_TRANSLATE_NOOP3("rc::ui::PlanLabels", "orchestral", "plan: music genre")},
};
// clang-format on

template<std::size_t N> const Text *find(const Label (&table)[N], const QString &id)
{
    for (const Label &label : table) {
        if (id == QLatin1String(label.id))
            return &label.text;
    }
    return nullptr;
}

const Text *lookup(PlanLabelKind kind, const QString &id)
{
    switch (kind) {
    case PlanLabelKind::Setting:
        return find(kSettings, id);
    case PlanLabelKind::Light:
        return find(kLight, id);
    case PlanLabelKind::Weather:
        return find(kWeather, id);
    case PlanLabelKind::CameraMove:
        return find(kCameraMoves, id);
    case PlanLabelKind::Style:
        return find(kStyles, id);
    case PlanLabelKind::MusicMood:
        return find(kMoods, id);
    case PlanLabelKind::MusicGenre:
        return find(kGenres, id);
    }
    return nullptr;
}

} // namespace

QString planLabel(PlanLabelKind kind, const QString &id)
{
    if (const Text *text = lookup(kind, id))
        return QCoreApplication::translate("rc::ui::PlanLabels", text->source, text->comment);
    return planIdWords(id);
}

QString planIdWords(const QString &id)
{
    QString out;
    out.reserve(id.size() + 4);
    for (int i = 0; i < id.size(); ++i) {
        const QChar c = id.at(i);
        if (c == QLatin1Char('_')) {
            out += QLatin1Char(' ');
        } else if (c.isUpper() && i > 0 && id.at(i - 1).isLower()) {
            out += QLatin1Char(' ');
            out += c.toLower();
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace rc::ui
