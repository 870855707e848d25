#include "storyboard/Storyboard.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace rc::storyboard {
namespace {

constexpr double kMaxShotSec = 600;
constexpr double kMaxTransitionSec = 3;

QString tr(const char *text)
{
    return QCoreApplication::translate("Storyboard", text);
}

// Reads one document with the error of its first bad field; `where` prefixes every message.
class Reader
{
public:
    Reader(QString baseDir, QString *error) : m_baseDir(std::move(baseDir)), m_error(error) {}

    bool ok() const { return m_ok; }

    bool onlyKnownKeys(const QJsonObject &o, const QSet<QString> &known, const QString &where)
    {
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!known.contains(it.key()))
                return failWith(where, tr("unknown field \"%1\" (check its spelling)").arg(it.key()));
        return true;
    }

    QString text(const QJsonObject &o, const QString &key, const QString &where)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return QString();
        if (!v.isString())
            failWith(where, tr("\"%1\" must be text").arg(key));
        return v.toString().trimmed();
    }

    double number(const QJsonObject &o, const QString &key, double fallback, double min, double max, const QString &where)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return fallback;
        if (!v.isDouble() || v.toDouble() < min || v.toDouble() > max) {
            failWith(where, tr("\"%1\" must be a number from %2 to %3").arg(key).arg(min).arg(max));
            return fallback;
        }
        return v.toDouble();
    }

    bool flag(const QJsonObject &o, const QString &key, const QString &where)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return false;
        if (!v.isBool())
            failWith(where, tr("\"%1\" must be true or false").arg(key));
        return v.toBool();
    }

    // An existing file, resolved against the document's folder.
    QString file(const QJsonObject &o, const QString &key, const QString &what, const QString &where)
    {
        const QString name = text(o, key, where);
        if (name.isEmpty() || !m_ok)
            return QString();
        const QString path = QDir(m_baseDir).absoluteFilePath(name);
        if (!QFileInfo(path).isFile()) {
            failWith(where, tr("the %1 %2 does not exist").arg(what, name));
            return QString();
        }
        return QDir::cleanPath(path);
    }

    bool failWith(const QString &where, const QString &message)
    {
        if (m_ok && m_error)
            *m_error = where.isEmpty() ? message : where + QStringLiteral(": ") + message;
        m_ok = false;
        return false;
    }

private:
    QString m_baseDir;
    QString *m_error;
    bool m_ok = true;
};

std::optional<Shot> readShot(Reader &r, const QJsonValue &value, int index)
{
    const QString where = shotName(index);
    if (!value.isObject()) {
        r.failWith(where, tr("each shot must be an object"));
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    static const QSet<QString> known{QStringLiteral("prompt"), QStringLiteral("seconds"), QStringLiteral("photo"),
                                     QStringLiteral("provider"), QStringLiteral("model"), QStringLiteral("continue"),
                                     QStringLiteral("caption"), QStringLiteral("narration"), QStringLiteral("voiceover")};
    if (!r.onlyKnownKeys(o, known, where))
        return std::nullopt;
    Shot s;
    s.prompt = r.text(o, QStringLiteral("prompt"), where);
    s.seconds = r.number(o, QStringLiteral("seconds"), 4, 0.5, kMaxShotSec, where);
    s.photo = r.file(o, QStringLiteral("photo"), tr("photo"), where);
    s.provider = r.text(o, QStringLiteral("provider"), where);
    s.model = r.text(o, QStringLiteral("model"), where);
    s.continueFromPrevious = r.flag(o, QStringLiteral("continue"), where);
    s.caption = r.text(o, QStringLiteral("caption"), where);
    s.narration = r.text(o, QStringLiteral("narration"), where);
    s.voiceover = r.file(o, QStringLiteral("voiceover"), tr("recording"), where);
    if (!r.ok())
        return std::nullopt;
    if (s.prompt.isEmpty() && s.photo.isEmpty() && !s.continueFromPrevious) {
        r.failWith(where, tr("write a prompt or give a photo"));
        return std::nullopt;
    }
    if (s.continueFromPrevious && index == 0) {
        r.failWith(where, tr("the first shot has no previous shot to continue from"));
        return std::nullopt;
    }
    if (s.continueFromPrevious && !s.photo.isEmpty()) {
        r.failWith(where, tr("a shot starts either from a photo or from the previous shot, not both"));
        return std::nullopt;
    }
    if (!s.narration.isEmpty() && !s.voiceover.isEmpty()) {
        r.failWith(where, tr("give either narration text or a voiceover recording, not both"));
        return std::nullopt;
    }
    return s;
}

QString relativeTo(const QString &baseDir, const QString &path)
{
    if (path.isEmpty())
        return path;
    const QString rel = QDir(baseDir).relativeFilePath(path);
    return rel.startsWith(QLatin1String("..")) ? path : rel;
}

} // namespace

QString shotName(int index)
{
    return QCoreApplication::translate("Storyboard", "shot %1").arg(index + 1);
}

bool Shot::operator==(const Shot &o) const
{
    return prompt == o.prompt && seconds == o.seconds && photo == o.photo && provider == o.provider && model == o.model
        && continueFromPrevious == o.continueFromPrevious && caption == o.caption && narration == o.narration
        && voiceover == o.voiceover;
}

QString Storyboard::providerOf(const Shot &shot) const
{
    if (!shot.provider.isEmpty())
        return shot.provider;
    return provider.isEmpty() ? QStringLiteral("builtin") : provider;
}

QString Storyboard::modelOf(const Shot &shot) const
{
    if (!shot.model.isEmpty())
        return shot.model;
    // The document's model belongs to the document's provider only.
    return shot.provider.isEmpty() || shot.provider == provider ? model : QString();
}

std::optional<Storyboard> Storyboard::fromJson(const QByteArray &json, const QString &baseDir, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    Reader r(baseDir, error);
    if (parseError.error != QJsonParseError::NoError) {
        r.failWith(QString(), tr("not valid JSON at character %1: %2").arg(parseError.offset).arg(parseError.errorString()));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        r.failWith(QString(), tr("a storyboard is a JSON object"));
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    static const QSet<QString> known{QStringLiteral("title"), QStringLiteral("subtitle"), QStringLiteral("size"),
                                     QStringLiteral("fps"), QStringLiteral("language"), QStringLiteral("transition"),
                                     QStringLiteral("music"), QStringLiteral("shots"), QStringLiteral("provider"),
                                     QStringLiteral("model"), QStringLiteral("voice"), QStringLiteral("wordsPerMinute"),
                                     QStringLiteral("aiLabel")};
    if (!r.onlyKnownKeys(o, known, QString()))
        return std::nullopt;
    Storyboard sb;
    sb.title = r.text(o, QStringLiteral("title"), QString());
    sb.subtitle = r.text(o, QStringLiteral("subtitle"), QString());
    const QString size = r.text(o, QStringLiteral("size"), QString());
    if (!size.isEmpty()) {
        const auto parsed = VideoSize::parse(size);
        if (!parsed || parsed->width < 64 || parsed->height < 64 || parsed->width > 7680 || parsed->height > 4320
            || parsed->width % 2 || parsed->height % 2) {
            r.failWith(QString(), tr("\"size\" must be WIDTHxHEIGHT with even numbers, such as 1280x720, not \"%1\"").arg(size));
            return std::nullopt;
        }
        sb.size = *parsed;
    }
    sb.fps = int(r.number(o, QStringLiteral("fps"), 24, 1, 120, QString()));
    if (o.value(QStringLiteral("fps")).isDouble() && o.value(QStringLiteral("fps")).toDouble() != sb.fps)
        r.failWith(QString(), tr("\"fps\" must be a whole number"));
    const QString language = r.text(o, QStringLiteral("language"), QString());
    if (!language.isEmpty())
        sb.language = language;
    sb.provider = r.text(o, QStringLiteral("provider"), QString());
    sb.model = r.text(o, QStringLiteral("model"), QString());
    sb.voice = r.text(o, QStringLiteral("voice"), QString());
    sb.wordsPerMinute = int(r.number(o, QStringLiteral("wordsPerMinute"), 160, 80, 450, QString()));
    sb.aiLabel = r.flag(o, QStringLiteral("aiLabel"), QString());

    const QJsonValue transition = o.value(QStringLiteral("transition"));
    if (transition.isObject()) {
        const QJsonObject t = transition.toObject();
        if (!r.onlyKnownKeys(t, {QStringLiteral("type"), QStringLiteral("seconds")}, QStringLiteral("transition")))
            return std::nullopt;
        const QString type = r.text(t, QStringLiteral("type"), QStringLiteral("transition"));
        if (type == QLatin1String("cut"))
            sb.transition = Transition::Cut;
        else if (type.isEmpty() || type == QLatin1String("crossfade"))
            sb.transition = Transition::Crossfade;
        else
            r.failWith(QStringLiteral("transition"), tr("\"type\" must be \"cut\" or \"crossfade\", not \"%1\"").arg(type));
        sb.transitionSec = r.number(t, QStringLiteral("seconds"), 0.5, 0.04, kMaxTransitionSec, QStringLiteral("transition"));
    } else if (!transition.isUndefined()) {
        r.failWith(QString(), tr("\"transition\" must be an object such as {\"type\": \"crossfade\", \"seconds\": 0.5}"));
    }

    const QString music = r.text(o, QStringLiteral("music"), QString());
    if (music.isEmpty() || music == QLatin1String("engine")) {
        sb.music = MusicKind::Engine;
    } else if (music == QLatin1String("none")) {
        sb.music = MusicKind::None;
    } else {
        sb.music = MusicKind::File;
        sb.musicFile = r.file(o, QStringLiteral("music"), tr("music file"), QString());
    }
    if (!r.ok())
        return std::nullopt;

    const QJsonValue shots = o.value(QStringLiteral("shots"));
    if (!shots.isArray() || shots.toArray().isEmpty()) {
        r.failWith(QString(), tr("the storyboard has no shots: \"shots\" must list at least one"));
        return std::nullopt;
    }
    const QJsonArray list = shots.toArray();
    for (int i = 0; i < list.size(); ++i) {
        auto shot = readShot(r, list.at(i), i);
        if (!shot)
            return std::nullopt;
        sb.shots.append(*shot);
    }
    // A crossfade takes from both sides, so it can be at most half of the shortest part.
    if (sb.transition == Transition::Crossfade)
        for (int i = 0; i < sb.shots.size(); ++i)
            if (sb.shots[i].seconds < 2 * sb.transitionSec)
                return r.failWith(shotName(i), tr("it lasts %1 s, shorter than two crossfades of %2 s")
                                                   .arg(sb.shots[i].seconds).arg(sb.transitionSec)),
                       std::nullopt;
    return sb;
}

std::optional<Storyboard> Storyboard::load(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("cannot read %1: %2").arg(path, f.errorString());
        return std::nullopt;
    }
    return fromJson(f.readAll(), QFileInfo(path).absolutePath(), error);
}

QJsonObject Storyboard::toJson(const QString &baseDir) const
{
    QJsonObject o;
    if (!title.isEmpty())
        o.insert(QStringLiteral("title"), title);
    if (!subtitle.isEmpty())
        o.insert(QStringLiteral("subtitle"), subtitle);
    o.insert(QStringLiteral("size"), size.toString());
    o.insert(QStringLiteral("fps"), fps);
    o.insert(QStringLiteral("language"), language);
    o.insert(QStringLiteral("transition"),
             QJsonObject{{QStringLiteral("type"), transition == Transition::Cut ? QStringLiteral("cut") : QStringLiteral("crossfade")},
                         {QStringLiteral("seconds"), transitionSec}});
    o.insert(QStringLiteral("music"), music == MusicKind::Engine ? QStringLiteral("engine")
                                      : music == MusicKind::None ? QStringLiteral("none")
                                                                 : relativeTo(baseDir, musicFile));
    if (!provider.isEmpty())
        o.insert(QStringLiteral("provider"), provider);
    if (!model.isEmpty())
        o.insert(QStringLiteral("model"), model);
    if (!voice.isEmpty())
        o.insert(QStringLiteral("voice"), voice);
    if (wordsPerMinute != 160)
        o.insert(QStringLiteral("wordsPerMinute"), wordsPerMinute);
    if (aiLabel)
        o.insert(QStringLiteral("aiLabel"), true);
    QJsonArray list;
    for (const Shot &s : shots) {
        QJsonObject j;
        j.insert(QStringLiteral("prompt"), s.prompt);
        j.insert(QStringLiteral("seconds"), s.seconds);
        const auto put = [&j](const char *key, const QString &value) {
            if (!value.isEmpty())
                j.insert(QLatin1String(key), value);
        };
        put("photo", relativeTo(baseDir, s.photo));
        put("provider", s.provider);
        put("model", s.model);
        if (s.continueFromPrevious)
            j.insert(QStringLiteral("continue"), true);
        put("caption", s.caption);
        put("narration", s.narration);
        put("voiceover", relativeTo(baseDir, s.voiceover));
        list.append(j);
    }
    o.insert(QStringLiteral("shots"), list);
    return o;
}

} // namespace rc::storyboard
