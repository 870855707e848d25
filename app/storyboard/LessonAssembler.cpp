#include "storyboard/LessonAssembler.h"

#include "media/Mp4Writer.h"
#include "storyboard/AudioConvert.h"
#include "storyboard/LessonAudio.h"
#include "storyboard/Narration.h"
#include "storyboard/ShotFrames.h"
#include "storyboard/Subtitles.h"
#include "storyboard/TextCards.h"
#include "storyboard/YuvPicture.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <map>
#include <memory>

namespace rc::storyboard {
namespace {

// lupdate takes the context from this declaration; a plain wrapper function would hide it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LessonAssembler)
};

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QString chapterTitle(const Storyboard &sb, const LessonPart &p)
{
    if (p.shot < 0)
        return sb.title;
    const Shot &s = sb.shots[p.shot];
    if (!s.caption.isEmpty())
        return s.caption;
    const QString prompt = s.prompt.simplified();
    return prompt.isEmpty() ? shotName(p.shot) : prompt.left(60);
}

// The pictures of each part, opened when the part first appears and closed after it ends, so
// at most two decoders are open at once.
class PartPictures
{
public:
    PartPictures(const Storyboard &sb, const LessonTimeline &tl, const QStringList &clips)
        : m_sb(sb), m_tl(tl), m_clips(clips)
    {
    }

    const media::YuvFrame *frame(const LessonPart &p, int frame, QString *error)
    {
        if (p.shot < 0) {
            if (m_title.width == 0)
                m_title = toYuv(renderTitleCard(QSize(m_sb.size.width, m_sb.size.height), m_sb.title, m_sb.subtitle));
            return &m_title;
        }
        auto it = m_open.find(p.shot);
        if (it == m_open.end()) {
            auto frames = std::make_unique<ShotFrames>();
            if (!frames->open(m_clips.value(p.shot), QSize(m_sb.size.width, m_sb.size.height), error)) {
                *error = shotName(p.shot) + QStringLiteral(": ") + *error;
                return nullptr;
            }
            it = m_open.emplace(p.shot, std::move(frames)).first;
        }
        return &it->second->frameAt(m_tl.seconds(frame - p.startFrame));
    }

    void closeBefore(int frame)
    {
        for (auto it = m_open.begin(); it != m_open.end();) {
            const LessonPart *p = m_tl.partOfShot(it->first);
            it = p && p->startFrame + p->lengthFrames <= frame ? m_open.erase(it) : std::next(it);
        }
    }

private:
    const Storyboard &m_sb;
    const LessonTimeline &m_tl;
    const QStringList &m_clips;
    media::YuvFrame m_title;
    std::map<int, std::unique_ptr<ShotFrames>> m_open;
};

} // namespace

QString aiLabelText()
{
    return Tr::tr("AI-generated");
}

bool assembleLesson(const Storyboard &sb, const QStringList &shotClips, const QList<media::DecodedAudio> &voices,
                    const QString &outputPath, const AssemblyOptions &options, AssembledLesson *result, QString *error)
{
    if (shotClips.size() != sb.shots.size())
        return fail(error, Tr::tr("every shot needs its clip before the lesson can be joined"));
    for (int i = 0; i < shotClips.size(); ++i)
        if (!QFileInfo(shotClips[i]).isFile())
            return fail(error, shotName(i) + QStringLiteral(": ") + Tr::tr("its clip %1 is missing").arg(shotClips[i]));
    const LessonTimeline tl = LessonTimeline::build(sb, narrationSeconds(voices));

    LessonSounds sounds;
    sounds.narration = voices;
    for (int i = 0; i < shotClips.size(); ++i) {
        media::DecodedAudio sound;
        QString why;
        if (!loadLessonAudio(shotClips[i], AudioPresence::Optional, &sound, &why))
            return fail(error, shotName(i) + QStringLiteral(": ") + why);
        sounds.shotSound.append(sound);
    }
    if (sb.music == MusicKind::File) {
        QString why;
        if (!loadLessonAudio(sb.musicFile, AudioPresence::Required, &sounds.musicFile, &why))
            return fail(error, Tr::tr("the music %1 cannot be read (%2)").arg(sb.musicFile, why));
    }
    const MixedAudio audio = mixLessonAudio(sb, tl, sounds);

    QList<media::Chapter> chapters;
    for (const LessonPart &p : tl.parts)
        chapters.append({tl.seconds(p.cueStartFrame), tl.seconds(p.cueEndFrame), chapterTitle(sb, p)});

    const QString partPath = outputPath + QStringLiteral(".part");
    media::Mp4Writer writer;
    writer.setChapters(chapters);
    media::VideoSettings video;
    video.width = sb.size.width;
    video.height = sb.size.height;
    video.fps = sb.fps;
    video.preset = options.preset;
    video.crf = options.crf;
    media::AudioSettings audioSettings;
    audioSettings.sampleRate = kLessonSampleRate;
    audioSettings.channels = kLessonChannels;
    QList<QPair<QString, QString>> tags{{QStringLiteral("title"), sb.title}};
    if (!writer.open(partPath, video, audioSettings, tags, error))
        return false;

    // Captions converted once per shot, used over every frame of its cue.
    std::map<int, YuvOverlay> captions;
    const YuvOverlay label = options.cornerLabel.isEmpty()
        ? YuvOverlay()
        : toYuvOverlay(renderCornerLabel(QSize(sb.size.width, sb.size.height), options.cornerLabel), sb.size.width, sb.size.height);
    PartPictures pictures(sb, tl, shotClips);
    media::YuvFrame out;
    const int64_t totalSamples = int64_t(audio.samples.size() / kLessonChannels);
    for (int f = 0; f < tl.totalFrames; ++f) {
        if (options.cancel && options.cancel->load())
            return writer.abort(), fail(error, Tr::tr("cancelled"));
        const QList<const LessonPart *> parts = tl.partsAt(f);
        QString why;
        const media::YuvFrame *first = parts.isEmpty() ? nullptr : pictures.frame(*parts.first(), f, &why);
        if (!first)
            return writer.abort(), fail(error, why.isEmpty() ? Tr::tr("frame %1 belongs to no part").arg(f) : why);
        if (parts.size() > 1) {
            const media::YuvFrame *second = pictures.frame(*parts[1], f, &why);
            if (!second)
                return writer.abort(), fail(error, why);
            // The incoming part's weight rises across the overlap, reaching 1 as the outgoing ends.
            const int into = f - parts[1]->startFrame;
            blendYuv(*first, *second, (into + 1) * 256 / (tl.overlapFrames + 1), &out);
        } else {
            out = *first;
        }
        if (options.burnCaptions)
            for (const LessonPart &p : tl.parts)
                if (p.shot >= 0 && f >= p.cueStartFrame && f < p.cueEndFrame && !sb.shots[p.shot].caption.isEmpty()) {
                    auto it = captions.find(p.shot);
                    if (it == captions.end()) {
                        captions.clear(); // one caption at a time is all a frame shows
                        const CaptionOverlay overlay = renderCaption(QSize(sb.size.width, sb.size.height), sb.shots[p.shot].caption);
                        it = captions.emplace(p.shot, toYuvOverlay(overlay, sb.size.width, sb.size.height)).first;
                    }
                    drawYuvOverlay(out, it->second);
                }
        if (!label.isNull())
            drawYuvOverlay(out, label);
        if (!writer.writeVideo(out, error))
            return false;
        // The sound that plays during this frame, so the muxer interleaves as it goes.
        const int64_t from = int64_t(f) * kLessonSampleRate / sb.fps;
        const int64_t to = std::min(totalSamples, int64_t(f + 1) * kLessonSampleRate / sb.fps);
        if (to > from && !writer.writeAudio(audio.samples.data() + from * kLessonChannels, int(to - from), error))
            return false;
        pictures.closeBefore(f + 1);
        if (options.progress && (f % 12 == 0 || f + 1 == tl.totalFrames))
            options.progress(double(f + 1) / tl.totalFrames);
    }
    if (!writer.finish(error))
        return false;

    const QFileInfo target(outputPath);
    const QString base = target.absolutePath() + QLatin1Char('/') + target.completeBaseName();
    if (!writeSubtitles(sb, tl, base, error)) {
        QFile::remove(partPath);
        return false;
    }
    if (options.beforePublish && !options.beforePublish(partPath, error)) {
        QFile::remove(partPath);
        return false;
    }
    // The finished lesson takes its name in one step: a reader never sees half a file.
    QFile::remove(outputPath);
    if (!QFile::rename(partPath, outputPath)) {
        QFile::remove(partPath);
        return fail(error, Tr::tr("cannot write %1").arg(outputPath));
    }
    if (result) {
        result->video = outputPath;
        result->srt = base + QStringLiteral(".srt");
        result->vtt = base + QStringLiteral(".vtt");
        result->timeline = tl;
        result->integratedLufs = audio.integratedLufs;
    }
    return true;
}

} // namespace rc::storyboard
