#include "storyboard/Subtitles.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace rc::storyboard {
namespace {

// hh:mm:ss + separator + mmm, from a frame count.
QString stamp(const LessonTimeline &tl, int frame, QChar separator)
{
    const qint64 ms = qint64(frame) * 1000 / tl.fps;
    return QStringLiteral("%1:%2:%3%4%5")
        .arg(ms / 3600000, 2, 10, QLatin1Char('0'))
        .arg(ms / 60000 % 60, 2, 10, QLatin1Char('0'))
        .arg(ms / 1000 % 60, 2, 10, QLatin1Char('0'))
        .arg(separator)
        .arg(ms % 1000, 3, 10, QLatin1Char('0'));
}

// A cue's text may not hold an empty line (it would end the cue), nor "-->" in VTT.
QString cueText(const QString &caption)
{
    QStringList lines;
    for (const QString &line : caption.split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            lines.append(line.trimmed().replace(QLatin1String("-->"), QStringLiteral("→")));
    return lines.join(QLatin1Char('\n'));
}

QString cues(const Storyboard &sb, const LessonTimeline &tl, QChar separator, bool numbered)
{
    QString text;
    int n = 0;
    for (const LessonPart &p : tl.parts) {
        if (p.shot < 0 || sb.shots[p.shot].caption.isEmpty())
            continue;
        ++n;
        if (numbered)
            text += QString::number(n) + QLatin1Char('\n');
        text += stamp(tl, p.cueStartFrame, separator) + QStringLiteral(" --> ") + stamp(tl, p.cueEndFrame, separator)
            + QLatin1Char('\n') + cueText(sb.shots[p.shot].caption) + QStringLiteral("\n\n");
    }
    return text;
}

bool save(const QString &path, const QString &text, QString *error)
{
    QSaveFile f(path);
    if (f.open(QIODevice::WriteOnly) && f.write(text.toUtf8()) >= 0 && f.commit())
        return true;
    if (error)
        *error = QCoreApplication::translate("Subtitles", "cannot write %1: %2").arg(path, f.errorString());
    return false;
}

} // namespace

QString toSrt(const Storyboard &sb, const LessonTimeline &tl)
{
    return cues(sb, tl, QLatin1Char(','), true);
}

QString toVtt(const Storyboard &sb, const LessonTimeline &tl)
{
    return QStringLiteral("WEBVTT\n\n") + cues(sb, tl, QLatin1Char('.'), false);
}

bool writeSubtitles(const Storyboard &sb, const LessonTimeline &tl, const QString &basePath, QString *error)
{
    return save(basePath + QStringLiteral(".srt"), toSrt(sb, tl), error)
        && save(basePath + QStringLiteral(".vtt"), toVtt(sb, tl), error);
}

} // namespace rc::storyboard
