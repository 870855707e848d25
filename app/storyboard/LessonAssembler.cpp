#include "storyboard/LessonAssembler.h"

#include "media/Mp4Writer.h"
#include "storyboard/AudioConvert.h"
#include "storyboard/LessonAudio.h"
#include "storyboard/LessonFrames.h"
#include "storyboard/Narration.h"
#include "storyboard/Subtitles.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

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

// A few frame buffers passed between the thread that composes the lesson's pictures and the one
// that encodes them, so that decoding, scaling, fades and captions run while x264 works instead
// of between its frames. Either side may stop the other (an error, a cancel).
class FrameRing
{
public:
    explicit FrameRing(int buffers) : m_frames(size_t(buffers))
    {
        for (media::YuvFrame &f : m_frames)
            m_free.push_back(&f);
    }

    // The composer: an empty buffer to fill, or nullptr once stopped.
    media::YuvFrame *acquire()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stopped || !m_free.empty(); });
        if (m_stopped)
            return nullptr;
        media::YuvFrame *f = m_free.front();
        m_free.pop_front();
        return f;
    }
    void publish(media::YuvFrame *f)
    {
        std::lock_guard lock(m_mutex);
        m_ready.push_back(f);
        m_changed.notify_all();
    }
    // The encoder: the next composed frame, or nullptr when the composer stopped early.
    media::YuvFrame *next()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stopped || !m_ready.empty(); });
        if (m_ready.empty())
            return nullptr;
        media::YuvFrame *f = m_ready.front();
        m_ready.pop_front();
        return f;
    }
    void release(media::YuvFrame *f)
    {
        std::lock_guard lock(m_mutex);
        m_free.push_back(f);
        m_changed.notify_all();
    }
    void stop()
    {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_changed.notify_all();
    }

private:
    std::vector<media::YuvFrame> m_frames;
    std::deque<media::YuvFrame *> m_free, m_ready;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_stopped = false;
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

    // The pictures are composed on their own thread, a few frames ahead of the encoder.
    LessonFrames frames(sb, tl, shotClips, options.burnCaptions, options.cornerLabel);
    FrameRing ring(4);
    QString composeError;
    std::thread composer([&] {
        for (int f = 0; f < tl.totalFrames; ++f) {
            media::YuvFrame *buffer = ring.acquire();
            if (!buffer)
                return;
            if (!frames.compose(f, buffer, &composeError))
                return ring.stop();
            ring.publish(buffer);
        }
    });
    // Whatever way the encoding loop ends, the composer is stopped and waited for first.
    const auto stopComposer = [&] {
        ring.stop();
        composer.join();
    };
    const int64_t totalSamples = int64_t(audio.samples.size() / kLessonChannels);
    for (int f = 0; f < tl.totalFrames; ++f) {
        if (options.cancel && options.cancel->load())
            return stopComposer(), writer.abort(), fail(error, Tr::tr("cancelled"));
        media::YuvFrame *picture = ring.next();
        if (!picture) {
            stopComposer(); // composeError is the composer's to write until it has ended
            return writer.abort(), fail(error, composeError);
        }
        const bool written = writer.writeVideo(*picture, error);
        ring.release(picture);
        if (!written)
            return stopComposer(), false;
        // The sound that plays during this frame, so the muxer interleaves as it goes.
        const int64_t from = int64_t(f) * kLessonSampleRate / sb.fps;
        const int64_t to = std::min(totalSamples, int64_t(f + 1) * kLessonSampleRate / sb.fps);
        if (to > from && !writer.writeAudio(audio.samples.data() + from * kLessonChannels, int(to - from), error))
            return stopComposer(), false;
        if (options.progress && (f % 12 == 0 || f + 1 == tl.totalFrames))
            options.progress(double(f + 1) / tl.totalFrames);
    }
    stopComposer();
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
