#include "storyboard/ClipLabel.h"

#include "media/MediaReader.h"
#include "media/Mp4Writer.h"
#include "media/Probe.h"
#include "storyboard/TextCards.h"
#include "storyboard/YuvPicture.h"

#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>

#include <cmath>

namespace rc::storyboard {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ClipLabel)
};

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// Tags the muxer writes itself: copying them would only duplicate or contradict them.
bool isMuxerTag(const QString &key)
{
    static const QStringList own{QStringLiteral("major_brand"), QStringLiteral("minor_version"), QStringLiteral("compatible_brands"),
                                 QStringLiteral("encoder"), QStringLiteral("creation_time")};
    return own.contains(key);
}

} // namespace

bool burnCornerLabel(const QString &source, const QString &target, const QString &label, QString *error)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return fail(error, Tr::tr("drawing the label needs fonts, which this process has not loaded"));
    QString why;
    const std::optional<media::MediaInfo> info = media::probe(source, &why);
    if (!info)
        return fail(error, why);
    const int width = info->size.width();
    const int height = info->size.height();
    if (width <= 0 || height <= 0 || width % 2 || height % 2)
        return fail(error, Tr::tr("the clip's size %1x%2 cannot be re-encoded (it must be even)").arg(width).arg(height));
    media::VideoSettings video;
    video.width = width;
    video.height = height;
    // The source's exact rate: 23.976 rounded to 24 would make the clip play 0.1 % fast and its
    // sound drift from the pictures.
    if (info->fpsNumerator > 0 && info->fpsDenominator > 0) {
        video.fps = info->fpsNumerator;
        video.fpsDenominator = info->fpsDenominator;
    } else {
        video.fps = qMax(1, int(std::lround(info->fps > 0 ? info->fps : 24)));
    }
    video.crf = 18; // a second encode: close to the first, so the label is the only change people see
    media::AudioSettings audioSettings;
    media::DecodedAudio sound;
    audioSettings.enabled = info->hasAudio;
    if (info->hasAudio) {
        if (!media::readAudio(source, &sound, &why))
            return fail(error, Tr::tr("the clip's sound cannot be read: %1").arg(why));
        audioSettings.sampleRate = sound.sampleRate;
        audioSettings.channels = sound.channels;
    }
    QList<QPair<QString, QString>> tags;
    for (auto it = info->tags.cbegin(); it != info->tags.cend(); ++it)
        if (!isMuxerTag(it.key()))
            tags.append({it.key(), it.value()});

    media::VideoReader reader;
    if (!reader.open(source, &why))
        return fail(error, why);
    media::Mp4Writer writer;
    if (!writer.open(target, video, audioSettings, tags, error))
        return false;
    const YuvOverlay overlay = toYuvOverlay(renderCornerLabel(QSize(width, height), label), width, height);
    media::YuvFrame frame;
    qint64 frames = 0;
    const qint64 soundFrames = sound.frames();
    while (reader.nextYuv(&frame, QSize(width, height))) {
        drawYuvOverlay(frame, overlay);
        if (!writer.writeVideo(frame, error))
            return false; // the writer removes its file
        // The sound of this frame, so the muxer interleaves as it goes.
        const qint64 from = qMin(soundFrames, frames * sound.sampleRate * video.fpsDenominator / video.fps);
        const qint64 to = qMin(soundFrames, (frames + 1) * sound.sampleRate * video.fpsDenominator / video.fps);
        ++frames;
        if (to > from && !writer.writeAudio(sound.samples.data() + from * sound.channels, int(to - from), error))
            return false;
    }
    if (frames == 0) {
        writer.abort();
        return fail(error, Tr::tr("the clip has no pictures to label"));
    }
    const qint64 written = qMin(soundFrames, frames * sound.sampleRate * video.fpsDenominator / video.fps);
    if (soundFrames > written && !writer.writeAudio(sound.samples.data() + written * sound.channels, int(soundFrames - written), error))
        return false;
    if (!writer.finish(error)) {
        QFile::remove(target);
        return false;
    }
    return true;
}

} // namespace rc::storyboard
