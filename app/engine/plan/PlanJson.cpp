#include "engine/plan/ScenePlan.h"

#include <QJsonArray>

namespace rc::engine {

namespace {
QJsonArray strings(const QStringList &list) { return QJsonArray::fromStringList(list); }
QJsonArray colours(const QList<QColor> &list)
{
    QJsonArray out;
    for (const QColor &c : list)
        out.append(c.name());
    return out;
}
} // namespace

const SubjectPlan *ShotPlan::subject(const char *kind) const
{
    for (const SubjectPlan &s : subjects)
        if (s.kind == QLatin1String(kind))
            return &s;
    return nullptr;
}

QJsonObject ScenePlan::toJson() const
{
    QJsonArray shotArray;
    for (const ShotPlan &s : shots) {
        QJsonArray subjectArray;
        for (const SubjectPlan &p : s.subjects) {
            QJsonObject o{{QStringLiteral("kind"), p.kind},
                          {QStringLiteral("action"), p.action},
                          {QStringLiteral("color"), p.color.name()},
                          {QStringLiteral("count"), p.count},
                          {QStringLiteral("words"), p.words}};
            if (!p.variant.isEmpty())
                o.insert(QStringLiteral("variant"), p.variant);
            if (p.scale != 1.0)
                o.insert(QStringLiteral("scale"), p.scale);
            if (p.riderColor.isValid())
                o.insert(QStringLiteral("riderColor"), p.riderColor.name());
            if (!p.age.isEmpty())
                o.insert(QStringLiteral("age"), p.age);
            if (!p.outfit.isEmpty())
                o.insert(QStringLiteral("outfit"), p.outfit);
            if (!p.material.isEmpty())
                o.insert(QStringLiteral("material"), p.material);
            subjectArray.append(o);
        }
        QJsonObject light{{QStringLiteral("start"), s.light}};
        if (!s.lightEnd.isEmpty())
            light.insert(QStringLiteral("end"), s.lightEnd);
        shotArray.append(QJsonObject{
            {QStringLiteral("text"), s.text},
            {QStringLiteral("setting"), s.setting},
            {QStringLiteral("details"), strings(s.details)},
            {QStringLiteral("light"), light},
            {QStringLiteral("weather"), strings(s.weather)},
            {QStringLiteral("effects"), strings(s.effects)},
            {QStringLiteral("subjects"), subjectArray},
            {QStringLiteral("camera"),
             QJsonObject{{QStringLiteral("move"), s.camera.move},
                         {QStringLiteral("speed"), s.camera.speed},
                         {QStringLiteral("framing"), s.camera.framing},
                         {QStringLiteral("timeLapse"), s.camera.timeLapse},
                         {QStringLiteral("asked"), s.camera.explicitMove}}},
            {QStringLiteral("style"), s.style},
            {QStringLiteral("palette"), colours(s.palette)},
            {QStringLiteral("skyPalette"), colours(s.skyPalette)},
            {QStringLiteral("skyTurns"), s.skyTurns},
            {QStringLiteral("sound"),
             QJsonObject{{QStringLiteral("beds"), strings(s.beds)},
                         {QStringLiteral("events"), strings(s.cues)}}},
        });
    }
    return QJsonObject{
        {QStringLiteral("prompt"), prompt},
        {QStringLiteral("fromPhoto"), fromPhoto},
        {QStringLiteral("shots"), shotArray},
        {QStringLiteral("music"),
         QJsonObject{{QStringLiteral("enabled"), music.enabled},
                     {QStringLiteral("mood"), music.mood},
                     {QStringLiteral("genre"), music.genre},
                     {QStringLiteral("bpm"), music.bpm},
                     {QStringLiteral("asked"), music.asked}}},
        {QStringLiteral("silent"), silent},
        {QStringLiteral("understood"), strings(understood)},
        {QStringLiteral("unknown"), strings(unknown)},
        {QStringLiteral("notDrawn"), strings(notDrawn)},
    };
}

QString ScenePlan::describe() const
{
    QStringList lines;
    for (int i = 0; i < shots.size(); ++i) {
        const ShotPlan &s = shots[i];
        QStringList subjectWords;
        for (const SubjectPlan &p : s.subjects)
            subjectWords << QStringLiteral("%1%2 %3 (%4)")
                                .arg(p.count > 1 ? QStringLiteral("%1 ").arg(p.count) : QString(),
                                     p.variant.isEmpty() ? p.kind : p.variant, p.action, p.color.name());
        lines << QStringLiteral("Shot %1: %2").arg(i + 1).arg(s.text);
        lines << QStringLiteral("  setting:  %1%2").arg(s.setting,
                     s.details.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(s.details.join(QStringLiteral(", "))));
        lines << QStringLiteral("  light:    %1%2").arg(s.light, s.lightEnd.isEmpty() ? QString() : QStringLiteral(" -> ") + s.lightEnd);
        if (!s.weather.isEmpty())
            lines << QStringLiteral("  weather:  %1").arg(s.weather.join(QStringLiteral(", ")));
        if (!s.effects.isEmpty())
            lines << QStringLiteral("  effects:  %1").arg(s.effects.join(QStringLiteral(", ")));
        if (!subjectWords.isEmpty())
            lines << QStringLiteral("  subjects: %1").arg(subjectWords.join(QStringLiteral("; ")));
        lines << QStringLiteral("  camera:   %1 x%2 %3%4").arg(s.camera.move).arg(s.camera.speed)
                     .arg(s.camera.framing, s.camera.timeLapse ? QStringLiteral(" time-lapse") : QString());
        if (!s.style.isEmpty())
            lines << QStringLiteral("  style:    %1").arg(s.style);
        lines << QStringLiteral("  sound:    %1%2").arg(s.beds.join(QStringLiteral(", ")),
                     s.cues.isEmpty() ? QString() : QStringLiteral("; events: ") + s.cues.join(QStringLiteral(", ")));
    }
    lines << (music.enabled ? QStringLiteral("Music: %1%2, %3 bpm").arg(music.mood,
                                  music.genre.isEmpty() ? QString() : QLatin1Char(' ') + music.genre).arg(music.bpm)
                            : QStringLiteral("Music: none"));
    if (!notDrawn.isEmpty())
        lines << QStringLiteral("Not drawn: %1").arg(notDrawn.join(QStringLiteral(", ")));
    if (!unknown.isEmpty())
        lines << QStringLiteral("Not understood: %1").arg(unknown.join(QStringLiteral(", ")));
    return lines.join(QLatin1Char('\n'));
}

} // namespace rc::engine
