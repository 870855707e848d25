#include "batch/ClipDelivery.h"

#include "media/ImageFit.h"
#include "media/MediaReader.h"
#include "media/Mp4Writer.h"
#include "media/Probe.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryFile>
#include <cmath>
#include <filesystem>

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

// A name beside `target` that no other delivery uses, even one to the same target running at the
// same time in this or another process: a shared "SKU.mp4.part" let one copy delete or overwrite
// the other's half-written file. The file is created exclusively and left empty for the writer.
QString reservePartName(const QString &target, QString *error)
{
    QTemporaryFile reserve(target + QStringLiteral(".XXXXXX.part"));
    reserve.setAutoRemove(false);
    if (!reserve.open()) {
        *error = tr("cannot write beside %1: %2").arg(target, reserve.errorString());
        return QString();
    }
    return reserve.fileName();
}

// Replaces `target` in one step (POSIX rename), so a reader, or a second delivery to the same
// name, sees either the old clip or a whole new one and never a gap between remove and rename.
bool replaceWith(const QString &part, const QString &target)
{
    std::error_code ec;
    std::filesystem::rename(std::filesystem::path(QFile::encodeName(part).toStdString()),
                            std::filesystem::path(QFile::encodeName(target).toStdString()), ec);
    return !ec;
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
    const QString part = reservePartName(target, error);
    if (part.isEmpty())
        return false;
    const bool exactSize = !size.isValid() || info->size == QSize(size.width, size.height);
    if (exactSize) {
        // QFile::copy refuses an existing destination: the reserved name is ours alone.
        if (!QFile::remove(part) || !QFile::copy(source, part)) {
            QFile::remove(part);
            *error = tr("cannot write %1").arg(part);
            return false;
        }
    } else if (!reencodeCropped(source, part, *info, size, error)) {
        QFile::remove(part);
        return false;
    }
    if (!replaceWith(part, target)) {
        QFile::remove(part);
        *error = tr("cannot rename %1 to %2").arg(part, target);
        return false;
    }
    return true;
}

} // namespace rc::batch
