#include "batch/ClipDelivery.h"

#include "media/ImageFit.h"
#include "media/MediaReader.h"
#include "media/Mp4Writer.h"
#include "media/Probe.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTemporaryFile>
#include <cerrno>
#include <cmath>
#include <filesystem>
#include <limits>

#ifdef Q_OS_UNIX
#include <signal.h>
#endif

namespace rc::batch {
namespace {

Q_LOGGING_CATEGORY(lcDelivery, "reelcraft.batch.delivery", QtInfoMsg)

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
// The writer's pid is in the name so that a copy killed mid-write can be told from one under way
// (removeAbandonedParts).
QString reservePartName(const QString &target, QString *error)
{
    QTemporaryFile reserve(target + QStringLiteral(".%1.XXXXXX.part").arg(QCoreApplication::applicationPid()));
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

constexpr int kUntouchedSec = 60;

// True unless the system says for certain that no process has this pid. EPERM means a process
// of another user has it: alive. Where there is no such question to ask, everything is alive.
bool processMayBeAlive(qint64 pid)
{
#ifdef Q_OS_UNIX
    if (pid <= 0 || pid > std::numeric_limits<pid_t>::max())
        return true;
    return ::kill(pid_t(pid), 0) == 0 || errno != ESRCH;
#else
    Q_UNUSED(pid);
    return true;
#endif
}

} // namespace

int removeAbandonedParts(const QString &folder)
{
    // Exactly what reservePartName makes: QTemporaryFile fills XXXXXX with letters and digits.
    static const QRegularExpression ours(QStringLiteral("^.+\\.mp4\\.([1-9][0-9]{0,9})\\.[A-Za-z0-9]{6}\\.part$"));
    // A copy written a moment ago is left alone whatever its pid says: a process on another machine
    // or in another container writing to a shared folder has a pid this system cannot see.
    const QDateTime recent = QDateTime::currentDateTimeUtc().addSecs(-kUntouchedSec);
    int removed = 0;
    const QFileInfoList parts
        = QDir(folder).entryInfoList({QStringLiteral("*.part")}, QDir::Files | QDir::Hidden | QDir::NoSymLinks);
    for (const QFileInfo &part : parts) {
        const QRegularExpressionMatch m = ours.match(part.fileName());
        if (!m.hasMatch() || processMayBeAlive(m.captured(1).toLongLong()) || part.lastModified().toUTC() > recent)
            continue;
        if (QFile::remove(part.filePath()))
            ++removed;
        else
            qCWarning(lcDelivery) << "cannot remove the abandoned copy" << part.filePath();
    }
    if (removed > 0)
        qCInfo(lcDelivery) << "removed" << removed << "copies abandoned mid-write in" << folder;
    return removed;
}

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
