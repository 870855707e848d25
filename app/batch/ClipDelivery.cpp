#include "batch/ClipDelivery.h"

#include "media/ImageFit.h"
#include "media/MediaReader.h"
#include "media/Mp4Writer.h"
#include "media/Probe.h"

#include <QCoreApplication>
#include <QFile>
#include <cmath>

namespace rc::batch {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Batch", text);
}

bool reencodeCropped(const QString &source, const QString &part, const media::MediaInfo &info, const VideoSize &size,
                     QString *error)
{
    media::VideoReader reader;
    if (!reader.open(source, error))
        return false;
    media::DecodedAudio audio;
    const bool withAudio = info.hasAudio && media::readAudio(source, &audio) && audio.channels > 0;

    media::VideoSettings video;
    video.width = size.width;
    video.height = size.height;
    video.fps = std::max(1, int(std::lround(info.fps > 0 ? info.fps : 24.0)));
    media::AudioSettings sound;
    sound.enabled = withAudio;
    if (withAudio) {
        sound.sampleRate = audio.sampleRate;
        sound.channels = audio.channels;
    }
    media::Mp4Writer writer;
    if (!writer.open(part, video, sound, info.tags.isEmpty() ? QList<QPair<QString, QString>>() : [&] {
            QList<QPair<QString, QString>> tags;
            for (auto it = info.tags.cbegin(); it != info.tags.cend(); ++it)
                tags.append({it.key(), it.value()});
            return tags;
        }(), error))
        return false;
    QImage frame;
    const QSize target(size.width, size.height);
    while (reader.next(&frame)) {
        if (!writer.writeVideo(media::fitImage(frame, target), error))
            return false;
    }
    if (writer.videoFramesWritten() == 0) {
        *error = tr("the clip %1 has no pictures to crop").arg(source);
        writer.abort();
        return false;
    }
    if (withAudio && !writer.writeAudio(audio.samples.data(), int(audio.frames()), error))
        return false;
    return writer.finish(error);
}

} // namespace

bool deliverClip(const QString &source, const QString &target, const VideoSize &size, QString *error)
{
    QString probeError;
    const auto info = media::probe(source, &probeError);
    if (!info) {
        *error = tr("the clip %1 cannot be read: %2").arg(source, probeError);
        return false;
    }
    const QString part = target + QStringLiteral(".part");
    QFile::remove(part);
    const bool exactSize = !size.isValid() || info->size == QSize(size.width, size.height);
    if (exactSize) {
        if (!QFile::copy(source, part)) {
            *error = tr("cannot write %1").arg(part);
            return false;
        }
    } else if (!reencodeCropped(source, part, *info, size, error)) {
        QFile::remove(part);
        return false;
    }
    if (QFile::exists(target) && !QFile::remove(target)) {
        QFile::remove(part);
        *error = tr("cannot replace %1").arg(target);
        return false;
    }
    if (!QFile::rename(part, target)) {
        QFile::remove(part);
        *error = tr("cannot rename %1 to %2").arg(part, target);
        return false;
    }
    return true;
}

} // namespace rc::batch
